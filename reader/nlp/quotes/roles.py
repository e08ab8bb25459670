"""Role nouns as speakers: "the PM", "the Russian leader", "the chancellor", "the Scot".

A role noun is the person the article gave that title ("Prime Minister Jane Roe", "Roe, the
PM,"), never one whose title is qualified differently ("Deputy Prime Minister Doe", "shadow
chancellor Doe" are not "the prime minister", "the chancellor"). With no titled holder, a
definite description refers back to the person the last sentences were about — the subject of
their main clause ("Jane Roe has issued a rallying cry. … The chancellor said …") — unless that
person holds a different title; failing both it names nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from reader.nlp.quotes.gender import noun_gender, pronoun_gender
from reader.nlp.quotes.introductions import introduced
from reader.nlp.quotes.leaders import person_in_charge
from reader.nlp.quotes.lexicon import SPEECH_NOUNS
from reader.nlp.quotes.person_words import (
    GENERIC_HEADS,
    HONORIFICS,
    PERSON_NOUNS,
    ROLE_EXPANSIONS,
    TITLE_WORDS,
)
from reader.nlp.quotes.phrases import (
    ROLE_SUFFIXES,
    age_noun,
    chief_title,
    first_token,
    role_word,
)
from reader.nlp.token_lookup import token_indexes
from reader.nlp.words import ROLE_LOOKALIKES

if TYPE_CHECKING:
    from reader.nlp.quotes.people import People

QUALIFIERS = {"deputy", "shadow", "vice", "former", "ex", "assistant", "junior", "under"}
"""Words that make a title someone else's ("deputy prime minister" is not the prime minister)."""
DESCRIPTION_REACH = 2
"""Sentences back that a description with no titled holder may look for its person."""
_THIRD_PERSONS = {"he", "him", "his", "she", "her"}
_OBJECTS = {"dobj", "dative", "pobj"}
_TITLES = (TITLE_WORDS | PERSON_NOUNS) - HONORIFICS
_NOT_PEOPLE = {"government", "administration", "department", "ministry", "paper", "percent"}
_NOT_PEOPLE |= ROLE_LOOKALIKES


def role_words(head: Token) -> set[str]:
    """The title a role noun names: "the PM" → {prime, minister}."""
    word = head.lower_.rstrip(".")
    return set(ROLE_EXPANSIONS.get(word, (word,)))


def description_keys(head: Token) -> list[str]:
    """The keys under which the article remembers whom a description named (``People.
    described``): its words ("prime minister", never "transport minister"), and its head word
    alone ("minister"), which is how a later bare "the minister" looks it up."""
    words = [t.lower_ for t in head.lefts if t.dep_ in {"amod", "compound"} and t.is_alpha]
    word = head.lower_.rstrip(".")
    return [" ".join([*words, word]), word] if words else [word]


def phrase_words(head: Token) -> set[str]:
    return {t.lower_.rstrip(".") for t in head.doc[first_token(head) : head.i + 1]}


def title_holder(people: People, head: Token, modifiers: list[str], at: int) -> str | None:
    """The person the article gave the title a role noun names, if any."""
    word = head.lower_.rstrip(".")
    heads = role_words(head)
    generic = GENERIC_HEADS.get(word) or set()
    said = phrase_words(head)
    names = set().union(*(people.by_descriptor.get(w, ()) for w in heads | generic))
    best = None
    for name in names:
        person = people.persons[name]
        words = person.descriptors
        if not words or (words & QUALIFIERS) - said:
            continue
        if heads <= words:
            strength = 2
        elif generic and generic & words:
            strength = 1
        else:
            continue
        overlap = len(set(modifiers) & words)
        if modifiers and not overlap:
            continue
        key = (
            overlap,
            strength,
            # "the president": not one given the title only as the head of a named body
            not heads & (words - person.plain_titles),
            person.first_seen <= at,
            -abs(at - person.first_seen),
            person.name,
        )
        if best is None or key > best[0]:
            best = (key, person.name)
    return best[1] if best else None


def is_description(head: Token) -> bool:
    """ "the chancellor", "the Scot": "the" and a singular noun for a person, no name."""
    det = [c for c in head.lefts if c.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ != "the" or head.tag_ not in {"NN", "NNP"}:
        return False
    if head.pos_ == "PROPN" and det[0].i != head.i - 1:
        return False  # "the Labour leader Jane Roe" is a name
    if any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in head.lefts):
        return False  # "the Ohio senator": anchored by a name, left to the speaker rules
    word = head.lower_.rstrip(".")
    listed = word in TITLE_WORDS | PERSON_NOUNS | set(GENERIC_HEADS) | set(ROLE_EXPANSIONS)
    demonym = head.pos_ == "PROPN" and head.ent_type_ in {"NORP", "PERSON"}
    return (listed or demonym or word.endswith("-old")) and person_noun(head)


