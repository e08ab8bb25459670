"""Figures: each number with what it counts, typed, with its sentence.

"600,000 troops" → count 600000 "troops"; "more than 19 per cent" → percent 19 (the qualifier
stays in the text); "£64.6 billion" → money 6.46e10 GBP; "$2.3bn" → money 2.3e9 USD;
"5 km" → quantity 5 "km"; "104th" → ordinal; "3 March 2022" → date; "10.30am" → time.
The statistical NER finds most numbers; what it leaves (a bare "83", "€400m") is read too.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from reader.model import Figure
from reader.nlp.doc_text import doc_text
from reader.nlp.market_codes import instrument_code
from reader.nlp.numbers import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MULTIPLIERS,
    WORD_VALUES,
    currency_of,
    parse_value,
    year_of,
)
from reader.nlp.ratios import is_numerator, modifiers_only, ratio_start
from reader.nlp.token_lookup import token_starts
from reader.nlp.words import MONTHS, WEEKDAYS

_KINDS = {
    "MONEY": "money",
    "PERCENT": "percent",
    "CARDINAL": "count",
    "QUANTITY": "quantity",
    "ORDINAL": "ordinal",
    "DATE": "date",
    "TIME": "time",
}
_QUALIFIERS = {
    "about",
    "around",
    "almost",
    "nearly",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "only",
    "just",
    "barely",
    "fewer",
    "exactly",
    "estimated",
}
_TWO_WORD_QUALIFIERS = {
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
    ("up", "to"),
    ("at", "least"),
    ("at", "most"),
    ("as", "many"),
    ("as", "much"),
    ("as", "few"),
    ("close", "to"),
}
_DURATION_UNITS = {
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
}
_TIME = re.compile(r"^\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|GMT|BST|UTC)$", re.I)
_MONEY_TEXT = re.compile(
    r"(?:US\$|[ACRS]\$|NZ\$|HK\$|[$£€¥₹₽₩₺₴₪])\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:bn|mn|m|k|tn|billion|million|trillion|thousand)\b)?"
)
_MAX_UNIT_DISTANCE = 4
_PERCENT_TEXT = re.compile(r"%|\bper ?cent\b|\bpercentage point", re.I)
_DATE_TEXT = re.compile(r"^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d)$")


@Language.component(
    "reader_figures",
    # token.pos comes from token.tag through the attribute_ruler, which declares nothing
    requires=["doc.ents", "doc.sents", "token.tag", "token.dep", "token.head"],
    assigns=["doc._.reader_figures"],
)
def figures(doc: Doc) -> Doc:
    found: list[Figure] = []
    taken = bytearray(len(doc))
    for ent in doc.ents:
        kind = _KINDS.get(ent.label_)
        start = ent.start
        if kind == "ordinal" and not any(c.isdigit() for c in ent.text):
            start = _fraction_start(doc, ent.start, ent.end)
            if start is None:
                continue  # "the first round", "the second since May": a rank, not a figure
            kind = "count"
        if kind is None or (kind in {"date", "time"} and not any(c.isdigit() for c in ent.text)):
            continue
        figure = _figure(doc, start, ent.end, kind)
        if figure is not None and not any(taken[figure[0] : figure[1]]):
            _take(taken, figure)
            found.append(figure[2])
    for start, end, kind in _unlabelled_numbers(doc, taken):
        figure = _figure(doc, start, end, kind)
        if figure is not None and not any(taken[figure[0] : figure[1]]):
            _take(taken, figure)
            found.append(figure[2])
    found.sort(key=lambda f: f.start)
    doc._.reader_figures = found
    return doc


def _fraction_start(doc: Doc, start: int, end: int) -> int | None:
    """Where a fraction in words begins when the ordinal the model found is its denominator
    ("a third", "two thirds", "one fifth"), else None."""
    if end - start != 1 or start == 0:
        return None
    after = doc[end] if end < len(doc) else None
    plural = doc[start].lower_.endswith("s")  # "two thirds"
    if not plural and after is not None and after.pos_ in {"NOUN", "ADJ", "PROPN"}:
        return None  # "a seventh straight session", "a second term": a rank
    before = doc[start - 1].lower_
    if (
        before not in WORD_VALUES
        or before == "half"
        or parse_value(doc[start - 1 : end].text) is None
    ):
        return None
    return start - 1


def _take(taken: bytearray, figure: tuple[int, int, Figure]) -> None:
    taken[figure[0] : figure[1]] = b"\x01" * (figure[1] - figure[0])


def _unlabelled_numbers(doc: Doc, taken: bytearray) -> list[tuple[int, int, str]]:
    """Digits the NER left alone, and money it missed ("€400m")."""
    spans = []
    for match in _MONEY_TEXT.finditer(doc_text(doc)):
        span = doc.char_span(*match.span(), alignment_mode="expand")
        if span is not None and not any(taken[span.start : span.end]):
            spans.append((span.start, span.end, "money"))
    covered = {i for start, end, _ in spans for i in range(start, end)}
    for index in _digit_led_tokens(doc):
        token = doc[index]
        if token.i in covered or taken[token.i]:
            continue
        if token.ent_type_:
            continue
        if _DATE_TEXT.match(token.text):
            spans.append((token.i, token.i + 1, "date"))
        elif token.like_num:
            spans.append((token.i, token.i + 1, "count"))
    return spans


def _digit_led_tokens(doc: Doc) -> list[int]:
    """Indexes of the tokens whose first character is a digit."""
    text = doc_text(doc)
    return [i for i, start in enumerate(token_starts(doc)) if text[start : start + 1].isdigit()]


def _figure(doc: Doc, start: int, end: int, kind: str) -> tuple[int, int, Figure] | None:
    if is_numerator(doc, end, _DURATION_UNITS):
        return None  # "one" of "one in five": the figure is the ratio, found at "five"
    text = doc[start:end].text
    if kind in {"money", "count"} and _PERCENT_TEXT.search(text):
        kind = "percent"  # the model sometimes calls "87 per cent" MONEY
    if _DATE_TEXT.match(text):
        kind = "date"
    elif kind == "date" and text.replace(",", "").isdigit():
        kind = "count" if year_of(text) is None else kind
    start = _with_qualifier(doc, start)
    if start > 0 and (
        doc[start - 1].text in CURRENCY_SYMBOLS or doc[start - 1].text in CURRENCY_CODES
    ):
        start -= 1
        kind = "money"  # "£5", "EUR 5"
    if (
        end < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].lower_.rstrip(".") in MULTIPLIERS
    ):
        end += 1  # "€400m": the tokenizer split the multiplier off
    span = doc[start:end]
    number = _number_token(span)
    unit = None
    following = doc[end].lower_ if end < len(doc) else ""
    if kind == "count" and _TIME.match(span.text.strip()):
        kind = "time"
    elif kind in {"count", "percent"} and following in {"%", "percent"}:
        kind, end = "percent", end + 1
    elif kind in {"count", "percent"} and following == "per" and _next_is(doc, end + 1, "cent"):
        kind, end = "percent", end + 2
    elif kind == "count" and following in {"percentage"}:
        kind = "percent"
    if kind in {"count", "money"} and end < len(doc) and _is_currency_word(doc[end]):
        kind, end = "money", end + 1
        if end < len(doc) and doc[end].lower_ == "sterling":
            end += 1
    if doc.has_annotation("SENT_START"):
        end = min(end, doc[start].sent.end)  # "€" split off as a sentence, "troops.The"
    span = doc[start:end]
    value = parse_value(span.text)
    if kind == "money":
        unit = currency_of(span.text)
    elif kind == "percent":
        if "percentage point" in span.text.lower():
            unit = "percentage points"
        else:
            unit = _percent_unit(doc, end)
            end = end + 2 if unit == "percentage points" else end
        whole = _share_of(doc, end) if unit == "per cent" else None
        if whole:
            unit = f"per cent of {whole}"  # "more than 19 per cent of Ukraine"
    elif kind == "quantity":
        unit = _unit_inside(span, number)
    elif kind in {"date", "time"}:
        duration = _unit_inside(span, number)
        if duration and duration.rstrip("s") in _DURATION_UNITS:
            kind, unit = "quantity", duration  # "two days", "2½ hours": a length of time
        elif kind == "date":
            value = year_of(span.text)
    elif kind == "count" and value is not None and 0 < value < 1:
        unit = _share_of(doc, end)  # "two thirds of the seats" → "seats"; "of them": none
    elif kind in {"count", "ordinal"} and number is not None:
        head = _counted_noun(number, end)
        if head is not None:
            unit = head.text
            if kind == "count":
                end = head.i + 1
    if value is None and kind not in {"date", "time"}:
        return None
    ratio = ratio_start(doc, start) if kind == "count" and value else None
    if ratio is not None:  # "one in five children" → 0.2 of children
        start, value = _with_qualifier(doc, ratio[0]), ratio[1] / value
        if number is not None and not modifiers_only(doc[number.i + 1 : end - 1]):
            unit, end = None, number.i + 1  # "4 in 10 said billionaire Roe": no noun counted
    if instrument_code(span.text):
        return None  # "CLc1", a market's code
    if kind == "count" and number is not None and not _counts_something(number):
        return None
    span = doc[start:end]
    sentence = span.sent if doc.has_annotation("SENT_START") else span
    figure = Figure(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        value=value,
        unit=unit,
        kind=kind,
        sentence=(sentence.start_char, sentence.end_char),
    )
    return start, end, figure


def _counts_something(number: Token) -> bool:
    """ "one thing", "one of them" and the labels "Phase 1", "Article 5", "FTSE 100" are no
    count: "one" is the article's word for a thing, a number after a capitalised noun its name."""
    if number.lower_ == "one":
        return False
    if number.i == 0 or not number.text.isdigit():
        return True
    before = number.doc[number.i - 1]
    return not (
        (before.is_title or (before.is_upper and before.text not in CURRENCY_CODES))
        and before.text.replace("&", "").isalpha()  # "S&P 500"
        and before.tag_ in {"NN", "NNP", "NNPS"}
        and before.lower_ not in _QUALIFIERS
        and before.lower_ not in MONTHS
        and before.lower_ not in WEEKDAYS
    )


