"""Trim and split entity spans: what the statistical NER drags into a span is not the name.

"the Federal Reserve" → "Federal Reserve", "Donald Trump '" → "Donald Trump",
"Mr Putin's" → "Putin", "Dorset and Wiltshire" (places) → two spans,
"Interfax news agency" → "Interfax", "Pavel Drozdin⏎KAMENKOVO" → two spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from reader.model import PLACE_LABELS
from reader.nlp.entities.places import known_places
from reader.nlp.market_codes import instrument_code
from reader.nlp.words import (
    CLAUSE_WORDS,
    DEMONYM_ENDINGS,
    DETERMINERS,
    HONORIFICS,
    HYPHENS,
    MODIFIER_ENDINGS,
    MONARCH_TITLES,
    MONTHS,
    NAME_PARTICLES,
    PERSON_ROLES,
    PREPOSITIONS,
    ROLE_NOUNS,
    ROMAN_NUMERALS,
    SAID_AS_NAME,
    SPEECH_VERBS,
    SPLIT_WORDS,
    TITLES,
)

_QUOTES_AND_PUNCT = set("\"'“”‘’«»„‚()[]{}<>—–-,.:;!?*•|/\\+=_~#")
_POSSESSIVE = {"'s", "’s", "'", "’", "s'", "s’"}
DASHES = {"-", "–", "—", "--"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
_HARD_BOUNDARIES = {"/", "(", ")", "[", "]", '"', "“", "”", "„", "«", "»"}


def clean_spans(spans: Iterable[Span], demonyms: set[str]) -> Iterator[Span]:
    """Each span split at what cannot be inside one name, then trimmed; empty pieces dropped.

    ``demonyms`` are the article's NORP strings, split off the front of a person's name
    ("American Carl Dunsmore" → NORP "American" + PERSON "Carl Dunsmore"); an organisation
    keeps its own ("the Norwegian Economic Crime Authority").
    """
    for span in spans:
        if _name_made_modifier(span):
            continue  # "Marlowe-winning", "Vance-era": a word made of a name, not the name
        for piece in _split(span):
            yield from _trim(piece, demonyms)


def with_regnal_number(span: Span) -> Span:
    """ "Queen Elizabeth I", "Pedro II": the number is part of a monarch's name ("I" only
    after a monarch's title: "when Roe met Doe I said …")."""
    doc = span.doc
    if span.label_ != "PERSON" or span.end >= len(doc) or doc[span.end].text not in ROMAN_NUMERALS:
        return span
    first = span.start - 1 if span.start > 0 else span.start
    titled = any(t.lower_ in MONARCH_TITLES for t in doc[first : span.start + 1])
    if doc[span.end].text == "I" and not titled:
        return span
    return Span(doc, span.start, span.end + 1, label=span.label_)


def _split(span: Span) -> Iterator[Span]:
    doc, label = span.doc, span.label_
    start = span.start
    for i in range(span.start, span.end):
        if _is_boundary(doc[i], label, span):
            if i > start:
                yield Span(doc, start, i, label=label)
            start = i + 1
    if start < span.end:
        yield Span(doc, start, span.end, label=label)


def _is_boundary(token: Token, label: str, span: Span) -> bool:
    text = token.text
    if token.is_space or "\n" in text or text in _HARD_BOUNDARIES:
        return True  # 'Sleeping Bread" Puig': a closing quote mark ends a name
    if text in CLAUSE_WORDS and label in NAME_LABELS and not _quoted_title(span):
        return True
    if text in SPLIT_WORDS:
        # "Human Rights in Peru", "Peace Force in Sudan": organisations may hold them
        return label != "ORG" or text in {"or", "versus", "vs", "v"}
    if text in DASHES and token.i > span.start:
        # a spaced dash ("CRICKET - ENGLAND") separates; "Rolls-Royce" is one token anyway
        return bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)
    if label == "PERSON" and text in {"and", "&", ",", "with"}:
        return True
    if token.is_lower and token.pos_ in {"VERB", "AUX"}:
        # "Okafor tackled Ferris", "Roe told Harbour Radio" (read as a title): a verb between
        # two names; a title in quote marks may hold one
        return label in NAME_LABELS or (label == "WORK_OF_ART" and not _quoted_title(span))
    return label in PLACE_LABELS and text in {",", "and"} and _both_sides_capitalised(token, span)


def _quoted_title(span: Span) -> bool:
    """ "‘Tides after Tides’": a title in quote marks may hold any word (not a name right after
    a quote's closing mark: '"…," Roe told Harbour Radio')."""
    doc = span.doc
    opened = span.start > 0 and doc[span.start - 1].text in {'"', "“", "‘", "'"}
    closed = span.end < len(doc) and doc[span.end].text in {'"', "”", "’", "'"}
    return opened and (closed or doc[span.start - 1].text in {"“", "‘"})


