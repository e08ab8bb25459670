"""Names the statistical NER did not mark: the article's own names found again ("Brackley"
where the model saw nothing, "BRACKLEY" in the headline), abbreviations ("ZDP" for the "Zagros
Democratic Party") and the full name before a bracketed abbreviation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from reader.nlp.entities.consistency import name_key
from reader.nlp.entities.occupied import Occupied
from reader.nlp.entities.spans import capitalised_common_word
from reader.nlp.token_lookup import token_indexes
from reader.nlp.words import (
    CORPORATE_SUFFIXES,
    DEMONYM_ENDINGS,
    DETERMINERS,
    KEPT_LABELS,
    MONTHS,
    NAME_PARTICLES,
    TITLES,
    WEEKDAYS,
)

_PROPER_TAGS = {"NNP", "NNPS"}
MIN_NAME_CHARS = 2

MAX_EXPANSION_WORDS = 10


def acronym_definitions(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Maritime and Logistics Union (MLU)": the words before a bracketed abbreviation
    whose initials spell it are one name, whatever pieces the model cut them into."""
    added: list[Span] = []
    for bracket in token_indexes(doc, "ORTH", ["("]):
        token = doc[bracket]
        if token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        acronym = doc[token.i + 1]
        letters = acronym.text.replace(".", "")
        if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
            continue
        start = _expansion_start(doc, token.i, letters)
        if start is None:
            continue
        overlapping = [s for s in spans if s.start < token.i and s.end > start]
        label = Counter(s.label_ for s in overlapping).most_common(1)
        label = label[0][0] if label and label[0][0] != "PERSON" else "ORG"
        added.append(Span(doc, start, token.i, label=label))
        added.append(Span(doc, acronym.i, acronym.i + 1, label=label))
    if not added:
        return spans
    taken = Occupied(doc, added)
    return added + [s for s in spans if not taken.overlaps(s.start, s.end)]


def _expansion_start(doc: Doc, bracket: int, letters: str) -> int | None:
    """Where the name before ``bracket`` starts if its capitalised words spell ``letters``."""
    initials = ""
    i = bracket - 1
    while i >= 0 and bracket - i <= MAX_EXPANSION_WORDS:
        token = doc[i]
        if token.is_title or token.is_upper:
            initials = token.text[0] + initials
            if initials == letters:
                return i
            if not letters.endswith(initials):
                return None
        elif token.lower_ not in NAME_PARTICLES and token.text not in {"&", "-"}:
            return None
        i -= 1
    return None


MAX_COMPANY_WORDS = 6
_SUFFIXES = CORPORATE_SUFFIXES | {f"{s}." for s in CORPORATE_SUFFIXES}
_COMPANY_INNER = frozenset({"of", "&", "de", "du", "des", "la", "le", "der", "van"})


def company_names(
    doc: Doc, spans: list[Span], in_caps: Callable[[int], bool], people: list[Span]
) -> list[Span]:
    """ "Gold Fields of South Africa Ltd", "Brannock Ferry Co": capitalised words that end in a
    company suffix are one organisation's name where the model marked no organisation, but
    never take in a name the text vouches is a person's (``people``)."""
    added: list[Span] = []
    others = Occupied(doc, people)
    orgs = Occupied(doc, [s for s in spans if s.label_ == "ORG"])
    for end in token_indexes(doc, "LOWER", _SUFFIXES):
        suffix = doc[end]
        if (suffix.is_lower and suffix.lower_ != "plc") or in_caps(suffix.idx):
            continue  # "the company", "a group"; capitals lines are read again on their own
        start = end
        while (
            start > 0
            and end - start < MAX_COMPANY_WORDS
            and _company_word(doc[start - 1])
            and not others.overlaps(start - 1, start)  # "Lynn Reaser of Barnett Banks Inc."
        ):
            start -= 1
        while start < end and doc[start].lower_ in _COMPANY_INNER:
            start += 1
        if start == end or orgs.overlaps(start, end + 1):
            continue
        if added and added[-1].end > start:
            if added[-1].start < start:
                continue
            added.pop()  # "Zeneca Group" → "Zeneca Group Plc"
        added.append(Span(doc, start, end + 1, label="ORG"))
    if not added:
        return spans
    taken = Occupied(doc, added)
    return added + [s for s in spans if not taken.overlaps(s.start, s.end)]


