"""Names listed next to a person are people too: "Lavergne, Morel, Dubreuil and Caron"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from reader.nlp.entities.consistency import name_key
from reader.nlp.entities.occupied import Occupied
from reader.nlp.entities.places import known_places
from reader.nlp.entities.spans import is_role

_PROPER_TAGS = {"NNP", "NNPS"}
_LIST_SEPARATORS = {",", "and", ";", "(", ")"}
MAX_SEPARATOR = 5
MAX_LIST_NAME = 3


def complete_lists(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names listed next to a person are people too: "Lavergne, Morel, Dubreuil and Caron".

    From each PERSON, walk along the list ("," / "and" then a run of capitalised proper nouns
    of 1-3 words) and mark the unmarked names as PERSON; stop at anything else.
    """
    taken = Occupied(doc, spans)
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


def _next_list_item(doc: Doc, edge: int, step: int, taken: Occupied) -> Span | None:
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
    item = Span(doc, start, end, label="PERSON")
    return None if is_role(item) else item  # "Harriet Lowe, Political Correspondent"


def _is_list_separator(token) -> bool:
    return (
        token.lower_ in _LIST_SEPARATORS
        or token.text in {"(", ")", "-", "–", "—"}
        or (token.like_num and not token.is_alpha)
    )


MAX_ROLE_WORDS = 4
MAX_ORG_WORDS = 6
_INNER_ORG_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "&"})


def affiliations(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "— Tom Akers, field coordinator, Health Without Borders": after a person and a role in
    lower case, the capitalised words that end the line are the organisation they work for."""
    taken = Occupied(doc, spans)
    added = []
    for span in spans:
        if span.label_ != "PERSON" or span.end + 2 >= len(doc) or doc[span.end].text != ",":
            continue
        i = span.end + 1
        role = 0
        while i < len(doc) and doc[i].is_lower and doc[i].is_alpha and role < MAX_ROLE_WORDS:
            i, role = i + 1, role + 1
        if role == 0 or i >= len(doc) or doc[i].text != ",":
            continue
        start = end = i + 1
        while end < len(doc) and end - start < MAX_ORG_WORDS and _org_word(doc, end, start):
            end += 1
        while end > start and doc[end - 1].lower_ in _INNER_ORG_WORDS:
            end -= 1
        if end - start < 2 or taken.overlaps(start, end) or not _ends_the_line(doc, end):
            continue
        taken.add(start, end)
        added.append(Span(doc, start, end, label="ORG"))
    return spans + added


def _org_word(doc: Doc, i: int, start: int) -> bool:
    token = doc[i]
    if token.is_title and token.is_alpha:
        return True
    return i > start and token.lower_ in _INNER_ORG_WORDS


def _ends_the_line(doc: Doc, end: int) -> bool:
    return (
        end >= len(doc)
        or "\n" in doc[end - 1].whitespace_ + doc[end].text
        or (doc[end].text in {".", ";"} and (end + 1 >= len(doc) or "\n" in doc[end + 1].text))
    )
