"""A speaker named after the quote by a copula: "'The plan is dead,' is the verdict of Roe."

A quote that is the subject of "is/was the (…) verdict/view/assessment of X" (or "X's …") has
no reporting verb anywhere, yet it names its speaker: X, in the words right after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.nlp.quotes.cue import Cue, make_cue, object_of
from reader.nlp.quotes.frames import Frames

OPINION_NOUNS = {
    *("assessment", "verdict", "view", "opinion", "judgment", "judgement", "conclusion"),
    *("message", "advice", "warning", "response", "reply", "answer", "reaction", "comment"),
    *("words", "argument", "explanation", "prediction", "plea", "promise", "claim", "boast"),
    *("refrain", "mantra", "motto", "summary", "diagnosis", "forecast"),
}
_COPULAS = {"is", "was", "'s", "were", "are", "remains", "remained"}


def copular_source(frames: Frames, index: int) -> Cue | None:
    """The owner of the opinion noun a copula right after the quote equates it with."""
    start, end = frames.after_window(index)
    words = [t for t in frames.tokens(start, end) if not t.is_punct and not t.is_space]
    if len(words) < 2 or words[0].lower_ not in _COPULAS:
        return None
    noun = next((t for t in words[1:5] if t.lower_ in OPINION_NOUNS and t.pos_ == "NOUN"), None)
    if noun is None or noun.head.i != words[0].i and noun.head.i != words[0].head.i:
        return None
    owner = _owner(noun)
    if owner is None or owner.idx >= end:
        return None
    return make_cue(noun, owner, "after the quote")


def _owner(noun: Token) -> Token | None:
    """ "the verdict of Roe" → Roe; "Roe's verdict" → Roe."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            return child
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            return object_of(child)
    return None
