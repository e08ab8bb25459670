"""The speaker's mention when the cue sits inside a clause the same speaker is the subject of.

"Roe said she had asked her staff to 'look into it'", "Roe assured them she would tell the
'bigots' to …": the cue's subject is a pronoun, and the cue's clause is the content of a verb
whose subject names the same person. That clause is the sentence's attribution, and its
subject the words that attribute the quote; the speaker is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from reader.nlp.quotes.cue import Cue
from reader.nlp.quotes.speakers import Speaker, Speakers
from reader.nlp.quotes.subjects import SUBJECT_DEPS

PRONOUNS = {"he", "she", "they"}
MAX_HOPS = 4
"""Steps up the parse from the cue verb to the clause that frames it."""
CONTENT_DEPS = {"ccomp", "xcomp"}


def framing_subject(
    cue: Cue, name: str | None, resolve: Callable[[Token], str | None], in_quote
) -> Token | None:
    """The outermost subject before the cue's pronoun, in a clause the cue verb sits in, that
    names the same speaker ``name`` (``resolve`` gives the name a subject stands for)."""
    pronoun, verb = cue.speaker, cue.token
    if name is None or pronoun is None or verb is None or pronoun.lower_ not in PRONOUNS:
        return None
    if pronoun.dep_ not in SUBJECT_DEPS:
        return None
    found = None
    node = verb
    for _ in range(MAX_HOPS):
        # Only up through clauses that are what the verb above says or means: "Roe said she
        # had …". A relative or adverbial clause ("a bill which she called …", "when he
        # said …") is an attribution of its own.
        if node.dep_ not in CONTENT_DEPS or node.head.i == node.i or in_quote(node.head.idx):
            break
        node = node.head
        for child in node.children:
            before = child.i < pronoun.i and child.sent.start == pronoun.sent.start
            subject = child.dep_ in SUBJECT_DEPS and not in_quote(child.idx)
            if subject and before and resolve(child) == name:
                found = child
    return found


def at_framing_subject(cue: Cue, speaker: Speaker, speakers: Speakers) -> None:
    """Move ``speaker``'s mention to the framing clause's subject, if the cue has one."""
    outer = framing_subject(
        cue,
        speaker.name,
        lambda token: speakers.resolve(token, record=False).name,
        speakers.people.in_quote,
    )
    if outer is None:
        return
    named = speakers.resolve(outer, record=False)
    speaker.text, speaker.start, speaker.end = named.text, named.start, named.end
    speaker.reason += f" (the subject of the clause around '{cue.text}')"
