"""The person mentions of an article, and the fullest name each one stands for.

Mentions come from the entity groups plus spaCy's own PERSON spans, plus full names NER
missed for people it found by surname only. A surname alone ("Roe", "Mr. Roe") is given the
fullest name it is part of, preferring the one mentioned most recently before it and, with an
honorific, the one of that gender.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from reader.model import Entity
from reader.nlp.quotes.cue import is_cue_verb
from reader.nlp.quotes.gender import gender_of, honorific
from reader.nlp.quotes.lexicon import SUBJECT_DEPS
from reader.nlp.quotes.names import given_name_start, in_headline, name_words, plausible_name
from reader.nlp.quotes.person_words import TITLE_WORDS
from reader.nlp.quotes.phrases import name_top
from reader.nlp.quotes.roles import person_noun
from reader.nlp.token_lookup import token_indexes

_WORDS = re.compile(r"[^\W\d_]+")
FullNames = dict[str, dict[tuple[str, ...], list[int]]]
"""Names of two words or more, by each of their lower-cased words, with positions."""


@dataclass
class Mention:
    start: int
    end: int
    name: str
    sentence: int
    subject: bool
    entity_id: str | None = None
    main: bool = False
    """The subject of its sentence's main clause, not of a clause inside it."""
    gender: str | None = None
    """For a person the article does not name (``name`` is ""): "m", "f" or unknown."""


@dataclass
class Person:
    name: str
    entity_id: str | None = None
    votes: dict[str, float] = field(default_factory=lambda: {"m": 0.0, "f": 0.0})
    descriptors: set[str] = field(default_factory=set)
    plain_titles: set[str] = field(default_factory=set)
    """The descriptors given at least once without the body they are of: a title given only as
    the head of a named body ("Jo Roe, president of the Harbour Trust") is that body's, not
    the article's "the president"."""
    first_seen: int = 0
    generic_male: float = 0.0
    """The part of the "m" votes from role nouns news gives women too ("spokesman")."""

    @property
    def gender(self) -> str | None:
        return gender_of(self.votes)


@dataclass
class NameSpan:
    """One PERSON span as written, before the person it names is known."""

    start: int
    end: int
    entity_id: str | None
    words: list[str]
    span: Span
    subject: bool
    honorific: str | None
    full: str | None
    """The name itself when it has two words or more ("Jane Roe"), else None."""
    main: bool


def person_spans(
    doc: Doc, text: str, entities: list[Entity], in_quote: Callable[[int], bool]
) -> list[tuple[tuple[int, int], str | None]]:
    """Every PERSON span, sorted, with its entity group's id when it has one."""
    spans: dict[tuple[int, int], str | None] = {}
    for entity in entities:
        if entity.label == "PERSON":
            for start, end in entity.mentions:
                spans[(start, end)] = entity.id
    covered = sorted(spans)
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not _overlaps(covered, ent.start_char, ent.end_char):
            spans[(ent.start_char, ent.end_char)] = None
    for span in _names_missed(doc, text, list(spans), in_quote):
        spans.setdefault(span, None)
    covered = sorted(spans)
    for start, end in _speakers_missed(doc, in_quote):
        if not _overlaps(covered, start, end):
            spans[(start, end)] = None
    return sorted(
        (span, entity)
        for span, entity in spans.items()
        if not _described(text, span) and not _title_only(text, span)
    )


def _title_only(text: str, span: tuple[int, int]) -> bool:
    """ "PM", "Prime Minister": a title NER took for a name."""
    return all(word.lower() in TITLE_WORDS for word in _WORDS.findall(text[span[0] : span[1]]))


def _described(text: str, span: tuple[int, int]) -> bool:
    """ "the Scot", "the Russian President": after "the", one capitalised word, or words ending
    in a title, describe someone; they are no name."""
    start, end = span
    if text[max(0, start - 4) : start].lower() != "the ":
        return False
    words = _WORDS.findall(text[start:end])
    return len(words) == 1 or (bool(words) and words[-1].lower() in TITLE_WORDS)


