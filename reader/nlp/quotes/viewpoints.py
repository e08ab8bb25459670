"""Phrases with no verb of saying that still say whose words or view a quote gives.

"according to Roe", "in the words of Roe", "in the view of Roe", "in Roe's view", "in her
words", and, opening a sentence, "For Roe, the pier is 'a death trap'" or "To Roe, …": the
person after the preposition speaks. Each phrase is recognised from its first word, so the
same check serves a cue before the quote and one right after it ('"…", in Roe's view').
"""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from reader.nlp.entities.spans import starts_sentence
from reader.nlp.quotes.cue import Cue, cue_words, name_head, object_of

VIEW_NOUNS = {"words", "view", "views", "opinion", "eyes", "estimation", "judgment", "judgement"}
"""What "in …" may call someone's way of putting or seeing it."""
_OPENING_PREPOSITIONS = {"for", "to"}
_SPEAKING_TYPES = {"PERSON", "ORG"}


def viewpoint(opener: Token, end: int, where: str) -> Cue | None:
    """The cue of a viewpoint phrase that starts at ``opener`` and ends before ``end`` (a
    character offset), with the person it names as the speaker's head; else None."""
    word = opener.lower_
    if word == "according":
        return _according_to(opener, end, where)
    if word == "in":
        return _in_view(opener, end, where)
    if word in _OPENING_PREPOSITIONS:
        return _for_someone(opener, where)
    return None


def by_pronoun(cue: Cue) -> bool:
    """ "in her words": a cue whose person only a pronoun gives."""
    return cue.speaker is not None and cue.speaker.pos_ == "PRON"


def _according_to(according: Token, end: int, where: str) -> Cue | None:
    doc = according.doc
    if according.i + 1 >= len(doc) or doc[according.i + 1].lower_ != "to":
        return None
    to = doc[according.i + 1]
    head = object_of(to) or name_head(_until(to, end))
    return cue_words(doc, according, to, head, where)


def _in_view(opener: Token, end: int, where: str) -> Cue | None:
    """ "in the words of Roe", "in the view of Roe", "in Roe's view", "in her words"."""
    doc = opener.doc
    after = [t.lower_ for t in doc[opener.i + 1 : opener.i + 4]]
    if after[:1] == ["the"] and after[1:2] and after[1] in VIEW_NOUNS and after[2:] == ["of"]:
        of = doc[opener.i + 3]
        return cue_words(doc, opener, of, object_of(of) or name_head(_until(of, end)), where)
    noun = object_of(opener)
    if noun is None or noun.lower_ not in VIEW_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.pos_ == "PROPN" or owner.lower_ in {"his", "her"}):
        return None
    return cue_words(doc, opener, noun, owner, where)  # "his" resolves as "he" would


def _for_someone(opener: Token, where: str) -> Cue | None:
    """ "For Roe, the pier is 'a death trap'": a person (or a body), then a comma, opening the
    sentence."""
    if not starts_sentence(opener):
        return None
    doc, person = opener.doc, object_of(opener)
    named = person is not None and person.pos_ == "PROPN" and not person.ent_type_
    if person is None or not (named or person.ent_type_ in _SPEAKING_TYPES):
        return None  # not "For years", "To Britain"
    edge = person.right_edge  # the parse may hang the comma on the name itself
    comma = edge if edge.text == "," else (doc[edge.i + 1] if edge.i + 1 < len(doc) else edge)
    if comma.text != ",":
        return None
    return cue_words(doc, opener, person, person, where)


def _until(token: Token, end: int) -> list[Token]:
    """The tokens after ``token`` that start before the character offset ``end``."""
    return list(takewhile(lambda t: t.idx < end, token.doc[token.i + 1 :]))
