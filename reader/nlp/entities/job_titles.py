"""A place or body's name cut from a job title: in "the then UK Home Secretary" the NER may keep
"UK Home" as an organisation; the name is "UK", and "Home Secretary" is a title."""

from __future__ import annotations

from collections.abc import Container, Iterator

from spacy.tokens import Span

from reader.nlp.entities.places import country_initials, known_places
from reader.nlp.words import DEMONYM_ENDINGS, PORTFOLIOS, ROLE_NOUNS


def without_title_words(spans: list[Span], demonyms: Container[str]) -> list[Span]:
    """Each non-person span that is the front of a job title ("Scottish Health" before
    "Secretary") loses the minister's brief; a span that was only the brief is dropped."""
    return [piece for span in spans for piece in _name_part(span, demonyms)]


def _name_part(span: Span, demonyms: Container[str]) -> Iterator[Span]:
    end = _title_start(span)
    if end is None:
        yield span
        return
    while end > span.start and span.doc[end - 1].lower_ in PORTFOLIOS:
        end -= 1
    if end > span.start:
        name = span.doc[span.start : end]
        yield Span(span.doc, span.start, end, label=_label(name, demonyms, span.label_))


def _title_start(span: Span) -> int | None:
    """Where the brief + title ends inside ``span``: the span's end when a capitalised title
    follows it ("UK Home | Secretary"), one before when the title is its own last word; None
    when the span holds no brief before a title ("Microsoft | President" stays a name)."""
    if span.label_ == "PERSON":
        return None
    doc = span.doc
    if span.end < len(doc) and _is_title(doc[span.end]):
        end = span.end
    elif len(span) >= 2 and _is_title(span[-1]):
        end = span.end - 1
    else:
        return None
    return end if doc[end - 1].lower_ in PORTFOLIOS else None


def _is_title(token) -> bool:
    return token.is_title and token.lower_ in ROLE_NOUNS


def _label(name: Span, demonyms: Container[str], label: str) -> str:
    """ "Scottish" is a demonym, "Wales" or "UK" a known place; otherwise the NER's label."""
    text = name.text
    if text in demonyms or (
        len(name) == 1 and name[0].is_title and text.endswith((*DEMONYM_ENDINGS, "sh"))
    ):
        return "NORP"
    if text.lower() in known_places() or (text.isupper() and text.lower() in country_initials()):
        return "GPE"  # "UK" as much as "Wales"
    return label
