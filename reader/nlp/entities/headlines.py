"""Lines in capitals (headlines, datelines, kickers), where the statistical NER does badly.

A caps line is re-cased with the article's own spelling of each word ("WORCESTERSHIRE" →
"Worcestershire" when the body writes it so; unknown words in lower case), the NER runs again on
that line, and its entities replace the ones found on the capitals.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Callable

import numpy
from spacy.attrs import IDX, IS_ALPHA, LOWER, ORTH, SENT_START
from spacy.tokens import Doc, Span

from reader.nlp.doc_text import doc_text
from reader.nlp.entities.grouping import match_words
from reader.nlp.words import PERSON_PARTICLES

_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_LINE = re.compile(r"[^\n]+")
_DROP_ASCII_LOWER = str.maketrans("", "", string.ascii_lowercase)
MAX_CAPS_LINES = 200
"""Re-running the NER is per line; a huge all-caps document keeps its first entities."""


def caps_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line whose letters are nearly all capitals (and that has 2+ words)."""
    found = []
    for match in _LINE.finditer(text):
        line = match.group()
        if match.start() > 0 and _plainly_lower_case(line):
            continue  # most lines: settled without testing each letter
        cased = [ch for ch in line if ch.isalpha() and (ch.isupper() or ch.islower())]
        if len(cased) < 4 or len(_WORD.findall(line)) < 1:
            continue
        upper = sum(ch.isupper() for ch in cased)
        if upper / len(cased) >= 0.8 and sum(1 for w in _WORD.findall(line) if w.isupper()) >= 1:
            found.append(match.span())
        elif match.start() == 0 and _title_case(line):
            found.append(match.span())  # a Title Case Headline: capitals say nothing either
    return found


def _plainly_lower_case(line: str) -> bool:
    """More than one character in five is a-z, so fewer than four in five letters are capitals."""
    lower = len(line) - len(line.translate(_DROP_ASCII_LOWER))
    return lower * 5 > len(line)


def _title_case(line: str) -> bool:
    """Four or more words of four letters or more, all capitalised, and no sentence after."""
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    return len(words) >= 4 and all(w[0].isupper() for w in words) and ". " not in line


def body_spelling(doc: Doc, caps: list[tuple[int, int]]) -> dict[str, str]:
    """lower-case word → how the article writes it outside caps lines, mid-sentence."""
    if not len(doc) or not caps:
        return {}
    columns = doc.to_array([ORTH, LOWER, IS_ALPHA, SENT_START, IDX])
    starts = numpy.array([start for start, _ in caps], dtype=columns.dtype)
    ends = numpy.array([end for _, end in caps], dtype=columns.dtype)
    idx = columns[:, 4]
    line = numpy.searchsorted(starts, idx, side="right") - 1
    capitals = (line >= 0) & (idx < ends[numpy.maximum(line, 0)])
    body = (columns[:, 2] == 1) & (columns[:, 3] != 1) & ~capitals
    body[0] = False  # the first token starts a sentence, whatever the parse says
    forms: dict[int, Counter[int]] = {}
    for orth, lower in columns[body][:, :2].tolist():
        forms.setdefault(lower, Counter())[orth] += 1
    strings = doc.vocab.strings
    return {strings[lower]: strings[counts.most_common(1)[0][0]] for lower, counts in forms.items()}


def recase(line: str, spelling: dict[str, str]) -> str:
    """The line with each word spelt as the body spells it; same length, same offsets."""

    def one(match: re.Match[str]) -> str:
        word = match.group()
        form = spelling.get(word.lower())
        if form is not None and len(form) == len(word):
            return form
        lower = word.lower()
        return lower if len(lower) == len(word) else word

    return _WORD.sub(one, line)


def retag_caps_lines(
    doc: Doc,
    spans: list[Span],
    caps: list[tuple[int, int]],
    ner: Callable[[str], Doc],
) -> list[Span]:
    """Replace the entities on caps lines with those the NER finds on the re-cased line."""
    if not caps:
        return spans
    caps = caps[:MAX_CAPS_LINES]
    in_caps = membership(caps)
    kept = [span for span in spans if not in_caps(span.start_char)]
    spelling = body_spelling(doc, caps)
    text = doc_text(doc)
    for start, end in caps:
        line = text[start:end]
        for ent in ner(recase(line, spelling)).ents:
            span = doc.char_span(
                start + ent.start_char, start + ent.end_char, ent.label_, alignment_mode="contract"
            )
            if span is not None and len(span):
                kept.append(span)
    return kept


def without_headline_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Ada Roe Backs Port Plan", "Leaflet: 'Impeach Ada Roe'": a person's name on the first line
    with a headline word read into it, when the body writes the name without that word."""
    text = doc_text(doc)
    first_line = text.find("\n")
    if first_line <= 0:
        return spans
    body = text[first_line:]
    kept = []
    for span in spans:
        glued = span.label_ == "PERSON" and span.end_char <= first_line and _words(span) >= 3
        if glued and span.text not in body:
            shorter = next((s for s in (span[1:], span[:-1]) if s.text in body), None)
            if shorter is not None:
                span = Span(doc, shorter.start, shorter.end, label="PERSON")
        kept.append(span)
    return kept


def _words(name: Span) -> int:
    """A name's words, a hyphened part one and particles none: "Ada Roe Backs" has three, and
    "Ines Sotto-Mayr" and "Lia de la Cruz" two."""
    return sum(word not in PERSON_PARTICLES for word in match_words(name))


def membership(caps: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A fast "is this offset on a caps line?" for sorted, disjoint line ranges."""
    import bisect

    starts = [start for start, _ in caps]

    def inside(offset: int) -> bool:
        index = bisect.bisect_right(starts, offset) - 1
        return index >= 0 and caps[index][0] <= offset < caps[index][1]

    return inside
