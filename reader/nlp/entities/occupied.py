"""Token positions already covered by an entity, so a found name never overlaps another."""

from __future__ import annotations

from spacy.tokens import Doc, Span


class Occupied:
    """Token positions already covered by an entity."""

    def __init__(self, doc: Doc, spans: list[Span]) -> None:
        self.taken = bytearray(len(doc))
        for span in spans:
            self.add(span.start, span.end)

    def add(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return any(self.taken[start:end])
