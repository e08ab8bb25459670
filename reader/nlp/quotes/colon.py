"""The speaker of a colon cue: the subject of the clause before the colon.

"He then listed what a nominee needs in 2016:" is his, not the last name in the clause. "One
early supporter, Rep. Jane Roe, gave the idea a whirl in an interview with a TV channel:" and
"An anonymous account cheered the blast on a forum:" are the subject's words, not the name
of the channel or the site that ends the clause. The subject of the clause's main verb is taken
(a description resolves to the name beside it, or to nobody named).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from reader.nlp.quotes.cue import own_subject
from reader.nlp.quotes.lexicon import SUBJECT_DEPS, VERB_FORMS
from reader.nlp.quotes.phrases import NAME_OR_APPOSITION_DEPS, name_top
from reader.nlp.quotes.subjects import Subjects

_SPEAKING_PRONOUNS = {"he", "she", "they"}
_LISTED = NAME_OR_APPOSITION_DEPS | {"conj"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}


def colon_speaker(
    subjects: Subjects, words: list[Token], start: int, in_quote: Callable[[int], bool]
) -> Token | None:
    """The speaker of the clause in ``words`` (the words before the colon): the subject of its
    last verb when that is a name or he/she ("He then listed what a nominee needs in 2016:"),
    else the subject of the clause's top verb."""
    said = _saying_before_colon(words)
    if said is not None:
        return said
    verb = next((t for t in reversed(words) if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    subject = subjects.of(verb, start, verb.idx)
    if subject is not None and subject.i < verb.i and _speaks(subject):
        return subject
    return _top_subject(subjects, words, verb, start, in_quote)


def _saying_before_colon(words: list[Token]) -> Token | None:
    """ "…, with Tom Vail warning: '…'": a verb of saying right before the colon (the tagger
    may take "warning" for a noun) with a subject of its own that speaks."""
    if len(words) < 2 or VERB_FORMS.get(words[-1].lower_) is None:
        return None
    verb = words[-1]
    subject = own_subject(verb)
    return subject if subject is not None and subject.i < verb.i and _speaks(subject) else None


def later_clause_speaker(words: list[Token], cue_verb: Token) -> Token | None:
    """ "Roe said the plan was dead, and Doe agreed: '…'": a clause joined after the cue
    verb's, with its own subject, ends at the colon; its subject introduces the quote."""
    if not words or words[-1].text != ":":
        return None
    verb = words[-1].head
    if verb.i <= cue_verb.i or verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = own_subject(verb)
    return subject if subject is not None and _speaks(subject) else None


def _top_subject(
    subjects: Subjects,
    words: list[Token],
    verb: Token,
    start: int,
    in_quote: Callable[[int], bool],
) -> Token | None:
    """The subject of the top verb of the clause, climbing from its last ``verb``."""
    named = [t for t in words if not t.is_punct]
    if named and _names(named[-1]):
        role = name_top(named[-1], _LISTED)  # "with Adams and Price": Adams, a pobj
        if role.dep_ != "pobj" or _after_dash(role, named[-1]):
            return None  # "… - Jane Roe:", "doesn't surprise pollster Jane Roe:": that name
    last = words[-1].i
    node = verb  # through "had one complaint about touring with X:" to "had"
    while node.head.i != node.i and node.head.idx >= start and node.head.i <= last:
        if node.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            break  # "after 12 were hurt, an account cheered:": its own clause
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            verb = node
    if verb.lower_ in _BE or verb.dep_ == "relcl":
        return None  # "… is a blind faith in Roe's word:", "a paper, which …:" frame no one
    subject = subjects.of(verb, start, words[-1].idx + len(words[-1]))
    if subject is None or subject.i > verb.i or subject.idx < start or in_quote(subject.idx):
        return None
    if subject.pos_ in {"PROPN", "NOUN"} or subject.lower_ in _SPEAKING_PRONOUNS:
        return subject
    return None


def _speaks(subject: Token) -> bool:
    return subject.pos_ == "PROPN" or subject.lower_ in {"he", "she"}


def _names(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG"}


def _after_dash(role: Token, name: Token) -> bool:
    """ "HEADLINE - Jane Roe and John Doe:" however the parse hung the names on the line."""
    first = role.left_edge.i
    return any(t.text in {"-", "—", "–"} for t in name.doc[max(first - 1, 0) : name.i])
