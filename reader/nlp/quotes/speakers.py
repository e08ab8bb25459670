"""From the head of a speaker phrase to a speaker: a person, an organisation, or nobody named.

"Mr. Smith" → the fullest name of that person; "he"/"she" → the person it refers to;
"the White House" → "White House"; "the PM" → the person the article titled so;
"a campaign aide", "sources" → no speaker (the words are kept as ``speaker_text``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Token

from reader.model import Entity
from reader.nlp.quotes.lexicon import (
    FEMALE_PRONOUNS,
    GENERIC_HEADS,
    MALE_PRONOUNS,
    ROLE_EXPANSIONS,
    SPEECH_NOUNS,
    TITLE_WORDS,
    VERB_FORMS,
)
from reader.nlp.quotes.names import name_words
from reader.nlp.quotes.people import People

_PHRASE_DEPS = {"det", "compound", "amod", "poss", "nmod", "nummod", "flat", "case", "quantmod"}
_ORG_LABELS = {"ORG", "GPE", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"}
# Common nouns that name a body when a proper name is attached ("the Roe campaign").
ORG_NOUNS = {
    "campaign",
    "administration",
    "government",
    "team",
    "camp",
    "office",
    "foundation",
    "committee",
    "party",
    "department",
    "ministry",
    "embassy",
    "council",
}
# The last word of an organisation's proper name ("the Danish Maritime Authority").
ORG_NAME_WORDS = {
    "authority",
    "agency",
    "board",
    "bank",
    "service",
    "commission",
    "council",
    "court",
    "institute",
    "university",
    "association",
    "union",
    "company",
    "group",
    "corporation",
    "police",
    "guard",
    "ministry",
    "department",
    "office",
    "bureau",
    "federation",
    "organisation",
    "organization",
}
_RELATIVE = {"who", "that", "which", "whom"}
DESCRIPTION_REACH = 2
"""Sentences back that "the Ohio senator said" may look for the person it describes."""
IT_REACH = 3
"""How many sentences back "it said" may look for the organisation it stands for."""
# "the newspaper said" → the publication last named ("The Morning Herald"), recognised by the
# word its name ends with.
PUBLICATION_NOUNS = {"newspaper", "paper", "daily", "tabloid", "broadsheet", "weekly", "magazine"}
PUBLICATION_NAME_WORDS = {
    "post",
    "times",
    "journal",
    "herald",
    "telegraph",
    "guardian",
    "tribune",
    "gazette",
    "mail",
    "sun",
    "chronicle",
    "observer",
    "express",
    "mirror",
    "independent",
    "standard",
    "examiner",
    "inquirer",
    "globe",
    "star",
    "record",
    "courier",
    "register",
    "magazine",
    "review",
    "economist",
}


@dataclass
class Speaker:
    name: str | None
    entity_id: str | None
    text: str
    start: int
    end: int
    reason: str


class Speakers:
    def __init__(self, people: People, entities: list[Entity]) -> None:
        self.people = people
        self.doc = people.doc
        self.text = people.text
        self._org_groups: dict[tuple[int, int], Entity] = {
            m: e for e in entities if e.label in _ORG_LABELS for m in e.mentions
        }
        # Publications named outside quotes, in order: what "the newspaper" refers to.
        self._papers: list[tuple[int, str]] = sorted(
            (ent.start_char, _drop_article(ent.text))
            for ent in self.doc.ents
            if ent.label_ in {"ORG", "WORK_OF_ART", "FAC"}
            and ent.text.split()[-1].strip(".,").lower() in PUBLICATION_NAME_WORDS
            and not people.in_quote(ent.start_char)
        )
        self._paper_starts = [start for start, _ in self._papers]

    def resolve(self, head: Token) -> Speaker:
        if head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
            head = head.head.head
        if head.lower_ in SPEECH_NOUNS:
            # "Jane Roe's brief said", "the Doe campaign's statement": its author.
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None and owner.pos_ == "PROPN":
                head = owner
        start, end = _phrase(head)
        text = self.text[start:end]
        word = head.lower_
        if head.pos_ == "PRON" or word in MALE_PRONOUNS | FEMALE_PRONOUNS:
            if word in {"he", "she", "him", "her"}:
                name, reason = self.people.resolve_pronoun(head)
                return self._speaker(name, text, start, end, reason)
            if word == "it":
                org = self._it_organisation(head)
                if org is not None:
                    reason = f"'{text}' → {org} (the organisation last a subject)"
                    return self._speaker(org, text, start, end, reason)
            return self._speaker(None, text, start, end, f"'{text}' names nobody")
        mention = self.people.mention_at(head.idx, head.idx + len(head))
        if mention is not None and head.lower_ not in mention.name.lower():
            mention = None  # a headline span glued onto another name ("X Thanked Roe")
        if mention is not None:
            return self._person(mention.name, text, start, end, f"'{text}' → {mention.name}")
        known = None
        if head.text[:1].isupper() and not _org_name(head):
            known = self.people.known_person(head.text)
        if known is not None and head.ent_type_ not in {"GPE", "NORP"}:
            return self._person(known, text, start, end, f"'{text}' → {known}")
        if head.pos_ != "PROPN" and head.lower_ not in SPEECH_NOUNS:
            named = self._named_before(start, end)
            if named is not None:
                reason = f"'{text}' describes {named} (appositive)"
                return self._person(named, text, start, end, reason)
            for token in _appositives(head):
                appos = self.people.mention_at(token.idx, token.idx + len(token))
                if appos is not None:
                    reason = f"'{text}' is {appos.name} (appositive)"
                    return self._person(appos.name, text, start, end, reason)
        org = self._organisation(head, start, end)
        if org is not None:
            return self._speaker(org, text, start, end, f"'{text}' → {org} (organisation)")
        if head.pos_ == "PROPN" and head.text[:1].isupper():
            name = self.people.resolve_name(_proper_name(head), start)
            if name and _org_name(head):
                reason = f"'{text}' → {name} (organisation's name)"
                return self._speaker(name, text, start, end, reason)
            if name and name.lower() not in TITLE_WORDS:
                return self._person(name, text, start, end, f"'{text}' → {name} (proper name)")
        if head.lower_ in PUBLICATION_NOUNS and _definite(head):
            paper = self._publication_before(start)
            if paper is not None:
                return self._speaker(
                    paper, text, start, end, f"'{text}' → {paper} (last paper named)"
                )
        role = None
        if _definite(head) and _person_role(head):
            role = self.people.resolve_role(head, _modifiers(head), start)
        if role is not None:
            return self._speaker(role, text, start, end, f"'{text}' → {role} (title given earlier)")
        if _definite(head) and _person_role(head):
            anchors = _proper_modifiers(head)
            if anchors:
                named = self.people.recent_subject(start, DESCRIPTION_REACH, anchors)
                if named is not None:
                    reason = f"'{text}' describes {named}, the subject just before"
                    return self._person(named, text, start, end, reason)
        return self._speaker(None, text, start, end, f"'{text}' is not named")

    def _it_organisation(self, it: Token) -> str | None:
        """ "'…,' the Port Authority said. '…,' it added." → Port Authority.

        "it" with a reporting verb names the nearest subject before it outside quotes, if
        that subject is an organisation; anything else (a person, "the report") → nobody.
        """
        doc = self.doc
        sentence = self.people.sentence_of(it.idx)
        for token in reversed(doc[: it.i]):
            if self.people.sentence_of(token.idx) < sentence - IT_REACH:
                return None
            if token.dep_ not in {"nsubj", "nsubjpass"} or self.people.in_quote(token.idx):
                continue
            if token.lower_ == "it":
                continue  # an earlier "it" points back the same way
            if token.pos_ == "PRON" or self.people.mention_at(token.idx, token.idx + len(token)):
                return None
            if _org_name(token):
                return _drop_article(_proper_name(token))
            if token.head.lower_ not in VERB_FORMS:
                return None  # a NER "ORG" that is not speaking may well be a person
            start, end = _phrase(token)
            return self._organisation(token, start, end)
        return None

    def _publication_before(self, start: int) -> str | None:
        i = bisect.bisect_left(self._paper_starts, start)
        return self._papers[i - 1][1] if i else None

    def _named_before(self, start: int, end: int) -> str | None:
        """ "Doe, a top adviser, said": the parse made the description the subject."""
        doc = self.doc
        i = bisect_token(doc, start)
        j = bisect_token(doc, end)
        if i < 2 or doc[i - 1].text != "," or j >= len(doc) or doc[j].text != ",":
            return None
        name = doc[i - 2]
        mention = self.people.mention_at(name.idx, name.idx + len(name))
        return mention.name if mention is not None else None

    def _person(self, name: str, text: str, start: int, end: int, reason: str) -> Speaker:
        """A named person speaks here: later pronouns may refer to them."""
        self.people.add_speaker_mention(start, end, name)
        return self._speaker(name, text, start, end, reason)

    def _speaker(self, name: str | None, text: str, start: int, end: int, reason: str) -> Speaker:
        return Speaker(name, self.people.entity_id(name), text, start, end, reason)

    def _organisation(self, head: Token, start: int, end: int) -> str | None:
        if head.ent_type_ in _ORG_LABELS:
            span = _entity_span(head)
            group = self._org_groups.get((span[0], span[1]))
            if group is not None:
                return _drop_article(group.name)
            return _drop_article(self.text[span[0] : span[1]])
        if head.lower_ in ORG_NOUNS:
            owners = [
                t for t in head.children if t.dep_ in {"compound", "poss"} and t.pos_ == "PROPN"
            ]
            if owners:
                owner = owners[0]
                mention = self.people.mention_at(owner.idx, owner.idx + len(owner))
                words = name_words(mention.name if mention else owner.text)
                return f"{words[-1] if words else owner.text} {head.text}"
        return None


def _org_name(head: Token) -> bool:
    """Is the head the last word of an organisation's proper name ("French Competition
    Authority"), a name that must not be read as a person's surname?"""
    if head.lower_ not in ORG_NAME_WORDS:
        return False
    return any(c.dep_ == "compound" and c.pos_ in {"PROPN", "ADJ"} for c in head.lefts) or (
        head.ent_type_ == "ORG"
    )


