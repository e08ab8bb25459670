"""Whether a verb before a quote is its cue, and whose it is: checks on the clause around it.

A framing verb ("put", "call") cues only what it frames; a verb in a clause about something else
("After Doe criticised him, Roe shot back, '…'") is not the quote's cue; in a Title Case line the
name before the verb says it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from reader.nlp.quotes.cue import name_head
from reader.nlp.quotes.lexicon import FRAMING_ONLY, VERB_FORMS

_TIME_MARKS = {"after", "before", "when", "while", "because", "since", "although", "though", "once"}


def framing_too_far(verb: Token, words: list[Token]) -> bool:
    """A framing verb ("go", "put", "call") cues what it frames: "as Roe put it, '…'", not a
    quote after a clause of its own ("what goes wrong: there could be dangers '…'")."""
    if VERB_FORMS.get(verb.lower_) not in FRAMING_ONLY or _as_aside(verb):
        return False
    return any(w.i > verb.i and not verb.is_ancestor(w) and _has_subject(w) for w in words)


def title_case_subject(verb: Token) -> Token | None:
    """ "Roe Said The Levy Was Needed 'For …'": in a Title Case line the parse is a guess;
    the name before the capitalised verb says it."""
    lead = [t for t in verb.doc[verb.sent.start : verb.i] if not t.is_space]
    if not verb.text[:1].isupper() or not 0 < len(lead) <= 4:
        return None
    return name_head(lead) if all(t.text[:1].isupper() for t in lead if t.is_alpha) else None


def _as_aside(verb: Token) -> bool:
    """ "As Roe put it, …": the aside frames the sentence it opens."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _has_subject(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children
    )


def subordinate(verb: Token, words: list[Token], in_quote: Callable[[int], bool]) -> bool:
    """A verb in a clause about something else, with the sentence's own verb still to come
    ("After Doe criticised him, Roe shot back, '…'"): not the quote's cue. The clause's verb
    that leads into the quote is ("…, when a boy shouted, '…'"), unless it hangs on the
    quote's own verb ("once the board breaks for the summer, 'I will …'")."""
    later = in_quote(verb.head.idx) or any(
        w.i > verb.i and w.pos_ == "VERB" and w.head != verb for w in words
    )
    if not later:
        return False
    if verb.dep_ == "relcl":
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_MARKS for c in verb.children
    )
