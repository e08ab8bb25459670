"""Direct quotes and their speakers, as the spaCy component ``reader_quotes``.

``marks`` finds the quoted stretches from the quote marks alone; ``attribution`` gives each its
cue and speaker (see there); ``entity_links`` makes every named speaker an entity row, and
each role noun that names a titled person ("the PM") one more mention of that person. Each
``Quote.reason`` says in a few words why its speaker was chosen.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from reader.nlp.doc_text import doc_text
from reader.nlp.quotes.attribution import find_quotes
from reader.nlp.quotes.entity_links import link_roles, link_speakers

__all__ = ["find_quotes", "link_roles", "link_speakers", "quotes"]


@Language.component(
    "reader_quotes",
    requires=[
        "doc._.reader_entities",
        "doc.ents",
        "doc.sents",
        "token.tag",
        "token.dep",
        "token.head",
    ],
    assigns=["doc._.reader_quotes", "doc._.reader_entities"],
)
def quotes(doc: Doc) -> Doc:
    found, roles = find_quotes(doc)
    entities = link_speakers(list(doc._.reader_entities or []), found, doc_text(doc))
    doc._.reader_entities = link_roles(entities, roles)
    doc._.reader_quotes = found
    return doc
