"""People the article does not name who are the subject of a sentence: "a spokeswoman for the
firm said …", "one activist said …", "a Labour spokesman later said …", and "the man" after
"a man" introduced him.

A he/she after them refers to them (so its quote has no named speaker) rather than to the last
person the article did name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from reader.nlp.quotes.introductions import INDEFINITE, indefinite, introduced, named
from reader.nlp.quotes.mentions import Mention, is_main_subject
from reader.nlp.quotes.person_words import FEMALE_NOUNS, MALE_NOUNS, PERSON_NOUNS
from reader.nlp.token_lookup import token_indexes


def unnamed_subjects(
    doc: Doc, in_quote: Callable[[int], bool], sentence_of: Callable[[int], int]
) -> list[Mention]:
    found = []
    for index in token_indexes(doc, "DEP", ["nsubj", "nsubjpass"]):
        subject = doc[index]
        token = subject.right_edge if _misparsed_role(subject) else subject
        if token.pos_ != "NOUN" or token.tag_ == "NNS" or token.lower_ not in PERSON_NOUNS:
            continue
        if in_quote(token.idx) or named(token):
            continue
        if not (indefinite(subject) or introduced(token, in_quote, sentence_of)):
            continue
        gender = (
            "m" if token.lower_ in MALE_NOUNS else "f" if token.lower_ in FEMALE_NOUNS else None
        )
        start = subject.left_edge.idx if subject.left_edge.i < token.i else token.idx
        found.append(
            Mention(
                start,
                token.idx + len(token),
                "",
                sentence_of(token.idx),
                True,
                main=is_main_subject(subject),
                gender=gender,
            )
        )
    return found


def _misparsed_role(subject: Token) -> bool:
    """ "A Department for Work and Pensions spokeswoman confirmed …", parsed with the body as
    the subject: an indefinite phrase whose last word, just before its verb, names a person."""
    last = subject.right_edge
    return (
        subject.pos_ == "PROPN"
        and last.i == subject.head.i - 1
        and last.tag_ == "NN"
        and last.lower_ in PERSON_NOUNS
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in subject.lefts)
    )
