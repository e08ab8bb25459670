"""Whom a person noun stands for when the article names nobody: "a spokeswoman" is someone
unnamed, and so is "the man" a few sentences after "a man" introduced him."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from reader.nlp.quotes.phrases import with_the

INDEFINITE = {"a", "an", "one", "another"}


def indefinite(token: Token) -> bool:
    return any(c.dep_ in {"det", "nummod"} and c.lower_ in INDEFINITE for c in token.lefts)


def named(token: Token) -> bool:
    """ "a spokeswoman, Jane Doe, said": the appositive names her."""
    return any(
        (c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON"))
        or (c.dep_ == "acl" and c.lower_ in {"named", "identified", "called"})
        for c in token.children
    )


INTRODUCTION_REACH = 3
"""How many sentences back "a man" may introduce the unnamed person "the man" is."""


def introduced(
    token: Token, in_quote: Callable[[int], bool], sentence_of: Callable[[int], int]
) -> bool:
    """ "Doctors treated a 43-year-old man … The man had …": a definite person noun whose
    noun came with "a" a few sentences before, naming nobody, is that unnamed person, not
    the last person the article named."""
    if not with_the(token):
        return False
    here = sentence_of(token.idx)
    for earlier in reversed(token.doc[: token.i]):
        if here - sentence_of(earlier.idx) > INTRODUCTION_REACH:
            return False
        if earlier.lower_ != token.lower_ or earlier.pos_ != "NOUN" or in_quote(earlier.idx):
            continue
        if with_the(earlier):
            here = sentence_of(earlier.idx)  # "the man" again: back to where he came in
            continue
        return indefinite(earlier) and not named(earlier)
    return False