def _both_sides_capitalised(token: Token, span: Span) -> bool:
    doc = token.doc
    before = token.i - 1 >= span.start and doc[token.i - 1].text[:1].isupper()
    after = token.i + 1 < span.end and doc[token.i + 1].text[:1].isupper()
    return before and after


def _trim(span: Span, demonyms: set[str]) -> Iterator[Span]:
    doc, label = span.doc, span.label_
    start, end = span.start, span.end
    while start < end and _drop_leading(doc[start], label, end - start):
        start += 1
    if label == "ORG" and end - start > 2 and _role_of(doc[start], doc[start + 1]):
        start += 2  # "Founder of Calder Robotics": the body, not the role in it
    if label == "PERSON":
        start = _after_abbreviated_role(doc, start, end)
    while end > start and _drop_trailing(doc[end - 1], label, end - start):
        end -= 1
    # a trailing possessive may sit behind a closing mark, and vice versa
    while end > start and (doc[end - 1].text in _POSSESSIVE or _is_punct(doc[end - 1])):
        end -= 1
    if start >= end:
        return
    if (
        label == "PERSON"
        and end - start >= 2
        and (doc[start].text in demonyms or _looks_demonym(doc[start], end - start))
    ):
        yield Span(doc, start, start + 1, label="NORP")
        start += 1
    if label == "PERSON" and _place_before_name(doc, start, end):
        # "the envoy to Portugal Odile Brannagh": the place ends the role
        yield Span(doc, start, start + 1, label="GPE")
        start += 1
    if label == "PERSON" and is_role(doc[start:end]):
        return  # "Political Correspondent", "Foreign Secretary": a role, not a name
    if _has_name_shape(doc[start:end]):
        yield Span(doc, start, end, label=label)


def _drop_leading(token: Token, label: str, length: int) -> bool:
    lower = token.lower_.rstrip(".")
    if _is_punct(token) or token.is_space or lower in DETERMINERS:
        return True
    if length > 1 and lower in MONTHS:
        return True
    if token.is_lower and lower not in NAME_PARTICLES:
        return True
    if length > 1 and token.is_sent_start and token.pos_ == "ADV" and token.dep_ == "advmod":
        # "Later Roe left": the sentence's adverb, not a first name ("Penrose-Vail" is one)
        return bool(token.whitespace_)
    if label == "PERSON" and length > 1 and opening_preposition(token):
        return True
    if label == "PERSON" and length > 1 and lower in SPEECH_VERBS:
        return verb_opening(token, length, lower in SAID_AS_NAME)  # "Added Jo Roe: …"
    if label == "PERSON" and length > 2 and lower in PERSON_ROLES:
        return True  # "Boss Jo Roe said": a role before a full name
    return label == "PERSON" and length > 1 and (lower in HONORIFICS or lower in TITLES)


def starts_sentence(token: Token) -> bool:
    """The first word of a sentence, or of a line (after a line break the parse ran on)."""
    return token.i == 0 or token.doc[token.i - 1].is_space or token.is_sent_start


_OPENING_WORDS = PREPOSITIONS | CLAUSE_WORDS


def opening_preposition(token: Token) -> bool:
    """ "Outside Roe's house", "Despite Roe's plea": a sentence's first word, capitalised
    only for that, before a name."""
    return token.lower_ in _OPENING_WORDS and starts_sentence(token)


def verb_opening(token: Token, length: int, also_a_name: bool) -> bool:
    """A verb of saying that opens its sentence before a name ("Added Jo Roe:"); "Said" is a
    first name too, so only before a lone surname, a comma or colon and a quote ('Said Roe,
    "…"'), not "Said Harun, the envoy, left"."""
    if not starts_sentence(token):
        return False
    if not also_a_name:
        return True
    doc, after = token.doc, token.i + length
    quoted = after + 1 < len(doc) and doc[after + 1].text in {'"', "“", "‘", "'"}
    return quoted and length == 2 and doc[after].text in {",", ":"}


def _place_before_name(doc, start: int, end: int) -> bool:
    """A known place after "to"/"of"/"in" that opens a person's three-word span."""
    return (
        end - start >= 3
        and start > 0
        and doc[start - 1].lower_ in {"to", "of", "in", "from", "for"}
        and doc[start].lower_ in known_places()
        and all(t.is_title for t in doc[start + 1 : end])
    )


