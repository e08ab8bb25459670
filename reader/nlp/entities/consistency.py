"""Document-level consistency: one string, one type, everywhere in the article.

The model labels each mention from its few neighbours; an article is more reliable as a whole.
Each name's label is the vote of its mentions (a word of a multi-word PERSON name is a PERSON:
"Owen Brackley" makes "Brackley" one); the mentions the model missed are found again in
``missed``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container

from spacy.tokens import Span

from reader.model import PLACE_LABELS
from reader.nlp.doc_text import doc_text
from reader.nlp.entities.places import known_places
from reader.nlp.entities.spans import DASHES, capitalised_common_word, starts_sentence
from reader.nlp.token_lookup import lower_case_texts, token_indexes
from reader.nlp.words import (
    CORPORATE_SUFFIXES,
    DEMONYM_ENDINGS,
    HONORIFICS,
    MOTION_PREPOSITIONS,
    MOTION_WORDS,
    NAME_PARTICLES,
    PERSON_ROLES,
    PLACE_PREPOSITIONS,
    TITLES,
)


def name_key(text: str) -> str:
    return text.lower().replace("’", "'")


def bare_key(text: str) -> str:
    """The name's key without a leading "the": "The Wrap" and "Wrap" are one name."""
    return name_key(text).removeprefix("the ")


def person_words(
    spans: list[Span], in_caps: Callable[[int], bool], others: Container[str] = ()
) -> set[str]:
    """First and last words of the multi-word PERSON names in mixed-case text (not of the
    names in ``others``, which their context says are something else)."""
    words = set()
    groups = _group_words(spans)
    for span in spans:
        if (
            span.label_ == "PERSON"
            and len(span) >= 2
            and not in_caps(span.start_char)
            and name_key(span.text) not in others
        ):
            for token in (span[0], span[-1]):
                word = name_key(token.text)  # "O'Driscoll" and "O’Driscoll" alike
                if word.replace("'", "").isalpha() and word not in NAME_PARTICLES and len(word) > 1:
                    words.add(word)
    return words - groups


def _group_words(spans: list[Span]) -> set[str]:
    """Plural words the model calls a group of people on their own ("Liberals"): no
    person's name, even where one span ("Calder Liberals") was read as a person."""
    return {
        s[0].lower_ for s in spans if s.label_ == "NORP" and len(s) == 1 and s[0].tag_ == "NNPS"
    }


def plural_groups(spans: list[Span]) -> list[Span]:
    """ "Calder Liberals" read as a person, where the article's "Liberals" is a group:
    the group (NORP)."""
    groups = _group_words(spans)
    return [
        Span(s.doc, s.start, s.end, label="NORP")
        if s.label_ == "PERSON" and s[-1].tag_ == "NNPS" and s[-1].lower_ in groups
        else s
        for s in spans
    ]


def trim_noun_tails(spans: list[Span]) -> list[Span]:
    """ "[Marsh Speech For Varnell Partners]": a known surname followed by a word the article
    writes as a lower-case noun is the surname, not a new person called "Marsh Speech"."""
    surnames = {
        s[-1].lower_ for s in spans if s.label_ == "PERSON" and len(s) >= 2 and s[-1].is_alpha
    }
    if not surnames:
        return spans
    doc = spans[0].doc
    nouns = {doc[i].lower_ for i in token_indexes(doc, "TAG", ["NN", "NNS"]) if doc[i].is_lower}
    out = []
    for span in spans:
        if (
            span.label_ == "PERSON"
            and len(span) == 2
            and span[0].lower_ in surnames
            and {span[1].lower_, span[1].lower_ + "s", span[1].lower_ + "es"} & nouns
        ):
            span = Span(doc, span.start, span.start + 1, label="PERSON")
        out.append(span)
    return out


def drop_common_words(
    spans: list[Span], people: set[str], lower_words: set[str] | None = None
) -> list[Span]:
    """ "Death", "Malaria" opening a sentence, tagged as a common word or written in lower case
    elsewhere in the article, are not names, unless the article uses the word as a name
    elsewhere ("Starmer said" after "Keir Starmer"). A group's name ("Democrats") may be written
    in lower case elsewhere, so a NORP goes only when it is tagged as a common word, or is a
    singular noun with no demonym's ending that qualifies a lower-case noun ("Harbour master
    Owen Pryce"; not "Tory MPs", "Muslim leaders", "British troops")."""
    named = {name_key(s.text) for s in spans if not opens_sentence(s[0])} | people
    if lower_words is None:
        lower_words = lower_case_texts(spans[0].doc) if spans else set()
    return [
        span
        for span in spans
        if not (
            len(span) == 1
            and opens_sentence(span[0])
            and name_key(span.text) not in named
            and (
                capitalised_common_word(span[0])
                or (span.label_ != "NORP" and span[0].lower_ in lower_words)
                or (span.label_ == "NORP" and _qualifies_a_common_noun(span[0]))
            )
        )
    ]


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_INDEFINITE = frozenset({"a", "an"})


def drop_common_acronyms(spans: list[Span]) -> list[Span]:
    """ "an AGM", "an ETF": an acronym with "a" or "an" of its own (not "an FBI agent") is a
    common noun there: an organisation is "the" one, or has no article at all."""
    return [
        span
        for span in spans
        if not (
            len(span) == 1
            and _ACRONYM.fullmatch(span.text)
            and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in span[0].children)
        )
    ]


