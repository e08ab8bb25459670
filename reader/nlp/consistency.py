"""Document-level consistency: one string, one type, everywhere in the article.

The model labels each mention from its few neighbours; an article is more reliable as a whole.
Each name's label is the vote of its mentions (a word of a multi-word PERSON name is a PERSON:
"Owen Brackley" makes "Brackley" one), and mentions the model missed ("Brackley" where it saw
nothing, "BRACKLEY" in the headline) are found again by matching the article's own names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from reader.nlp.entity_spans import capitalised_common_word
from reader.nlp.entity_words import (
    CORPORATE_SUFFIXES,
    DEMONYM_ENDINGS,
    HONORIFICS,
    KEPT_LABELS,
    MOTION_PREPOSITIONS,
    MOTION_WORDS,
    NAME_PARTICLES,
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    TITLES,
)
from reader.nlp.places import known_places
from reader.nlp.token_lookup import lower_case_texts, token_indexes

_PROPER_TAGS = {"NNP", "NNPS"}
MIN_NAME_CHARS = 2


def name_key(text: str) -> str:
    return text.lower().replace("’", "'")


def person_words(spans: list[Span], in_caps: Callable[[int], bool]) -> set[str]:
    """First and last words of the multi-word PERSON names in mixed-case text."""
    words = set()
    for span in spans:
        if span.label_ == "PERSON" and len(span) >= 2 and not in_caps(span.start_char):
            for token in (span[0], span[-1]):
                if token.is_alpha and token.lower_ not in NAME_PARTICLES and len(token) > 1:
                    words.add(token.lower_)
    return words


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
    taken = _Occupied(doc, added)
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


def drop_common_words(spans: list[Span], people: set[str]) -> list[Span]:
    """ "Death", "Malaria" opening a sentence, tagged as a common word or written in lower case
    elsewhere in the article, are not names, unless the article uses the word as a name
    elsewhere ("Starmer said" after "Keir Starmer")."""
    named = {name_key(s.text) for s in spans if not s[0].is_sent_start} | people
    lower_words = lower_case_texts(spans[0].doc) if spans else set()
    return [
        span
        for span in spans
        if not (
            len(span) == 1
            and span.label_ != "NORP"
            and span[0].is_sent_start
            and name_key(span.text) not in named
            and (capitalised_common_word(span[0]) or span[0].lower_ in lower_words)
        )
    ]


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
) -> dict[str, str]:
    """name → the label most of its mixed-case mentions have (caps-line mentions count less).

    Words of a full PERSON name are PERSON; a dateline's place is a place throughout. A two- or
    three-word name whose last word stands alone as a PERSON is a person too ("Carl Dunsmore"
    read as an ORG once, "Dunsmore" as a PERSON three times).
    """
    votes: dict[str, Counter[str]] = {}
    for span in spans:
        weight = 0.5 if in_caps(span.start_char) else 1.0
        votes.setdefault(name_key(span.text), Counter())[span.label_] += weight
    labels = {key: counts.most_common(1)[0][0] for key, counts in votes.items()}
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


def relabel(spans: list[Span], labels: dict[str, str]) -> list[Span]:
    out = []
    for span in spans:
        label = labels.get(name_key(span.text), span.label_)
        if label != span.label_:
            span = Span(span.doc, span.start, span.end, label=label)
        out.append(span)
    return out


def find_missed(
    doc: Doc, spans: list[Span], labels: dict[str, str], in_caps: Callable[[int], bool]
) -> list[Span]:
    """Mentions of the article's own names that the model did not mark."""
    names: dict[str, list[int]] = {}  # name → the LOWER attribute of each of its words
    for span in spans:
        if span.label_ in KEPT_LABELS and not in_caps(span.start_char):
            names.setdefault(name_key(span.text), [t.lower for t in span])
    for word, label in labels.items():
        if label == "PERSON" and " " not in word:
            names.setdefault(word, [doc.vocab[word].lower])
    names = {k: v for k, v in names.items() if len(k) >= MIN_NAME_CHARS}
    if not names:
        return []
    matcher = PhraseMatcher(doc.vocab, attr="LOWER")
    for key, lowers in names.items():
        matcher.add(key, [lowers])  # a pattern given as attribute values: no Doc to build
    taken = _Occupied(doc, spans)
    found = []
    matches = matcher(doc)
    # longest first, so "ESTEBAN VARGA" wins over "VARGA"
    matches.sort(key=lambda m: (m[1] - m[2], m[1]))
    for match_id, start, end in matches:
        span = Span(doc, start, end, label=labels.get(doc.vocab.strings[match_id], "ORG"))
        if taken.overlaps(start, end) or not _plausible(span, in_caps):
            continue
        taken.add(start, end)
        found.append(span)
    return found + _acronyms(doc, spans, taken)


