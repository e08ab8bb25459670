"""Who is who across articles: one row per real speaker, whatever each article calls them.

Within an article the analysis already joins "Putin" to "Vladimir Putin"; each article's
speaker is the fullest name that article gives. Across articles the same rules apply to
those names, more cautiously, because two articles share no context:

- titles and honorifics go ("President Putin", "Mr Putin" → "Putin"); case, accents and
  punctuation do not count;
- full names with the same first and last word are one person ("Vladimir V. Putin" and
  "Vladimir Putin"), unless both give different middle names ("George W. Bush" and
  "George H. W. Bush" stay two), and then the form without one stays apart too;
- an initial joins the one full name it can stand for ("V. Putin");
- a lone surname joins the one full name in the library that ends with it; when two people
  share it ("John Smith", "Mary Smith") it joins neither and stays a row of its own;
- organisations and other names join only their own spelling (case, "the" and punctuation aside).

A speaker the model labelled as something that cannot speak ("Ilse Marrow" as a WORK_OF_ART) is a
person; so is a one-word organisation that speaks in an article naming one person of that surname
("Marrow said" read as an ORG beside "Ilse Marrow").

A wrong merge is worse than a second row: an ambiguous name is never joined.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from reader.nlp.words import DETERMINERS, HONORIFICS, NAME_PARTICLES, TITLES

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_STRIP_FRONT = HONORIFICS | TITLES
_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
"""Labels of things that do speak, through a spokesperson: these speakers are not people."""


@dataclass(frozen=True)
class NameRecord:
    """One entity of one article: its fullest name there, label and number of mentions."""

    article_id: str
    name: str
    label: str
    mentions: int = 1
    speaks: bool = False
    """True when a quote of the article is attributed to this name."""


@dataclass(frozen=True)
class Speaker:
    """One real speaker across the library."""

    key: str
    """Stable identity: ``person:vladimir putin``, ``person:?smith``, ``org:white house``."""
    name: str
    """The name to show: the fullest form the articles give, most mentioned first."""
    label: str


def name_words(name: str) -> tuple[str, ...]:
    """The words that identify a name: folded case and accents, no titles, no possessive."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = [w.replace("’", "'") for w in _WORD.findall(folded)]
    while len(words) > 1 and words[0] in _STRIP_FRONT:
        words.pop(0)
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return tuple(w for w in words if w)


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without particles ("de Gaulle" → "gaulle"), for matching only."""
    core = tuple(w for w in words if w not in NAME_PARTICLES)
    return core or words


class _Person:
    """The parts of a person's name that matching looks at."""

    __slots__ = ("first", "last", "middle")

    def __init__(self, core: tuple[str, ...]) -> None:
        self.first = core[0] if len(core) > 1 else ""
        self.last = core[-1]
        self.middle = core[1:-1]

    @property
    def full(self) -> bool:
        return bool(self.first)


def resolve_speakers(records: Iterable[NameRecord]) -> dict[tuple[str, str], Speaker]:
    """Each ``(article_id, name)`` of ``records`` → the ``Speaker`` it refers to."""
    records = list(records)
    persons = _person_records(records)
    keys: dict[tuple[str, str], str] = {}
    people = {r.name: _Person(_core(name_words(r.name))) for r in records if r in persons}
    person_keys = _person_keys([p for p in people.values() if p.last])
    for record in records:
        if record in persons and people[record.name].last:
            keys[(record.article_id, record.name)] = person_keys[_person_id(people[record.name])]
        else:
            words = tuple(w for w in name_words(record.name) if w not in DETERMINERS)
            keys[(record.article_id, record.name)] = "org:" + " ".join(words or (record.name,))
    return _speakers(records, keys)


def _person_records(records: list[NameRecord]) -> set[NameRecord]:
    """The records that name a person (see the module doc for speakers with other labels)."""
    persons = {r for r in records if r.label == "PERSON"}
    persons |= {r for r in records if r.speaks and r.label not in _GROUP_LABELS}
    surnames: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for record in persons:
        words = _core(name_words(record.name))
        if len(words) > 1:
            surnames[record.article_id + "\0" + words[-1]].add(words)
    for record in records:
        words = _core(name_words(record.name))
        fits = len(words) == 1 and len(surnames.get(record.article_id + "\0" + words[0], ())) == 1
        if record.speaks and fits:
            persons.add(record)
    return persons


def _person_id(person: _Person) -> tuple[str, tuple[str, ...], str]:
    return (person.first, person.middle, person.last)


def _person_keys(people: list[_Person]) -> dict[tuple[str, tuple[str, ...], str], str]:
    """Each distinct (first, middle, last) → its person key, by the rules in the module doc."""
    full = {_person_id(p): p for p in people if p.full and len(p.first) > 1}
    middles: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for first, middle, last in full:
        middles[(first, last)].add(_spelled_middle(middle))
    keys: dict[tuple[str, tuple[str, ...], str], str] = {}
    for first, middle, last in full:
        variants = middles[(first, last)] - {()}
        if len(variants) <= 1:  # one person, with or without the middle name
            keys[(first, middle, last)] = f"person:{first} {last}"
        elif _spelled_middle(middle):
            initials = " ".join(_spelled_middle(middle))
            keys[(first, middle, last)] = f"person:{first} {initials} {last}"
        else:
            keys[(first, middle, last)] = f"person:?{first} {last}"  # which of them: unknown
    by_last: dict[str, set[str]] = defaultdict(set)
    firsts_by_last: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for (first, _, last), key in keys.items():
        by_last[last].add(key)
        firsts_by_last[last].add((first, key))
    for person in people:
        pid = _person_id(person)
        if pid in keys:
            continue
        if person.full:  # an initial: "V. Putin"
            options = {
                key
                for first, key in firsts_by_last.get(person.last, ())
                if first.startswith(person.first) and not _unsure(key)
            }
        else:
            options = {k for k in by_last.get(person.last, ()) if not _unsure(k)}
        if len(options) == 1:
            keys[pid] = options.pop()
        else:
            keys[pid] = f"person:?{person.first + ' ' if person.first else ''}{person.last}"
    return keys


def _spelled_middle(middle: tuple[str, ...]) -> tuple[str, ...]:
    """Middle names as initials, so "Walker" and "W." compare equal."""
    return tuple(word[0] for word in middle)


def _unsure(key: str) -> bool:
    return key.startswith("person:?")


def _label(key: str, label: str) -> str:
    return "PERSON" if key.startswith("person:") else label


def _speakers(
    records: list[NameRecord], keys: dict[tuple[str, str], str]
) -> dict[tuple[str, str], Speaker]:
    """The display name and label of each key: the fullest, most mentioned form."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        key = keys[(record.article_id, record.name)]
        names[key][record.name] += max(record.mentions, 1)
        labels[key][_label(key, record.label)] += max(record.mentions, 1)

    def rank(key: str, name: str) -> tuple[int, int, int]:
        words = len(name_words(name))
        titled = len(name.split()) - words  # "President Putin" after "Vladimir Putin"
        return (words, -titled, names[key][name])

    shown = {key: max(counts, key=lambda n, k=key: rank(k, n)) for key, counts in names.items()}
    return {
        pair: Speaker(key, shown[key], labels[key].most_common(1)[0][0])
        for pair, key in keys.items()
    }
