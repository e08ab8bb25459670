"""Who speaks where: the names the view writes beside the lines their quotes start on, each
with its echo mark when other articles have the quote too."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping

from reader.model import Quote
from reader.textsafety import one_line

ECHO_MARK = "↻"
"""Beside a quote that other articles of the library have too, with how many."""


def echo_mark(elsewhere: int) -> str:
    """``↻2`` for a quote found in 2 other articles; "" for one found nowhere else."""
    return f"{ECHO_MARK}{elsewhere}" if elsewhere > 0 else ""


def speaker_note(quote: Quote, elsewhere: int) -> str:
    """Who said ``quote``, then its echo mark when ``elsewhere`` other articles have it."""
    name = one_line(quote.speaker or "unknown", 60)
    return f"{name} {echo_mark(elsewhere)}" if elsewhere > 0 else name


class SpeakerNames:
    def __init__(self, quotes: Iterable[Quote] = (), echoes: Mapping[int, int] = {}) -> None:
        """``echoes``: quote start → in how many other articles it appears."""
        ordered = sorted(quotes, key=lambda q: q.start)
        self._starts = [q.start for q in ordered]
        self._names = [speaker_note(q, echoes.get(q.start, 0)) for q in ordered]

    def between(self, start: int, end: int) -> str:
        """The speakers of the quotes that start in ``[start, end)``, each once, in order."""
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return ", ".join(dict.fromkeys(self._names[first:last]))
