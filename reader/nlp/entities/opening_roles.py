"""A job opening a sentence before a full name is no part of it: "Fisherman Tom Vail said".

The model reads a sentence's first word, capitalised only for that, as the first of three name
words. It is a job when it is a common English noun for someone who does something (a word
of WordNet's noun index, from the English model's own lemmatizer data, with an ending such
words have: "fisherman", "pensioner", "campaigner"), the name after it has no initial (as
"Walter K. Roe" does: WordNet has first names too) and the article never writes the word
capitalised anywhere else, as it would a first name ("Walter Tom Vail … Walter Vail").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import spacy.util
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span

from reader.nlp.entities.spans import starts_sentence
from reader.nlp.token_lookup import token_indexes

JOB_ENDINGS = ("man", "woman", "er", "or", "ist", "ian", "ant", "ent", "eer")
"""How nouns for someone who does something end ("fisherman", "pensioner", "florist")."""


@functools.cache
def common_nouns(model: str) -> frozenset[str]:
    """WordNet's English nouns as the model package ships them for its lemmatizer (none if
    it ships no lemmatizer data)."""
    try:
        path = spacy.util.get_package_path(model)
    except (ImportError, OSError):
        return frozenset()
    files = sorted(path.glob("*/lemmatizer/lookups/lookups.bin"))
    if not files:
        return frozenset()
    lookups = Lookups().from_disk(files[-1].parent)
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("noun", ()))


def without_opening_jobs(doc: Doc, spans: Iterable[Span], nouns: frozenset[str]) -> list[Span]:
    """Each person's span of three or more words that opens a sentence with a job, without it."""
    out = []
    for span in spans:
        first = span[0]
        if (
            span.label_ == "PERSON"
            and len(span) > 2
            and starts_sentence(first)
            and first.is_title
            and first.lower_ in nouns
            and first.lower_.endswith(JOB_ENDINGS)
            and not any(len(word.text.rstrip(".")) == 1 for word in span[1:])
            and _capitalised_only_here(doc, first.text, first.i)
        ):
            span = Span(doc, span.start + 1, span.end, label=span.label_)
        out.append(span)
    return out


def _capitalised_only_here(doc: Doc, word: str, here: int) -> bool:
    """Is ``word`` written capitalised nowhere else but at the start of a sentence?"""
    return not any(
        i != here and not starts_sentence(doc[i]) for i in token_indexes(doc, "ORTH", {word})
    )
