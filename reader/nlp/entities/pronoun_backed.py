"""Names a "he" or "she" shows to be people's, where the statistical NER read a firm or a place.

"Ines Roe runs the café. '…,' she said." The model may read an unfamiliar name as an
organisation ("Ines Roe") or a place ("Roe"). A subject he/she outside quotes (or "the
61-year-old") refers to a person; when the sentences back to the last one with a subject name
no person, and that subject is a proper noun (or a thing, "The board wrote to Ines Roe", and
one proper noun is its object), that name (two or three name words the article never writes in
lower case) is the one it refers to: a firm or a place is "it". So is the subject of a verb of
saying whose quote says "I" ("'I cannot pay,' said Ines Roe"): a firm or a place says "we".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from reader.nlp.doc_text import doc_text
from reader.nlp.entities.described import NOT_PERSON_ENDS, name_start, person_noun, proper_nouns
from reader.nlp.token_lookup import token_indexes
from reader.nlp.words import SPEECH_VERBS

_PRONOUNS = frozenset({"he", "she"})
_BACK_SENTENCES = 3
_LONGEST_SENTENCE = 150
_RETYPED = frozenset({"", "ORG", "GPE", "LOC", "FAC", "PRODUCT"})
_QUOTE_MARK = re.compile('["“”]')
_LINE_BREAK = re.compile("\n")
_FIRST_PERSON = frozenset({"I", "me", "my", "My", "myself"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "pobj", "dative"})
_VERBS = frozenset({"VERB", "AUX"})  # not a dateline or a heading


def pronoun_backed_people(
    doc: Doc, in_caps: Callable[[int], bool], lower_words: set[str]
) -> list[Span]:
    """The names a he/she (or "the 61-year-old") follows, then those whose quote says "I"."""
    if not doc.has_annotation("DEP"):
        return []  # a pipeline with no parser: no subjects to follow
    marks, sentences = _Marks(doc), list(doc.sents)
    starts = [sentence.start for sentence in sentences]
    found = _followed_by_pronouns(doc, in_caps, lower_words, marks, sentences, starts)
    return found + _self_speaking(doc, in_caps, lower_words, marks, starts)


def _followed_by_pronouns(
    doc: Doc,
    in_caps: Callable[[int], bool],
    lower_words: set[str],
    marks: _Marks,
    sentences: list[Span],
    starts: list[int],
) -> list[Span]:
    found = []
    for i in token_indexes(doc, "LOWER", _PRONOUNS | {"old"}):
        pronoun = doc[i]
        if pronoun.dep_ != "nsubj" or in_caps(pronoun.idx) or marks.inside(i):
            continue
        if pronoun.lower_ == "old" and not _aged_description(pronoun):
            continue
        at = bisect.bisect_right(starts, i) - 1
        near = sentences[max(0, at - _BACK_SENTENCES) : at + 1]
        run = _last_named_subject(doc, pronoun, marks, near)
        if run is None or in_caps(run[0].idx):
            continue
        if _firm_words(run, lower_words):
            continue  # "Harbour Power": a firm named from common words
        found.append(Span(doc, run.start, run.end, label="PERSON"))
    return found


def _aged_description(token: Token) -> bool:
    """ "the 61-year-old": a person, like he or she."""
    children = {c.lower_ for c in token.children}
    return "the" in children and bool(children & {"year", "years"})


def _self_speaking(
    doc: Doc,
    in_caps: Callable[[int], bool],
    lower_words: set[str],
    marks: _Marks,
    starts: list[int],
) -> list[Span]:
    """The subject of a verb of saying whose quote in the same sentence says "I" or "my"
    ("'I cannot pay,' said Ines Roe"): a firm or a place says "we"."""
    firsts = [i for i in token_indexes(doc, "ORTH", _FIRST_PERSON) if marks.inside(i)]
    if not firsts:
        return []
    saying_i = {starts[bisect.bisect_right(starts, i) - 1] for i in firsts}
    found = []
    for i in token_indexes(doc, "LOWER", SPEECH_VERBS):
        if starts[bisect.bisect_right(starts, i) - 1] not in saying_i:
            continue
        subject = next(
            (c for c in doc[i].children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None
        )
        if subject is None or in_caps(subject.idx):
            continue
        run = _name_run(doc, subject)
        if run is None or _firm_words(run, lower_words):
            continue
        found.append(Span(doc, run.start, run.end, label="PERSON"))
    return found


def _last_named_subject(
    doc: Doc, pronoun: Token, marks: _Marks, sentences: list[Span]
) -> Span | None:
    """The proper-noun subject of the nearest of ``sentences`` (the pronoun's last) that has a
    subject, if no person is named from there to the pronoun."""
    *earlier, own = sentences
    if any(len(sentence) > _LONGEST_SENTENCE for sentence in sentences):
        return None  # no prose: a list, a table or a hostile text
    named = [
        t for t in doc[own.start : pronoun.i] if t.ent_type_ == "PERSON" or t.dep_ in _SUBJECTS
    ]
    if any(not marks.inside(t.i) for t in named):
        return None  # "The veteran wept as he …": someone nearer
    for sentence in reversed(earlier):
        if any(t.ent_type_ == "PERSON" for t in sentence):
            return None
        subject = next((c for c in sentence.root.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            continue
        if subject.pos_ == "PROPN":
            return _name_run(doc, subject) if sentence.root.pos_ in _VERBS else None
        if subject.pos_ == "NOUN" and person_noun(subject) is None:
            return _only_named_object(doc, sentence)  # "The board wrote to Ines Roe."
        return None  # the nearest subject: "The veteran wept. He …" is his
    return None


def _only_named_object(doc: Doc, sentence: Span) -> Span | None:
    objects = [t for t in sentence if t.dep_ in _OBJECTS and t.pos_ == "PROPN"]
    runs = [run for run in (_name_run(doc, t) for t in objects) if run is not None]
    return runs[0] if len(runs) == 1 else None


def _name_run(doc: Doc, subject: Token) -> Span | None:
    start = name_start(doc, subject.i + 1)
    if start is None:
        return None
    run = doc[start : subject.i + 1]
    if not proper_nouns(run) or any(t.ent_type_ not in _RETYPED for t in run):
        return None
    return run


def _firm_words(run: Span, lower_words: set[str]) -> bool:
    """A word the article also writes in lower case, or a firm's or building's last word."""
    return any(t.lower_ in lower_words or t.lower_ in NOT_PERSON_ENDS for t in run)


class _Marks:
    """Where the double quotation marks and the paragraph breaks are, to tell in O(log n)
    whether a token is inside a quote: an odd number of marks since its paragraph began."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        text = doc_text(doc)
        self.marks = [match.start() for match in _QUOTE_MARK.finditer(text)]
        self.breaks = [match.start() for match in _LINE_BREAK.finditer(text)]

    def inside(self, i: int) -> bool:
        at = self.doc[i].idx
        line = bisect.bisect_left(self.breaks, at)
        start = self.breaks[line - 1] + 1 if line else 0
        count = bisect.bisect_left(self.marks, at) - bisect.bisect_left(self.marks, start)
        return count % 2 == 1
