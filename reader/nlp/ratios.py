"""Ratios written "one in five": a share of what the denominator counts ("One in five children"
→ 0.2 of children), found at the denominator; the numerator is no figure of its own."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from reader.nlp.numbers import WORD_VALUES, parse_value


def is_numerator(doc: Doc, end: int, durations: set[str]) -> bool:
    """Is the number ending at ``end`` the "one" of "one in (every) five …"? Not of "3 in 5
    minutes", which counts time."""
    denominator = _past_in(doc, end)
    after = doc[denominator + 1].lower_.rstrip("s") if denominator + 1 < len(doc) else ""
    return ratio_start(doc, denominator) is not None and after not in durations


def ratio_start(doc: Doc, start: int) -> tuple[int, float] | None:
    """Where "one in (every) five" begins before its denominator at ``start``, and the
    numerator."""
    i = start - 1
    if i > 0 and doc[i].lower_ == "every":
        i -= 1
    if i < 1 or doc[i].lower_ != "in":
        return None
    numerator = doc[i - 1]
    before = doc[i - 2] if i >= 2 else None
    named = before is not None and before.pos_ == "PROPN" and not numerator.is_sent_start
    if numerator.ent_type_ not in {"", "CARDINAL"} or (named and numerator.is_title):
        return None  # "Uranium One in three deals": a name's word
    value = parse_value(numerator.text)
    return (i - 1, value) if value is not None and value >= 1 else None


def modifiers_only(tokens: Span) -> bool:
    """Only words describing the counted noun: "10 [Democratic registered] voters"."""
    return all(
        t.tag_ not in _FINITE
        and (t.dep_ in {"amod", "compound", "nmod"} or t.pos_ in {"ADJ", "PROPN"})
        for t in tokens
    )


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # "4 in 10 said …": a verb, not a modifier


def _past_in(doc: Doc, end: int) -> int:
    """The token after "in (every)" at ``end`` (``end`` itself when there is none)."""
    i = end
    if i < len(doc) and doc[i].lower_ == "in":
        i += 1
        if i < len(doc) and doc[i].lower_ == "every":
            i += 1
    return i if i < len(doc) and (doc[i].like_num or doc[i].lower_ in WORD_VALUES) else end
