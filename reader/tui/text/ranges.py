"""Styled ranges of the article, found fast for one screen line at a time.

Highlight *data* (offsets from the analysis, the user's highlights, search hits) is kept apart
from *styling*: a mark names a component class, and the view resolves it to the theme's style.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from reader.model import KINDS, Analysis, entity_kind

StyledRange = tuple[int, int, str]
"""``(start, end, component_class)``."""

KIND_CLASSES = {kind.key: f"article--{kind.word}" for kind in KINDS}
"""Each toggleable kind of mark and the component class that styles it."""

SWATCHES = {
    "yellow": "yellow",
    "green": "green",
    "blue": "dodger_blue1",
    "pink": "hot_pink",
    "purple": "medium_purple",
}
"""Labels a user highlight can have, each with a Rich colour for the sidebar's swatch.

Each label also has an ``article--highlight-<label>`` component class for the text.
"""
HIGHLIGHT_COLOURS = tuple(SWATCHES)


def highlight_class(label: str) -> str:
    """The component class of a highlight label; unknown labels (imported data) look yellow."""
    return f"article--highlight-{label if label in SWATCHES else 'yellow'}"


QUOTE_MARKS = frozenset("\"'“”‘’«»„‟‹›「」『』")


class SpanIndex:
    """Marks sorted by start, so the marks touching ``[start, end)`` are a bisect away."""

    def __init__(self, marks: Iterable[StyledRange] = ()) -> None:
        self.marks = sorted((m for m in marks if m[1] > m[0]), key=lambda m: m[0])
        self._starts = [m[0] for m in self.marks]
        self._longest = max((m[1] - m[0] for m in self.marks), default=0)

    def __len__(self) -> int:
        return len(self.marks)

    def overlapping(self, start: int, end: int) -> list[StyledRange]:
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        return [m for m in self.marks[low:high] if m[1] > start]


def quote_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The quote's range widened to take in its opening and closing marks, when present."""
    if start > 0 and text[start - 1] in QUOTE_MARKS:
        start -= 1
    if end < len(text) and text[end] in QUOTE_MARKS:
        end += 1
    return start, end


def analysis_marks(analysis: Analysis, shown: set[str]) -> list[StyledRange]:
    """Quotes first (drawn under), then entities and figures, for the kinds in ``shown``."""
    text = analysis.article.text
    marks: list[StyledRange] = []
    if "quotes" in shown:
        for quote in analysis.quotes:
            start, end = quote_span(text, quote.start, quote.end)
            marks.append((start, end, KIND_CLASSES["quotes"]))
    for entity in analysis.entities:
        kind = entity_kind(entity.label)
        if kind in shown:
            marks.extend((s, e, KIND_CLASSES[kind]) for s, e in entity.mentions)
    if "figures" in shown:
        marks.extend((f.start, f.end, KIND_CLASSES["figures"]) for f in analysis.figures)
    return marks


@dataclass(frozen=True)
class Layers:
    """The mark layers of the view, drawn in this order (later layers win): the article's
    head, the analysis, the reader's highlights, then search matches or chosen mentions."""

    head: SpanIndex
    base: SpanIndex
    highlights: SpanIndex
    targets: SpanIndex

    def marks(self, start: int, end: int) -> list[StyledRange]:
        quote = KIND_CLASSES["quotes"]
        base = sorted(self.base.overlapping(start, end), key=lambda m: m[2] != quote)
        return [
            *self.head.overlapping(start, end),
            *base,
            *self.highlights.overlapping(start, end),
            *self.targets.overlapping(start, end),
        ]