def _proper_modifiers(head: Token) -> set[str]:
    """The proper names a description is anchored by: "the Ohio senator", "Roe's aide"."""
    return {
        t.lower_
        for child in head.lefts
        if child.dep_ in {"compound", "poss", "amod", "nmod"}
        for t in child.subtree
        if t.pos_ == "PROPN"
    }


def _phrase(head: Token) -> tuple[int, int]:
    first = _first(head)
    last = head.i
    for child in head.rights:
        if child.dep_ in {"flat", "compound"} and child.i == last + 1:
            last = child.i
    doc = head.doc
    return doc[first].idx, doc[last].idx + len(doc[last])


def _first(head: Token) -> int:
    first = head.i
    for child in head.lefts:
        if child.dep_ in _PHRASE_DEPS:
            first = min(first, child.left_edge.i)
    return first


def bisect_token(doc, offset: int) -> int:
    """Index of the token that starts at ``offset`` (or the first one after it)."""
    low, high = 0, len(doc)
    while low < high:
        mid = (low + high) // 2
        if doc[mid].idx < offset:
            low = mid + 1
        else:
            high = mid
    return low


def _appositives(head: Token) -> list[Token]:
    """ "a spokeswoman, Jane Doe," and "a spokeswoman for the firm, Jane Doe," """
    found = [c for c in head.rights if c.dep_ == "appos"]
    for prep in (c for c in head.rights if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found += [c for c in obj.rights if c.dep_ == "appos"]
    return found


def _proper_name(head: Token) -> str:
    """The run of capitalised proper nouns around ``head`` ("Anna Maria Kowalska")."""
    doc = head.doc
    first = head.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
        first -= 1
    last = head.i
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].is_title:
        last += 1
    return doc[first : last + 1].text