def official(head: Token) -> bool:
    """Is the role noun a title someone holds ("the PM", "the Russian leader")?"""
    word = head.lower_.rstrip(".")
    return titled(head) or word in GENERIC_HEADS


def titled(head: Token) -> bool:
    """A title ("the PM", "the chief executive"), not a job anyone may have ("the executive")."""
    words = role_words(head)  # "the CEO": chief executive
    return chief_title(head) or "chief" in words or words <= TITLE_WORDS


def describe(people: People, head: Token, at: int, refer_back: bool = True) -> str | None:
    """The person a definite description names: its titled holder for an official title,
    else (or failing that, and with ``refer_back``) the person the last sentences were
    about."""
    modifiers = [t.lower_ for t in head.lefts if t.dep_ in {"amod", "compound"} and t.is_alpha]
    if titled(head):
        holder = title_holder(people, head, modifiers, at)
        return holder or (described_person(people, head, at) if refer_back else None)
    back = described_person(people, head, at) if refer_back else None
    return back or earlier_holder(people, head, modifiers, at)


def earlier_holder(people: People, head: Token, modifiers: list[str], at: int) -> str | None:
    """The person given a job anyone may have ("the executive") before ``at``: one named so
    only later is another executive, unless the job is one of a body the article names ("the
    head of the Harbour Trust's rules panel", named in the next sentence)."""
    name = title_holder(people, head, modifiers, at)
    if name is None or people.persons[name].first_seen <= at or _of_a_named_body(head):
        return name
    return None


def described_person(people: People, head: Token, at: int) -> str | None:
    """The person a definite description with no titled holder refers back to: the one the
    article already called so ("the singer" twice is one singer), else the last subject."""
    if not person_noun(head) or any(c.lower_ in {"its", "their"} for c in head.lefts):
        return None  # "its senior vice president": a body's, not whoever spoke last
    word = head.lower_.rstrip(".")
    held = any(word in person.descriptors for person in people.persons.values())
    if not held and introduced(head, people.in_quote, people.sentence_of):
        return None  # "a man … the man": someone the article does not name
    if not held and _of_a_named_body(head):
        return None  # "the chairman of the Harbour Committee": a newcomer, not the last subject
    earlier = people.described.get(description_keys(head)[0])
    if earlier is not None:
        return earlier
    leader = person_in_charge(people, head, at, DESCRIPTION_REACH)
    if leader is not None:
        return leader
    wanted = role_words(head)
    official = titled(head)
    said = phrase_words(head)
    here = people.sentence_of(at)
    gender = noun_gender(role_word(head))
    others = _others_referred_to(people, head)
    best = None
    for mention in reversed(people.mentions_before(at)):
        distance = here - mention.sentence
        if distance > DESCRIPTION_REACH:
            break
        if distance == 0 or people.in_quote(mention.start):
            continue  # "Doe is fit, but the Scot is unsure": someone else in the same sentence
        # "Roe, a nurse, and Doe, a fisherman, … the nurse said": the one called so first
        called = not official and word in people.persons[mention.name].descriptors
        if not (called or people.acts(mention)):
            continue
        person_gender = people.persons[mention.name].gender
        if gender and person_gender not in {None, gender}:
            continue  # "Orla Roe … her … the father said": someone else
        if mention.name in others:
            continue  # "Roe was jailed. Sentencing him, the judge said": Roe is "him"
        titles = people.persons[mention.name].descriptors & _TITLES
        if official and titles - QUALIFIERS and not titles & wanted:
            continue  # "Mayor Doe" is not "the senator" (but may well be "the Scot")
        if official and (titles & QUALIFIERS) - said:
            continue  # "Deputy Prime Minister Doe" is not "the prime minister"
        agrees = gender is not None and person_gender == gender  # "the widow": a known woman
        key = (called, agrees, people.acts_in_main_clause(mention), -distance, mention.start)
        if best is None or key > best[0]:
            best = (key, mention.name)
    return best[1] if best else None


def _others_referred_to(people: People, head: Token) -> set[str]:
    """Whom the third persons in the description's sentence stand for, never the description's
    person: "him" or "her" as an object outside quotes, the last person named before the
    pronoun who may be so ("Roe was jailed. Sentencing him, the judge said"); he/she/him/her
    in the quote, the only such person named before it within ``DESCRIPTION_REACH`` sentences
    ("Roe denies fraud. '…He planned it,' the prosecutor said")."""
    referents = set()
    for token in head.sent:
        quoted = people.in_quote(token.idx)
        if quoted and token.lower_ in _THIRD_PERSONS:
            fits = _who_fits(people, token, every=True)
            referents |= fits if len(fits) == 1 else set()
        elif not quoted and token.lower_ in {"him", "her"} and token.dep_ in _OBJECTS:
            referents |= _who_fits(people, token, every=False)
    return referents


