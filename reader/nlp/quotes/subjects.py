"""Who does what a verb says: its subject, found through the parse's slips.

"said Mr. Smith" (inverted), "…, adding" and "went on to say" (a verb that borrows its subject),
"Doe released a statement saying …" (the statement's author), a headline verb with a name
just before it, and never a subject across a paragraph break.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from reader.nlp.entities.spans import starts_sentence
from reader.nlp.quotes.cue import is_cue_verb, name_head, reads
from reader.nlp.quotes.documents import DOCUMENT_NOUNS, owner_in_phrase
from reader.nlp.quotes.hidden_subjects import (
    capitalised_word,
    dateline_dash,
    fronted_topic,
    hidden_subject,
    past_dateline,
)
from reader.nlp.quotes.lexicon import (
    CAUSING_FORMS,
    FINITE_TAGS,
    FRAMING_ONLY,
    SPEECH_NOUNS,
    SUBJECT_DEPS,
    UNSAID_OBJECT_FORMS,
    VERB_FORMS,
)
from reader.nlp.quotes.roles import person_noun

_OBJECT_DEPS = {"dobj", "pobj", "dative", "attr", "oprd"}
_ASIDE_ENDS = {"-", "–", "—", ")"}
_ASIDE_OPENINGS = {"-", "–", "—", "("}
_PERSONAL_OBJECTS = {"him", "her", "them", "me", "us", "you"}
_WHEN = {"DATE", "TIME"}
_SIGNS = {"sign", "placard", "banner", "poster", "headline", "caption", "message", "note"}
_READ_NOUNS = DOCUMENT_NOUNS | _SIGNS
_QUOTING = {"quote", "quoted", "quotes", "quoting", "cite", "cited", "cites", "citing"}
_INHERIT_SUBJECT_DEPS = {"conj", "advcl", "xcomp", "ccomp", "parataxis", "pcomp", "prep", "acl"}


class Subjects:
    def __init__(
        self,
        doc: Doc,
        in_quote: Callable[[int], bool],
        same_paragraph: Callable[[int, int], bool],
    ) -> None:
        self.doc = doc
        self.in_quote = in_quote
        self._same_paragraph = same_paragraph

    def of(self, verb: Token, start: int, end: int) -> Token | None:
        """The subject of ``verb``, climbing through "…, adding", "went on to say" and the like
        to the verb that has one ("responded campaign chairman X, adding …" included).

        A reporting verb that borrows the subject of a verb that does not report ("Roe said
        the plan fails, calling it 'a farce'": calling → fails) takes the subject of the
        reporting verb whose content that verb is (said → Roe), if there is one.
        """
        seen = 0
        first = verb
        while verb is not None and seen < 6:
            if verb.dep_ == "relcl" and verb.i != first.i and _set_off_participle(first):
                verb = verb.head.head  # "… a builder who said X, saying '…'": not his
                seen += 1
                continue
            subjects = [
                c for c in verb.children if c.dep_ in SUBJECT_DEPS and not self.in_quote(c.idx)
            ] or hidden_subject(verb)
            if subjects:
                child = fronted_topic(past_dateline(_best_subject(verb, subjects)))
                if child is None:
                    return None
                if verb.i == first.i and child.pos_ == "NOUN":
                    child = self._parenthetical(verb) or child
                # Never across a paragraph break: a misparse, not a speaker.
                if not self._same_paragraph(child.idx, start):
                    return None
                if verb.i == first.i or verb.lower_ in VERB_FORMS:
                    return child
                return self._reporter(verb, start) or child
            head = verb.head
            owner = _document_owner(verb)
            if owner is not None and not self.in_quote(owner.idx):
                return owner  # "… a letter from its chairman Jane Roe saying …": she wrote it
            if verb.dep_ == "acl" and head.lower_ in SPEECH_NOUNS and head.head.i != head.i:
                verb = head.head  # "Doe released a statement saying …": who released it
                seen += 1
                continue
            if verb.dep_ == "acl" and head.pos_ in {"PROPN", "NOUN"} and head.i < verb.i:
                if head.dep_ not in _OBJECT_DEPS or head.head.i == head.i:
                    return head  # "Jane Doe, the director, compared …" parsed as a modifier
                if _passive_modifier(verb):
                    return passive_agent(verb)[1]  # "questions asked of the speakers"
                verb = head.head  # "Roe backed the plan saying …": who backed it
                seen += 1
                continue
            controller = _object_controller(verb) or _quoted_object(verb)
            if controller is not None and not self.in_quote(controller.idx):
                return controller if self._same_paragraph(controller.idx, start) else None
            outside = _outside_aside(verb)
            if outside is not None:
                verb = outside  # "marched past the park - where X played - chanting …"
                seen += 1
                continue
            if verb.dep_ in _INHERIT_SUBJECT_DEPS and head.i != verb.i:
                if self.in_quote(head.idx):
                    return None
                verb = head
                seen += 1
                continue
            break
        if verb is not None and verb.i != first.i and verb.lower_ in VERB_FORMS:
            return self.inverted(verb, verb.sent.end_char)
        return None

    def _reporter(self, verb: Token, start: int) -> Token | None:
        """The subject of the reporting verb whose content ``verb`` is, a few steps up."""
        for _ in range(3):
            if verb.dep_ not in {"ccomp", "conj"} or verb.head.i == verb.i:
                return None
            verb = verb.head
            if self.in_quote(verb.idx):
                return None
            subjects = [
                c for c in verb.children if c.dep_ in SUBJECT_DEPS and not self.in_quote(c.idx)
            ]
            if subjects and VERB_FORMS.get(verb.lower_) not in (None, *FRAMING_ONLY):
                child = _best_subject(verb, subjects)
                return child if self._same_paragraph(child.idx, start) else None
        return None

    def inverted(self, verb: Token, end: int) -> Token | None:
        """ "said Mr. Smith", "added another spokesperson", "Continued Roe: …" (a participle or
        a name to the tagger): the noun phrase after the verb."""
        opens = starts_sentence(verb)
        leads = verb.tag_ in {"VBN", "NNP"} and opens  # "Continued Roe:", "Said Roe, …"
        finite = verb.tag_ in FINITE_TAGS or leads
        if reads(verb):
            return _document_read(verb)  # '"…," read a statement from the Harbour Trust'
        if not finite or VERB_FORMS.get(verb.lower_) in FRAMING_ONLY:
            return None
        noun = self._noun_after(verb, end)
        if noun is not None and (noun.pos_ != "NOUN" or person_noun(noun)):
            return noun
        return self._name_phrase_after(verb, end) or noun

    def _noun_after(self, verb: Token, end: int) -> Token | None:
        for token in self.doc[verb.i + 1 : min(len(self.doc), verb.i + 8)]:
            if token.idx >= end or token.is_punct or self.in_quote(token.idx):
                return None
            if token.ent_type_ in _WHEN:
                continue
            if token.pos_ in {"PROPN", "NOUN", "PRON"}:
                if token.dep_ in {"pobj", "npadvmod"}:
                    return None
                told = VERB_FORMS.get(verb.lower_) == "tell"
                if token.dep_ in {"dobj", "dative"} and (told or token.pos_ != "PROPN"):
                    closes = (
                        token.right_edge.i + 1 >= len(self.doc)
                        or self.doc[token.right_edge.i + 1].is_punct
                    )
                    if told or not closes:
                        return None  # "told reporters …"; not "asked the girl, …"
                while token.dep_ in {"compound", "flat"} and token.head.i > token.i:
                    token = token.head
                if _subject_of_next_clause(token):
                    return None  # "said Roe was …": the subject of what was said
                return token
            if token.pos_ in {"ADV", "ADJ"} and capitalised_word(token):
                return token  # "says Early": a surname the tagger read as a word
            if token.pos_ not in {"ADV", "DET", "ADJ", "NUM", "PART"} and token.dep_ != "amod":
                return None  # "said retired surgeon Jo Roe": on past the participle
        return None

    def _name_phrase_after(self, verb: Token, end: int) -> Token | None:
        """ "said Harbour ranking Democrat Jo Roe (D-Md.)": a phrase the parse broke up, that
        runs from the verb to a comma, bracket or full stop and ends in a name."""
        phrase = []
        for token in self.doc[verb.i + 1 : min(len(self.doc), verb.i + 9)]:
            if token.idx >= end or token.is_punct:
                break
            if self.in_quote(token.idx):
                return None
            phrase.append(token)
        else:
            return None
        last = phrase[-1] if phrase else None
        if last is None or last.pos_ != "PROPN" or last.ent_type_ in _WHEN:
            return None
        if not phrase[0].text[:1].isupper():
            return None
        return name_head(phrase)

    def _parenthetical(self, verb: Token) -> Token | None:
        """ "Any honest account of it, said Jane Roe, a historian, shows …": a name set off
        after ", said" speaks, not the noun the parse made the verb's subject."""
        if verb.i == 0 or self.doc[verb.i - 1].text != ",":
            return None
        name = self.inverted(verb, verb.sent.end_char)
        if name is None or name.pos_ != "PROPN" or name.ent_type_ not in {"PERSON", "ORG"}:
            return None
        if name.dep_ in _OBJECT_DEPS:
            return None  # "the spokesman, Jane Roe, told Radio X."
        after = name.i + 1
        return name if after >= len(self.doc) or self.doc[after].text in {",", "."} else None

    def of_sentence(self, verb: Token, start: int) -> Token | None:
        """ "Doe …, suggesting: …" when the parse lost the link: the sentence's subject,
        or a name just before the verb (a Title Case headline: "Jane Doe Claims '…'")."""
        root = verb.sent.root
        for child in root.children:
            inside = child.i < verb.i and child.idx >= start and not self.in_quote(child.idx)
            if child.dep_ in SUBJECT_DEPS and inside:
                return child
        before = [t for t in self.doc[max(verb.sent.start, verb.i - 4) : verb.i] if t.idx >= start]
        if before and before[-1].pos_ == "PROPN" and before[-1].ent_type_ not in _WHEN:
            return name_head(before)
        if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS:
            return None
        # "According to the paper, a source close to the negotiations said: …" with the source
        # parsed as an appositive: the nearest noun before the verb outside a prepositional
        # phrase.
        bracketed = False  # "Jo Roe (R-Ohio) said": the party and state are no speaker
        for token in reversed(self.doc[max(verb.sent.start, verb.i - 12) : verb.i]):
            if token.idx < start or self.in_quote(token.idx):
                break
            if token.text in {")", "("}:
                bracketed = token.text == ")"
            elif not bracketed and _standalone_noun(token):
                return token
        return None

    def earlier_speaker(self, verb: Token, words: list[Token]) -> Token | None:
        """ "'…,' Roe said, going on to say that …": a participle borrows the subject of the
        reporting verb before it in the same window."""
        if verb.tag_ not in {"VBG", "VB"}:
            return None
        earlier = [w for w in words if w.i < verb.i]
        if verb.is_sent_start and verb.i > 0:
            # "Roe called the audit 'thin.' Adding, '…'": the sentence before reports
            earlier = list(self.doc[verb.i - 1].sent)
        for token in reversed(earlier):
            if is_cue_verb(token) and token.tag_ in FINITE_TAGS:
                subjects = [
                    c
                    for c in token.children
                    if c.dep_ in SUBJECT_DEPS
                    and not self.in_quote(c.idx)
                    and self._same_paragraph(c.idx, verb.idx)
                ]
                if subjects:
                    return subjects[0]
        return None


def _outside_aside(verb: Token) -> Token | None:
    """ "marched past the park - where X played - chanting …", "(which X ran), saying …": the
    parse hangs the participle on the aside's verb; it belongs to the verb outside the aside."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    doc, aside = verb.doc, verb.head
    before = verb.left_edge.i - 1
    if before > 0 and doc[before].text == ",":
        before -= 1
    opening = aside.left_edge.i - 1
    if before <= 0 or doc[before].text not in _ASIDE_ENDS or opening < 0:
        return None
    if doc[opening].text not in _ASIDE_OPENINGS or aside.head.i == aside.i:
        return None
    outside = aside.head
    while outside.pos_ not in {"VERB", "AUX"} and outside.head.i != outside.i:
        outside = outside.head
    return outside if outside.pos_ in {"VERB", "AUX"} else None


def _object_controller(verb: Token) -> Token | None:
    """ "urged Jo Roe to call it '…'", "pushed her to admit …": the person a verb's object
    names says what its "to" clause does; not when it is only wished ("wants Roe to resign")
    or a means ("used the radio to call it …")."""
    head = verb.head
    controlled = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and head.lower_ in CAUSING_FORMS)
    if not controlled or head.i == verb.i or head.lower_ in UNSAID_OBJECT_FORMS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objects:
        return None
    return _person_object(objects[-1])


def _quoted_object(verb: Token) -> Token | None:
    """ "the agency quoted Jo Roe as saying …": the one quoted says it, not the one quoting."""
    marker = verb.head
    if verb.dep_ != "pcomp" or marker.lower_ != "as" or marker.head.lower_ not in _QUOTING:
        return None
    objects = [c for c in marker.head.children if c.dep_ == "dobj" and c.i < marker.i]
    return _person_object(objects[-1]) if objects else None


def quoting_clause(verb: Token) -> Token | None:
    """Where the clause that quotes someone as saying ``verb`` opens ("The Gazette quoted …")."""
    if _quoted_object(verb) is None:
        return None
    quoting = verb.head.head
    subjects = [c for c in quoting.children if c.dep_ in SUBJECT_DEPS and c.i < quoting.i]
    return subjects[0].left_edge if subjects else quoting


def _person_object(obj: Token) -> Token | None:
    if obj.pos_ == "PRON":
        return obj if obj.lower_ in _PERSONAL_OBJECTS else None
    return obj if obj.pos_ == "PROPN" or person_noun(obj) else None


def _document_owner(verb: Token) -> Token | None:
    """ "a letter from Roe saying …", "published a letter from Roe, saying …": the named owner
    of the document whose words the participle gives."""
    if verb.dep_ == "acl":
        document = verb.head
    elif verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG":
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        document = objects[-1] if objects else verb
    else:
        return None
    return owner_in_phrase(document) if document.lower_ in SPEECH_NOUNS else None


def _subject_of_next_clause(token: Token) -> bool:
    """ "said Roe was …": Roe is the subject of what was said, not of "said"."""
    between = token.doc[token.i + 1 : token.head.i]
    return (
        token.dep_ in SUBJECT_DEPS
        and token.head.i > token.i
        and not any(t.is_punct for t in between)
    )


def _best_subject(verb: Token, subjects: list[Token]) -> Token:
    """If the parse gave the verb two subjects: a name, else a pronoun, else a noun, nearest
    the verb; never a dateline when there is another."""
    subjects = [s for s in subjects if dateline_dash(s) is None] or subjects
    rank = {"PROPN": 3, "PRON": 2, "NOUN": 1}
    return max(subjects, key=lambda c: (rank.get(c.pos_, 0), -abs(c.i - verb.i)))


def _document_read(verb: Token) -> Token | None:
    """The document a quote "read" after it: '"…," read a statement', '"…," reads the sign'."""
    noun = next((c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and c.i > verb.i), None)
    return noun if noun is not None and noun.lower_ in _READ_NOUNS else None


def passive_agent(verb: Token) -> tuple[bool, Token | None]:
    """Is the reporting verb passive ("was asked", "a plan branded … by Roe"), and its agent.

    The parse often hangs the "by" phrase on the verb's complement ("was described as a
    'fine actor' by Roe", "a move branded a 'retreat' by Roe"): it is still the agent, and a
    participle with no subject of its own that has one is passive.
    """
    for child in verb.children:
        if child.dep_ == "agent":
            return True, next((c for c in child.children if c.dep_ == "pobj"), None)
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    participle = verb.tag_ in {"VBN", "VBD"} and verb.dep_ in {"acl", "advcl"}
    if not (passive or participle) or any(c.dep_ == "nsubj" for c in verb.children):
        return passive, None
    agent = _stray_agent(verb)
    return passive or agent is not None, agent


_NOT_AGENTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"}


def _stray_agent(verb: Token) -> Token | None:
    """The object of a "by" after the verb, hung on its complement, not inside a clause."""
    for token in verb.subtree:
        if token.i <= verb.i or token.lower_ != "by" or token.dep_ != "prep":
            continue
        head = token.head
        while head.i != verb.i and head.pos_ in {"NOUN", "PROPN", "ADP", "ADJ", "PRON"}:
            head = head.head
        agent = next((c for c in token.children if c.dep_ == "pobj"), None)
        if head.i == verb.i and agent is not None and agent.ent_type_ not in _NOT_AGENTS:
            return agent
    return None


def _passive_modifier(verb: Token) -> bool:
    """ "questions asked of the speakers": a past participle describing a noun, with no
    object of its own, is said by its agent or by nobody, not by the clause it sits in (a
    main verb the parse hung on a noun, "Roe, who …, called the plan 'a farce'", has one)."""
    objects = {"dobj", "oprd", "attr", "ccomp", "xcomp", "dative"}
    return verb.tag_ == "VBN" and not any(c.dep_ in objects for c in verb.children)


def _set_off_participle(verb: Token) -> bool:
    """ ", saying …": a participle after a comma, which speaks for the main clause."""
    return verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _standalone_noun(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"appos", "dep", "ROOT"}
