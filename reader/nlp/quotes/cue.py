"""A cue (the words that attribute a quote) and the token tests that find one.

A reporting verb ("said", "told", "according to"), a colon or a dash, with the head of the
speaker phrase it points at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from reader.nlp.quotes.lexicon import FRAMING_ONLY, HEADLINE_VERBS, SUBJECT_DEPS, VERB_FORMS
from reader.nlp.quotes.phrases import age_noun
from reader.nlp.words import HYPHENS


@dataclass
class Cue:
    token: Token | None
    text: str
    start: int
    end: int
    speaker: Token | None
    """Head of the speaker phrase, or None when the cue has no usable subject."""
    where: str
    """"after the quote", "before the quote", "colon", "dash"."""


def ends_clause(verb: Token, end: int, subject: Token | None = None) -> bool:
    """Nothing but adverbials ("on Monday", "in a statement") between the verb and the end,
    besides the subject's own phrase when it follows the verb ("…, said Jo Roe, who …")."""
    after = subject.subtree if subject is not None and subject.i > verb.i else ()
    skip = {t.i for t in after}
    for token in _rest_of_clause(verb, end):
        if token.i in skip:
            continue
        if token.pos_ == "VERB" or token.dep_ in {"ccomp", "dobj"} and token.pos_ != "NOUN":
            return False
    return True


def _rest_of_clause(verb: Token, end: int) -> Iterator[Token]:
    """The tokens after ``verb``, up to ``end`` or the next sentence."""
    for token in verb.doc[verb.i + 1 :]:
        if token.idx >= end or token.is_sent_start:
            return
        yield token


def is_dash(segment: str) -> bool:
    stripped = segment.lstrip(" ,\u00a0")
    return stripped[:1] in {"—", "–"} or stripped.startswith("- ")


def is_cue_verb(token: Token, framing: bool = False) -> bool:
    base = VERB_FORMS.get(token.lower_)
    if base is None or _describes_a_noun(token):
        return False
    if base in FRAMING_ONLY and (not framing or token.tag_ == "VBG"):
        return False
    return verbal(token)


def _describes_a_noun(token: Token) -> bool:
    """ "the much-criticised 'harbour group'", "self-described 'harbour rat'": a participle
    before its noun, after a hyphen, an article or an adverb (not after a name: "Roe described
    families" read as a modifier is a misparse)."""
    if token.dep_ != "amod" or token.tag_ != "VBN" or token.head.i < token.i or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text in HYPHENS or before.pos_ in {"DET", "ADV"}


def verbal(token: Token) -> bool:
    """Is the token a verb? Headlines are often mis-tagged: "Doe Says …" as a proper noun,
    "Doe blasts 'ludicrous' deal" as a plural noun."""
    if token.tag_.startswith("VB") or token.pos_ in {"VERB", "AUX"}:
        return True
    return token.lower_ in HEADLINE_VERBS and (token.is_title or in_headline(token))


HEADLINE_CHARS = 400
"""How far into the article a headline or a standfirst may reach."""


def in_headline(token: Token) -> bool:
    """Is the token in a line of its own at the top (the headline, a standfirst) that does not
    end a sentence?"""
    sentence = token.sent
    if sentence.start_char > HEADLINE_CHARS:
        return False
    if sentence.start > 0 and "\n" not in token.doc[sentence.start - 1].text_with_ws:
        return False
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[-1].text not in {".", "!", "?", ":"}


def object_of(preposition: Token) -> Token | None:
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def own_subject(verb: Token) -> Token | None:
    """The subject the parse gave the verb itself (none for "and has written" after "Roe runs")."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def name_head(tokens) -> Token | None:
    """The last proper noun (or PERSON/ORG token) in ``tokens``, at the head of its name."""
    for token in reversed(list(tokens)):
        if _dated(token):
            continue  # "who took the job in May": a month, not a name
        if (
            token.pos_ == "PROPN"
            or token.ent_type_ in {"PERSON", "ORG"}
            or (token.is_title and token.pos_ in {"NOUN", "ADJ"} and not token.is_sent_start)
        ):
            while token.dep_ in {"compound", "flat"} and token.head.i > token.i:
                if verbal(token.head):
                    break  # "Roe blasts …" parsed as one noun phrase
                token = token.head
            return token
    return None


def _dated(token: Token) -> bool:
    """A date word after a preposition ("in May", "on Monday"), not "Mrs May"."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.ent_type_ in {"DATE", "TIME"} and before is not None and before.pos_ == "ADP"


