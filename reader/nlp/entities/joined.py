"""Two names the model read as one across "and": "The Wrap and Deadline", "Science and Nature".

A span is split at its "and" when one side is a name the article also uses on its own (each
side takes the type it has alone); "Procter and Gamble" stays whole unless the article names
"Gamble" alone, and "Johnson & Johnson" always does.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from reader.nlp.entities.consistency import name_key

_JOINS = {"and", "&"}
_SPLITTABLE = {"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"}


def split_joined_names(doc: Doc, spans: list[Span]) -> list[Span]:
    alone = {_key(s.text): s.label_ for s in spans if not any(t.lower_ in _JOINS for t in s)}
    out = []
    for span in spans:
        joins = [t for t in span[1:-1] if t.lower_ in _JOINS]
        if span.label_ not in _SPLITTABLE or len(joins) != 1:
            out.append(span)
            continue
        parts = (doc[span.start : joins[0].i], doc[joins[0].i + 1 : span.end])
        keys = [_key(part.text) for part in parts]
        known = any(key in alone for key in keys) and keys[0] != keys[1]  # not "Johnson & Johnson"
        if known and all(part[0].is_title for part in parts):
            out += [
                Span(doc, p.start, p.end, label=alone.get(k, span.label_))
                for p, k in zip(parts, keys, strict=True)
            ]
        else:
            out.append(span)
    return out


def _key(text: str) -> str:
    return name_key(text).removeprefix("the ")