def _acronyms(doc: Doc, spans: list[Span], taken: _Occupied) -> list[Span]:
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


def _plausible(span: Span, in_caps: Callable[[int], bool]) -> bool:
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
    # not a piece of a longer capitalised name the model left alone ("Washington Post")
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    for token in (before, after):
        if token is not None and token.tag_ in _PROPER_TAGS and token.text[:1].isupper():
            return False
    return True


_LIST_SEPARATORS = {",", "and", ";", "(", ")"}
MAX_SEPARATOR = 5
MAX_LIST_NAME = 3


def complete_lists(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names listed next to a person are people too: "Lavergne, Morel, Dubreuil and Caron".

    From each PERSON, walk along the list ("," / "and" then a run of capitalised proper nouns
    of 1-3 words) and mark the unmarked names as PERSON; stop at anything else.
    """
    taken = _Occupied(doc, spans)
    places = known_places()
    added = []
    for span in spans:
        if span.label_ != "PERSON":
            continue
        for step in (1, -1):
            edge = span.end if step == 1 else span.start - 1
            while True:
                item = _next_list_item(doc, edge, step, taken)
                if item is None or name_key(item.text) in places:
                    break  # a list with "Sri Lanka" in it is not a list of people
                taken.add(item.start, item.end)
                added.append(item)
                edge = item.end if step == 1 else item.start - 1
    return spans + added


def _next_list_item(doc: Doc, edge: int, step: int, taken: _Occupied) -> Span | None:
    """The name after (step 1) or before (step -1) the list separator at ``edge``.

    A separator is a short run of commas, semicolons, brackets, dashes, numbers and "and"
    (a team sheet: "2 - Mathis Lavergne (14 - Karim Benhadi 87th), 5 - Lucas Morel").
    """
    i, skipped = edge, 0
    while 0 <= i < len(doc) and _is_list_separator(doc[i]) and skipped < MAX_SEPARATOR:
        i += step
        skipped += 1
    if skipped == 0 or not any(
        doc[j].lower_ in _LIST_SEPARATORS
        for j in range(min(edge, i - step), max(edge, i - step) + 1)
    ):
        return None
    words = []
    while 0 <= i < len(doc) and len(words) <= MAX_LIST_NAME:
        token = doc[i]
        if not (token.tag_ in _PROPER_TAGS and token.is_title and len(token) > 1) or taken.overlaps(
            i, i + 1
        ):
            break  # "(R-Ga.)": a party letter ends the list
        words.append(i)
        i += step
    if not words or len(words) > MAX_LIST_NAME:
        return None
    start, end = min(words), max(words) + 1
    boundary = end if step == 1 else start - 1
    if 0 <= boundary < len(doc) and doc[boundary].is_alpha and doc[boundary].lower_ != "and":
        return None  # the run continues into a word: not a list item
    return Span(doc, start, end, label="PERSON")


def _is_list_separator(token) -> bool:
    return (
        token.lower_ in _LIST_SEPARATORS
        or token.text in {"(", ")", "-", "–", "—"}
        or (token.like_num and not token.is_alpha)
    )


class _Occupied:
    """Token positions already covered by an entity."""

    def __init__(self, doc: Doc, spans: list[Span]) -> None:
        self.taken = bytearray(len(doc))
        for span in spans:
            self.add(span.start, span.end)

    def add(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return any(self.taken[start:end])