def make_cue(verb: Token, subject: Token | None, where: str) -> Cue:
    start, end = verb.idx, verb.idx + len(verb)
    text = verb.text
    particle = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)
    if particle is not None:
        end = particle.idx + len(particle)
        text = verb.doc[verb.i : particle.i + 1].text
    return Cue(verb, text, start, end, subject, where)


def cue_words(doc: Doc, first: Token, last: Token, head: Token | None, where: str) -> Cue:
    start, end = first.idx, last.idx + len(last)
    return Cue(first, doc[first.i : last.i + 1].text, start, end, head, where)


def becomes(verb: Token, in_quote: Callable[[int], bool]) -> bool:
    """ "the club has gone 'stale'": "go" with a quoted complement is a change, not speech
    (the reporting verb further back may still govern the quote)."""
    complements = {"acomp", "oprd", "attr"} | ({"dobj"} if verb.tag_ == "VBN" else set())
    return VERB_FORMS.get(verb.lower_) == "go" and any(
        c.dep_ in complements and in_quote(c.idx) for c in verb.children
    )


def answers(verb: Token) -> bool:
    """Is a clause of its own right after the verb ("responded that …", "said it was …")?"""
    return any(c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1 for c in verb.children)


def says_no_more(verb: Token, end: int) -> bool:
    """ "Roe said.", "Roe said it twice." — no clause or object of its own after the verb."""
    for token in _rest_of_clause(verb, end):
        if token.pos_ in {"VERB", "AUX"} or token.dep_ in {"ccomp", "xcomp"}:
            return False
        if token.dep_ in {"dobj", "dative"} and token.lower_ not in {"it", "this", "that", "so"}:
            return False
    return True


_ADDRESSING = {"tell", "ask", "assure", "warn", "remind", "inform", "urge", "answer", "advise"}


