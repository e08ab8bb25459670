"""Who speaks where: the names the view writes beside the lines their quotes start on, and
short forms of them for narrow places (a surname rather than a cut title); each with its echo
mark when other articles have the quote too."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rich.cells import cell_len

from reader.model import Quote
from reader.textsafety import one_line
from reader.wording import is_named, speaker_label

_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv kc qc mp mep phd".split())  # noqa: SIM905
"""Words after a surname that are not it ("Martin Luther King Jr.")."""


def surname(name: str) -> str:
    """The family name of a full name: "Sir Keir Starmer" → "Starmer", "Ursula von der Leyen"
    → "von der Leyen"; a name of one word is itself."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(",") in _SUFFIXES:
        words.pop()
    if not words:
        return name
    last = len(words) - 1
    while last > 1 and words[last - 1].islower():  # particles: von, der, de, van, da
        last -= 1
    return " ".join(words[last:]).rstrip(",")


@dataclass(frozen=True)
class Speaker:
    """How a quote's speaker is written on screen: in full (``wording.speaker_label``), and
    short where room is scarce (the surname of a named speaker; an unnamed one keeps its
    "(unnamed)" mark)."""

    full: str
    short: str


def speaker_of(quote: Quote) -> Speaker:
    full = one_line(speaker_label(quote), 80)
    return Speaker(full, one_line(surname(quote.speaker or ""), 40) if is_named(quote) else full)


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
    def __init__(self, quotes: Iterable[Quote] = (), echoes: Mapping[int, int] = {}) -> None:
        """``echoes``: quote start → in how many other articles it appears."""
        ordered = sorted(quotes, key=lambda q: q.start)
        self._starts = [q.start for q in ordered]
        self._speakers = [with_echoes(speaker_of(q), echoes.get(q.start, 0)) for q in ordered]

    def between(self, start: int, end: int) -> list[Speaker]:
        """The speakers of the quotes that start in ``[start, end)``, each once, in order."""
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return list(dict.fromkeys(self._speakers[first:last]))
