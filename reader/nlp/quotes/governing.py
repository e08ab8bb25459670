"""The reporting verb that governs a quoted fragment in the parse, and who the verb's speaker is.

"Roe said the levy could be 'ruinous'": walking up the parse from the fragment (be → said), the
first reporting verb is the cue, whatever other verbs stand nearer in the text ("Roe said that
when Doe announced the levy it felt 'ruinous'" is Roe's, not Doe's). A framing verb ("called
it a 'farce'") governs only when no clause with a subject of its own stands between it and the
fragment ("Roe said Doe called it a 'farce'" is Doe's word), and no verb governs a fragment
inside an adverbial or relative clause with its own subject ("as Doe went on about '…', Roe
said yes"). Colloquial quotatives (go, begin, put, point, continue) never govern a fragment. A
reporting verb whose subject is a thing ("Roe said the deal would demand 'secrecy'") reports no
one's words: the reporting verb whose content that clause is governs.

A passive reporting verb speaks through its agent: "was described as 'tireless' by Roe" is
Roe's; "was asked, '…?'" with no agent names nobody. A claim noun on the way up whose owner the
phrase names ("Doe's warning that …", "a claim by Doe that Roe is an 'attack dog'") is its
owner's cue. A verb of thinking ("Roe, who believes 'we can win'", "the MPs found it 'nowhere
near ready'") governs only when no reporting verb stands above it, and is asked for last.
"Roe told a trader who claimed fares were too high that '…'" is the teller's: the parse hangs
the quote on the verb inside the relative clause on the person told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from reader.nlp.quotes.cue import Cue, make_cue, name_set_off_before, verbal
from reader.nlp.quotes.documents import DOCUMENT_NOUNS
from reader.nlp.quotes.lexicon import (
    COGNITION_FORMS,
    FINITE_TAGS,
    FRAMING_ONLY,
    SPEECH_NOUNS,
    VERB_FORMS,
)
from reader.nlp.quotes.organisations import ORG_NOUNS
from reader.nlp.quotes.roles import person_noun
from reader.nlp.quotes.subjects import SUBJECT_DEPS, passive_agent

if TYPE_CHECKING:
    from reader.nlp.quotes.frames import Frames
    from reader.nlp.quotes.marks import Stretch

CLAIM_NOUNS = {
    *("claim", "claims", "accusation", "accusations", "allegation", "allegations"),
    *("warning", "warnings", "suggestion", "assertion", "insistence", "charge"),
    *("jibe", "boast", "pledge", "promise", "complaint", "criticism"),
}
NOT_GOVERNING = {"go", "begin", "put", "point", "continue"}
MAX_HOPS = 12
_ADVERBIAL = {"advcl", "relcl", "acl"}


def governing_cues(frames: Frames, index: int) -> tuple[Cue | None, Cue | None]:
    """The reporting verb governing the fragment, and, when there is none, the verb of thinking
    ("Roe, who believes 'we can win'"), weaker than any other cue, so asked for last. One walk
    up the parse gives both."""
    stretch = frames.stretches[index]
    low = stretch.open_mark
    token = fragment_head(frames, index)
    crossed = False
    thinker: Token | None = None
    for _ in range(MAX_HOPS):
        if token is None or frames.in_quote(token.idx):
            break
        owned = _owned_claim(token)
        if owned is not None:
            return owned, None
        base = VERB_FORMS.get(token.lower_)
        governs = base not in FRAMING_ONLY or not crossed
        if base is not None and base not in NOT_GOVERNING and verbal(token) and governs:
            token = _outer_report(frames, _teller(frames, token, low))
            return _cue_of(frames, token, "before" if token.idx < low else "after"), None
        if thinker is None and token.lower_ in COGNITION_FORMS and verbal(token):
            thinker = token  # the thinker's words, unless a reporting verb stands above
        has_subject = any(c.dep_ in SUBJECT_DEPS for c in token.children)
        if token.pos_ in {"VERB", "AUX"} and has_subject:
            if token.dep_ in _ADVERBIAL:
                # "as Doe went on about '…', Roe said yes" is not what Roe said; "a claim by
                # Doe that Roe was a 'liability'" is Doe's.
                owned = _owned_claim(token.head)
                return (owned, None) if owned else (None, _thinker_cue(frames, thinker, stretch))
            crossed = True
        token = None if token.head.i == token.i else token.head
    return None, _thinker_cue(frames, thinker, stretch)


def fragment_head(frames: Frames, index: int) -> Token | None:
    """The word outside the quote that the quoted words hang on in the parse."""
    stretch = frames.stretches[index]
    low = stretch.open_mark
    high = stretch.close_mark + 1 if stretch.close_mark is not None else stretch.end
    inside = frames.tokens(stretch.start, stretch.end)
    return next((t.head for t in inside if not low <= t.head.idx < high), None)


def _thinker_cue(frames: Frames, verb: Token | None, stretch: Stretch) -> Cue | None:
    """ "Roe, who believes 'we can win'": a verb of thinking with no reporting verb above it."""
    if verb is None or _modifies_noun(frames, stretch):
        return None
    return _cue_of(frames, verb, "before" if verb.idx < stretch.open_mark else "after")


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
    if subject is None and verb.tag_ in FINITE_TAGS:
        subject = name_set_off_before(verb)
    if subject is None:
        return None
    return make_cue(verb, subject, where)


_MODIFIER_DEPS = {"amod", "compound", "nmod", "nummod"}


def _modifies_noun(frames: Frames, stretch: Stretch) -> bool:
    """'fear "rent a face" firms': quoted words whose last one modifies the noun right after
    the closing mark are a label, not the thought."""
    inside = frames.tokens(stretch.start, stretch.end)
    if stretch.close_mark is None or not len(inside):
        return False
    last = inside[-1]
    after = next((t for t in last.doc[last.i + 1 :] if not t.is_punct), None)
    return (
        after is not None
        and last.head.i == after.i
        and last.dep_ in _MODIFIER_DEPS
        and after.pos_ in {"NOUN", "PROPN"}
    )


def _outer_report(frames: Frames, verb: Token) -> Token:
    """ "Roe said the deal would demand 'absolute secrecy'": a cue verb whose subject is a thing
    (a deal, a platform, an area) reports nobody's words; the reporting verb whose content that
    clause is, with a subject of its own, is the cue."""
    sentence = verb.sent
    subject = frames.subjects.of(verb, sentence.start_char, sentence.end_char)
    if subject is None or not is_thing(subject):
        return verb
    node = verb
    for _ in range(4):
        if node.dep_ not in {"ccomp", "xcomp"} or node.head.i == node.i:
            break
        node = node.head
        if frames.in_quote(node.idx):
            break
        base = VERB_FORMS.get(node.lower_)
        reports = base is not None and base not in FRAMING_ONLY and verbal(node)
        if reports and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return node
    return verb


_TELLING = {"tell", "assure", "warn", "promise", "caution"}
_ADDRESSEE_DEPS = {"dobj", "dative"}
_LEADS_IN = {"that", "then", "also", "later", "just"}


def _teller(frames: Frames, verb: Token, open_mark: int) -> Token:
    """ "Roe told a trader who claimed fares were too high that '…'": a reporting verb in a
    relative clause on the person told, with words of its own between it and the quote,
    hands the quote to the verb of telling (the parse hangs it on the nearer verb)."""
    person = verb.head
    outer = person.head
    if verb.dep_ != "relcl" or person.dep_ not in _ADDRESSEE_DEPS or outer.i == person.i:
        return verb
    if VERB_FORMS.get(outer.lower_) not in _TELLING or frames.in_quote(outer.idx):
        return verb
    for token in verb.doc[verb.i + 1 :]:
        if token.idx >= open_mark:
            return verb  # "a man who then said that '…'": the quote is his
        if not token.is_punct and token.lower_ not in _LEADS_IN:
            return outer
    return verb


def is_thing(head: Token) -> bool:
    """A common noun for no person, body or document ("the platform", "any new deal")."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    word = head.lower_
    if word in SPEECH_NOUNS or word in DOCUMENT_NOUNS or word in ORG_NOUNS:
        return False
    return not person_noun(head)


def framed_by_a_thing(cue: Cue) -> bool:
    """ "The aim was to go after Roe as '…'": no reporting verb, and a thing ("the aim")
    where its speaker would be."""
    speaker, verb = cue.speaker, cue.token
    if speaker is None or verb is None:
        return False
    if VERB_FORMS.get(verb.lower_) not in (None, *NOT_GOVERNING):
        return False  # "the company called it '…'": a reporting verb keeps its subject
    return speaker.tag_ == "NN" and is_thing(speaker)
