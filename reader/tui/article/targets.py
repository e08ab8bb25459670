"""What n/N step through: the matches of an in-article search, or the mentions of an entity
chosen in the sidebar. A ``Targets`` is a value; every change makes a new one, and the screen
draws whatever it holds (the marks, the current one, the status line, the filter)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from reader.model import Quote, Span
from reader.textsafety import one_line
from reader.tui.article.entities import EntityRow

MAX_MATCHES = 100_000
"""Search stops counting here; a 7 MB article can match a common word that often."""

VARIANTS = {
    "'": "\u2018\u2019\u201a\u201b\u02bc\u2032",  # ‘ ’ ‚ ‛ ʼ ′
    '"': "\u201c\u201d\u201e\u201f\u2033",  # “ ” „ ‟ ″
    "-": "\u2010\u2011\u2012\u2013\u2014\u2015\u2212",  # hyphens, – —, ―, minus
    " ": "\u00a0\u2007\u2009\u202f",  # no-break and thin spaces
    "\u03c3": "\u03c2",  # final sigma: lower() picks it by context, a query may not
}
"""Characters search treats as one: each variant is read as its plain key."""
FOLD = str.maketrans({variant: plain for plain, chars in VARIANTS.items() for variant in chars})


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
    wrapped: str = ""
    """What the status line says after n/N went past the last (or first) target on to the
    other end; the next step clears it."""

    @property
    def active(self) -> bool:
        return bool(self.spans or self.term or self.entity)

    @property
    def current(self) -> Span | None:
        return self.spans[self.index] if 0 <= self.index < len(self.spans) else None

    def step(self, by: int) -> Targets:
        if not self.spans:
            return self
        index = self.index + by
        wrapped = ""
        if index >= len(self.spans) or (index < 0 and self.index >= 0):
            end = "first" if index >= len(self.spans) else "last"
            wrapped = (
                f"search wrapped to the {end} match"
                if self.term
                else f"wrapped to the {end} mention"
            )
        return replace(self, index=index % len(self.spans), wrapped=wrapped)

    def filter_spans(self, quotes: list[Quote]) -> list[Span]:
        """What the filter keeps: the quotes the chosen entity said (if any), else the targets."""
        if self.entity is not None:
            said = [(q.start, q.end) for q in quotes if q.speaker_entity == self.entity.key]
            if said:
                return said
        return self.spans


def fold(text: str) -> str:
    """``text`` in lower case with its typographic variants plain (’ as ', “ as ", – as -):
    one character for each, so an offset in the fold is the same offset in ``text``."""
    folded = text.replace("\u0130", "i").lower().translate(FOLD)  # İ is the one that grows
    assert len(folded) == len(text), "a fold must keep offsets"
    return folded


@lru_cache(maxsize=2)
def _folded(text: str) -> str:
    """The article's fold, made once per article rather than on every key of a search."""
    return fold(text)


def find_all(text: str, term: str) -> list[Span]:
    """Where ``term`` occurs in ``text`` (any case, any typographic variant), as offsets of
    ``text``; at most ``MAX_MATCHES``, overlapping matches not counted twice."""
    haystack, needle = _folded(text), fold(term)
    matches: list[Span] = []
    start = haystack.find(needle) if needle else -1
    while start >= 0 and len(matches) < MAX_MATCHES:
        matches.append((start, start + len(needle)))
        start = haystack.find(needle, start + len(needle))
    return matches


def search(text: str, term: str, origin: int) -> Targets:
    """Every match of ``term`` (literally, any case, ’ as ' and – as -); the current one is
    the first at or after ``origin``."""
    matches = find_all(text, term)
    starts = [start for start, _ in matches]
    index = bisect_right(starts, origin - 1) % max(1, len(matches))
    return Targets(matches, index, f"“{one_line(term, 40)}”", term=term)


def mentions(entity: EntityRow) -> Targets:
    spans = list(entity.spans)
    return Targets(spans, 0 if spans else -1, entity.name, entity=entity)
