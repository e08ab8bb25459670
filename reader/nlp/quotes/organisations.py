"""Organisations as speakers: "the White House said", "it added", "the newspaper reported".

"it" with a reporting verb names the organisation last a subject; "the newspaper" the last
publication named; "the Doe campaign" its owner's campaign; a proper name ending in an
organisation word ("the Harbour Authority") is never read as a person's surname.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from reader.model import Entity
from reader.nlp.quotes.delayed import in_lede
from reader.nlp.quotes.documents import DOCUMENT_NOUNS
from reader.nlp.quotes.lexicon import SPEECH_NOUNS, VERB_FORMS
from reader.nlp.quotes.mentions import is_main_subject
from reader.nlp.quotes.names import name_words
from reader.nlp.quotes.people import People
from reader.nlp.quotes.person_words import PERSON_NOUNS, TITLE_WORDS
from reader.nlp.quotes.phrases import appositives, bisect_token, phrase, proper_name, with_the

ORG_LABELS = {"ORG", "GPE", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"}
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
_BODY_WORDS = ORG_NAME_WORDS | ORG_NOUNS
_NO_BODY_WORDS = PERSON_NOUNS | TITLE_WORDS | DOCUMENT_NOUNS | SPEECH_NOUNS  # "the letter"
IT_REACH = 3
"""How many sentences back "it said" may look for the organisation it stands for."""
# "the club said", "the company added": the organisation last named.
ORG_DESCRIPTIONS = {
    "company",
    "firm",
    "club",
    "group",
    "bank",
    "union",
    "airline",
    "carrier",
    "retailer",
    "broadcaster",
    "network",
    "charity",
    "organisation",
    "organization",
    "regulator",
    "watchdog",
    "insurer",
    "manufacturer",
    "chain",
    "bookmaker",
    "supermarket",
    "carmaker",
    "brewer",
}
ORG_REACH = 8
"""How many sentences back "the company said" may look for the organisation it stands for."""
NAMED_AFTER_REACH = 2
"""Sentences after "a bookmaker" in which the bookmaker may be named."""
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


class Organisations:
    def __init__(self, people: People, entities: list[Entity]) -> None:
        self.people = people
        self.doc = people.doc
        self.text = people.text
        self._org_groups: dict[tuple[int, int], Entity] = {
            m: e for e in entities if e.label in ORG_LABELS for m in e.mentions
        }
        # Publications named outside quotes, in order: what "the newspaper" refers to.
        self._papers: list[tuple[int, str]] = sorted(
            (ent.start_char, drop_article(ent.text))
            for ent in self.doc.ents
            if ent.label_ in {"ORG", "WORK_OF_ART", "FAC"}
            and ent.text.split()[-1].strip(".,").lower() in PUBLICATION_NAME_WORDS
            and not people.in_quote(ent.start_char)
        )
        self._paper_starts = [start for start, _ in self._papers]
        # Organisations named outside quotes, in order: what "the company" refers to.
        self._named_orgs: list[tuple[int, str]] = sorted(
            (start, drop_article(e.name))
            for e in entities
            if e.label == "ORG"
            for start, _ in e.mentions
            if not people.in_quote(start)
        )
        self._named_org_starts = [start for start, _ in self._named_orgs]

    def it_organisation(self, it: Token) -> str | None:
        """ "'…,' the Port Authority said. '…,' it added." → Port Authority.

        "it" (or "they") with a reporting verb names the subject of the nearest main clause
        before it outside quotes, if that subject is an organisation ("the company" is the one
        named last, or the one in apposition); anything else (a person, "the plan") → nobody.
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
            if not is_main_subject(token) and self.people.sentence_of(token.idx) < sentence:
                continue  # "The company said fares would rise": the company, not the fares
            if token.pos_ == "PRON" or self.people.mention_at(token.idx, token.idx + len(token)):
                return None
            if org_name(token):
                return drop_article(proper_name(token))
            named = [a for a in appositives(token) if a.ent_type_ in ORG_LABELS] or [
                a for a in token.subtree if a.dep_ == "appos" and a.ent_type_ in ORG_LABELS
            ]
            if named:
                return self._entity_name(named[0])  # "The company that runs it, X Ltd, denies"
            described = self.described(token) or self.author(token) or self._pronoun_owned(token)
            if described is not None:
                return described  # "The company also unveiled …. It added …"
            if token.head.lower_ not in VERB_FORMS:
                return None  # a NER "ORG" that is not speaking may well be a person
            start, end = phrase(token)
            return self.organisation(token, start, end)
        return None

    def described(self, head: Token) -> str | None:
        """ "the club", "the company": the organisation named last, a few sentences back."""
        if head.lower_ not in ORG_DESCRIPTIONS or head.tag_ != "NN":
            return None
        det = [c for c in head.lefts if c.dep_ == "det"]
        if len(det) != 1 or det[0].lower_ != "the":
            return None
        if any(c.pos_ == "PROPN" for c in head.lefts):
            return None  # "the Calder company" has a name of its own
        i = bisect.bisect_left(self._named_org_starts, head.idx)
        if not i:
            return None
        start, name = self._named_orgs[i - 1]
        if self.people.sentence_of(head.idx) - self.people.sentence_of(start) > ORG_REACH:
            return None
        return name

    def named_after(self, head: Token) -> str | None:
        """ "A bookmaker has stopped taking bets after claiming '…'. ¶ Harbour Bets made the
        move …": in the lede, an organisation noun with "a" is the organisation first named
        just after as the subject of its sentence."""
        if head.lower_ not in ORG_DESCRIPTIONS or head.tag_ != "NN":
            return None
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.lefts):
            return None
        if not in_lede(self.text, head.idx):
            return None
        here = self.people.sentence_of(head.idx)
        named_before = {n for start, n in self._named_orgs if start < head.idx}
        for start, name in self._named_orgs[
            bisect.bisect_right(self._named_org_starts, head.idx) :
        ]:
            if self.people.sentence_of(start) - here > NAMED_AFTER_REACH:
                return None
            token = self.doc[bisect_token(self.doc, start)]
            if name not in named_before and is_main_subject(token):
                return name
        return None

    def named_by(self, head: Token) -> str | None:
        """ "praised by police", "the council said": the one organisation of the article whose
        name ends with that word ("Calder Valley Police"), if there is exactly one."""
        if head.pos_ != "NOUN" or not self._names_a_body(head):
            return None
        modifiers = [c for c in head.lefts if c.dep_ in {"compound", "amod", "poss"}]
        if not modifiers:
            names = {n for _, n in self._named_orgs if n.lower().split()[-1] == head.lower_}
        elif all(c.dep_ != "poss" and c.is_alpha for c in modifiers):
            # "the appeals court" → the one "Court of Appeals for the Fourth District": every
            # word of the description is in the name ("the county council" names another).
            words = {c.lower_ for c in modifiers} | {head.lower_}
            names = {n for _, n in self._named_orgs if words <= set(n.lower().split())}
        else:
            return None  # "its police"
        return next(iter(names)) if len(names) == 1 else None

    @staticmethod
    def _names_a_body(head: Token) -> bool:
        """A word that names bodies ("council", "police"), or any other noun but a person's
        after "the": "the trust" for the Harbour Trust, "the league" for the Kestrel League."""
        if head.lower_ in _BODY_WORDS:
            return True
        return with_the(head) and head.tag_ == "NN" and head.lower_ not in _NO_BODY_WORDS

    def author(self, head: Token) -> str | None:
        """ "the HRTC report", "a Harbour Gazette article", "the club's statement": the
        organisation whose words they are."""
        if head.lower_ not in DOCUMENT_NOUNS:
            return None
        for child in head.lefts:
            if child.dep_ in {"compound", "poss"} and child.ent_type_ == "ORG":
                return self._entity_name(child)
            if child.dep_ == "poss":
                return self.described(child)
        return None

    def publication_before(self, start: int) -> str | None:
        i = bisect.bisect_left(self._paper_starts, start)
        return self._papers[i - 1][1] if i else None

    def _entity_name(self, token: Token) -> str:
        """The name of the entity group the token's span belongs to ("HRTC" → the full name
        the article introduced it by), else the span's own words."""
        span = entity_span(token)
        group = self._org_groups.get((span[0], span[1]))
        if group is not None:
            return drop_article(group.name)
        return drop_article(self.text[span[0] : span[1]])

    def organisation(self, head: Token, start: int, end: int) -> str | None:
        if head.ent_type_ in ORG_LABELS:
            return self._entity_name(head)
        if head.lower_ in ORG_NOUNS:
            owners = [
                t for t in head.children if t.dep_ in {"compound", "poss"} and t.pos_ == "PROPN"
            ]
            if owners:
                # "Councillor Jo Roe's office": Roe's, not the title's; "Harbour's foreign ministry"
                owner = next((t for t in owners if t.dep_ == "poss"), owners[0])
                mention = self.people.mention_at(owner.idx, owner.idx + len(owner))
                words = name_words(mention.name if mention else owner.text)
                kind = [t.text for t in head.lefts if t.dep_ == "amod" and t.is_lower]
                return " ".join([words[-1] if words else owner.text, *kind, head.text])
            return self._pronoun_owned(head)
        return None

    def _pronoun_owned(self, head: Token) -> str | None:
        """ "Her campaign said": the campaign of the woman "her" refers to."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in {"his", "her"} or head.lower_ not in ORG_NOUNS:
            return None
        name = self.people.resolve_pronoun(owner).name
        words = name_words(name) if name else []
        return f"{words[-1]} {head.lower_}" if words else None


def org_name(head: Token) -> bool:
    """Is the head the last word of an organisation's proper name ("French Competition
    Authority"), a name that must not be read as a person's surname?"""
    if head.lower_ not in ORG_NAME_WORDS:
        return False
    return any(c.dep_ == "compound" and c.pos_ in {"PROPN", "ADJ"} for c in head.lefts) or (
        head.ent_type_ == "ORG"
    )


