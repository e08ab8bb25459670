"""The head of an article: datelines and bylines in its first lines.

A dateline at the start of a line ("BUCHAREST 2019-05-14", "KYIV, Ukraine (AP) —") names a place.
A byline ("By Harriet Lowe, Political Correspondent", "*By Tomás Ferreira · 14 March*") names
its authors in full, and what follows their names (a job title, an outlet) is no one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from reader.nlp.doc_text import doc_text
from reader.nlp.entities.person_cues import name_end
from reader.nlp.entities.spans import is_role

_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?P<after> \d{4}-\d\d-\d\d| \d{1,2} [A-Z][a-z]+ \d{4}| \(| [-–—]+ (?=.*[a-z])"
    r"|,? [A-Z][a-z]+ \d{1,2}\b)"
)
HEAD_LINES = 16
"""Lines (blank ones included) at the top of an article where a byline may stand."""
_BY = frozenset({"by", "By", "BY"})
_BETWEEN_AUTHORS = frozenset({",", "and", "&"})
_MARKUP = frozenset({"*", "_", "**", "__", "|", "-", "–", "—", "•", "·"})


def dateline_places(doc: Doc) -> list[Span]:
    """Places named by a dateline at the start of a line (the first few lines only)."""
    found = []
    offset = 0
    for line in _top(doc).split("\n", 6)[:6]:
        match = _DATELINE.match(line)
        if match:
            for group in ("city", "region"):
                if match.group(group):
                    a, b = match.span(group)
                    span = doc.char_span(offset + a, offset + b, "GPE", alignment_mode="contract")
                    if span is not None and len(span):
                        found.append(span)
        offset += len(line) + 1
    return found


def byline_people(doc: Doc) -> list[Span]:
    """The authors on a byline near the top ("By Harriet Lowe and Tom Avery"), or a bare name
    on the line before a dateline ("Colin Ashdown⏎BERLIN 2019-05-14")."""
    found = []
    offset = 0
    lines = _top(doc).split("\n", HEAD_LINES)[:HEAD_LINES]
    for number, line in enumerate(lines):
        span = doc.char_span(offset, offset + len(line), alignment_mode="contract")
        if span is not None and len(span):
            before_dateline = number + 1 < len(lines) and _DATELINE.match(lines[number + 1])
            bare = number > 0 and bool(before_dateline)
            found += _authors(doc, span.start, span.end, bare)
        offset += len(line) + 1
    return found


MAX_BARE_WORDS = 3


def _authors(doc: Doc, start: int, end: int, bare: bool) -> list[Span]:
    """The names on the byline line ``doc[start:end]``."""
    i = start
    while i < end and doc[i].text in _MARKUP:
        i += 1
    if i < end and doc[i].text in _BY:
        i += 1
    elif not bare:
        return []
    authors = []
    while i < end:
        stop = min(name_end(doc, i), end)
        if stop - i < 2 or is_role(doc[i:stop]):
            break  # "By Lowe" is not enough to say it is a name; "Political Correspondent"
        authors.append(Span(doc, i, stop, label="PERSON"))
        i = stop
        if i < end and doc[i].text == "," and i + 1 < end and doc[i + 1].lower_ == "and":
            i += 1
        if not (i < end and doc[i].lower_ in _BETWEEN_AUTHORS):
            break
        i += 1
    if bare and (not authors or authors[-1].end != _content_end(doc, end)):
        return []  # a bare line must be nothing but a name
    if bare and len(authors) == 1 and len(authors[0]) > MAX_BARE_WORDS:
        return []
    return authors


def _content_end(doc: Doc, end: int) -> int:
    while end > 0 and (doc[end - 1].is_space or doc[end - 1].text in _MARKUP):
        end -= 1
    return end


def _top(doc: Doc, tokens: int = 400) -> str:
    """The start of the text: its first ``tokens`` tokens."""
    return doc_text(doc)[: doc[: min(len(doc), tokens)].end_char]