def _share_of(doc: Doc, end: int) -> str | None:
    """What a percentage is a share of: "19 per cent of Ukraine" → "Ukraine", "87 per cent of
    members" → "members", "40 per cent of the defence budget" → "defence budget"."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    whole = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if whole is None or whole.pos_ == "PRON":
        return None  # "half of them": what they are is in another sentence
    if whole.ent_type_:
        for ent in doc.ents:
            if ent.start <= whole.i < ent.end:
                return ent.text
    first = whole.i
    while first > end + 1 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == whole:
        first -= 1
    return doc[first : whole.i + 1].text


def _with_qualifier(doc: Doc, start: int) -> int:
    """Move ``start`` back over "more than", "about", … so the text keeps the hedge."""
    if start >= 2 and (doc[start - 2].lower_, doc[start - 1].lower_) in _TWO_WORD_QUALIFIERS:
        return start - 2
    if start >= 1 and doc[start - 1].lower_ in _QUALIFIERS:
        return start - 1
    return start


def _next_is(doc: Doc, index: int, word: str) -> bool:
    return index < len(doc) and doc[index].lower_ == word


def _is_currency_word(token: Token) -> bool:
    return token.lower_ in CURRENCY_WORDS or token.text in CURRENCY_CODES


def _percent_unit(doc: Doc, end: int) -> str:
    if (
        end + 1 < len(doc)
        and doc[end].lower_ == "percentage"
        and doc[end + 1].lower_
        in {
            "point",
            "points",
        }
    ):
        return "percentage points"
    return "per cent"


def _number_token(span: Span) -> Token | None:
    numbers = [t for t in span if t.like_num or any(c.isdigit() for c in t.text)]
    return numbers[-1] if numbers else None


def _unit_inside(span: Span, number: Token | None) -> str | None:
    """ "5 km" → "km", "two days" → "days": the words after the number inside the span."""
    if number is None:
        return None
    words = [t.text for t in span if t.i > number.i and t.is_alpha]
    return " ".join(words) or None


def _counted_noun(number: Token, end: int) -> Token | None:
    noun = _counted_noun_anywhere(number, end)
    return noun if noun is None or _same_sentence(number, noun) else None


def _same_sentence(number: Token, noun: Token) -> bool:
    """No sentence starts between the number and its noun (a parse across a missing space,
    "troopsVladimir", must not carry a figure into the next sentence)."""
    doc = number.doc
    low, high = sorted((number.i, noun.i))
    return not any(doc[i].is_sent_start for i in range(low + 1, high + 1))


def _counted_noun_anywhere(number: Token, end: int) -> Token | None:
    """The noun a number counts: "600,000 troops", "34 European countries", "three of them"."""
    head = number.head
    if (
        number.dep_ in {"nummod", "amod"}
        and head.pos_ in {"NOUN", "PROPN"}
        and end - 1 <= head.i <= number.i + _MAX_UNIT_DISTANCE
    ):
        return head
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects and objects[0].i - number.i <= _MAX_UNIT_DISTANCE:
                return objects[0]
    following = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if end == number.i + 1 and following is not None and following.tag_ == "NNS":
        return following  # "two changes of owner", whatever the parse made of it
    return None
