"""What the article itself says about a person's gender, and the titles it gives them.

Never a list of first names: an honorific (Mr, Mrs, Ms, Sir, Dame), a gendered role noun in an
appositive ("the spokeswoman"), he/she pronouns in sentences that mention one person only, and
the his/her of a role given to the second of two people named ("Jo Roe and her deputy X").
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from reader.nlp.quotes.lexicon import SUBJECT_DEPS
from reader.nlp.quotes.person_words import (
    FEMALE_HONORIFICS,
    FEMALE_NOUNS,
    FEMALE_PRONOUNS,
    GENERIC_MASCULINE,
    HONORIFICS,
    MALE_HONORIFICS,
    MALE_NOUNS,
    MALE_PRONOUNS,
    ROLE_EXPANSIONS,
    TITLE_WORDS,
)
from reader.nlp.quotes.phrases import name_top
from reader.nlp.token_lookup import token_indexes

if TYPE_CHECKING:
    from reader.nlp.quotes.mentions import Mention

GENDER_MARGIN = 0.5
"""How much clearer than the other side the gender evidence must be."""
_DESCRIPTOR_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod"}
_SKIP_DESCRIPTORS = {"the", "a", "an", "of", "and", "'s", "’s", "current", "then"}
_OWN_CLAUSE = {"his", "her", "himself", "herself"}


def gender_of(votes: dict[str, float] | None) -> str | None:
    """A clear majority of the evidence, or unknown."""
    if not votes:
        return None
    male, female = votes["m"], votes["f"]
    if male >= 2 * female + GENDER_MARGIN:
        return "m"
    if female >= 2 * male + GENDER_MARGIN:
        return "f"
    return None


def honorific(span: Span) -> str | None:
    """ "Mr." / "Mrs." / "Ms." just before or at the start of a name."""
    doc = span.doc
    for token in (doc[span.start - 1] if span.start > 0 else None, span[0]):
        word = token.lower_.rstrip(".") if token is not None else ""
        if word in MALE_HONORIFICS:
            return "m"
        if word in FEMALE_HONORIFICS:
            return "f"
    return None


def pronoun_gender(token: Token) -> str | None:
    if token.lower_ in MALE_PRONOUNS:
        return "m"
    if token.lower_ in FEMALE_PRONOUNS:
        return "f"
    return None


def noun_gender(word: str) -> str | None:
    """ "the father" is a man and "the widow" a woman; "the spokesman" may be either."""
    if word in FEMALE_NOUNS:
        return "f"
    if word in MALE_NOUNS and word not in GENERIC_MASCULINE:
        return "m"
    return None


def descriptor_words(span: Span, root: Token) -> set[str]:
    """Title words attached to a name: "Labour leader Jane Roe", "X, the PM,"."""
    words: set[str] = set()
    # the parse may hang the title on the first name rather than on the last ("MP Jo Roe")
    for child in (c for token in span for c in token.lefts):
        if child.i < span.start and child.dep_ in _DESCRIPTOR_DEPS | {"det"}:
            words.update(_words(child.subtree))
    for token in span:
        if token.lower_.rstrip(".") in TITLE_WORDS:
            words.add(token.lower_.rstrip("."))
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            words.update(_words(t for t in child.subtree if t.i <= child.i))
    head_is_title = root.head.pos_ == "NOUN" or (
        root.head.pos_ == "PROPN" and root.head.ent_type_ != "PERSON"
    )
    if root.dep_ == "appos" and root.head.i < span.start and head_is_title:
        head = root.head
        words.update(_words(t for t in head.subtree if t.i <= head.i))
    for key, expansion in ROLE_EXPANSIONS.items():
        if key in words:
            words.update(expansion)
    return words


def titles_of_bodies(span: Span, root: Token) -> set[str]:
    """Title words set beside a name with the body they are of: "Jo Roe, president of the
    Harbour Trust", "the chair of the harbour board, Jo Roe"."""
    titles = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        titles.append(root.head)
    return {
        title.lower_
        for title in titles
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in title.rights)
    }


def _words(tokens) -> set[str]:
    out = set()
    for token in tokens:
        word = token.lower_.rstrip(".")
        if word in _SKIP_DESCRIPTORS or not word.replace("-", "").isalpha():
            continue
        out.add(word)
    return out