def _company_word(token) -> bool:
    if token.lower_ in _COMPANY_INNER and not token.is_title:
        return True
    if not (token.is_title or (token.is_upper and token.is_alpha)):
        return False
    lower = token.lower_.rstrip(".")
    return not (
        lower in TITLES
        or lower in MONTHS
        or lower in WEEKDAYS
        or lower in DETERMINERS
        or capitalised_common_word(token)
        or (token.tag_ == "JJ" and lower.endswith(DEMONYM_ENDINGS))  # "German Bayer AG"
    )


def find_missed(
    doc: Doc, spans: list[Span], labels: dict[str, str], in_caps: Callable[[int], bool]
) -> list[Span]:
    """Mentions of the article's own names that the model did not mark."""
    names: dict[str, list[int]] = {}  # name → the LOWER attribute of each of its words
    for span in spans:
        if span.label_ in KEPT_LABELS and not in_caps(span.start_char):
            names.setdefault(name_key(span.text), [t.lower for t in span])
    for word, label in labels.items():
        # the words of a person's name, and a firm's first word ("Kestrel" for Kestrel Labs)
        if label in {"PERSON", "ORG"} and " " not in word:
            names.setdefault(word, [doc.vocab[word].lower])
    names = {k: v for k, v in names.items() if len(k) >= MIN_NAME_CHARS}
    if not names:
        return []
    matcher = PhraseMatcher(doc.vocab, attr="LOWER")
    for key, lowers in names.items():
        # a pattern given as attribute values: no Doc to build; either apostrophe matches
        matcher.add(key, [lowers, *_other_apostrophe(doc, lowers)] if "'" in key else [lowers])
    taken = Occupied(doc, spans)
    found = []
    matches = matcher(doc)
    # longest first, so "ESTEBAN VARGA" wins over "VARGA"
    matches.sort(key=lambda m: (m[1] - m[2], m[1]))
    for match_id, start, end in matches:
        span = Span(doc, start, end, label=labels.get(doc.vocab.strings[match_id], "ORG"))
        if taken.overlaps(start, end) or not _plausible(span, in_caps, taken):
            continue
        taken.add(start, end)
        found.append(span)
    return found + _acronyms(doc, spans, taken)


def _other_apostrophe(doc: Doc, lowers: list[int]) -> list[list[int]]:
    """The pattern with ' and ’ swapped: "de'marco" also matches "De’Marco"."""
    strings = doc.vocab.strings
    words = [strings[w] for w in lowers]
    return [
        [strings.add(w.replace(a, b)) for w in words]
        for a, b in (("'", "’"), ("’", "'"))
        if any(a in w for w in words)
    ]


def _acronyms(doc: Doc, spans: list[Span], taken: Occupied) -> list[Span]:
    """ "ZDP" where the article names the "Zagros Democratic Party": an ORG too."""
    initials = {}
    for span in spans:
        words = [t for t in span if t.is_alpha and t.lower_ not in NAME_PARTICLES]
        if span.label_ == "ORG" and len(words) >= 2 and all(t.text[:1].isupper() for t in words):
            initials["".join(t.text[0] for t in words).upper()] = span.label_
    # "the Czech National Bank (CNB)": the abbreviation the article gives in brackets
    org_ends = {span.end for span in spans if span.label_ == "ORG"}
    for end in org_ends:
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            token = doc[end + 1]
            if token.is_upper and token.is_alpha and len(token) >= 2:
                initials[token.text] = "ORG"
    found = []
    for index in token_indexes(doc, "ORTH", initials):
        token = doc[index]
        if token.is_upper and not taken.overlaps(token.i, token.i + 1):
            taken.add(token.i, token.i + 1)
            found.append(Span(doc, token.i, token.i + 1, label=initials[token.text]))
    return found


def _plausible(span: Span, in_caps: Callable[[int], bool], taken: Occupied) -> bool:
    if in_caps(span.start_char):
        return True
    doc = span.doc
    if not span.text[:1].isupper():
        return False
    first = span[0]
    if (
        len(span) == 1
        and first.is_sent_start
        and (first.is_stop or (first.tag_ not in _PROPER_TAGS and span.label_ != "PERSON"))
    ):
        return False
    # not a piece of a longer capitalised name the model left alone ("Washington Post"); a
    # name it did mark may stand next to it ("Jayden" before "De'Marco": joined later)
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    for token in (before, after):
        if (
            token is not None
            and token.tag_ in _PROPER_TAGS
            and token.text[:1].isupper()
            and not (span.label_ == "PERSON" and taken.overlaps(token.i, token.i + 1))
        ):
            return False
    return True