_ROLE_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ee", "ent", "ant", "ary", "ief")


def _person_role(head: Token) -> bool:
    """A noun that can name a person's role ("the PM", "the strategist"), not "the email"."""
    word = head.lower_.rstrip(".")
    if word in SPEECH_NOUNS:
        return False
    if word in TITLE_WORDS or word in ROLE_EXPANSIONS or word in GENERIC_HEADS:
        return True
    return word.endswith(_ROLE_SUFFIXES)


def _definite(head: Token) -> bool:
    """ "the PM", "Doe's former strategist", "Ohio Senator" — not "a senator", "aides"."""
    if head.tag_ in {"NNS", "NNPS"}:
        return False
    determiners = [c for c in head.lefts if c.dep_ in {"det", "poss"}]
    if not determiners:
        return True
    return determiners[0].dep_ == "poss" or determiners[0].lower_ in {"the", "this", "that"}


def _modifiers(head: Token) -> list[str]:
    out = []
    for token in head.doc[_first(head) : head.i]:
        word = token.lower_.rstrip(".")
        if token.dep_ != "det" and word.isalpha() and word not in {"former", "current", "the"}:
            out.append(word)
    return out


def _entity_span(token: Token) -> tuple[int, int]:
    doc = token.doc
    i = token.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    j = token.i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def _drop_article(name: str) -> str:
    for article in ("the ", "The "):
        if name.startswith(article):
            return name[len(article) :]
    return name
