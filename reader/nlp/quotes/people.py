"""The people an article names: their fullest names, genders, titles, and who "he" is.

Built once per document from the PERSON mentions (the entity groups plus spaCy's own
PERSON spans), so every look-up below is a bisect or a short backwards walk, never a scan
of the whole document per quote.

Gender comes from the article itself, never from a list of first names: an honorific
(Mr, Mrs, Ms, Sir, Dame), a gendered role noun in an appositive ("the spokeswoman"), and
he/she pronouns in sentences that mention one person only.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from reader.model import Entity
from reader.nlp.doc_text import doc_text
from reader.nlp.quotes.lexicon import (
    FEMALE_HONORIFICS,
    FEMALE_NOUNS,
    FEMALE_PRONOUNS,
    GENERIC_HEADS,
    MALE_HONORIFICS,
    MALE_NOUNS,
    MALE_PRONOUNS,
    ROLE_EXPANSIONS,
    TITLE_WORDS,
    VERB_FORMS,
)
from reader.nlp.token_lookup import token_indexes

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*\.?")
_INITIAL = re.compile(r"[A-Z]\.|[JS]r\.")
_NAME_TRIM = "\"'“”‘’«»()[]{},;:!?—–- \n\t"
_DESCRIPTOR_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod"}
_SKIP_DESCRIPTORS = {"the", "a", "an", "of", "and", "'s", "’s", "former", "current", "then"}
GENDER_MARGIN = 0.5
"""How much clearer than the other side the gender evidence must be."""
BACK_SENTENCES = 8
"""How many sentences back a pronoun may look for its person."""


@dataclass
class Mention:
    start: int
    end: int
    name: str
    sentence: int
    subject: bool
    entity_id: str | None = None


@dataclass
class Person:
    name: str
    entity_id: str | None = None
    votes: dict[str, float] = field(default_factory=lambda: {"m": 0.0, "f": 0.0})
    descriptors: set[str] = field(default_factory=set)
    first_seen: int = 0

    @property
    def gender(self) -> str | None:
        return _gender_of(self.votes)


def name_words(text: str) -> list[str]:
    """The words of a name without titles, possessives or punctuation."""
    text = text.replace("’", "'").strip(_NAME_TRIM)
    text = re.sub(r"'s$|'$", "", text)
    # Initials and Jr./Sr. keep their full stop ("John F. Kennedy"); other words lose it.
    words = [w if _INITIAL.fullmatch(w) else w.strip(".") for w in _WORD.findall(text)]
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    # Title Case headlines make NER read "Jane Roe Blasts Doe" as one name.
    verb = next((i for i, w in enumerate(words) if i and _verb_like(w, i, len(words))), None)
    if verb is not None:
        words = words[:verb]
    return [w for w in words if w]


class People:
    def __init__(self, doc: Doc, in_quote) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.in_quote = in_quote
        self.sentences = list(doc.sents)
        self.sent_starts = [sent.start_char for sent in self.sentences]
        self.persons: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self._starts: list[int] = []
        self.pronouns: dict[int, tuple[str | None, str]] = {}
        self._collect(doc)

    # -- building -------------------------------------------------------------------------

    def _collect(self, doc: Doc) -> None:
        spans: dict[tuple[int, int], str | None] = {}
        entities: list[Entity] = getattr(doc._, "reader_entities", None) or []
        for entity in entities:
            if entity.label == "PERSON":
                for start, end in entity.mentions:
                    spans[(start, end)] = entity.id
        covered = sorted(spans)
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not _overlaps(covered, ent.start_char, ent.end_char):
                spans[(ent.start_char, ent.end_char)] = None
        for span in self._names_missed(list(spans)):
            spans.setdefault(span, None)
        raw = sorted(spans.items())
        full_names = self._full_names(raw)
        by_entity = {e.id: e for e in entities}
        # First pass: genders of the full names, so "Mr. Roe" can pick the right Roe.
        drafts = []
        for (start, end), entity_id in raw:
            words = name_words(self.text[start:end])
            span = doc.char_span(start, end, alignment_mode="expand")
            if not words or span is None:
                continue
            subject = _is_subject(span)
            honorific = _honorific(span)
            key = " ".join(words) if len(words) >= 2 else None
            drafts.append((start, end, entity_id, words, span, subject, honorific, key))
        full_gender: dict[str, dict[str, float]] = defaultdict(lambda: {"m": 0.0, "f": 0.0})
        for _, _, _, _, span, _, honorific, key in drafts:
            if key and honorific:
                full_gender[key][honorific] += 3
            if key:
                for word in _descriptor_words(span, span.root):
                    if word in MALE_NOUNS:
                        full_gender[key]["m"] += 2
                    elif word in FEMALE_NOUNS:
                        full_gender[key]["f"] += 2
        draft_mentions = [
            Mention(start, end, key, self.sentence_of(start), subject)
            for start, end, _, _, _, subject, _, key in drafts
            if key
        ]
        for name, gender, weight in self._pronoun_votes(draft_mentions):
            full_gender[name][gender] += weight
        last_by_word: dict[str, str] = {}
        for start, end, entity_id, words, span, subject, honorific, _ in drafts:
            entity = by_entity.get(entity_id)
            name = self._canonical(words, start, full_names, entity, honorific, full_gender)
            recent = last_by_word.get(words[0].lower()) if len(words) == 1 else None
            if recent is not None and not honorific:
                # "Roe" after "Mr. Roe" is the Roe last referred to, not the last full one.
                name = recent
            for word in name.split() + words:
                last_by_word[word.lower()] = name
            person = self.persons.get(name)
            if person is None:
                person = self.persons[name] = Person(name, entity_id, first_seen=start)
            person.entity_id = person.entity_id or entity_id
            self.mentions.append(
                Mention(start, end, name, self.sentence_of(start), subject, entity_id)
            )
            if not self.in_quote(start):
                if honorific:
                    person.votes[honorific] += 3
                self._learn_from_span(person, span)
        self._starts = [m.start for m in self.mentions]
        for name, gender, weight in self._pronoun_votes(self.mentions):
            self.persons[name].votes[gender] += weight
        self._learn_roles_from_ledes()
        self._chain_pronouns()
        self._by_word: dict[str, set[str]] = defaultdict(set)
        self._by_descriptor: dict[str, set[str]] = defaultdict(set)
        for person in self.persons.values():
            for word in person.name.split():
                self._by_word[word.lower()].add(person.name)
            for word in person.descriptors:
                self._by_descriptor[word].add(person.name)

    def _names_missed(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Full names NER missed, for people it found by surname only.

        "Deputy Director of Public Prosecution Eva-Marie Persson took …" then "Ms Persson
        said": the surname, outside quotes, right after one capitalised given name (hyphened
        or not) that is not a title or an ordinary noun, is the fuller "Eva-Marie Persson".
        """
        single = {}
        multi = set()
        for start, end in spans:
            words = name_words(self.text[start:end])
            if len(words) == 1 and words[0][:1].isupper():
                single[words[0]] = start
            elif len(words) >= 2:
                multi.add(words[-1])
        wanted = set(single) - multi
        if not wanted:
            return []
        found = []
        for index in token_indexes(self.doc, "ORTH", wanted):
            token = self.doc[index]
            if token.text not in wanted or token.pos_ != "PROPN" or self.in_quote(token.idx):
                continue
            first = _given_name_start(token)
            if first is not None:
                found.append((first.idx, token.idx + len(token)))
                wanted.discard(token.text)
        return found

    def _full_names(self, raw) -> dict[str, dict[tuple[str, ...], list[int]]]:
        """Names of two words or more, by each of their lower-cased words, with positions."""
        index: dict[str, dict[tuple[str, ...], list[int]]] = defaultdict(dict)
        for (start, end), _ in raw:
            words = tuple(name_words(self.text[start:end]))
            if 2 <= len(words) <= 4 and _plausible_name(words) and not self._in_headline(start):
                # A name said inside a quote is a weaker antecedent for a bare surname.
                outside = not self.in_quote(start)
                for word in {w.lower() for w in words}:
                    positions = index[word].setdefault(words, [])
                    if outside:
                        positions.append(start)
        return index

    def _in_headline(self, start: int) -> bool:
        """Is the name inside a Title Case line, where NER glues words onto names?"""
        text = self.text
        window = max(0, start - 120)
        newline = text.rfind("\n", window, start)
        line_start = newline + 1 if newline >= 0 else window
        line_end = text.find("\n", start, start + 120)
        words = text[line_start : line_end if line_end >= 0 else start + 120].split()
        content = [w for w in words if w[:1].isalpha() and len(w) > 3]
        return len(content) >= 3 and all(w[:1].isupper() for w in content)

    def _canonical(
        self, words, start, full_names, entity: Entity | None, honorific, genders
    ) -> str:
        lower = [w.lower() for w in words]
        best: tuple[tuple, tuple[str, ...]] | None = None
        for full, positions in full_names.get(lower[-1], {}).items():
            full_lower = [w.lower() for w in full]
            if len(full) <= len(words) or not set(lower) <= set(full_lower):
                continue
            gender = _gender_of(genders.get(" ".join(full)))
            if honorific and gender not in (None, honorific):
                continue
            # "Roe" alone names a Roe better than "Jane" alone does.
            surname = lower[-1] == full_lower[-1]
            # Prefer the fullest name mentioned most recently before this mention.
            outside = positions or [len(self.text)]
            i = bisect.bisect_right(outside, start)
            before = i > 0
            seen_at = outside[i - 1] if before else -outside[0]
            key = (surname, bool(honorific) and gender == honorific, before, seen_at)
            if best is None or key > best[0]:
                best = (key, full)
        if best is not None:
            return " ".join(best[1])
        return " ".join(words)

    def _learn_from_span(self, person: Person, span: Span) -> None:
        root = span.root
        for word in _descriptor_words(span, root):
            person.descriptors.add(word)
            if word in MALE_NOUNS:
                person.votes["m"] += 2
            elif word in FEMALE_NOUNS:
                person.votes["f"] += 2

    def _learn_roles_from_ledes(self) -> None:
        """ "The Prime Minister has said …. Jane Roe told MPs …": a sentence led by a role
        noun, followed at once by one led by a named person, gives that person the role.

        Only when no one in the article holds the role yet (by title or appositive), so the
        news convention of a role-led first line does not override what the article says.
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
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
                continue
            word = token.lower_.rstrip(".")
            words = set(ROLE_EXPANSIONS.get(word, (word,)))
            if not words <= TITLE_WORDS or words <= held:
                continue
            named = first_subject.get(self.sentence_of(token.idx) + 1)
            if named is None:
                continue
            modifiers = {
                t.lower_ for t in token.lefts if t.dep_ in {"amod", "compound"} and t.is_alpha
            }
            self.persons[named.name].descriptors.update(words | modifiers)

    def _pronoun_votes(self, mentions: list[Mention]):
        """he/she after a person who is the only one named in a sentence, and its subject.

        Counts the pronouns later in that sentence, and a he/she opening the next sentence
        when that one names nobody. Yields (name, gender, weight).
        """
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for mention in mentions:
            if not self.in_quote(mention.start):
                by_sentence[mention.sentence].append(mention)
        sentences = self.sentences
        own_clause = token_indexes(self.doc, "LOWER", _OWN_CLAUSE)
        for index, found in by_sentence.items():
            if len({m.name for m in found}) != 1 or not any(m.subject for m in found):
                continue
            name = found[0].name
            subject = next(m for m in found if m.subject)
            span = self.doc.char_span(subject.start, subject.end, alignment_mode="expand")
            verb = _clause_head(span.root) if span is not None else None
            sentence = sentences[index]
            own = _between(own_clause, sentence.start, sentence.end) if verb is not None else []
            for i in own:
                token = self.doc[i]
                if token.idx < subject.end or self.in_quote(token.idx):
                    continue
                # "Doe changed his mind", "Roe defended herself": same clause only.
                owner = token.head.head if token.dep_ == "poss" else token.head
                if owner == verb:
                    gender = _pronoun_gender(token)
                    if gender:
                        yield name, gender, 0.5
            if index + 1 < len(sentences) and not by_sentence.get(index + 1):
                first = sentences[index + 1][0]
                gender = _pronoun_gender(first) if first.lower_ in {"he", "she"} else None
                if gender:
                    yield name, gender, 1.0

    # -- look-ups -------------------------------------------------------------------------

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The person mention overlapping [start, end), if any."""
        i = bisect.bisect_right(self._starts, end) - 1
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
        mention = Mention(start, end, name, self.sentence_of(start), True)
        i = bisect.bisect_left(self._starts, start)
        self.mentions.insert(i, mention)
        self._starts.insert(i, start)

    def vote(self, name: str, gender: str, weight: float = 0.5) -> None:
        if name in self.persons:
            self.persons[name].votes[gender] += weight

    def _chain_pronouns(self) -> None:
        """Resolve every subject he/she outside quotes, in order, each one a new mention.

        So "Doe spoke. He asked voters … Roe …. '…,' he said." follows Doe through
        the "He" rather than jumping to the nearer Roe.
        """
        chain: list[Mention] = []
        chain_starts: list[int] = []
        for index in token_indexes(self.doc, "LOWER", ["he", "she"]):
            token = self.doc[index]
            word = token.lower_
            if token.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if self.in_quote(token.idx):
                continue
            found = self._resolve(token, chain, chain_starts)
            self.pronouns[token.i] = found
            if found[0] is not None:
                chain.append(
                    Mention(
                        token.idx,
                        token.idx + len(token),
                        found[0],
                        self.sentence_of(token.idx),
                        True,
                    )
                )
                chain_starts.append(token.idx)
                self.persons[found[0]].votes["m" if word == "he" else "f"] += 0.5
        if chain:
            self.mentions = sorted(self.mentions + chain, key=lambda m: m.start)
            self._starts = [m.start for m in self.mentions]

    def resolve_pronoun(self, token: Token) -> tuple[str | None, str]:
        """The person a he/she at ``token`` refers to, and a short reason."""
        if token.i in self.pronouns:
            return self.pronouns[token.i]
        return self._resolve(token, [], [])

    def _resolve(
        self, token: Token, chain: list[Mention], chain_starts: list[int]
    ) -> tuple[str | None, str]:
        """Candidates are the people named (or he/she-resolved) outside quotes in the last
        few sentences whose gender does not clash. A subject beats an object, a person known
        to have that gender beats one of unknown gender, nearer sentences beat farther ones.
        """
        gender = "m" if token.lower_ in MALE_PRONOUNS else "f"
        here = self.sentence_of(token.idx)
        best: tuple[tuple, Mention] | None = None
        for mentions, starts in ((self.mentions, self._starts), (chain, chain_starts)):
            i = bisect.bisect_left(starts, token.idx) - 1
            while i >= 0:
                mention = mentions[i]
                i -= 1
                distance = here - mention.sentence
                if distance > BACK_SENTENCES:
                    break
                if self.in_quote(mention.start):
                    continue
                person = self.persons[mention.name]
                if person.gender not in (None, gender):
                    continue
                known = person.gender == gender
                score = 0.75 * known + 1.0 * mention.subject - 1.0 * distance
                key = (score, mention.start)
                if best is None or key > best[0]:
                    best = (key, mention)
        if best is None:
            return None, f"'{token.text}' → nobody it can refer to"
        person = self.persons[best[1].name]
        which = "man" if gender == "m" else "woman"
        how = "last named " + (which if person.gender == gender else "person")
        if best[1].subject:
            how += ", subject"
        return person.name, f"'{token.text}' → {person.name} ({how})"

    def last_subject(self, start: int, end: int) -> Mention | None:
        """The last person (named or he/she) who is a subject in [start, end), if the last
        sentence there has one."""
        i = bisect.bisect_left(self._starts, end) - 1
        last_sentence = self.sentence_of(max(start, end - 1))
        while i >= 0 and self.mentions[i].start >= start:
            mention = self.mentions[i]
            if mention.sentence < last_sentence:
                return None
            if mention.subject and not self.in_quote(mention.start):
                return mention
            i -= 1
        return None

    def recent_subject(self, at: int, reach: int, exclude: set[str]) -> str | None:
        """The person last a subject outside quotes within ``reach`` sentences before ``at``,
        unless their name has one of the ``exclude`` words ("Roe's aide" is not Roe)."""
        here = self.sentence_of(at)
        i = bisect.bisect_left(self._starts, at) - 1
        while i >= 0 and here - self.mentions[i].sentence <= reach:
            mention = self.mentions[i]
            i -= 1
            if not mention.subject or self.in_quote(mention.start):
                continue
            if {w.lower() for w in mention.name.split()} & exclude:
                return None
            return mention.name
        return None

    def known_person(self, word: str) -> str | None:
        """The person whose name has this word (their surname, most often), if only one."""
        names = self._by_word.get(word.lower(), set())
        return next(iter(names)) if len(names) == 1 else None

    def resolve_role(self, head: Token, modifiers: list[str], at: int) -> str | None:
        """A role noun ("the PM", "the Russian leader") → the person the article gave that title."""
        word = head.lower_.rstrip(".")
        heads = {word}
        if word in ROLE_EXPANSIONS:
            heads = set(ROLE_EXPANSIONS[word])
        generic = GENERIC_HEADS.get(word) or set()
        names = set().union(*(self._by_descriptor.get(w, ()) for w in heads | generic))
        best = None
        for name in names:
            person = self.persons[name]
            words = person.descriptors
            if not words:
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
                person.first_seen <= at,
                -abs(at - person.first_seen),
                person.name,
            )
            if best is None or key > best[0]:
                best = (key, person.name)
        return best[1] if best else None

    def entity_id(self, name: str | None) -> str | None:
        person = self.persons.get(name or "")
        return person.entity_id if person else None