def _after_abbreviated_role(doc, start: int, end: int) -> int:
    """ "Harwick DL Colm Ferris", "Calder QB Ivo Pell", "Majority Whip Jo Roe": a team or a
    qualifier and a role before two words of a name are no part of it."""
    for k in range(start + 1, end - 2):
        token = doc[k]
        short = token.is_upper and token.is_alpha and 2 <= len(token) <= 4
        titled = token.is_title and token.lower_ in TITLES
        if (short or titled) and all(t.is_title for t in doc[k + 1 : end]):
            return k + 1
    return start


_FOUNDERS = {"founder", "co-founder", "cofounder"}


def _role_of(role: Token, of: Token) -> bool:
    word = role.lower_
    return of.lower_ == "of" and (word in TITLES or word in ROLE_NOUNS or word in _FOUNDERS)


def _drop_trailing(token: Token, label: str = "", length: int = 2) -> bool:
    if token.text in _POSSESSIVE or token.is_space:
        return True
    if _is_punct(token):
        return True
    if length > 1 and instrument_code(token.text):
        return True  # "Zinc CMZN3", "Krone NOK=": a market's code, not the name
    if token.like_num and label in _NUMBERED_NAMES and length > 1 and token.text.isdigit():
        return False  # "Article 50", "Apollo 11", "Windows 10": the number is the name
    if token.like_num or not any(ch.isalpha() for ch in token.text):
        return True
    if _hyphenated_part(token):
        return False  # "Chen Chun-yeh"
    return token.is_lower and token.lower_ not in {"al", "el"}


_NUMBERED_NAMES = {"LAW", "EVENT", "PRODUCT", "WORK_OF_ART"}


def _name_made_modifier(span: Span) -> bool:
    """One capitalised word glued by hyphens to lower-case words that make it a modifier."""
    words = [t for t in span if t.text not in HYPHENS]
    if len(words) < 2 or not words[0].is_title or not all(t.is_lower for t in words[1:]):
        return False
    glued = all(not t.whitespace_ for t in span[:-1])
    return glued and words[-1].lower_.endswith(MODIFIER_ENDINGS)


def _hyphenated_part(token: Token) -> bool:
    """The word after a hyphen written with no space, after a capitalised word: "-yeh"."""
    doc, i = token.doc, token.i
    return (
        i >= 2
        and doc[i - 1].text in HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].text[:1].isupper()
    )


def _is_punct(token: Token) -> bool:
    return set(token.text) <= _QUOTES_AND_PUNCT


def _looks_demonym(token: Token, length: int) -> bool:
    """ "American Carl Dunsmore": a leading adjective of nationality on a 3+ word name."""
    return length >= 3 and token.tag_ == "JJ" and token.lower_.endswith(DEMONYM_ENDINGS)


_TICKER = re.compile(
    r"[A-Z0-9.]{2,}=[A-Z0-9]*"  # "GBP=", "US10YT=RR": a quote code
    r"|\.[A-Z0-9]{2,}"  # ".FTSE": an index code
    r"|[A-Z]{2,5}\.[A-Z]{1,2}"  # "VOD.L": a share's code on its exchange
    r"|[A-Z]{4,}\d{1,2}|[A-Z]{2,4}[a-z]\d"  # "CMCU3", "LCOc1": a contract's code
)


def is_ticker(span: Span) -> bool:
    """A market code, not a name: "CMCU3", "GBP=", "VOD.L", or anything written "<...>"."""
    doc = span.doc
    bracketed = (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text == "<"
        and doc[span.end].text.startswith(">")
    )
    return bracketed or _TICKER.fullmatch(span.text) is not None


def _has_name_shape(span: Span) -> bool:
    """A name has a capital letter (or digit: "3M"), is not only particles, and is no
    market code."""
    if is_ticker(span):
        return False
    text = span.text
    if not any(ch.isupper() or ch.isdigit() for ch in text):
        return False
    if sum(ch.isalnum() for ch in text) < 2:
        return False  # "(D-Va.)": a party letter, not a name
    return any(t.lower_ not in NAME_PARTICLES and not _is_punct(t) for t in span)


def capitalised_common_word(token: Token) -> bool:
    """ "Death", "Winner", "Attendance" opening a sentence: a common noun, not a name."""
    return (
        token.is_sent_start
        and token.is_title
        and token.tag_ in {"NN", "NNS", "RB", "VB", "VBD", "VBG", "VBN", "VBZ", "VBP"}
    )


def is_role(span: Span) -> bool:
    """ "Political Correspondent", "Foreign Secretary", "Health Editor": a job, not a name."""
    last = span[-1].lower_
    return all(_is_role_word(t) for t in span) or last in ROLE_NOUNS or last[:-1] in ROLE_NOUNS


def _is_role_word(token: Token) -> bool:
    lower = token.lower_.rstrip(".")
    return lower in TITLES or lower in HONORIFICS or token.tag_ == "JJ"