def name_spans(doc: Doc, text: str, raw) -> list[NameSpan]:
    found = []
    for (start, end), entity_id in raw:
        words = name_words(text[start:end])
        span = doc.char_span(start, end, alignment_mode="expand")
        if not words or span is None:
            continue
        full = " ".join(words) if len(words) >= 2 else None
        heads = not _modifies_a_name(span)
        subject, main = heads and is_subject(span), heads and is_main_subject(span.root)
        found.append(
            NameSpan(start, end, entity_id, words, span, subject, honorific(span), full, main)
        )
    return found


def _names_missed(
    doc: Doc, text: str, spans: list[tuple[int, int]], in_quote: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """Full names NER missed, for people it found by surname only.

    "Deputy Director of Public Prosecution Eva-Marie Persson took …" then "Ms Persson
    said": the surname, outside quotes, right after one capitalised given name (hyphened
    or not) that is not a title or an ordinary noun, is the fuller "Eva-Marie Persson".
    """
    single = {}
    multi = set()
    for start, end in spans:
        words = name_words(text[start:end])
        if len(words) == 1 and words[0][:1].isupper():
            single[words[0]] = start
        elif len(words) >= 2:
            multi.add(words[-1])
    wanted = set(single) - multi
    if not wanted:
        return []
    found = []
    for index in token_indexes(doc, "ORTH", wanted):
        token = doc[index]
        if token.text not in wanted or token.pos_ != "PROPN" or in_quote(token.idx):
            continue
        first = given_name_start(token)
        if first is not None:
            found.append((first.idx, token.idx + len(token)))
            wanted.discard(token.text)
    return found


def _speakers_missed(doc: Doc, in_quote: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Names NER missed of people who speak: "Jane Roe, a trade professor, said".

    The subject of a reporting verb, outside quotes, a proper name of two words or more that
    an appositive describes as a person. Found here, it is a person from the start, so a
    "he said" after the quote can refer to them (the speaker the cue names is known only later).
    """
    found = []
    for index in token_indexes(doc, "DEP", ["nsubj"]):
        token = doc[index]
        if token.pos_ != "PROPN" or in_quote(token.idx) or not is_cue_verb(token.head):
            continue
        if not any(c.dep_ == "appos" and person_noun(c) for c in token.rights):
            continue
        words = [c for c in token.lefts if c.dep_ == "compound"] + [token]
        if (
            len(words) >= 2
            and words[-1].i - words[0].i == len(words) - 1
            and all(_name_word(word) for word in words)
            and token.ent_type_ in {"", "PERSON"}
        ):
            found.append((words[0].idx, token.idx + len(token)))
    return found


def _name_word(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and token.is_title
        and token.tag_ != "NNPS"
        and token.lower_ not in TITLE_WORDS
    )


def full_names(text: str, raw, in_quote: Callable[[int], bool]) -> FullNames:
    """Names of two words or more, by each of their lower-cased words, with positions."""
    index: FullNames = defaultdict(dict)
    for (start, end), _ in raw:
        words = tuple(name_words(text[start:end]))
        if 2 <= len(words) <= 4 and plausible_name(words) and not in_headline(text, start):
            # A name said inside a quote is a weaker antecedent for a bare surname.
            outside = not in_quote(start)
            for word in {w.lower() for w in words}:
                positions = index[word].setdefault(words, [])
                if outside:
                    positions.append(start)
    return index


def canonical(
    words: list[str],
    start: int,
    text_length: int,
    full: FullNames,
    honorific: str | None,
    genders: dict[str, dict[str, float]],
    usual: str | None = None,
) -> str:
    """The fullest name ``words`` at ``start`` is part of, or the words themselves.

    ``usual`` is the gender of the honorific the article gives this surname ("Mr. Roe"): a
    bare "Roe" is not a Roe of the other sex ("President Roe" is not "Jane Roe" when the
    article writes "Mr. Roe" throughout).
    """
    lower = [w.lower() for w in words]
    best: tuple[tuple, tuple[str, ...]] | None = None
    for name, positions in full.get(lower[-1], {}).items():
        full_lower = [w.lower() for w in name]
        if len(name) <= len(words) or not set(lower) <= set(full_lower):
            continue
        gender = gender_of(genders.get(" ".join(name)))
        wanted = honorific or usual
        if wanted and gender not in (None, wanted):
            continue
        # "Roe" alone names a Roe better than "Jane" alone does.
        surname = lower[-1] == full_lower[-1]
        # Prefer the fullest name mentioned most recently before this mention.
        outside = positions or [text_length]
        i = bisect.bisect_right(outside, start)
        before = i > 0
        seen_at = outside[i - 1] if before else -outside[0]
        key = (surname, bool(honorific) and gender == honorific, before, seen_at)
        if best is None or key > best[0]:
            best = (key, name)
    if best is not None:
        return " ".join(best[1])
    return " ".join(words)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (end, end)) - 1
    while i >= 0 and spans[i][1] > start - 200:
        if spans[i][0] < end and spans[i][1] > start:
            return True
        i -= 1
    return False


def _modifies_a_name(span: Span) -> bool:
    """ "Roe adviser Kwame Osei", "Roe chief of staff Kwame Osei", "Kwame Osei, a Roe
    supporter": Roe only describes the adviser, who is named, and who is the subject."""
    token, through_noun = span.root, False
    if _misparsed_description(token):
        return True
    while token.dep_ in {"compound", "nmod", "amod", "appos"} and token.head.i != token.i:
        if token.dep_ == "appos" and not through_noun:
            return False
        token = token.head
        if token.pos_ == "NOUN":
            through_noun = True
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.rights):
                return True
        elif through_noun and token.pos_ == "PROPN" and token.i not in range(span.start, span.end):
            return True
    return False


def _misparsed_description(token: Token) -> bool:
    """ "Jo Roe (Ohio), a delegate backing Vail, said": the parse sets the last name, with
    the description's lower-case words hung on it, in apposition to the subject's name."""
    return (
        token.dep_ == "appos"
        and token.head.pos_ == "PROPN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.lefts)
        and any(c.dep_ in {"amod", "compound"} and c.is_lower for c in token.lefts)
    )


def _in_the_subject(token: Token) -> Token:
    """The name's place in its clause: that of the first of names joined by "and" ("Roe and
    Doe spoke"); for the one named as an example of a plural subject ("Some critics, like Jo
    Roe, said …", "including", "such as"), the subject's."""
    top = name_top(token)
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    marker = top.head
    if top.dep_ != "pobj" or marker.head.tag_ not in {"NNS", "NNPS"}:
        return top
    if marker.lower_ in {"like", "including"} or (
        marker.lower_ == "as" and any(c.lower_ == "such" for c in marker.children)
    ):
        return marker.head
    return top


def is_subject(span: Span) -> bool:
    top = _in_the_subject(span.root)
    return top.dep_ in SUBJECT_DEPS or _glued_to_an_aside(top)


def _glued_to_an_aside(top: Token) -> bool:
    """ "Gov. Jo Roe — who is seen as the favourite for the top job — made the port her goal":
    the parse makes the name the sentence's root and hangs its verb, with no subject of its
    own, on the relative clause or on the name ("Jo Roe, who won, and who …" is a fragment)."""
    if top.dep_ != "ROOT":
        return False
    for aside in (c for c in top.children if c.dep_ == "relcl"):
        glued = [v for v in aside.children if v.dep_ == "conj"] + [
            v for v in top.children if v.dep_ in {"acl", "relcl"} and v.i > aside.right_edge.i
        ]
        if any(_verb_without_subject(v) for v in glued):
            return True
    return False


def _verb_without_subject(verb: Token) -> bool:
    return verb.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def is_main_subject(token: Token) -> bool:
    """Is the token (at the head of its name) the subject of its sentence's main clause?"""
    token = _in_the_subject(token)
    if _glued_to_an_aside(token):
        return True
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