def _verb_like(word: str, index: int, count: int) -> bool:
    """A reporting verb, or a past tense in the middle ("Jane Doe Thanked John Roe")."""
    lower = word.lower()
    return lower in VERB_FORMS or (index < count - 1 and len(lower) >= 5 and lower.endswith("ed"))


_NOUN_ENDINGS = ("tion", "sion", "ment", "ity", "ness", "ance", "ence", "ship", "ism", "ure")


def _given_name_start(surname: Token) -> Token | None:
    """The first token of the given name right before ``surname`` ("Eva" of "Eva-Marie")."""
    doc = surname.doc
    i = surname.i - 1
    if i < 0 or doc[i].whitespace_ == "":
        return None
    last = doc[i]
    first = last
    # "Eva-Marie": capitalised pieces joined by hyphens with no spaces.
    while (
        first.i >= 2
        and doc[first.i - 1].text == "-"
        and not doc[first.i - 1].whitespace_
        and not doc[first.i - 2].whitespace_
        and doc[first.i - 2].is_alpha
        and doc[first.i - 2].is_title
    ):
        first = doc[first.i - 2]
    for piece in doc[first.i : last.i + 1]:
        if piece.text == "-":
            continue
        word = piece.lower_
        if not (piece.is_alpha and piece.is_title and piece.pos_ == "PROPN"):
            return None
        if piece.tag_ == "NNPS" or word in TITLE_WORDS or word.endswith(_NOUN_ENDINGS):
            return None
        if piece.ent_type_ not in {"", "PERSON"}:
            return None
        if piece.is_sent_start:
            return None  # a capitalised first word says nothing
    return first


