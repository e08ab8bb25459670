"""Direct quotes and their speakers, as a spaCy component.

First version: paired quote marks, and a speaker from a reporting verb in the same or next
sentence ("X said", "said X"), "he/she said" resolved to the last named person.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from reader.model import Entity, Quote

Doc.set_extension("reader_quotes", default=[], force=True)

_PAIRS = re.compile(r"“([^”]{2,}?)”|\"([^\"\n]{2,}?)\"")
_CUES = {
    "say",
    "said",
    "says",
    "told",
    "tell",
    "added",
    "add",
    "adds",
    "warned",
    "insisted",
    "claimed",
    "stated",
    "wrote",
    "explained",
    "argued",
    "asked",
}
_PRONOUNS = {"he", "she", "they"}


@Language.component("reader_quotes")
def quotes(doc: Doc) -> Doc:
    entities: list[Entity] = doc._.reader_entities
    owner = {m: e for e in entities if e.label == "PERSON" for m in e.mentions}
    found = []
    for match in _PAIRS.finditer(doc.text):
        group = 1 if match.group(1) is not None else 2
        start, end = match.span(group)
        quote = Quote(start=start, end=end)
        _attribute(doc, quote, match.end(), owner)
        found.append(quote)
    doc._.reader_quotes = found
    return doc


def _attribute(doc: Doc, quote: Quote, after: int, owner: dict) -> None:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return
    sentence = span.sent
    for token in sentence:
        if token.lemma_.lower() in _CUES or token.lower_ in _CUES:
            for child in token.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and not (
                    quote.start <= child.idx < quote.end
                ):
                    _set_speaker(doc, quote, child, owner)
                    quote.cue = token.text
                    quote.cue_start, quote.cue_end = token.idx, token.idx + len(token)
                    return


def _set_speaker(doc: Doc, quote: Quote, token, owner: dict) -> None:
    if token.lower_ in _PRONOUNS:
        earlier = [(m, e) for m, e in owner.items() if m[1] <= token.idx]
        if earlier:
            mention, entity = max(earlier)
            quote.speaker, quote.speaker_entity = entity.name, entity.id
        quote.speaker_text = token.text
        quote.speaker_start, quote.speaker_end = token.idx, token.idx + len(token)
        return
    subtree = list(token.subtree)
    start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
    quote.speaker_text = doc.text[start:end]
    quote.speaker_start, quote.speaker_end = start, end
    for (m_start, m_end), entity in owner.items():
        if start <= m_start and m_end <= end:
            quote.speaker, quote.speaker_entity = entity.name, entity.id
            return
