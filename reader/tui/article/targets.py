"""What n/N step through: the matches of an in-article search, or the mentions of an entity
chosen in the sidebar. A ``Targets`` is a value; every change makes a new one, and the screen
draws whatever it holds (the marks, the current one, the status line, the filter)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from reader.model import Quote, Span
from reader.textsafety import one_line
from reader.tui.article.entities import EntityRow

MAX_MATCHES = 100_000
"""Search stops counting here; a 7 MB article can match a common word that often."""


@dataclass(frozen=True)
class Targets:
    spans: list[Span] = field(default_factory=list)
    index: int = -1
    """The one n/N went to last (-1: none)."""
    name: str = ""
    """What the status line calls them: “the term”, or the entity's name."""
    term: str = ""
    """The search term, for a search."""
    entity: EntityRow | None = None
    """The chosen entity, for its mentions."""

    @property
    def active(self) -> bool:
        return bool(self.spans or self.term or self.entity)

    @property
    def current(self) -> Span | None:
        return self.spans[self.index] if 0 <= self.index < len(self.spans) else None

    def step(self, by: int) -> Targets:
        return replace(self, index=(self.index + by) % len(self.spans)) if self.spans else self

    def filter_spans(self, quotes: list[Quote]) -> list[Span]:
        """What the filter keeps: the quotes the chosen entity said (if any), else the targets."""
        if self.entity is not None:
            said = [(q.start, q.end) for q in quotes if q.speaker_entity == self.entity.key]
            if said:
                return said
        return self.spans


def search(text: str, term: str, origin: int) -> Targets:
    """Every match of ``term`` (literally, any case); the current one is the first at or after
    ``origin``."""
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    matches: list[Span] = []
    for match in pattern.finditer(text):
        matches.append(match.span())
        if len(matches) >= MAX_MATCHES:
            break
    starts = [start for start, _ in matches]
    index = bisect_right(starts, origin - 1) % max(1, len(matches))
    return Targets(matches, index, f"“{one_line(term, 40)}”", term=term)


def mentions(entity: EntityRow) -> Targets:
    spans = list(entity.spans)
    return Targets(spans, 0 if spans else -1, entity.name, entity=entity)
