"""Noun phrases around a speaker's head word: their extent, proper names, appositives, roles.

"the Ohio senator" (a role, anchored by "Ohio"), "a spokeswoman for the firm, Jane Doe" (an
appositive name), "Anna Maria Kowalska" (the run of proper nouns around the head).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from reader.nlp.entities.person_cues import is_particle
from reader.nlp.quotes.lexicon import SPEECH_NOUNS, VERB_FORMS
from reader.nlp.quotes.person_words import (
    GENERIC_HEADS,
    PERSON_NOUNS,
    ROLE_EXPANSIONS,
    TITLE_WORDS,
)
from reader.nlp.words import HYPHENS, TITLES

if TYPE_CHECKING:
    from reader.nlp.quotes.mentions import Mention

DASHES = {"—", "–", "--"}
"""Dashes that set a dateline or an aside off from a phrase ("LEEDS — The mayor …")."""
_DOUBLE_MARKS = {'"', "\u201c", "\u201d", "''", "``", "\u00ab", "\u00bb", "\u201e"}
_PHRASE_DEPS = {"det", "compound", "amod", "poss", "nmod", "nummod", "flat", "case", "quantmod"}


def phrase(head: Token) -> tuple[int, int]:
    first = first_token(head)
    last = head.i
    for child in head.rights:
        if child.dep_ in {"flat", "compound"} and child.i == last + 1:
            last = child.i
    doc = head.doc
    while last + 2 < len(doc) and doc[last + 1].text in HYPHENS and _joined(doc, last):
        last += 2  # "the mother-of-two"
    return doc[first].idx, doc[last].idx + len(doc[last])


def _joined(doc, i: int) -> bool:
    return not (doc[i].whitespace_ or doc[i + 1].whitespace_)


def first_token(head: Token) -> int:
    first = head.i
    for child in head.lefts:
        if child.dep_ in _PHRASE_DEPS:
            first = min(first, child.left_edge.i)
    # A dateline the parse hung on the phrase ("LEEDS, Ohio (AP) — Council leader …") is
    # no part of it.
    dashes = [t.i for t in head.doc[first : head.i] if t.text in DASHES]
    first = dashes[-1] + 1 if dashes else first
    # Nor is a quote the parse hung on it ('"…," harbour delegate Jo Roe said').
    doc = head.doc
    marks = [t.i for t in doc[first : head.i] if t.text in _DOUBLE_MARKS and _closes(doc, t.i)]
    if marks:
        first = marks[-1] + 1
        while first < head.i and doc[first].is_punct:
            first += 1
    if first < head.i and doc[first].lower_ in VERB_FORMS and doc[first].pos_ == "VERB":
        first += 1  # "Added Jo Roe: …" with the verb read as part of the name
    if age_noun(head):
        first = min(first, _age_start(head))
    return first


def _age_start(old: Token) -> int:
    """Where "the 52-year-old" starts, however the parse hung its words."""
    doc, i = old.doc, old.i
    while i > 0 and not doc[i - 1].whitespace_ and _age_word(doc[i - 1]):
        i -= 1
    return i - 1 if i > 0 and doc[i - 1].lower_ in {"the", "a", "an"} else i


def _age_word(token: Token) -> bool:
    return token.text in HYPHENS or token.like_num or token.lower_ in {"year", "month"}


def _closes(doc, i: int) -> bool:
    """A mark right after the comma or stop that ends a quote ('"…," Jo Roe'), not one
    around a word of the phrase ('a "no-strike" clause')."""
    return i > 0 and doc[i - 1].text in {",", ".", "?", "!", "…", "—", "–"}


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


NAME_DEPS = frozenset({"compound", "flat"})
"""How the words of a name hang on its last word ("Jane" on "Roe")."""
NAME_OR_APPOSITION_DEPS = NAME_DEPS | {"appos"}


def name_top(token: Token, through=NAME_OR_APPOSITION_DEPS) -> Token:
    """The word a name (and, by default, what it stands in apposition to) hangs on in the
    parse: the one whose role in the clause ("nsubj", "dobj") is the name's."""
    while token.dep_ in through and token.head.i != token.i:
        token = token.head
    return token


