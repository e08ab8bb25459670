"""The people an article names: their fullest names, genders, titles, and who "he" is.

Built once per document from the PERSON mentions (``mentions``), so every look-up below is a
bisect or a short backwards walk, never a scan of the whole document per quote. Gender
evidence is the article's own (``gender``); he/she is resolved in ``pronouns``.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable

from spacy.tokens import Doc, Token

from reader.model import Entity
from reader.nlp.doc_text import doc_text
from reader.nlp.entities.consistency import name_key
from reader.nlp.quotes.gender import (
    descriptor_words,
    gender_of,
    pronoun_votes,
    titles_of_bodies,
)
from reader.nlp.quotes.mentions import (
    Mention,
    NameSpan,
    Person,
    canonical,
    full_names,
    name_spans,
    person_spans,
)
from reader.nlp.quotes.names import name_words
from reader.nlp.quotes.person_words import (
    FEMALE_NOUNS,
    GENERIC_MASCULINE,
    MALE_NOUNS,
    ROLE_EXPANSIONS,
    TITLE_WORDS,
)
from reader.nlp.quotes.phrases import mention_top, with_the
from reader.nlp.quotes.pronouns import Reference, chain_pronouns, resolve
from reader.nlp.quotes.unnamed import unnamed_subjects
from reader.nlp.token_lookup import token_indexes

__all__ = ["Mention", "People", "Person"]

_PARTY = re.compile(r"\s?[(,]\s?([DRI])-[A-Z]")
_PARTIES = {"D": "democrat", "R": "republican", "I": "independent"}
_SCARE_WORDS = 3
"""Words in quote marks that quote nobody in particular: a scare quote, a phrase."""
_NAME_WORD = re.compile(r"[^\s\-‐–]+")
"""A word of a name, a hyphenated surname's halves each one ("Adeyemi-Cole")."""


