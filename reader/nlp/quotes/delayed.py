"""Who an indefinite speaker is, when the article names them just after: delayed identification.

"The plan is 'reckless', a campaigner has said." opens many reports; the next sentences name
whom it meant ("The chair of the Harbour Trust, Jane Roe, described the plan as …"). An
indefinite person noun ("a campaigner", "one senior adviser") speaking in the article's first
paragraph after the headline stands for the first person named as the subject of a main clause
in the few sentences after it, if that is where the article first names them. Anywhere else,
"another senior adviser called it '…'" is the person named next whose description repeats the
noun ("Jane Roe - then adviser to the minister - told …"); a spokesman who is never so named
stays unnamed.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from reader.nlp.quotes.mentions import Mention
from reader.nlp.quotes.people import People
from reader.nlp.quotes.person_words import PERSON_NOUNS, TITLE_WORDS
from reader.nlp.quotes.phrases import bisect_token

_INDEFINITE = {"a", "an", "one", "another"}
_PERSON_WORDS = PERSON_NOUNS | TITLE_WORDS
REACH = 4
"""How many sentences after the speaker's the name may come."""
LEDE_LINES = 2
"""The headline and the first paragraph: where a report opens with a speaker it names later."""
DESCRIPTION_SPAN = 10
"""Tokens after a name searched for the speaker's noun, up to the name's verb."""


def in_lede(text: str, offset: int) -> bool:
    """Is ``offset`` in the headline or the first paragraph (``LEDE_LINES`` non-empty lines)?"""
    return sum(1 for line in text[:offset].split("\n")[:-1] if line.strip()) < LEDE_LINES


def named_after(people: People, head: Token) -> str | None:
    """The name an indefinite person noun ``head`` stands for, given just after, or None; in
    the headline, which drops its articles, a bare one too ("…, says harbour boss")."""
    bare = _bare_in_headline(people.text, head)
    kinds = {"NOUN", "PROPN"} if bare else {"NOUN"}  # a headline's capitals: "Mayor defends …"
    if head.pos_ not in kinds or head.tag_ in {"NNS", "NNPS"} or head.lower_ not in _PERSON_WORDS:
        return None
    indefinite = any(c.dep_ in {"det", "nummod"} and c.lower_ in _INDEFINITE for c in head.lefts)
    if not (indefinite or bare):
        return None
    lede = in_lede(people.text, head.idx)
    here = people.sentence_of(head.idx)
    end = people.sentences[here].end_char
    anchors = _anchors(head)
    for mention in people.mentions[bisect.bisect_left(people.starts, end) :]:
        if not mention.name or people.in_quote(mention.start):
            continue
        if mention.sentence - here > REACH:
            return None
        described = _described_as(people, mention.end, {head.lower_})
        if described and not _described_as(people, mention.end, anchors):
            continue  # "an executive at another firm" is not "a Harbour Ferries executive"
        if lede and mention.subject and mention.main and _introduced_after(people, mention, head):
            return mention.name
        if described:
            return mention.name
    return None


def _anchors(head: Token) -> set[str]:
    """The names a person noun is anchored by: "a Harbour Ferries executive" → harbour,
    ferries (an executive of another firm is someone else)."""
    return {
        t.lower_
        for left in head.lefts
        if left.dep_ in {"compound", "nmod", "poss"}
        for t in left.subtree
        if t.pos_ == "PROPN"
    }


def _bare_in_headline(text: str, head: Token) -> bool:
    """A noun with no article or owner on the article's first line ("says harbour boss")."""
    first_line = "\n" not in text[: head.idx].strip()
    return first_line and not any(c.dep_ in {"det", "poss"} for c in head.lefts)


def _introduced_after(people: People, mention: Mention, head: Token) -> bool:
    """Is ``mention`` the first naming of its person, after ``head``? A person the article
    named before "a spokesperson" is not who that indefinite noun introduces."""
    person = people.persons.get(mention.name)
    return person is None or person.first_seen >= head.idx


def _described_as(people: People, offset: int, words: set[str]) -> bool:
    """Does the description right after the name at ``offset`` (before its verb) use all of
    ``words``?"""
    doc = people.doc
    start = bisect_token(doc, offset)
    missing = set(words)
    for token in doc[start : start + DESCRIPTION_SPAN]:
        if token.pos_ == "VERB" or token.is_sent_start:
            break
        missing.discard(token.lower_)
    return not missing
