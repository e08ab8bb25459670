"""Who speaks where: the names the view writes beside the lines their quotes start on, and
short forms of them for narrow places (the article's own short form, or the surname, rather
than a cut title); each with its echo
mark when other articles have the quote too."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rich.cells import cell_len

from reader.model import Analysis, Quote
from reader.textsafety import one_line
from reader.wording import is_named, speaker_label

_SUFFIXES = frozenset("jr jr. sr sr. kc qc mp mep phd".split())  # noqa: SIM905
"""Words after a surname that are not it ("Martin Luther King Jr.")."""
_NUMERALS = frozenset(("II", "III", "IV"))
"""Regnal numbers, as written: "Ii" or "Iv" may be a name."""


def surname(name: str) -> str:
    """The family name of a full name: "Sir Keir Starmer" → "Starmer", "Ursula von der Leyen"
    → "von der Leyen"; a name of one word is itself."""
    words = name.split()
    while len(words) > 1 and (
        words[-1].casefold().strip(",") in _SUFFIXES or words[-1].strip(",") in _NUMERALS
    ):
        words.pop()
    if not words:
        return name
    last = len(words) - 1
    while last > 1 and words[last - 1].islower():  # particles: von, der, de, van, da
        last -= 1
    return " ".join(words[last:]).rstrip(",")


def short_names(analysis: Analysis) -> dict[str, str]:
    """Entity id → the short form the article itself uses for a person: the most frequent of
    its mentions that is a run of fewer words of its full name ("Xi" for "Xi Jinping",
    "Starmer" for "Keir Starmer"). A person the article only names in full has none."""
    text = analysis.article.text
    found: dict[str, str] = {}
    for entity in analysis.entities:
        full = entity.name.split()
        if len(full) < 2:
            continue
        counts: dict[str, int] = {}
        for start, end in entity.mentions:
            words = text[start:end].split()
            if 0 < len(words) < len(full) and _is_run_of(words, full):
                short = " ".join(words)
                counts[short] = counts.get(short, 0) + 1
        if counts:
            found[entity.id] = max(counts, key=lambda short: (counts[short], -len(short)))
    return found


def _is_run_of(words: list[str], full: list[str]) -> bool:
    return any(full[at : at + len(words)] == words for at in range(len(full) - len(words) + 1))


@dataclass(frozen=True)
class Speaker:
    """How a quote's speaker is written on screen: in full (``wording.speaker_label``), and
    short where room is scarce (a named speaker as the article shortens the name, else the
    surname; an unnamed one keeps its "(unnamed)" mark)."""

    full: str
    short: str


def speaker_of(quote: Quote, shorts: Mapping[str, str] = {}) -> Speaker:
    """``shorts``: entity id → the article's own short form of the name (``short_names``);
    a speaker without one is shortened to the surname."""
    full = one_line(speaker_label(quote), 80)
    if not is_named(quote):
        return Speaker(full, full)
    short = shorts.get(quote.speaker_entity or "") or surname(quote.speaker or "")
    return Speaker(full, one_line(short, 40))


def fit_speakers(speakers: list[Speaker], width: int) -> str:
    """The speakers in full when they fit in ``width`` cells, else their short forms (which
    the caller cuts, if even they do not fit)."""
    full = ", ".join(speaker.full for speaker in speakers)
    if cell_len(full) <= width:
        return full
    return ", ".join(dict.fromkeys(speaker.short for speaker in speakers))


ECHO_MARK = "↻"
"""Beside a quote that other articles of the library have too, with how many."""


def echo_mark(elsewhere: int) -> str:
    """``↻2`` for a quote found in 2 other articles; "" for one found nowhere else."""
    return f"{ECHO_MARK}{elsewhere}" if elsewhere > 0 else ""


def with_echoes(speaker: Speaker, elsewhere: int) -> Speaker:
    """``speaker``'s forms with the echo mark after them when ``elsewhere`` other articles
    have the quote."""
    if elsewhere <= 0:
        return speaker
    mark = echo_mark(elsewhere)
    return Speaker(f"{speaker.full} {mark}", f"{speaker.short} {mark}")


class SpeakerNames:
    def __init__(
        self,
        quotes: Iterable[Quote] = (),
        echoes: Mapping[int, int] = {},
        shorts: Mapping[str, str] = {},
    ) -> None:
        """``echoes``: quote start → in how many other articles it appears; ``shorts``: the
        article's own short names (``short_names``)."""
        ordered = sorted(quotes, key=lambda q: q.start)
        self._starts = [q.start for q in ordered]
        self._speakers = [
            with_echoes(speaker_of(q, shorts), echoes.get(q.start, 0)) for q in ordered
        ]

    def between(self, start: int, end: int) -> list[Speaker]:
        """The speakers of the quotes that start in ``[start, end)``, each once, in order."""
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return list(dict.fromkeys(self._speakers[first:last]))
