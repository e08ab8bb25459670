"""Two names the model read as one across "and": "The Clarion and Tribune", "Ledger and Post".

A span is split at its "and" when one side is a name the article also uses on its own (each
side takes the type it has alone); "Procter and Gamble" stays whole unless the article names
"Gamble" alone, and "Johnson & Johnson" always does.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from reader.nlp.entities.consistency import bare_key

_JOINS = {"and", "&"}
_SPLITTABLE = {"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"}


def split_joined_names(doc: Doc, spans: list[Span]) -> list[Span]:
    alone = {bare_key(s.text): s.label_ for s in spans if not any(t.lower_ in _JOINS for t in s)}
    out = []
    for span in spans:
        joins = [t for t in span[1:-1] if t.lower_ in _JOINS]
        if span.label_ not in _SPLITTABLE or len(joins) != 1:
            out.append(span)
            continue
        parts = (doc[span.start : joins[0].i], doc[joins[0].i + 1 : span.end])
        keys = [bare_key(part.text) for part in parts]
        known = any(key in alone for key in keys) and keys[0] != keys[1]  # not "Johnson & Johnson"
        if known and all(part[0].is_title for part in parts):
            out += [
                Span(doc, p.start, p.end, label=alone.get(k, span.label_))
                for p, k in zip(parts, keys, strict=True)
            ]
        else:
            out.append(span)
    return out


def split_paired_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Calloway-van Dijk paper": two people's surnames joined by a hyphen, when each
    ends the full name of a different person of the article (a double-barrelled surname such
    as "Shirazi-Beechey" is not two of them)."""
    full = [bare_key(s.text) for s in spans if s.label_ == "PERSON" and len(s) > 1]
    out = []
    for span in spans:
        dashes = [t for t in span[1:-1] if t.text in _HYPHENS and not t.whitespace_]
        if len(dashes) != 1:
            out.append(span)
            continue
        parts = (doc[span.start : dashes[0].i], doc[dashes[0].i + 1 : span.end])
        owners = [_owner(bare_key(part.text), full) for part in parts]
        if all(owners) and owners[0] != owners[1]:
            out += [Span(doc, p.start, p.end, label="PERSON") for p in parts]
        else:
            out.append(span)
    return out


_HYPHENS = {"-", "‐", "–"}


def _owner(surname: str, full: list[str]) -> str | None:
    """The one full name that ends with ``surname``."""
    found = {name for name in full if name.endswith(" " + surname)}
    return found.pop() if len(found) == 1 else None
