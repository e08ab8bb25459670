"""Group the mentions of one real entity into one ``Entity`` (one sidebar row).

Mentions with the same name (case and titles aside) are one entity; a surname or first name
joins the one full name in the article that has it ("Brackley", "Owen" → "Owen Brackley"), an
acronym joins the one name it abbreviates ("IMF" → "International Monetary Fund", written
"the International Monetary Fund (IMF)" or just with those initials), "Westmark" joins
"Westmark Corp.". When two full names share the word ("Bob Smith", "Jane Smith"),
"Smith" stays on its own: a wrong merge is worse than a second row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span

from reader.model import PLACE_LABELS, Entity
from reader.nlp.doc_text import doc_text
from reader.nlp.entities import joins
from reader.nlp.entities.joins import Group
from reader.nlp.words import HONORIFICS, HYPHENS, KEPT_LABELS, TITLES


def group_entities(spans: Iterable[Span]) -> list[Entity]:
    mentions: dict[tuple[str, ...], list[Span]] = {}
    for span in spans:
        if span.label_ not in KEPT_LABELS:
            continue
        key = match_words(span)
        if not key:
            continue
        mentions.setdefault(key, []).append(span)
    _split_towns(mentions)
    headline = _title_case_headline(mentions)
    groups = {key: Group(key, found) for key, found in mentions.items()}
    joins.join_bracketed_first_names(groups)
    joins.join_corporate_forms(groups)
    joins.join_plurals(groups)
    joins.join_name_parts(groups)
    joins.join_shorter_forms(groups)
    joins.join_teams(groups)
    joins.join_abbreviated_words(groups)
    joins.join_compass_short_forms(groups)
    joins.join_acronyms(groups)
    joins.join_parenthesised(groups)
    joins.join_state_names(groups)
    return _entities(groups, headline)


def _title_case_headline(mentions: dict[tuple[str, ...], list[Span]]) -> int:
    """Where the article's first line ends, if it is a Title Case headline; else -1."""
    spans = next(iter(mentions.values()), [])
    if not spans:
        return -1
    text = doc_text(spans[0].doc)
    first_break = text.find("\n")
    return first_break if first_break > 0 and _title_case(text[:first_break]) else -1


def _split_towns(mentions: dict[tuple[str, ...], list[Span]]) -> None:
    """A name whose mentions are an organisation's and a place's ("Dunmore beat Halsey",
    "in Dunmore") names a club and its town: two rows. The labels were settled per mention by
    then (``sport``), so a mixed key is never one entity read two ways."""
    for key, found in list(mentions.items()):
        towns = [m for m in found if m.label_ in PLACE_LABELS]
        if towns and any(m.label_ == "ORG" for m in found):
            mentions[key] = [m for m in found if m.label_ not in PLACE_LABELS]
            mentions[(*key, "\x00town")] = towns


def match_words(span: Span) -> tuple[str, ...]:
    """The words of a name that identify it: lower-cased, without titles and punctuation.

    Parts joined by a hyphen with no space are one word ("Locksley-von", "Chun-yeh"), so
    "von Hartmann" is not the end of "Anna Locksley-von Hartmann".
    """
    words: list[str] = []
    glue = False
    for token in span:
        if token.text in HYPHENS and words and glue and not token.whitespace_:
            words[-1] += "-"
            continue
        if any(ch.isalnum() for ch in token.text):
            word = token.lower_.replace("’", "'")
            if words and words[-1].endswith("-"):
                words[-1] += word
            else:
                words.append(word)
        glue = not token.whitespace_
    words = [w.rstrip("-") for w in words]
    while len(words) > 1 and words[0].rstrip(".") in HONORIFICS | TITLES:
        words.pop(0)
    if words and words[-1] in {"'s", "'"}:
        words.pop()
    return tuple(words)


def _entities(groups: dict[tuple[str, ...], Group], headline: int) -> list[Entity]:
    members: dict[int, list[Group]] = {}
    for group in groups.values():
        if group.mentions:
            members.setdefault(id(group.root()), []).append(group)
    entities = []
    for parts in members.values():
        mentions = sorted((m for g in parts for m in g.mentions), key=lambda m: m.start_char)
        label = _label(parts)
        entities.append(
            Entity(
                id="",
                label=label,
                name=_fullest_name(mentions, label, headline),
                mentions=[(m.start_char, m.end_char) for m in mentions],
            )
        )
    entities.sort(key=lambda e: e.mentions[0])
    for number, entity in enumerate(entities, 1):
        entity.id = f"e{number}"
    return entities


def _label(parts: list[Group]) -> str:
    """The label of the longest name's own mentions: "Dunmore Otters" (ORG) and "Dunmore"
    (read as a place) make an ORG; labels of single words only count when nothing is longer."""
    longest = max(len(g.key) for g in parts)
    votes = Counter(m.label_ for g in parts if len(g.key) == longest for m in g.mentions)
    return votes.most_common(1)[0][0]


def _fullest_name(mentions: list[Span], label: str, headline: int) -> str:
    """The longest form, preferring mixed case over capitals, then the most frequent; for a
    person, a form in the ``headline`` (where a Title Case first line ends, or -1) only when
    the body never gives a full one (a Title Case headline glues words to a name: "Roe Backs
    Jo Vail" beside the body's "Jo Vail")."""
    if label == "PERSON" and headline > 0:
        body = [m for m in mentions if m.start_char > headline]
        if any(len(match_words_text(m.text)) >= 2 for m in body):
            mentions = body
    counts = Counter(m.text for m in mentions)

    def rank(text: str) -> tuple[int, int, int, int]:
        words = len(match_words_text(text))
        mixed = int(not text.isupper())
        return (mixed, words, counts[text], len(text))

    return max(counts, key=rank)


def match_words_text(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def _title_case(line: str) -> bool:
    """A headline in Title Case: most of its words capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
