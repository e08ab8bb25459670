"""A share of people as a cue's subject: "75 percent of voters said the plan is 'unfair'".

A share does not speak; the poll or survey that asked them does ("… according to a new
poll"). The quote's mention is that poll, when the sentence or the one before names one,
else nobody: either way no person is named.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from reader.nlp.quotes.phrases import phrase, role_word
from reader.nlp.quotes.speakers import Speaker, Speakers

SHARE_WORDS = {"percent", "%", "per", "majority", "minority", "plurality", "half", "third"}
POLL_WORDS = {"poll", "polls", "survey", "surveys", "study"}


def is_share(head: Token) -> bool:
    """ "75 percent (of voters)", "24%", "a majority", "four in 10 (voters)"."""
    if role_word(head) in SHARE_WORDS or head.text.endswith("%") or head.ent_type_ == "PERCENT":
        return True
    return head.like_num and any(c.lower_ == "in" and c.i == head.i + 1 for c in head.children)


def poll_of(head: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """The poll the sentence of ``head`` (or the one before) names, nearest first."""
    sentence = head.sent
    found = [t for t in sentence if t.lower_ in POLL_WORDS and t.pos_ == "NOUN"]
    if not found and sentence.start > 0:
        before = head.doc[sentence.start - 1].sent
        found = [t for t in before if t.lower_ in POLL_WORDS and t.pos_ == "NOUN"]
    found = [t for t in found if not in_quote(t.idx)]
    return min(found, key=lambda t: abs(t.i - head.i)) if found else None


def share_speaker(head: Token, speakers: Speakers) -> Speaker | None:
    """The poll a share of people answered, as the (unnamed) speaker; None when none is named."""
    poll = poll_of(head, speakers.people.in_quote)
    if poll is None:
        return None
    start, end = phrase(poll)
    text = speakers.text[start:end]
    share = speakers.text[slice(*phrase(head))]
    reason = f"'{share}' is a share of those '{text}' asked"
    return Speaker(None, None, text, start, end, reason)
