"""The reporting verb that governs a quoted fragment in the parse, and who the verb's speaker is.

"Roe said the levy could be 'ruinous'": walking up the parse from the fragment (be → said), the
first reporting verb is the cue, whatever other verbs stand nearer in the text ("Roe said that
when Doe announced the levy it felt 'ruinous'" is Roe's, not Doe's). A framing verb ("called
it a 'farce'") governs only when no clause with a subject of its own stands between it and the
fragment ("Roe said Doe called it a 'farce'" is Doe's word), and no verb governs a fragment
inside an adverbial or relative clause with its own subject ("as Doe went on about '…', Roe
said yes"). Colloquial quotatives (go, begin, put, point, continue) never govern a fragment.

A passive reporting verb speaks through its agent: "was described as 'tireless' by Roe" is
Roe's; "was asked, '…?'" with no agent names nobody. A claim noun on the way up whose owner the
phrase names ("Doe's warning that …", "a claim by Doe that Roe is an 'attack dog'") is its
owner's cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from reader.nlp.quotes.cue import Cue, make_cue, verbal
from reader.nlp.quotes.lexicon import FRAMING_ONLY, VERB_FORMS
from reader.nlp.quotes.subjects import SUBJECT_DEPS, passive_agent

if TYPE_CHECKING:
    from reader.nlp.quotes.frames import Frames

CLAIM_NOUNS = {
    *("claim", "claims", "accusation", "accusations", "allegation", "allegations"),
    *("warning", "warnings", "suggestion", "assertion", "insistence", "charge"),
    *("jibe", "boast", "pledge", "promise", "complaint", "criticism"),
}
NOT_GOVERNING = {"go", "begin", "put", "point", "continue"}
MAX_HOPS = 12
_ADVERBIAL = {"advcl", "relcl", "acl"}


def governing_cue(frames: Frames, index: int) -> Cue | None:
    stretch = frames.stretches[index]
    low = stretch.open_mark
    high = stretch.close_mark + 1 if stretch.close_mark is not None else stretch.end
    inside = frames.tokens(stretch.start, stretch.end)
    token = next((t.head for t in inside if not low <= t.head.idx < high), None)
    crossed = False
    for _ in range(MAX_HOPS):
        if token is None or frames.in_quote(token.idx):
            return None
        owned = _owned_claim(token)
        if owned is not None:
            return owned
        base = VERB_FORMS.get(token.lower_)
        governs = base not in FRAMING_ONLY or not crossed
        if base is not None and base not in NOT_GOVERNING and verbal(token) and governs:
            return _cue_of(frames, token, "before" if token.i < low else "after")
        has_subject = any(c.dep_ in SUBJECT_DEPS for c in token.children)
        if token.pos_ in {"VERB", "AUX"} and has_subject:
            if token.dep_ in _ADVERBIAL:
                # "as Doe went on about '…', Roe said yes" is not what Roe said; "a claim by
                # Doe that Roe was a 'liability'" is Doe's.
                return _owned_claim(token.head)
            crossed = True
        token = None if token.head.i == token.i else token.head
    return None


def _owned_claim(noun: Token) -> Cue | None:
    """ "a claim by Roe that the plan is 'doomed'", "Roe's warning that …", "Labour claims he
    was a 'liability'": a claim whose owner the phrase names is the owner's words."""
    if noun.pos_ != "NOUN" or noun.lower_ not in CLAIM_NOUNS:
        return None
    for child in noun.children:
        owner = None
        if child.i < noun.i and child.dep_ in {"poss", "compound"} and child.pos_ == "PROPN":
            owner = child  # "Roe's claim", "Labour claims"; "his claim" is the subject's
        elif child.dep_ == "prep" and child.lower_ == "by":
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
        if owner is not None:
            return make_cue(noun, owner, "before the quote (governs it)")
    return None


def _cue_of(frames: Frames, verb: Token, side: str) -> Cue | None:
    where = f"{side} the quote (governs it)"
    passive, agent = passive_agent(verb)
    if passive:
        return None if agent is None else make_cue(verb, agent, where)
    sentence = verb.sent
    subject = frames.subjects.of(verb, sentence.start_char, sentence.end_char)
    if subject is None:
        return None
    return make_cue(verb, subject, where)