def _plausible_name(words) -> bool:
    """Title Case headlines make NER read "Jane Roe Blasts Doe" as one name."""
    return all(w[:1].isupper() and w.lower() not in VERB_FORMS for w in words)


_OWN_CLAUSE = {"his", "her", "himself", "herself"}


def _between(indexes: list[int], start: int, end: int) -> list[int]:
    """The sorted ``indexes`` from ``start`` (included) to ``end`` (excluded)."""
    return indexes[bisect.bisect_left(indexes, start) : bisect.bisect_left(indexes, end)]


def _clause_head(token: Token) -> Token:
    while token.dep_ in {"compound", "flat", "appos"} and token.head is not token:
        token = token.head
    return token.head


def _pronoun_gender(token: Token) -> str | None:
    if token.lower_ in MALE_PRONOUNS:
        return "m"
    if token.lower_ in FEMALE_PRONOUNS:
        return "f"
    return None


def _gender_of(votes: dict[str, float] | None) -> str | None:
    """A clear majority of the evidence, or unknown."""
    if not votes:
        return None
    male, female = votes["m"], votes["f"]
    if male >= 2 * female + GENDER_MARGIN:
        return "m"
    if female >= 2 * male + GENDER_MARGIN:
        return "f"
    return None


def _honorific(span: Span) -> str | None:
    """ "Mr." / "Mrs." / "Ms." just before or at the start of a name."""
    doc = span.doc
    for token in (doc[span.start - 1] if span.start > 0 else None, span[0]):
        word = token.lower_.rstrip(".") if token is not None else ""
        if word in MALE_HONORIFICS:
            return "m"
        if word in FEMALE_HONORIFICS:
            return "f"
    return None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (end, end)) - 1
    while i >= 0 and spans[i][1] > start - 200:
        if spans[i][0] < end and spans[i][1] > start:
            return True
        i -= 1
    return False


def _is_subject(span: Span) -> bool:
    root = span.root
    while root.dep_ in {"compound", "flat", "appos"} and root.head is not root:
        root = root.head
    return root.dep_ in {"nsubj", "nsubjpass"}


def _descriptor_words(span: Span, root: Token) -> set[str]:
    """Title words attached to a name: "Labour leader Jane Roe", "X, the PM,"."""
    words: set[str] = set()
    for child in root.lefts:
        if child.i < span.start and child.dep_ in _DESCRIPTOR_DEPS | {"det"}:
            words.update(_words(child.subtree))
    for token in span:
        if token.lower_.rstrip(".") in TITLE_WORDS:
            words.add(token.lower_.rstrip("."))
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            words.update(_words(t for t in child.subtree if t.i <= child.i))
    if root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN":
        head = root.head
        words.update(_words(t for t in head.subtree if t.i <= head.i))
    for key, expansion in ROLE_EXPANSIONS.items():
        if key in words:
            words.update(expansion)
    return words


def _words(tokens) -> set[str]:
    out = set()
    for token in tokens:
        word = token.lower_.rstrip(".")
        if word in _SKIP_DESCRIPTORS or not word.replace("-", "").isalpha():
            continue
        out.add(word)
    return out