def opens_sentence(token) -> bool:
    """The first word of a sentence or a line, or of one after a label in capitals and a dash
    at the start of its line ("ARDLAND - Yields eased", "LEEDS (Reuters) — Prices rose")."""
    if starts_sentence(token):
        return True
    if token.doc[token.i - 1].text not in DASHES:
        return False
    text = doc_text(token.doc)
    line = text[text.rfind("\n", 0, token.idx) + 1 : token.doc[token.i - 1].idx]
    label = re.sub(r"\([^)]*\)", "", line)  # "LEEDS (Reuters) —"
    return any(c.isalpha() for c in label) and not any(c.islower() for c in label)


def _qualifies_a_common_noun(token) -> bool:
    return (
        token.dep_ == "compound"
        and token.tag_ in {"NN", "NNP"}
        and not token.lower_.endswith(DEMONYM_ENDINGS)
        and token.head.is_lower
        and token.head.tag_ in {"NN", "NNS"}
    )


def fix_context(spans: list[Span], people: set[str]) -> list[Span]:
    """What the model calls a PERSON is a place when it is a well-known place ("a deal with
    Kyiv") or a lone word after "in" ("in Tavildara") or after "to"/"from" with a verb of
    motion ("flew to Minsk"), unless the article uses it as a person's name elsewhere
    ("Marcus Washington", "Mr Washington")."""
    places = known_places()
    fixed = []
    for span in spans:
        key = name_key(span.text)
        if (
            span.label_ == "PERSON"
            and key not in people
            and (key in places or (len(span) == 1 and _after_place_preposition(span)))
            and not _after_title(span)
        ):
            span = Span(span.doc, span.start, span.end, label="GPE")
        elif (
            span.label_ in PLACE_LABELS
            and len(span) == 1
            and span[0].tag_ == "JJ"
            and span[0].lower_.endswith(DEMONYM_ENDINGS)
        ):
            span = Span(span.doc, span.start, span.end, label="NORP")  # "Ukrainian forces"
        fixed.append(span)
    return fixed


def _after_title(span: Span) -> bool:
    if span.start == 0:
        return False
    word = span.doc[span.start - 1].lower_.rstrip(".")
    return word in HONORIFICS or word in TITLES


def _after_place_preposition(span: Span) -> bool:
    if span.start == 0:
        return False
    preposition = span.doc[span.start - 1]
    if preposition.lower_ in PLACE_PREPOSITIONS:
        return True
    if preposition.lower_ not in MOTION_PREPOSITIONS:
        return False
    before = span.doc[max(0, preposition.i - 3) : preposition.i]
    return preposition.head.lower_ in MOTION_WORDS or any(t.lower_ in MOTION_WORDS for t in before)


def vote_labels(
    spans: list[Span],
    people: set[str],
    in_caps: Callable[[int], bool],
    places: set[str] = frozenset(),
    cued: dict[str, str] | None = None,
) -> dict[str, str]:
    """name → the label most of its mixed-case mentions have (caps-line mentions count less).

    ``cued`` names have the label their context gives them (``type_cues``), unless they are
    words of a full PERSON name, which are PERSON; a dateline's place is a place throughout. A
    two- or three-word name whose last word stands alone as a PERSON is a person too ("Carl
    Dunsmore" read as an ORG once, "Dunsmore" as a PERSON three times).
    """
    votes: dict[str, Counter[str]] = {}
    for span in spans:
        weight = 0.5 if in_caps(span.start_char) else 1.0
        votes.setdefault(name_key(span.text), Counter())[span.label_] += weight
    labels = {key: _winner(key, counts, people) for key, counts in votes.items()}
    labels.update(cued or {})
    for word in people:
        labels[word] = "PERSON"
    for place in places:
        labels[place] = "GPE"
    for key, label in list(labels.items()):
        words = key.split()
        if (
            label != "PERSON"
            and 2 <= len(words) <= 3
            and labels.get(words[-1]) == "PERSON"
            and not any(w in NAME_PARTICLES or w in CORPORATE_SUFFIXES for w in words)
        ):
            labels[key] = "PERSON"
    return labels


_NAMED_GROUPS = frozenset({"ORG", "GPE", "LOC", "NORP"})


def _winner(key: str, counts: Counter[str], people: set[str]) -> str:
    """The most common label; but a one-word name that is no word of a person's full name is
    a person only if most of its mentions say so ("Tidewater": PERSON twice, ORG and GPE once)."""
    label = counts.most_common(1)[0][0]
    if label != "PERSON" or " " in key or key in people:
        return label
    others = {k: v for k, v in counts.items() if k != "PERSON"}
    if others.keys() <= _NAMED_GROUPS and sum(others.values()) >= counts["PERSON"]:
        return max(others, key=lambda k: (others[k], k == "ORG"))  # a tie: a firm
    return label


def relabel(spans: list[Span], labels: dict[str, str]) -> list[Span]:
    """Each span with its name's label; one that becomes a person's loses the titles the
    model took into it as part of an organisation ("Centre Walter Little")."""
    out = []
    for span in spans:
        label = labels.get(name_key(span.text), span.label_)
        if label != span.label_:
            start = span.start
            if label == "PERSON":
                while start < span.end - 1 and _is_title(span.doc[start]):
                    start += 1
            span = Span(span.doc, start, span.end, label=label)
        out.append(span)
    return out


def _is_title(token) -> bool:
    word = token.lower_.rstrip(".")
    return word in HONORIFICS or word in TITLES or word in PERSON_ROLES
