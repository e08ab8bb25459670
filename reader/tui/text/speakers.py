"""Who speaks where: the names the view writes beside the lines their quotes start on."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from reader.model import Quote
from reader.textsafety import one_line


class SpeakerNames:
    def __init__(self, quotes: Iterable[Quote] = ()) -> None:
        ordered = sorted(quotes, key=lambda q: q.start)
        self._starts = [q.start for q in ordered]
        self._names = [one_line(q.speaker or "unknown", 60) for q in ordered]

    def between(self, start: int, end: int) -> str:
        """The speakers of the quotes that start in ``[start, end)``, each once, in order."""
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return ", ".join(dict.fromkeys(self._names[first:last]))
