"""Group the mentions of one real entity into one ``Entity`` (one sidebar row).

Mentions with the same name (case and titles aside) are one entity; a surname or first name
joins the one full name in the article that has it ("Shearer", "Alan" → "Alan Shearer"), an
acronym joins the one name it abbreviates ("IMF" → "International Monetary Fund", written
"the International Monetary Fund (IMF)" or just with those initials), "NationsBank" joins
"NationsBank Corp.". When two full names share the word ("Bob Smith", "Jane Smith"),
"Smith" stays on its own: a wrong merge is worse than a second row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span

from reader.model import Entity
from reader.nlp.entity_words import (
    CORPORATE_SUFFIXES,
    HONORIFICS,
    KEPT_LABELS,
    NAME_PARTICLES,
    TITLES,
)


class _Group:
    __slots__ = ("key", "mentions", "parent")

    def __init__(self, key: tuple[str, ...]) -> None:
        self.key = key
        self.mentions: list[Span] = []
        self.parent: _Group = self

    def root(self) -> _Group:
        group = self
        while group.parent is not group:
            group.parent = group.parent.parent
            group = group.parent
        return group

    @property
    def label(self) -> str:
        return Counter(m.label_ for m in self.mentions).most_common(1)[0][0]


def group_entities(spans: Iterable[Span]) -> list[Entity]:
    groups: dict[tuple[str, ...], _Group] = {}
    for span in spans:
        if span.label_ not in KEPT_LABELS:
            continue
        key = match_words(span)
        if not key:
            continue
        groups.setdefault(key, _Group(key)).mentions.append(span)
    _join_name_parts(groups)
    _join_corporate_forms(groups)
    _join_acronyms(groups)
    return _entities(groups)


def match_words(span: Span) -> tuple[str, ...]:
    """The words of a name that identify it: lower-cased, without titles and punctuation."""
    words = [t.lower_.replace("’", "'") for t in span if any(ch.isalnum() for ch in t.text)]
    while len(words) > 1 and words[0].rstrip(".") in HONORIFICS | TITLES:
        words.pop(0)
    if words and words[-1] in {"'s", "'"}:
        words.pop()
    return tuple(words)


def _join_name_parts(groups: dict[tuple[str, ...], _Group]) -> None:
    """A one-word PERSON (or a shorter form of a full name) joins its one full name."""
    full = [g for g in groups.values() if g.label == "PERSON" and len(g.key) >= 2]
    by_first: dict[str, set[tuple[str, ...]]] = {}
    by_last: dict[str, set[tuple[str, ...]]] = {}
    for group in full:
        by_first.setdefault(group.key[0], set()).add(group.key)
        by_last.setdefault(group.key[-1], set()).add(group.key)
    # a longer name that contains a shorter full name is the same person ("Roberto Duran")
    for group in full:
        if len(group.key) < 3:
            continue
        shorter = (group.key[0], group.key[-1])
        if shorter in groups and shorter != group.key:
            _union(groups[shorter], group)
    for group in list(groups.values()):
        if len(group.key) != 1 or group.label != "PERSON":
            continue
        word = group.key[0]
        if word in NAME_PARTICLES:
            continue
        surnames = {groups[k].root() for k in by_last.get(word, ())}
        firsts = {groups[k].root() for k in by_first.get(word, ())}
        if len(surnames) == 1 and (not firsts or firsts == surnames):
            _union(surnames.pop(), group)
        elif not surnames and len(firsts) == 1 and group.label == "PERSON":
            _union(firsts.pop(), group)


def _join_corporate_forms(groups: dict[tuple[str, ...], _Group]) -> None:
    """ "NationsBank Corp." and "NationsBank" are one company."""
    for group in list(groups.values()):
        key = group.key
        if len(key) >= 2 and key[-1].rstrip(".") in CORPORATE_SUFFIXES:
            bare = key[:-1]
            if bare in groups:
                _union(group, groups[bare])


def _join_acronyms(groups: dict[tuple[str, ...], _Group]) -> None:
    """ "IMF" joins the one name in the article whose initials are I, M, F."""
    by_initials: dict[str, set[_Group]] = {}
    for group in groups.values():
        words = [w for w in group.key if w not in NAME_PARTICLES]
        if len(words) >= 2:
            initials = "".join(w[0] for w in words)
            by_initials.setdefault(initials, set()).add(group)
    for group in list(groups.values()):
        if len(group.key) != 1:
            continue
        text = group.mentions[0].text.replace(".", "")
        if not (2 <= len(text) <= 8 and text.isalpha() and text.isupper()):
            continue
        candidates = {g.root() for g in by_initials.get(text.lower(), ())}
        candidates.discard(group.root())
        if len(candidates) == 1:
            _union(candidates.pop(), group)


def _union(keep: _Group, other: _Group) -> None:
    a, b = keep.root(), other.root()
    if a is not b:
        b.parent = a


def _entities(groups: dict[tuple[str, ...], _Group]) -> list[Entity]:
    members: dict[int, list[_Group]] = {}
    for group in groups.values():
        members.setdefault(id(group.root()), []).append(group)
    entities = []
    for parts in members.values():
        mentions = sorted((m for g in parts for m in g.mentions), key=lambda m: m.start_char)
        label = Counter(m.label_ for m in mentions).most_common(1)[0][0]
        entities.append(
            Entity(
                id="",
                label=label,
                name=_fullest_name(mentions),
                mentions=[(m.start_char, m.end_char) for m in mentions],
            )
        )
    entities.sort(key=lambda e: e.mentions[0])
    for number, entity in enumerate(entities, 1):
        entity.id = f"e{number}"
    return entities


def _fullest_name(mentions: list[Span]) -> str:
    """The longest form, preferring mixed case over capitals, then the most frequent."""
    counts = Counter(m.text for m in mentions)

    def rank(text: str) -> tuple[int, int, int, int]:
        words = len(match_words_text(text))
        mixed = int(not text.isupper())
        return (mixed, words, counts[text], len(text))

    return max(counts, key=rank)


def match_words_text(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]