def addressed(verb: Token) -> bool:
    """ "'…?' Roe was asked", "'…,' Roe was told by Doe": a passive verb of address, whose
    subject heard the words and whose agent, if any, said them."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    return passive and VERB_FORMS.get(verb.lower_) in _ADDRESSING


def has_its_own_thing(verb: Token) -> bool:
    """ "'…,' the board announced a new timetable": a verb after a quoted fragment whose
    object is a noun (not the listener of "told reporters", not "it") says that, not the
    fragment."""
    if VERB_FORMS.get(verb.lower_) in _ADDRESSING:
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)


def modifies_the_subject(lead: list[Token], opening: Token) -> bool:
    """ "…," Brandt senior adviser Jo Roe conceded: a capitalised word or two right before the
    subject's phrase that the parse hung elsewhere (as the verb's object) still belongs to it."""
    return (
        0 < len(lead) <= 2
        and lead[-1].i == opening.i - 1
        and all(w.text[:1].isupper() and w.is_alpha and not w.is_stop for w in lead)
    )


def named_before_appositive(tokens: list[Token], verb: Token) -> Token | None:
    """ "…," Jane Roe, the long-serving mayor's former chief of staff, said: a parse that lost
    the subject, a name of a few words then a description set off by commas."""
    before = [t for t in tokens if t.i < verb.i]
    commas = [t for t in before if t.text == ","]
    if len(commas) < 2 or commas[-1].i != verb.i - 1:
        return None
    name = [t for t in before if t.i < commas[0].i and not t.is_punct]
    if not 0 < len(name) <= 4:
        return None
    return name_head(name)


def name_set_off_before(verb: Token) -> Token | None:
    """ "In Harbourside, Jo Roe, the mayor, told …": a parse that lost the subject (hung the
    name on the place before it); the name before a description set off by commas that ends
    right before the verb (or its adverb)."""
    doc = verb.doc
    comma = verb.i - 1
    while comma >= 0 and doc[comma].pos_ == "ADV":
        comma -= 1
    if comma < 1 or doc[comma].text != ",":
        return None
    opening = comma - 1
    while opening >= 0 and doc[opening].text != "," and comma - opening <= 9:
        if doc[opening].pos_ in {"VERB", "AUX"}:
            return None
        opening -= 1
    if opening < 1 or doc[opening].text != "," or doc[opening + 1].pos_ not in {"DET", "ADJ"}:
        return None
    name = doc[opening - 1]
    return name if name.pos_ == "PROPN" and name.ent_type_ in {"PERSON", ""} else None


def first_finite_verb(words: list[Token]) -> list[Token]:
    """The first finite verb, in lower case ("shrugged", not a misparsed "Tulsa")."""
    for word in words:
        finite = word.tag_ in {"VBD", "VBZ", "VBP"} or reads(word)
        if word.pos_ == "VERB" and finite and word.text.islower():
            return [word]
    return []


def reads(verb: Token) -> bool:
    """ "read" after a quote ('"…," read a statement'), which the tagger takes for "to read"."""
    return verb.lower_ in {"read", "reads"}


def goes_on(token: Token) -> bool:
    """ "'…?' Roe went on.": "go on" with nothing after it is "continue"."""
    doc = token.doc
    if VERB_FORMS.get(token.lower_) != "go" or token.i + 2 >= len(doc):
        return False
    return doc[token.i + 1].lower_ == "on" and doc[token.i + 2].is_punct


def mistagged_cue(token: Token) -> bool:
    """ "'…,' the owners state in a paper", "'…,' a narrator in the clip states.", "'…,' the
    two write.": a verb of saying the tagger read as a noun, right after the one who says it."""
    doc = token.doc
    if token.tag_ not in {"NN", "NNS"} or token.lower_ not in VERB_FORMS or token.i == 0:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    ends = after is None or after.is_punct or after.pos_ == "ADP"
    return _nominal(doc[token.i - 1]) and ends


def _nominal(token: Token) -> bool:
    """A noun, or a number standing for people ("the two" in "'…,' the two write")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    return token.pos_ == "NUM" and token.i > 0 and token.doc[token.i - 1].pos_ == "DET"


def short_report(first: Token) -> bool:
    """ "'…?' Roe pressed.", "'…!' she snapped.": a name or he/she and a verb that end the
    sentence after a question or exclamation."""
    words = [t for t in first.sent if t.i >= first.i and not t.is_punct and not t.is_space]
    if not 2 <= len(words) <= 4 or words[-1].tag_ != "VBD":
        return False
    return first.pos_ == "PROPN" or first.lower_ in {"he", "she"}


def lost_subject(tokens: list[Token], lead: list[Token], verb: Token) -> Token | None:
    """The subject of a cue verb after the quote that the parse lost, from the words
    ``lead`` between the closing mark and the verb: "…," Tulsa police Chief Jane Roe said;
    "…," the 52-year-old told reporters (parsed as a 52-year-old kind of reporter)."""
    if mistagged_cue(verb):
        return noun_before(lead)
    return named_before_appositive(tokens, verb) or name_head(lead) or _described(lead, verb)


_DESCRIBING = {"DET", "NUM", "ADJ", "NOUN", "PROPN", "PUNCT"}
"""The parts of speech of a described person's phrase ("the 52-year-old", "a veteran striker")."""


def _described(lead: list[Token], verb: Token) -> Token | None:
    """ "the 52-year-old", "the striker" right before the verb: a described person."""
    head = lead[-1]
    if lead[0].lower_ not in {"the", "a", "an"} or head.i != verb.i - 1:
        return None
    if any(t.pos_ not in _DESCRIBING for t in lead):
        return None
    return head if head.pos_ == "NOUN" or age_noun(head) else None


def noun_before(lead: list[Token]) -> Token | None:
    """The head noun of the phrase that opens ``lead``, before any preposition ("a narrator"
    in "a narrator in the clip")."""
    nouns = []
    for token in lead:
        if token.pos_ == "ADP":
            break
        if _nominal(token):
            nouns.append(token)
    return nouns[-1] if nouns else None