def pronoun_votes(
    doc: Doc,
    sentences: list[Span],
    mentions: list[Mention],
    in_quote: Callable[[int], bool],
) -> Iterator[tuple[str, str, float]]:
    """he/she after a person who is the only one named in a sentence, and its subject; and
    "her deputy X" after another person named (``_possessed_role_votes``).

    Counts the pronouns later in that sentence, and a he/she opening the next sentence
    when that one names nobody. Yields (name, gender, weight).
    """
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if not in_quote(mention.start):
            by_sentence[mention.sentence].append(mention)
    own_clause = token_indexes(doc, "LOWER", _OWN_CLAUSE)
    before: Mention | None = None  # the last person named outside quotes before the sentence
    for index, found in by_sentence.items():
        recent = before if before is not None and index - before.sentence <= 2 else None
        yield from _possessed_role_votes(doc, found, in_quote, recent)
        before = max(found, key=lambda m: m.start)
        if len({m.name for m in found}) != 1 or not any(m.subject for m in found):
            continue
        name = found[0].name
        subject = next(m for m in found if m.subject)
        span = doc.char_span(subject.start, subject.end, alignment_mode="expand")
        verb = _clause_head(span.root) if span is not None else None
        sentence = sentences[index]
        own = _between(own_clause, sentence.start, sentence.end) if verb is not None else []
        for i in own:
            token = doc[i]
            if token.idx < subject.end or in_quote(token.idx):
                continue
            if token.lower_ == "her" and token.dep_ != "poss":
                continue  # "Roe gave her the ring": someone else
            # "Doe changed his mind", "Roe defended herself": same clause only.
            owner = token.head.head if token.dep_ == "poss" else token.head
            if owner == verb:
                gender = pronoun_gender(token)
                if gender:
                    yield name, gender, 0.5
        # "They took the ring Roe gave her. She said …": the next sentence's he/she is about
        # the sentence's own subject, who may not be the one named
        leads = subject.main and _leads(verb, sentence)
        if leads and index + 1 < len(sentences) and not by_sentence.get(index + 1):
            first = sentences[index + 1][0]
            gender = pronoun_gender(first) if is_pronoun(first) else None
            if gender:
                yield name, gender, 1.0


def _possessed_role_votes(
    doc: Doc, found: list[Mention], in_quote: Callable[[int], bool], before: Mention | None
) -> Iterator[tuple[str, str, float]]:
    """ "Jo Roe and her deputy Tom Vail", "Jo Roe joined his deputy, Tom Vail": the his/her
    of a role given to the second of two people named is the first one's, never his own; so
    is that of a role given to the one person a sentence names ("Tom Vail, her deputy,"),
    when ``before`` names another just before."""
    names = sorted(found, key=lambda m: m.start)
    if len({m.name for m in names}) == 1 and before is not None and before.name != names[0].name:
        names = [before, *names]
    if len({m.name for m in names}) != 2:
        return
    first, second = names[0], next(m for m in names if m.name != names[0].name)
    span = doc.char_span(second.start, second.end, alignment_mode="expand")
    if span is None or first.end > second.start:
        return
    root = span.root
    roles = [c for c in root.children if c.dep_ in {"appos", "compound", "amod"}]
    for role in (root.head, *roles):
        if role.pos_ not in {"NOUN", "ADJ"} or role.i == root.i:  # "Her rival" read as ADJ
            continue
        owner = next((c for c in role.children if c.dep_ == "poss"), None)
        gender = pronoun_gender(owner) if owner is not None else None
        # "Jo Roe and her deputy Tom Vail", "Jo Roe … Tom Vail, her deputy,"
        if gender and first.end <= owner.idx and not in_quote(owner.idx):
            yield first.name, gender, 0.5
            return


def _between(indexes: list[int], start: int, end: int) -> list[int]:
    """The sorted ``indexes`` from ``start`` (included) to ``end`` (excluded)."""
    return indexes[bisect.bisect_left(indexes, start) : bisect.bisect_left(indexes, end)]


def _leads(verb: Token | None, sentence: Span) -> bool:
    """Is the name the subject of the sentence's root, or the root subject-less?"""
    root = sentence.root
    return verb == root or not any(c.dep_ in SUBJECT_DEPS for c in root.children)


def _clause_head(token: Token) -> Token:
    return name_top(token).head


def is_pronoun(token: Token) -> bool:
    """A he/she that is a pronoun, not a surname ("He Jianxiong", "Mr He", "said She")."""
    if token.lower_ not in {"he", "she"}:
        return False
    if token.ent_type_ == "PERSON":
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_.rstrip(".") in HONORIFICS:
        return False
    if token.is_title and not token.is_sent_start:
        return False  # "… said Jiang, and She Meiling added"
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return not (following is not None and following.ent_type_ == "PERSON" and following.is_title)
