"""Subjects the parse hung on the wrong word.

"As Jo Roe put it" (the speaker as the object of "as"), "but Early says" (a surname read as an
adverb), "Jo Roe, whose firm …, said" (the name made the subject of the aside), a dateline
made the subject, "Of Quayle, Pimm said" (the preposition made the subject), a name joined to
the object of an opening phrase ("In a talk with the Gazette, Jo Roe said").
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.nlp.quotes.lexicon import FINITE_TAGS, SUBJECT_DEPS
from reader.nlp.quotes.phrases import DASHES
from reader.nlp.words import SPEECH_VERBS


def hidden_subject(verb: Token) -> list[Token]:
    """The subject of a verb that has none in the parse, when a slip hid it."""
    return (
        _capitalised_modifier(verb)
        or _as_put_it(verb)
        or _name_before_aside(verb)
        or _person_right_before(verb)
        or _participle_aside(verb)
    )


def _participle_aside(verb: Token) -> list[Token]:
    """ "Jo Roe, asked about the pier, said: …" parsed with "asked" as a verb taking the name
    for its subject: the subject of a past participle set off by commas right before the verb."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return []
    for aside in (c for c in verb.children if c.dep_ in {"advcl", "ccomp"} and c.i < verb.i):
        before = verb.doc[aside.i - 1]
        ends = aside.right_edge.i in {verb.i - 1, verb.i - 2}
        if aside.tag_ not in {"VBD", "VBN"} or before.text != "," or not ends:
            continue
        return [c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i][:1]
    return []


def _person_right_before(verb: Token) -> list[Token]:
    """ "In a talk with the Harbour Gazette, Jo Roe said …" parsed with the name joined to the
    object before it: a person's name right before the verb is its subject."""
    if verb.i == 0 or verb.tag_ not in FINITE_TAGS or verb.lower_ not in SPEECH_VERBS:
        return []  # "… before asking her": a verb with no subject of its own
    name = verb.doc[verb.i - 1]
    hung = name.dep_ in {"conj", "appos", "pobj", "dobj"} and name.head.i < name.i
    hung = hung and any(t.text == "," for t in verb.doc[name.head.i : name.left_edge.i])
    return [name] if hung and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else []


def _as_put_it(verb: Token) -> list[Token]:
    """ "As Jo Roe, a port historian, put it, '…'": a parse that made the speaker the
    object of "as"."""
    return [
        obj
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i
        for obj in c.children
        if obj.dep_ == "pobj" and obj.pos_ in {"PROPN", "NOUN", "PRON"}
    ][:1]


def _capitalised_modifier(verb: Token) -> list[Token]:
    """ "but Early still says …": a capitalised word before the verb that the tagger read as
    an adverb or adjective, mid-sentence, is a surname standing as the subject."""
    return [
        c
        for c in verb.children
        if c.dep_ in {"advmod", "npadvmod"} and c.i < verb.i and capitalised_word(c)
    ][:1]


def _name_before_aside(verb: Token) -> list[Token]:
    """ "Jo Roe, whose firm helps shops, said …", "Jo Roe, insisting …, said …" parsed
    with the name as the subject of the aside, fronted as what was said: the name (or "a
    delegate, who …") speaks."""
    doc = verb.doc
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
        for name in clause.children:
            named = name.dep_ in SUBJECT_DEPS and name.pos_ in {"PROPN", "NOUN"}
            if not named or name.i + 2 > clause.i or doc[name.i + 1].text != ",":
                continue
            aside = [t for t in doc[name.i + 2 : clause.i + 1] if t.pos_ != "ADV"]
            if aside[0].lower_ in {"who", "whose"} or aside[0].tag_ == "VBG":
                return [name]
    return []


def capitalised_word(token: Token) -> bool:
    """Capitalised mid-sentence, not another word's modifier, and the last word of a person's
    name the article gives ("Chris Early")."""
    return (
        token.pos_ in {"ADV", "ADJ"}
        and token.is_title
        and not token.is_sent_start
        and token.dep_ != "amod"
        and any(
            e.label_ == "PERSON" and len(e) > 1 and e[-1].text == token.text for e in token.doc.ents
        )
    )


def past_dateline(subject: Token) -> Token:
    """ "LEEDS — Council leader Jane Roe says …" parsed with the dateline as the subject and
    the speaker in apposition to it: the speaker."""
    dash = dateline_dash(subject)
    if dash is None:
        return _past_dash_aside(subject)
    named = [c for c in subject.rights if c.dep_ == "appos" and c.i > dash]
    return named[0] if named else subject


def _past_dash_aside(subject: Token) -> Token:
    """ "In the note - sent to the port lawyer, Jo Roe - the senator calls for …" parsed with
    the name that ends the aside as the subject: the appositive after the closing dash."""
    doc = subject.doc
    after = [c for c in subject.rights if c.dep_ == "appos"]
    if not after:
        return subject
    closing = any(_dash(t) for t in doc[subject.i + 1 : after[-1].i])
    opening = any(_dash(t) for t in doc[subject.sent.start : subject.left_edge.i])
    return after[-1] if closing and opening else subject


def _dash(token: Token) -> bool:
    spaced = token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in DASHES or (spaced and bool(token.whitespace_))


def fronted_topic(subject: Token) -> Token | None:
    """ "Of Quayle, Pimm said …" parsed with the preposition as subject and Pimm joined to
    Quayle: the name after the topic speaks; a preposition never does."""
    if subject.pos_ != "ADP":
        return subject
    for topic in subject.children:
        if topic.dep_ != "pobj":
            continue
        names = [c for c in topic.children if c.dep_ in {"conj", "appos"} and c.pos_ == "PROPN"]
        if names:
            return names[-1]
        between = subject.doc[subject.i + 1 : topic.i]
        if topic.pos_ == "PROPN" and any(t.text == "," for t in between):
            return topic  # parsed as "Of [Quayle, Pimm]"
    return None


def dateline_dash(token: Token) -> int | None:
    """Where the dash after a dateline ("LEEDS, Dec. 4 —") is, if ``token`` opens one."""
    if not (token.text.isupper() and len(token) > 1):
        return None
    window = token.doc[token.i : token.i + 8]
    return next((t.i for t in window if t.text in DASHES), None)