def appositives(head: Token) -> list[Token]:
    """ "a spokeswoman, Jane Doe," and "a spokeswoman for the firm, Jane Doe," """
    found = [c for c in head.rights if c.dep_ == "appos"]
    for prep in (c for c in head.rights if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found += [c for c in obj.rights if c.dep_ == "appos"]
    return [token for token in found if not _in_parentheses(token)]


def _in_parentheses(token: Token) -> bool:
    """A bracketed aside ("Jane Roe (D-Ohio)", "the firm (Acme)") names no one who speaks."""
    doc = token.doc
    before = next(
        (t.text for t in reversed(doc[token.sent.start : token.i]) if t.text in {"(", ")"}), ""
    )
    after = next((t.text for t in doc[token.i + 1 : token.sent.end] if t.text in {"(", ")"}), "")
    return before == "(" and after == ")"


def proper_name(head: Token) -> str:
    """The run of capitalised proper nouns around ``head`` ("Anna Maria Kowalska")."""
    doc = head.doc
    first = last = head.i
    while first > 0:
        step = _name_part(doc, first - 1, -1)
        if not step:
            break
        first -= step
    while last + 1 < len(doc):
        step = _name_part(doc, last + 1, 1)
        if not step:
            break
        last += step
    while last - first >= 2 and doc[first].ent_type_ == "NORP":
        first += 1  # "Democrat Jo Roe": a party, not part of her name ("Islamic State" stays)
    return doc[first : last + 1].text


def _name_part(doc, i: int, direction: int) -> int:
    """How many tokens from ``i`` on (going ``direction``) join the name: a capitalised proper
    noun; a hyphen and the part it joins ("Jean-Luc"); particles and the word past them
    ("Ana de la Vega")."""
    if _capitalised(doc[i]):
        return 1
    if i > 0 and doc[i].text in HYPHENS and not doc[i].whitespace_ and not doc[i - 1].whitespace_:
        beyond = i + direction
        if not 0 <= beyond < len(doc) or not _capitalised(doc[beyond]):
            return 0
        parts = (doc[i - 1].lower_, doc[i + 1].lower_)
        return 0 if any(part in TITLES for part in parts) else 2  # not "Secretary-Treasurer"
    j = i
    while 0 <= j < len(doc) and is_particle(doc[j]):
        j += direction
    return abs(j - i) + 1 if j != i and 0 <= j < len(doc) and _capitalised(doc[j]) else 0


def _capitalised(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title


def proper_modifiers(head: Token) -> set[str]:
    """The proper names a description is anchored by: "the Ohio senator", "Roe's aide"."""
    return {
        t.lower_
        for child in head.lefts
        if child.dep_ in {"compound", "poss", "amod", "nmod"}
        for t in child.subtree
        if t.pos_ == "PROPN"
    }


def modifiers(head: Token) -> list[str]:
    out = []
    for token in head.doc[first_token(head) : head.i]:
        word = token.lower_.rstrip(".")
        if token.dep_ != "det" and word.isalpha() and word not in {"former", "current", "the"}:
            out.append(word)
    return out


ROLE_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ee", "ent", "ant", "ary", "ief")


def age_noun(head: Token) -> bool:
    """ "the 61-year-old", split by the tokenizer into "61 - year - old": a person by age."""
    doc, i = head.doc, head.i
    return (
        head.lower_ == "old"
        and i >= 2
        and doc[i - 1].text in HYPHENS
        and doc[i - 2].lower_ in {"year", "month"}
    )


def role_word(head: Token) -> str:
    """The noun as a role list spells it: "PM." → "pm", "centre - back" → "centre-back"."""
    doc, i = head.doc, head.i
    if i >= 2 and doc[i - 1].text in HYPHENS and _joined(doc, i - 2):
        return f"{doc[i - 2].lower_}-{head.lower_}"
    return head.lower_.rstrip(".")


def person_role(head: Token) -> bool:
    """A noun that can name a person's role ("the PM", "the strategist"), not "the email"."""
    if age_noun(head):
        return True
    if head.like_num:
        return False  # "the three" are several people, whatever "-ee" ends the word
    word = role_word(head)
    if word in SPEECH_NOUNS:
        return False
    if word in TITLE_WORDS or word in ROLE_EXPANSIONS or word in GENERIC_HEADS:
        return True
    if word.endswith(ROLE_SUFFIXES) or chief_title(head):
        return True
    # "the boss", "the actress" are whoever the last sentences were about; "his wife", "one
    # aide" are someone else
    return word in PERSON_NOUNS and with_the(head)


def with_the(token: Token) -> bool:
    """Does "the" determine the noun ("the boss", not "a boss", "his boss")?"""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)


def chief_title(head: Token) -> bool:
    """ "the chief executive", "the chief economist": a title, whatever the noun; not
    someone's ("his chief aide" is the aide of the man just named, not that man)."""
    lefts = list(head.lefts)
    chief = any(t.lower_ == "chief" and t.dep_ in {"amod", "compound"} for t in lefts)
    return chief and not any(t.dep_ == "poss" for t in lefts)


def definite(head: Token) -> bool:
    """ "the PM", "Doe's former strategist", "Ohio Senator" — not "a senator", "aides"."""
    if head.tag_ in {"NNS", "NNPS"}:
        return False
    determiners = [c for c in head.lefts if c.dep_ in {"det", "poss"}]
    if not determiners:
        return True
    return determiners[0].dep_ == "poss" or determiners[0].lower_ in {"the", "this", "that"}


def mention_top(doc: Doc, mention: Mention, through=NAME_OR_APPOSITION_DEPS) -> Token:
    """The word the mention's name (from its last word) hangs on in the parse: the one whose
    role in the clause ("nsubj", "pobj") is the name's."""
    return name_top(doc[bisect_token(doc, mention.end) - 1], through)
