"""Names with a possessive inside: "Westminster Magistrates' Court", "St Thomas' Hospital",
"the Queen's Bench Division", "Leeds Children's Hospital" are one body or place each, though the
NER often stops at the apostrophe ("Westminster Magistrate" + "Court")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reader.nlp.token_lookup import token_indexes
from reader.nlp.words import POSSESSOR_NOUNS

_POSSESSIVE = ("'s", "’s", "'", "’")
_SAINTS = {"st", "st.", "saint"}
_BODIES_AND_PLACES = {"ORG", "FAC", "GPE", "LOC"}
_LONGEST_OWNED = 4  # "Children's Heart Surgery Unit"


def join_possessive_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Spans joined across a possessive whose owner is a kind of person ("Magistrates'",
    "Children's", "Queen's") or a saint ("St Thomas'") and whose owned part is capitalised,
    when the NER saw a name there; the spans inside the joined one are dropped."""
    for index in token_indexes(doc, "ORTH", _POSSESSIVE):
        if index > 0:
            joined = _joined(doc, doc[index], spans)
            if joined is not None:
                spans = [s for s in spans if not _inside(s, joined)] + [joined]
    return sorted(spans, key=lambda s: s.start)


def _joined(doc: Doc, mark: Token, spans: list[Span]) -> Span | None:
    owner = doc[mark.i - 1]
    saint = mark.i >= 2 and doc[mark.i - 2].lower_ in _SAINTS
    if not owner.is_title or not (saint or owner.lower_ in POSSESSOR_NOUNS):
        return None
    end = mark.i + 1
    while end < len(doc) and end - mark.i <= _LONGEST_OWNED and doc[end].is_title:
        end += 1
    if end == mark.i + 1:
        return None  # "the magistrates' decision": nothing capitalised is owned
    start = mark.i - 2 if saint else mark.i - 1
    touching = [s for s in spans if s.start < end and s.end > start]
    if not touching:
        return None  # the NER saw no name here
    start = min(start, *(s.start for s in touching))
    end = max(end, *(s.end for s in touching))
    if any(s.start <= start and s.end >= end for s in touching):
        return None  # already one name
    return Span(doc, start, end, label=_label(touching))


def _label(touching: list[Span]) -> str:
    """The owned part's label (a court, a hospital), else the owner's: a body or a place, never
    a person's name or a title of a work ("Queen's" alone may read as one)."""
    for span in reversed(touching):
        if span.label_ in _BODIES_AND_PLACES:
            return span.label_
    return "ORG"


def _inside(span: Span, outer: Span) -> bool:
    return span.start >= outer.start and span.end <= outer.end