def entity_span(token: Token) -> tuple[int, int]:
    doc = token.doc
    i = token.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    j = token.i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def drop_article(name: str) -> str:
    for article in ("the ", "The "):
        if name.startswith(article):
            return name[len(article) :]
    return name


_MAKE = {"make", "makes", "made", "making"}
# The parse has no lemmas: the forms of the verbs for belonging to a body.
_FORMING = {
    *("form", "forms", "formed", "sit", "sits", "sat", "serve", "serves", "served"),
    *("comprise", "comprises", "comprised", "constitute", "constitutes", "constituted"),
}


def numbered_name(head: Token) -> str | None:
    """ "Studio 9", "Channel 5": a capitalised word whose number is part of its name."""
    if head.i + 1 >= len(head.doc) or not head.text[:1].isupper() or head.pos_ == "PRON":
        return None
    number = head.doc[head.i + 1]
    if number.dep_ != "nummod" or number.head.i != head.i or not number.text.isdigit():
        return None
    if len(number.text) > 3 or any(c.dep_ == "det" for c in head.children):
        return None
    return f"{head.text} {number.text}"


def body_they_form(head: Token) -> Token | None:
    """ "the MPs who make up / sit on the Harbour Committee": the committee they form."""
    if head.tag_ != "NNS":
        return None
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        made_up = clause.lower_ in _MAKE and any(c.lower_ == "up" for c in clause.children)
        if not (made_up or clause.lower_ in _FORMING):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        for prep in (c for c in clause.children if c.dep_ == "prep"):
            objects += [c for c in prep.children if c.dep_ == "pobj"]
        for body in objects:
            if body.ent_type_ == "ORG" or org_name(body):
                return body
    return None
