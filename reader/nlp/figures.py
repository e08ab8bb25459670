"""Figures: numbers with what they count, typed, with their sentence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from reader.model import Figure

_KINDS = {
    "MONEY": "money",
    "PERCENT": "percent",
    "CARDINAL": "count",
    "QUANTITY": "quantity",
    "ORDINAL": "ordinal",
    "DATE": "date",
    "TIME": "time",
}

Doc.set_extension("reader_figures", default=[], force=True)


@Language.component("reader_figures")
def figures(doc: Doc) -> Doc:
    found = []
    for ent in doc.ents:
        kind = _KINDS.get(ent.label_)
        if kind is None or kind in {"date", "time"}:
            continue
        end = ent.end
        unit = None
        if kind == "count" and end < len(doc) and doc[end].pos_ == "NOUN":
            unit = doc[end].text
            end += 1
        span = doc[ent.start : end]
        sentence = span.sent if doc.has_annotation("SENT_START") else span
        found.append(
            Figure(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                value=_value(ent.text),
                unit=unit,
                kind=kind,
                sentence=(sentence.start_char, sentence.end_char),
            )
        )
    doc._.reader_figures = found
    return doc


def _value(text: str) -> float | None:
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    try:
        return float(digits) if digits else None
    except ValueError:
        return None