class People:
    def __init__(
        self,
        doc: Doc,
        in_quote: Callable[[int], bool],
        quote_bounds: Callable[[int], tuple[int, int] | None],
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.in_quote = in_quote
        self.quote_bounds = quote_bounds
        """The (open, close) bounds of the quote an offset is in, if any."""
        self.sentences = list(doc.sents)
        self.sent_starts = [sent.start_char for sent in self.sentences]
        self.persons: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self.starts: list[int] = []
        self.pronouns: dict[int, Reference] = {}
        self.roles: list[tuple[int, int, str]] = []
        """Role nouns that refer to a named person ("the chancellor" → Jane Roe)."""
        self.described: dict[str, str] = {}
        """Descriptions ("singer", "prime minister") and the person each first referred to."""
        self.unnamed: list[Mention] = []
        """People the article does not name who are subjects, in order (``unnamed``)."""
        self._collect(doc)

    # -- building -------------------------------------------------------------------------

    def _collect(self, doc: Doc) -> None:
        entities: list[Entity] = getattr(doc._, "reader_entities", None) or []
        raw = person_spans(doc, self.text, entities, self.in_quote)
        full = full_names(self.text, raw, self.in_quote)
        spans = name_spans(doc, self.text, raw)
        # Genders of the full names first, so "Mr. Roe" can pick the right Roe.
        full_gender = self._full_name_genders(spans)
        usual = self._usual_honorifics(spans)
        last_by_word: dict[str, str] = {}
        for found in spans:
            words, start, honorific = found.words, found.start, found.honorific
            bare = usual.get(words[0].lower()) if len(words) == 1 else None
            name = canonical(words, start, len(self.text), full, honorific, full_gender, bare)
            recent = last_by_word.get(words[0].lower()) if len(words) == 1 else None
            if recent is not None and not honorific:
                # "Roe" after "Mr. Roe" is the Roe last referred to, not the last full one.
                name = recent
            # Only the words as written: "Sharon" (Sharon Roe) says nothing of who a later
            # bare "Roe" is, when the article's Roe is another of the family.
            for word in words:
                last_by_word[word.lower()] = name
            person = self.persons.get(name)
            if person is None:
                person = self.persons[name] = Person(name, found.entity_id, first_seen=start)
            person.entity_id = person.entity_id or found.entity_id
            sentence = self.sentence_of(start)
            self.mentions.append(
                Mention(
                    start, found.end, name, sentence, found.subject, found.entity_id, found.main
                )
            )
            if not self.in_quote(start):
                if honorific:
                    person.votes[honorific] += 3
                self._learn_from_span(person, found)
        self.starts = [m.start for m in self.mentions]
        for name, gender, weight in pronoun_votes(
            self.doc, self.sentences, self.mentions, self.in_quote
        ):
            self.persons[name].votes[gender] += weight
        self._learn_roles_from_ledes()
        self._by_word: dict[str, set[str]] = defaultdict(set)
        self.by_descriptor: dict[str, set[str]] = defaultdict(set)
        for person in self.persons.values():
            for word in person.name.split():
                self._by_word[word.lower()].add(person.name)
            for word in person.descriptors:
                self.by_descriptor[word].add(person.name)
        self.unnamed = unnamed_subjects(doc, self.in_quote, self.sentence_of)
        chain_pronouns(self)

    def _usual_honorifics(self, spans: list[NameSpan]) -> dict[str, str]:
        """The gender of the honorific the article gives each bare surname ("Mr. Roe"), where
        its honorifics agree."""
        votes: dict[str, dict[str, float]] = defaultdict(lambda: {"m": 0.0, "f": 0.0})
        for found in spans:
            if found.honorific and len(found.words) == 1 and not self.in_quote(found.start):
                votes[found.words[0].lower()][found.honorific] += 1
        return {word: g for word, counts in votes.items() if (g := gender_of(counts))}

    def _full_name_genders(self, spans: list[NameSpan]) -> dict[str, dict[str, float]]:
        genders: dict[str, dict[str, float]] = defaultdict(lambda: {"m": 0.0, "f": 0.0})
        for found in spans:
            if found.full and found.honorific:
                genders[found.full][found.honorific] += 3
            if found.full:
                for word in descriptor_words(found.span, found.span.root):
                    if word in MALE_NOUNS:
                        genders[found.full]["m"] += 2
                    elif word in FEMALE_NOUNS:
                        genders[found.full]["f"] += 2
        drafts = [
            Mention(f.start, f.end, f.full, self.sentence_of(f.start), f.subject, main=f.main)
            for f in spans
            if f.full
        ]
        for name, gender, weight in pronoun_votes(self.doc, self.sentences, drafts, self.in_quote):
            genders[name][gender] += weight
        return genders

    def _learn_from_span(self, person: Person, found: NameSpan) -> None:
        words = descriptor_words(found.span, found.span.root) | _party(self.text, found.end)
        person.plain_titles |= words - titles_of_bodies(found.span, found.span.root)
        for word in words:
            person.descriptors.add(word)
            if word in MALE_NOUNS:
                person.votes["m"] += 2
                if word in GENERIC_MASCULINE:
                    person.generic_male += 2
            elif word in FEMALE_NOUNS:
                person.votes["f"] += 2

    def _learn_roles_from_ledes(self) -> None:
        """ "The Prime Minister has said …. Jane Roe told MPs …": a sentence led by a role
        noun, followed at once by one led by a named person, gives that person the role.

        Only for a sentence that quotes nobody, and only when no one in the article holds the
        role yet (by title or appositive), so the news convention of a role-led first line does
        not override what the article says.
        """
        first_subject: dict[int, Mention] = {}
        for mention in self.mentions:
            if mention.subject and not self.in_quote(mention.start):
                first_subject.setdefault(mention.sentence, mention)
        held = {w for person in self.persons.values() for w in person.descriptors}
        for index in token_indexes(self.doc, "DEP", ["nsubj", "nsubjpass"]):
            token = self.doc[index]
            if token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if token.head.dep_ != "ROOT" or self.in_quote(token.idx):
                continue
            if not with_the(token):
                continue
            word = token.lower_.rstrip(".")
            words = set(ROLE_EXPANSIONS.get(word, (word,)))
            if not words <= TITLE_WORDS or words <= held:
                continue
            # last, as the dearest test (every word of the sentence)
            sentence = self.sentences[self.sentence_of(token.idx)]
            if self.in_quote(sentence.end_char - 1) or _quotes_in(self.in_quote, sentence):
                continue  # "The spokesman said: '…'" introduces a quote, not the next name
            named = first_subject.get(self.sentence_of(token.idx) + 1)
            if named is None:
                continue
            modifiers = {
                t.lower_ for t in token.lefts if t.dep_ in {"amod", "compound"} and t.is_alpha
            }
            self.persons[named.name].descriptors.update(words | modifiers)

    # -- look-ups -------------------------------------------------------------------------

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The person mention overlapping [start, end), if any."""
        i = bisect.bisect_right(self.starts, end) - 1
        while i >= 0 and self.mentions[i].end > start - 200:
            mention = self.mentions[i]
            if mention.start < end and mention.end > start:
                return mention
            i -= 1
        return None

    def resolve_name(self, text: str, at: int) -> str | None:
        """A proper name at ``at`` that NER missed: match it to a known person, else itself."""
        words = name_words(text)
        if not words:
            return None
        lower = {w.lower() for w in words}
        best = None
        for name in self._by_word.get(words[-1].lower(), ()):
            person = self.persons[name]
            person_words = {w.lower() for w in person.name.split()}
            if lower <= person_words:
                key = (person.first_seen <= at, len(person_words), -person.first_seen, name)
                if best is None or key > best[0]:
                    best = (key, person.name)
        return best[1] if best else " ".join(words)

    def add_speaker_mention(self, start: int, end: int, name: str) -> None:
        """A resolved pronoun speaker counts as a mention of that person for later pronouns."""
        if name not in self.persons:
            self.persons[name] = Person(name, first_seen=start)
            for word in name.split():
                self._by_word[word.lower()].add(name)
        mention = Mention(start, end, name, self.sentence_of(start), True, main=True)
        i = bisect.bisect_left(self.starts, start)
        self.mentions.insert(i, mention)
        self.starts.insert(i, start)

    def resolve_pronoun(self, token: Token) -> Reference:
        """The person a he/she at ``token`` refers to, a short reason, and the runner-up."""
        if token.i in self.pronouns:
            return self.pronouns[token.i]
        return resolve(self, token)

    def last_subject(self, start: int, end: int) -> Mention | None:
        """The last person (named or he/she) who is a subject in [start, end), or the agent
        of a passive main clause ("The plan was welcomed by Jo Roe."), if the last sentence
        there has one."""
        i = bisect.bisect_left(self.starts, end) - 1
        last_sentence = self.sentence_of(max(start, end - 1))
        while i >= 0 and self.mentions[i].start >= start:
            mention = self.mentions[i]
            if mention.sentence < last_sentence:
                return None
            acts = mention.subject or (mention.name and self.acts_in_main_clause(mention))
            if acts and not self.in_quote(mention.start):
                return mention
            i -= 1
        return None

    def recent_subject(
        self,
        at: int,
        reach: int,
        exclude: set[str],
        noun: str | None = None,
        gender: str | None = None,
    ) -> str | None:
        """The person last a subject outside quotes within ``reach`` sentences before ``at``,
        unless their name has one of the ``exclude`` words ("Roe's aide" is not Roe); one the
        article described with ``noun`` first ("the Tory leader" after "Opposition leader
        Jane Roe said the PM …" is Roe, not the PM); never one known to be of another
        ``gender`` than the noun's ("the former first lady" is not a man)."""
        here = self.sentence_of(at)
        subjects = []
        i = bisect.bisect_left(self.starts, at) - 1
        while i >= 0 and here - self.mentions[i].sentence <= reach:
            mention = self.mentions[i]
            i -= 1
            if mention.sentence == here and _dash_between(self.text[mention.end : at]):
                continue  # "In the note - to Jo Roe - the Ohio senator writes": someone else
            known = self.persons[mention.name].gender if mention.name else None
            if gender and known not in {None, gender}:
                continue
            if self.acts(mention) and not self.in_quote(mention.start) and mention.name:
                subjects.append(mention.name)
        if gender:  # "the former first lady": a woman the article shows to be one first
            subjects.sort(key=lambda n: self.persons[n].gender != gender)
        described = [n for n in subjects if noun and noun in self.persons[n].descriptors]
        for name in described[:1] or subjects[:1]:
            if set(_NAME_WORD.findall(name.lower())) & exclude:  # "Cole" of "Adeyemi-Cole"
                return None
            return name
        return None

    def acts(self, mention: Mention) -> bool:
        """Is the person the one who acts in the clause: its subject, or a passive's agent
        ("The plan was criticised by Cllr Jo Roe.")?"""
        return mention.subject or self._agent_of(mention) is not None

    def acts_in_main_clause(self, mention: Mention) -> bool:
        """Is the person the subject of the sentence's main clause, or the agent of its
        passive main verb ("Her remarks were echoed by Cllr Jo Roe.")?"""
        if mention.main:
            return True
        verb = self._agent_of(mention)
        return verb is not None and verb.dep_ == "ROOT"

    def _agent_of(self, mention: Mention) -> Token | None:
        """The passive verb whose agent the mention is, if any."""
        top = mention_top(self.doc, mention)
        if top.dep_ != "pobj" or top.head.dep_ != "agent":
            return None
        verb = top.head.head  # a clause's own passive, not "a dinner hosted by Jo Roe"
        return verb if any(c.dep_ == "auxpass" for c in verb.children) else None

    def named_within(self, start: int, end: int) -> set[str]:
        """The people named in [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        names = set()
        while i < len(self.mentions) and self.mentions[i].start < end:
            names.add(self.mentions[i].name)
            i += 1
        return names

    def mentions_before(self, at: int) -> list[Mention]:
        return self.mentions[: bisect.bisect_left(self.starts, at)]

    def known_person(self, word: str) -> str | None:
        """The person whose name has this word (their surname, most often), if only one."""
        names = self._by_word.get(name_key(word), set())
        return next(iter(names)) if len(names) == 1 else None

    def entity_id(self, name: str | None) -> str | None:
        person = self.persons.get(name or "")
        return person.entity_id if person else None


def _party(text: str, end: int) -> set[str]:
    """The party a US politician's name is followed by: "Jo Roe (D-Ore.)", "Jo Roe, R-Utah,"."""
    found = _PARTY.match(text, end)
    return {_PARTIES[found.group(1)]} if found else set()


def _dash_between(text: str) -> bool:
    return any(dash in text for dash in (" - ", "—", "–", " -- "))


def _quotes_in(in_quote, sentence) -> bool:
    """Does the sentence quote someone, more than a word or two set in quote marks ("accused
    of 'abandoning' the islands")?"""
    return sum(1 for token in sentence if in_quote(token.idx) and token.is_alpha) > _SCARE_WORDS
