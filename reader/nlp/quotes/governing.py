"""The reporting verb that governs a quoted fragment in the parse, and who the verb's speaker is.

"Roe said the levy could be 'ruinous'": walking up the parse from the fragment (be → said), the
first reporting verb is the cue, whatever other verbs stand nearer in the text ("Roe said that
when Doe announced the levy it felt 'ruinous'" is Roe's, not Doe's). A framing verb ("called
it a 'farce'") governs only when no clause with a subject of its own stands between it and the
fragment ("Roe said Doe called it a 'farce'" is Doe's word), and no verb governs a fragment
inside an adverbial or relative clause with its own subject ("as Doe went on about '…', Roe
said yes"). Colloquial quotatives (go, begin, put, point, continue) never govern a fragment.

A passive reporting verb speaks through its agent: "was described as 'tireless' by Roe" is
Roe's; "was asked, '…?'" with no agent names nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from reader.nlp.quotes.cue import Cue, make_cue, verbal
from reader.nlp.quotes.lexicon import FRAMING_ONLY, VERB_FORMS
from reader.nlp.quotes.subjects import SUBJECT_DEPS, passive_agent

if TYPE_CHECKING:
    from reader.nlp.quotes.frames import Frames

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
        base = VERB_FORMS.get(token.lower_)
        governs = base not in FRAMING_ONLY or not crossed
        if base is not None and base not in NOT_GOVERNING and verbal(token) and governs:
            return _cue_of(frames, token, "before" if token.i < low else "after")
        has_subject = any(c.dep_ in SUBJECT_DEPS for c in token.children)
        if token.pos_ in {"VERB", "AUX"} and has_subject:
            if token.dep_ in _ADVERBIAL:
                return None  # "as Doe went on about '…', Roe said yes": not what Roe said
            crossed = True
        token = None if token.head is token else token.head
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
