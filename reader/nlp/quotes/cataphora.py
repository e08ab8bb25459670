"""Speakers named after the quote without a plain "said": a copula, or "as X put it".

"'The plan is dead,' is the verdict of Roe": a quote that is the subject of "is/was the (…)
verdict/view/assessment of X" (or "X's …") names X in the words right after it. "… one 'secret
weapon', as one activist put it": an "as" clause right after the quote whose verb reports
(put, said, wrote …) names its subject, even with a verb that otherwise cues only before.
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.nlp.quotes.cue import Cue, make_cue, object_of
from reader.nlp.quotes.frames import Frames
from reader.nlp.quotes.lexicon import VERB_FORMS

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


def as_clause(frames: Frames, index: int) -> Cue | None:
    """ "'…', as Roe put it" / "…, as one activist said": the subject of the "as" clause."""
    start, end = frames.after_window(index)
    words = [t for t in frames.tokens(start, end) if not t.is_punct and not t.is_space]
    if len(words) < 3 or words[0].lower_ != "as":
        return None
    verb = words[0].head
    if verb.lower_ not in VERB_FORMS or verb.idx >= end or frames.in_quote(verb.idx):
        return None
    subject = frames.subjects.of(verb, start, end)
    if subject is None or not start <= subject.idx < verb.idx:
        return None
    return make_cue(verb, subject, "after the quote")
