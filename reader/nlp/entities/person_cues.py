"""Where the text itself says a name is a person, whatever the statistical NER thought of it.

- A role or honorific directly before a capitalised name: "spokesman Glyn Arden", "actor Rhys
  Pennock", "Prime Minister Sir Alan Brisk", "Mrs Adebanjo". The role word is not part of the
  name.
- A dash opening a line or after a quote, then a name and a comma: "— Ines Okoro, field nurse".
- "He"/"She" written with a capital inside a sentence, or before a capitalised word that the
  article never writes in lower case, is a surname: "He Weiming, the former deputy mayor".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from reader.nlp.doc_text import doc_text
from reader.nlp.entities.places import known_places
from reader.nlp.entities.spans import opening_preposition, verb_opening
from reader.nlp.token_lookup import lower_case_texts, token_indexes
from reader.nlp.words import (
    HONORIFICS,
    HYPHENS,
    MODIFIER_ENDINGS,
    MONTHS,
    PERSON_PARTICLES,
    PERSON_ROLES,
    SAID_AS_NAME,
    SPEECH_VERBS,
    TITLES,
    WEEKDAYS,
)

MAX_NAME_WORDS = 4
_AGE = re.compile(r", (\d{1,3}),")
OLDEST = 110
_PRONOUN_SURNAMES = ("He", "She")
_DASHES = ("—", "–", "-", "--")
_ROMAN = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


def cued_people(
    doc: Doc, in_caps: Callable[[int], bool], lower_words: set[str] | None = None
) -> list[Span]:
    """PERSON spans vouched for by a role or honorific before them, or a pronoun surname.
    ``lower_words`` are the words the article writes in lower case (``lower_case_texts``)."""
    if lower_words is None:
        lower_words = lower_case_texts(doc)
    found = _after_roles(doc, in_caps) + _pronoun_surnames(doc, in_caps, lower_words)
    found += _signed(doc)
    return sorted(found, key=lambda s: s.start)


def aged(span: Span) -> bool:
    """The name is followed by an age in commas: "Pennock, 44, said"."""
    match = _AGE.match(doc_text(span.doc), span.end_char)
    return match is not None and 1 <= int(match.group(1)) <= OLDEST and len(span) <= 4


def is_name_word(token: Token) -> bool:
    """Capitalised, with a lower-case letter, made of letters (and ' ’ - inside): "McAteer",
    "O'Brien", "De’Marco"; not "NATO", not "3M"."""
    text = token.text
    return (
        text[:1].isupper()
        and any(ch.islower() for ch in text)
        and sum(ch.isupper() for ch in text) <= 2  # "DeShields", not "GDRs"
        and all(ch.isalpha() or ch in "'’-." for ch in text)
        and not text.endswith(".")
    )


def name_end(doc: Doc, start: int, limit: int = MAX_NAME_WORDS) -> int:
    """Where the capitalised name starting at ``start`` ends (``start`` when there is none).

    Takes name words (the first not a title), initials ("J."), particles before a name word
    ("van", "al-"), parts joined by a hyphen with no space ("Chun-yeh", "Campbell-Bannerman"),
    and a regnal number ("II").
    """
    i, words = start, 0
    while i < len(doc) and words < limit:
        token = doc[i]
        if (is_name_word(token) and (i > start or token.lower_ not in TITLES)) or (
            is_initial(token) and words < limit - 1
        ):
            i += 1
            words += 1
            while _hyphen_after(doc, i - 1):
                i += 2  # "-yeh", "-Bannerman": one word
        elif i > start and _is_particle(doc, i):
            i += 2 if _hyphen_after(doc, i) else 1  # "van", "al-": not a word of its own
        else:
            break
    if i > start and i < len(doc) and doc[i].text in _ROMAN and doc[i - 1].whitespace_:
        i += 1
    return i


def _is_particle(doc: Doc, i: int) -> bool:
    """A lower-case particle of a person's name, followed by a name word: "van", "al-"."""
    if not is_particle(doc[i]):
        return False
    following = i + 2 if _hyphen_after(doc, i) else i + 1
    return following < len(doc) and is_name_word(doc[following])


def _hyphen_after(doc: Doc, i: int) -> bool:
    """``doc[i]`` is joined to a word by a hyphen written with no space either side."""
    return (
        i + 2 < len(doc)
        and not doc[i].whitespace_
        and doc[i + 1].text in HYPHENS
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
    )


def is_particle(token: Token) -> bool:
    """A lower-case particle of a person's name: "van", "de", "bin"."""
    return token.is_lower and token.lower_ in PERSON_PARTICLES


def is_initial(token: Token) -> bool:
    """ "J.", "P.": one capital and a full stop."""
    text = token.text
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _after_roles(doc: Doc, in_caps: Callable[[int], bool]) -> list[Span]:
    places = known_places()
    found = []
    last_end = 0
    for index in token_indexes(doc, "LOWER", PERSON_ROLES):
        if index < last_end:
            continue
        role = doc[index]
        if in_caps(role.idx) or role.is_upper and len(role) > 3:
            continue
        start = index + 1
        while start < len(doc) and _skippable_title(doc[start]):
            start += 1  # "Prime Minister Sir Alan Brisk": the titles before the name
        if start < len(doc) and doc[start].text in {".", "’s", "'s"}:
            continue
        end = name_end(doc, start)
        if end == start or not _plausible_name(doc[start:end], places):
            continue
        found.append(Span(doc, start, end, label="PERSON"))
        last_end = end
    return found


def _skippable_title(token: Token) -> bool:
    lower = token.lower_.rstrip(".")
    return (lower in HONORIFICS or lower in TITLES) and not token.is_lower


def _plausible_name(span: Span, places: frozenset[str]) -> bool:
    words = [t for t in span if t.is_alpha]
    if not words:
        return False
    if span.text.lower() in places or any(t.lower_ in places for t in words if len(words) == 1):
        return False
    if any(t.lower_ in MONTHS or t.lower_ in WEEKDAYS for t in words):
        return False
    # a longer capitalised run than a name has: not a person's name
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return not (after is not None and is_name_word(after) and after.lower_ not in TITLES)


def _signed(doc: Doc) -> list[Span]:
    """ "— Ines Okoro, field nurse": a dash opening a line (or right after a quote's closing
    mark), a name, then its role."""
    found = []
    for index in token_indexes(doc, "ORTH", _DASHES):
        before = doc[index - 1] if index > 0 else None
        opens_line = before is None or "\n" in before.text + before.whitespace_
        if not opens_line and not (before.is_quote and before.whitespace_):
            continue
        end = name_end(doc, index + 1)
        if end - index - 1 >= 2 and end < len(doc) and doc[end].text == ",":
            found.append(Span(doc, index + 1, end, label="PERSON"))
    return found


def _pronoun_surnames(
    doc: Doc, in_caps: Callable[[int], bool], lower_words: set[str]
) -> list[Span]:
    found = []
    for index in token_indexes(doc, "ORTH", _PRONOUN_SURNAMES):
        token = doc[index]
        if in_caps(token.idx) or index + 1 >= len(doc) or not token.whitespace_:
            continue
        after = doc[index + 1]
        if not is_name_word(after) or after.lower_ in TITLES or after.lower_ in HONORIFICS:
            continue
        if after.lower_ in lower_words:
            continue  # "He Said" in a Title Case headline: the article writes "said"
        end = name_end(doc, index + 1, limit=2)
        found.append(Span(doc, index, end, label="PERSON"))
    return found


def complete_names(doc: Doc, spans: list[Span], lower_words: set[str] | None = None) -> list[Span]:
    """A PERSON takes the name words the parse joins to it: "Jayden" (read as a place) before
    "De'Marco", "Shawn" with no "Estes" after it. A word another name uses elsewhere in the
    article ("Chelsea" as a club) stays its own, and so does a word the article also writes in
    lower case ("Clinton Speech" in a Title Case headline)."""
    taken = {i: span for span in spans for i in range(span.start, span.end)}
    common = lower_case_texts(doc) if lower_words is None else lower_words
    counts: dict[str, int] = {}
    for span in spans:
        counts[span.text.lower()] = counts.get(span.text.lower(), 0) + 1
    out = []
    absorbed: set[int] = set()
    for span in spans:
        if span.label_ != "PERSON" or id(span) in absorbed:
            out.append(span)
            continue
        start, end = span.start, span.end
        while start > 0 and end - start < MAX_NAME_WORDS:
            word = doc[start - 1]
            other = taken.get(word.i)
            if word.lower_ in common or not _joins_name(
                word, doc[start:end], other, counts, before=True
            ):
                break
            if other is not None:
                absorbed.add(id(other))
            start -= 1
        while end < len(doc) and end - start < MAX_NAME_WORDS:
            word = doc[end]
            other = taken.get(word.i)
            if word.lower_ in common or not _joins_name(
                word, doc[start:end], other, counts, before=False
            ):
                break
            if other is not None:
                absorbed.add(id(other))
            end += 1
        while _hyphen_after(doc, end - 1) and end + 1 not in taken:
            if doc[end + 1].lower_ in PERSON_PARTICLES:
                break  # "Calloway-van Dijk": a second person's name begins
            part = doc[end + 1]
            if part.is_lower and (part.lower_ in common or part.lower_.endswith(MODIFIER_ENDINGS)):
                break  # "Vance-era", "Marlowe-winning": a modifier made of the name
            end += 2  # "Chen Chun" + "-yeh"
        out.append(
            span if (start, end) == (span.start, span.end) else Span(doc, start, end, "PERSON")
        )
    return [s for s in out if id(s) not in absorbed]


def _joins_name(
    word: Token, name: Span, other: Span | None, counts: dict[str, int], before: bool
) -> bool:
    if not is_name_word(word) or word.tag_ == "JJ":
        return False  # "American Tom Johnson": a nationality, not a first name
    singular = word.lower_[:-1] if word.lower_.endswith("s") else word.lower_
    if any(w in TITLES or w in HONORIFICS or w in PERSON_ROLES for w in (word.lower_, singular)):
        return False  # "Representatives James Clyburn": a title, not a first name
    if word.lower_ in MONTHS or word.lower_ in WEEKDAYS or word.lower_ in known_places():
        return False
    said = word.lower_ in SPEECH_VERBS
    if before and said and verb_opening(word, len(name) + 1, word.lower_ in SAID_AS_NAME):
        return False  # "Added Jo Roe: …", "Said Roe, …" opening a sentence
    if before and opening_preposition(word):
        return False
    space = word if before else name[-1]
    if space.whitespace_ != " ":
        return False  # a line break or no space: not one name
    if other is not None and (
        len(other) > 1 or other.label_ == "NORP" or counts.get(other.text.lower(), 0) > 1
    ):
        return False
    if before:
        return word.dep_ in {"compound", "flat"} and word.head.i in range(name.start, name.end)
    last = name[-1]
    return last.dep_ in {"compound", "flat"} and last.head.i == word.i
