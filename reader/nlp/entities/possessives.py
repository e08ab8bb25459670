"""Names with a possessive inside: "Westminster Magistrates' Court", "St Thomas' Hospital",
"the Queen's Bench Division", "Leeds Children's Hospital" are one body or place each, though the
NER often stops at the apostrophe ("Westminster Magistrate" + "Court")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reader.nlp.entities.consistency import bare_key
from reader.nlp.entities.places import known_places
from reader.nlp.token_lookup import token_indexes
from reader.nlp.words import CORPORATE_SUFFIXES, POSSESSOR_NOUNS

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


def split_owned_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Harbour Board's Green Book" read as one name: the owner and the thing it owns,
    when the article also names the owner on its own ("the Harbour Board said …") or when a
    person's full name owns it ("Jeff Roe's Blue Harbour"); "Leeds's Roiz" is the article's Ana
    Roiz."""
    plain = [s for s in spans if not any(t.text in _POSSESSIVE for t in s)]
    labels = {bare_key(s.text): s.label_ for s in plain}
    surnames = {bare_key(s[-1].text) for s in plain if s.label_ == "PERSON" and len(s) > 1}
    things: set[str] = set()
    out = []
    for span in spans:
        marks = [t for t in span[1:-1] if _possessive_mark(t, span) and t.i + 1 < span.end]
        owner = doc[span.start : marks[0].i] if len(marks) == 1 else None
        owned = doc[marks[0].i + 1 : span.end] if owner is not None else None
        person = span.label_ == "PERSON"
        if owner is None or not _owned_thing(owned):
            out.append(span)
        elif person and bare_key(owned.text) in surnames:
            out.append(Span(doc, owned.start, owned.end, label="PERSON"))  # "Leeds's Roiz"
        elif person and _full_name(owner):
            # "Jeff Roe's Blue Harbour" read as one person: Roe, and the thing that is Roe's,
            # which is no person wherever the model thought it one
            out.append(Span(doc, owner.start, owner.end, label="PERSON"))
            out.append(Span(doc, owned.start, owned.end, label="ORG"))
            things.add(bare_key(owned.text))
        elif bare_key(owner.text) in labels:
            out.append(Span(doc, owner.start, owner.end, label=labels[bare_key(owner.text)]))
            out.append(Span(doc, owned.start, owned.end, label=span.label_))
        else:
            out.append(span)
    return [
        Span(doc, s.start, s.end, label="ORG")
        if s.label_ == "PERSON" and bare_key(s.text) in things
        else s
        for s in out
    ]


def _possessive_mark(token: Token, span: Span) -> bool:
    """ "’s", or an apostrophe after an s ("the Jones’ farm"), not the closing mark of a
    quoted nickname inside a name ("Tobias ‘Toby’ Wrenfield")."""
    if token.text in {"'s", "’s"}:
        return True
    if token.text not in _POSSESSIVE or token.i == 0:
        return False
    opened = any(t.text in {"‘", "'"} for t in span if t.i < token.i)
    return token.doc[token.i - 1].text.lower().endswith("s") and not opened


def _full_name(owner: Span) -> bool:
    """Two or three capitalised words, not a place ("Jeff Roe's", not "New York's")."""
    words = [t for t in owner if t.is_alpha]
    return (
        2 <= len(words) <= 3
        and all(t.is_title for t in words)
        and (bare_key(owner.text) not in known_places())
    )


def _owned_thing(owned: Span) -> bool:
    """A capitalised name, not the rest of a company's ("Boatmen's Bancshares Inc.")."""
    if not owned[0].is_title:
        return False
    return not any(t.lower_.rstrip(".") in CORPORATE_SUFFIXES for t in owned)