def _who_fits(people: People, pronoun: Token, every: bool) -> set[str]:
    """The people named outside quotes before ``pronoun`` who may be it: with ``every``, all
    of them within ``DESCRIPTION_REACH`` sentences, else the last one ("" for someone the
    article does not name)."""
    fits = set()
    gender = pronoun_gender(pronoun)
    here = people.sentence_of(pronoun.idx)
    for mention in reversed(people.mentions_before(pronoun.idx)):
        if every and here - mention.sentence > DESCRIPTION_REACH:
            break
        known = people.persons[mention.name].gender if mention.name else mention.gender
        if known in {None, gender} and not people.in_quote(mention.start):
            fits.add(mention.name)
            if not every:
                break
    return fits


def _of_a_named_body(head: Token) -> bool:
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(t.pos_ == "PROPN" for t in child.subtree)
        for child in head.rights
    )


def person_noun(head: Token) -> bool:
    """A noun for a person ("the chancellor", "the singer", "the Scot", "the 25-year-old")."""
    word = role_word(head)
    if word in SPEECH_NOUNS or word in _NOT_PEOPLE or word.endswith("ment"):
        return False
    if any(c.dep_ == "nummod" for c in head.children):
        return False  # "forty-one percent", "two officials"
    if word in TITLE_WORDS or word in PERSON_NOUNS or word in ROLE_EXPANSIONS:
        return True
    if word in GENERIC_HEADS or word.endswith(ROLE_SUFFIXES) or word.endswith("-old"):
        return True
    if age_noun(head):
        return True
    return head.pos_ == "PROPN" and head.ent_type_ in {"NORP", "PERSON"}


RoleMention = tuple[int, int, str]
"""A role noun that names a titled person: (start, end, name)."""
_MODIFIER_TITLES = {"foreign", "home", "health", "former", "deputy", "acting", "vice", "prime"}
ROLE_HEADS = (
    (TITLE_WORDS - HONORIFICS - _MODIFIER_TITLES) | set(GENERIC_HEADS) | set(ROLE_EXPANSIONS)
)


def role_mentions(people: People) -> list[RoleMention]:
    """Every "the PM", "the Russian leader", "the chancellor" outside quotes whose titled holder
    the article names: one more mention of that person (for the sidebar's counts)."""
    doc = people.doc
    found = []
    for index in token_indexes(doc, "LOWER", ROLE_HEADS):
        head = doc[index]
        if head.dep_ in {"compound", "flat"} or head.pos_ not in {"NOUN", "PROPN"}:
            continue
        if head.tag_ in {"NNS", "NNPS"} or people.in_quote(head.idx):
            continue
        if people.mention_at(head.idx, head.idx + len(head)) is not None:
            continue
        det = [c for c in head.lefts if c.dep_ == "det"]
        if len(det) != 1 or det[0].lower_ != "the":
            continue
        if any(c.dep_ == "appos" for c in head.children):
            continue  # "the prime minister, Jane Roe," — the name is the mention
        modifiers = [t.lower_ for t in head.lefts if t.dep_ in {"amod", "compound"} and t.is_alpha]
        name = title_holder(people, head, modifiers, head.idx)
        if name is not None:
            found.append((*role_span(head), name))
    return found


def role_span(head: Token) -> tuple[int, int]:
    """The role's words without their article: "the Russian leader" → "Russian leader"."""
    doc = head.doc
    first = first_token(head)
    while first < head.i and doc[first].dep_ in {"det", "poss", "case"}:
        first += 1
    return doc[first].idx, head.idx + len(head)


def who_stands_for(relative: Token) -> Token:
    """The noun a relative pronoun stands for: the one its clause hangs on, but for "who" never
    an organisation or a place when a person noun holds it ("a clerk employed by the Harbour
    Fund who described himself as …": the clerk)."""
    noun = relative.head.head
    if relative.lower_ != "who" or noun.ent_type_ not in {"ORG", "GPE", "FAC", "LOC"}:
        return noun
    for holder in noun.ancestors:
        if holder.pos_ == "NOUN" and person_noun(holder):
            # "Jane Roe, a clerk at the Trust, who …": the name the noun describes
            return holder.head if holder.dep_ == "appos" and holder.head.pos_ == "PROPN" else holder
        if holder.pos_ in {"VERB", "AUX"} and holder.dep_ not in {"acl", "relcl"}:
            break
    return noun
