"""The rules that join two name groups of one article into one entity.

Each ``join_*`` looks at every group's key (its words, lower-cased, titles dropped) and unions a
group with the one other group it is a shorter, abbreviated or plural form of; where more than
one group fits, nothing is joined.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span

from reader.model import PLACE_LABELS
from reader.nlp.doc_text import doc_text
from reader.nlp.entities.places import known_places
from reader.nlp.words import (
    CORPORATE_SUFFIXES,
    DEMONYM_ENDINGS,
    NAME_PARTICLES,
    STATE_NOUNS,
    demonym_roots,
    place_roots,
)


class Group:
    __slots__ = ("key", "label", "mentions", "parent")

    def __init__(self, key: tuple[str, ...], mentions: list[Span]) -> None:
        self.key = key
        self.parent: Group = self
        self.set_mentions(mentions)

    def set_mentions(self, mentions: list[Span]) -> None:
        """The group's mentions, and its label: the one most of them have."""
        self.mentions = mentions
        votes = Counter(m.label_ for m in mentions).most_common(1)
        self.label = votes[0][0] if votes else ""

    def root(self) -> Group:
        group = self
        while group.parent is not group:
            group.parent = group.parent.parent
            group = group.parent
        return group


_SCORE = re.compile(r"(?<![\d/.:-])\d{1,3}-\d{1,3}(?![\d/:-])")
_COMPASS = frozenset({"north", "south", "east", "west"})
_PLACE_WORDS = frozenset({"in", "at", "near", "outside"})
_NAMED_LABELS = frozenset({"PERSON", "ORG"})
_CLOSING_BRACKETS = frozenset({")", "]"})


def join_plurals(groups: dict[tuple[str, ...], Group]) -> None:
    """ "Grey Heron" and "Grey Herons", "Otter" and "Otters": one team, one row."""
    people = {w for g in groups.values() if g.label == "PERSON" and len(g.key) > 1 for w in g.key}
    for group in list(groups.values()):
        last = group.key[-1]
        if len(last) >= 4 and last.endswith("s") and group.label != "PERSON":
            singular = (*group.key[:-1], last[:-1])
            other = groups.get(singular)
            if other is not None and (other.label != "PERSON" or singular[-1] not in people):
                union(group, other)


def join_name_parts(groups: dict[tuple[str, ...], Group]) -> None:
    """A one-word PERSON (or a shorter form of a full name) joins its one full name."""
    full = [g for g in groups.values() if g.label == "PERSON" and len(g.key) >= 2]
    by_first: dict[str, set[tuple[str, ...]]] = {}
    by_last: dict[str, set[tuple[str, ...]]] = {}
    for group in full:
        by_first.setdefault(group.key[0], set()).add(group.key)
        by_last.setdefault(group.key[-1], set()).add(group.key)
    # a longer name that contains a shorter full name is the same person ("Esteban Varga",
    # and "Dot Quell" of 'Ada J. "Dot" Quell'), so the surname alone has one person to join
    for group in full:
        if len(group.key) < 3:
            continue
        for shorter in {(group.key[0], group.key[-1]), group.key[-2:]}:
            if shorter in groups and shorter != group.key:
                union(groups[shorter], group)
    shared_surnames = []
    for group in list(groups.values()):
        if len(group.key) != 1 or group.label != "PERSON":
            continue
        word = group.key[0]
        if word in NAME_PARTICLES:
            continue
        surnames = {groups[k].root() for k in by_last.get(word, ())} - {group.root()}
        firsts = {groups[k].root() for k in by_first.get(word, ())} - {group.root()}
        if len(surnames) == 1:
            # news refers back by surname: "Marsh" is Helen Marsh, even if a
            # "Marsh Foundation" misread as a person also starts with the word
            union(surnames.pop(), group)
        elif len(surnames) > 1:
            shared_surnames.append(group)
        elif not surnames and len(firsts) == 1 and group.label == "PERSON":
            union(firsts.pop(), group)
    for group in shared_surnames:
        _join_shared_surname(group, by_last[group.key[0]], groups)


def _join_shared_surname(
    group: Group, full_names: set[tuple[str, ...]], groups: dict[tuple[str, ...], Group]
) -> None:
    """Two people share a surname ("Ivo Marsh", "Helen Marsh"): news calls one of them by the
    first name alone ("Helen") so that the surname alone can stay the other's."""
    called_by_surname = set()
    for key in full_names:
        person = groups[key].root()
        first = groups.get(key[:1])
        by_first_name = first is not None and first.root() is person
        if person is not group.root() and not (by_first_name and _alone(first.mentions)):
            called_by_surname.add(person)
    if len(called_by_surname) == 1:
        union(called_by_surname.pop(), group)


def _alone(mentions: list[Span]) -> bool:
    """Is one of the first-name mentions a name of its own, not the head of a list sharing
    the surname that ends it ("Ivo and Helen Roe", "Ivo, Ada and Helen Roe")?"""
    for mention in mentions:
        doc = mention.doc
        after = doc[mention.end] if mention.end < len(doc) else None
        listed = after is not None and (
            after.lower_ in {"and", "&", "or"}
            or (after.text == "," and mention.end + 1 < len(doc) and doc[mention.end + 1].is_title)
        )
        if not listed:
            return True
    return False


BUSINESS_WORDS = CORPORATE_SUFFIXES | {
    "capital",
    "investment",
    "investments",
    "management",
    "partners",
    "ventures",
    "advisors",
    "labs",
    "laboratories",
    "technologies",
    "systems",
    "industries",
    "enterprises",
    "motors",
    "airlines",
    "airways",
    "pharmaceuticals",
    "networks",
    "studios",
    "foods",
    "brands",
}


def join_corporate_forms(groups: dict[tuple[str, ...], Group]) -> None:
    """ "Westmark Corp." and "Westmark" are one company, and so are "Westmark Investment Group"
    and "Westmark", or "Westmark Marine Supplies Inc" and "Westmark" (not a known place, not a
    nationality)."""
    for group in list(groups.values()):
        key = group.key
        if len(key) >= 2 and key[-1].rstrip(".") in CORPORATE_SUFFIXES:
            bare = key[:-1]
            if bare in groups:
                union(group, groups[bare])
                continue
            first = groups.get(key[:1])
            if len(key) >= 3 and first is not None and first.label == "ORG":
                union(group, first)
                continue
        if group.label != "ORG":
            continue
        for cut in range(len(key) - 1, 0, -1):
            if key[cut].rstrip(".") not in BUSINESS_WORDS:
                break
            bare = groups.get(key[:cut])
            if bare is not None and _may_be_short_for(bare):
                union(group, bare)
                break


def _may_be_short_for(group: Group) -> bool:
    return group.label not in {"NORP", "PERSON"} and " ".join(group.key) not in known_places()


def join_acronyms(groups: dict[tuple[str, ...], Group]) -> None:
    """ "IMF" joins the one name in the article whose initials are I, M, F."""
    by_initials: dict[str, set[Group]] = {}
    for group in groups.values():
        words = [w for w in group.key if w not in NAME_PARTICLES]
        if len(words) >= 2:
            initials = "".join(part[0] for w in words for part in w.split("-") if part)
            by_initials.setdefault(initials, set()).add(group)
    for group in list(groups.values()):
        if len(group.key) != 1:
            continue
        texts = {m.text.replace(".", "") for m in group.mentions}
        if not any(2 <= len(t) <= 8 and t.isalpha() and t.isupper() for t in texts):
            continue
        candidates = {g.root() for g in by_initials.get(group.key[0].replace(".", ""), ())}
        candidates.discard(group.root())
        if len(candidates) == 1:
            union(candidates.pop(), group)


def join_shorter_forms(groups: dict[tuple[str, ...], Group]) -> None:
    """The end of one person's or organisation's name: "Herons" → "Portmouth Herons",
    "Van Hoek" → "Pieter Van Hoek", "Transport Ministry" → "Kenyan Transport Ministry";
    and an organisation's first word(s): "Varnetti" → "Varnetti Cables", "Fed" → "Federal Reserve".
    """
    named = [g for g in groups.values() if len(g.key) >= 2 and g.label in _NAMED_LABELS]
    by_suffix: dict[tuple[str, ...], set[Group]] = {}
    by_prefix: dict[tuple[str, ...], set[Group]] = {}
    for group in named:
        for cut in range(1, len(group.key)):
            if group.key[cut - 1] in NAME_PARTICLES:
                continue  # "England" is not "Bank of England"
            by_suffix.setdefault(group.key[cut:], set()).add(group)
            if group.label == "ORG":
                by_prefix.setdefault(group.key[:cut], set()).add(group)
        if group.label == "ORG" and len(group.key) >= 3 and _leading_demonym(group):
            for cut in range(2, len(group.key)):  # "Labour" → "British Labour Party"
                by_prefix.setdefault(group.key[1:cut], set()).add(group)
        if group.label == "ORG" and len(group.key[0]) > 4:
            for size in range(3, len(group.key[0])):
                by_prefix.setdefault((group.key[0][:size],), set()).add(group)
    for group in list(groups.values()):
        if group.key[-1] in NAME_PARTICLES:
            continue
        owners = {g.root() for g in by_suffix.get(group.key, ())}
        if group.root() in owners:
            continue  # joined to one of them already: joining another would merge two names
        if group.label in PLACE_LABELS:
            # a place joins a person's name ("Washington" → "Marcus Washington") or the end of
            # a team's ("Herons" → "Portmouth Herons"); never "Belgium" → "Air Belgium"
            team = len(group.key) > 1 or group.key[-1].endswith("s")  # "Blue Lynx", "Herons"
            owners = {g for g in owners if g.label == "PERSON" or (team and g.label == "ORG")}
        if group.label == "ORG" and not owners:
            owners = {g.root() for g in by_prefix.get(group.key, ())} - {group.root()}
            owners = _shortest(owners)  # "Fed": the Federal Reserve, not its committee
        if len(owners) == 1:
            union(owners.pop(), group)


def _leading_demonym(group: Group) -> bool:
    """The name starts with a nationality: "Norwegian Economic Crime Authority"."""
    return any(
        m[0].lower_.endswith(DEMONYM_ENDINGS) and m[0].text[:1].isupper() for m in group.mentions
    )


def join_teams(groups: dict[tuple[str, ...], Group]) -> None:
    """In a sports report (scores like 5-2 in the text), "Dunmore" is the "Dunmore Otters"
    when the article names no other Dunmore team."""
    if not groups:
        return
    doc = next(iter(groups.values())).mentions[0].doc
    if not is_results_report(doc_text(doc)):
        return
    by_prefix: dict[tuple[str, ...], set[Group]] = {}
    for group in groups.values():
        if group.label == "ORG" and len(group.key) >= 2 and not _has_particle(group.key):
            for cut in range(1, len(group.key)):
                by_prefix.setdefault(group.key[:cut], set()).add(group)
    people = {w for g in groups.values() if g.label == "PERSON" and len(g.key) > 1 for w in g.key}
    for group in list(groups.values()):
        if group.key not in by_prefix:
            continue
        if group.label not in PLACE_LABELS and not (
            group.label == "PERSON" and len(group.key) == 1 and group.key[0] not in people
        ):
            continue
        owners = {g.root() for g in by_prefix[group.key]}
        owners.discard(group.root())
        if len(owners) == 1:
            # "in Dunmore" is still the city: those mentions keep a row of their own
            city = [m for m in group.mentions if _after_place_word(m)]
            if len(city) == len(group.mentions):
                continue
            if city:
                group.set_mentions([m for m in group.mentions if not _after_place_word(m)])
                groups[(*group.key, "\x00city")] = Group(group.key, city)
            union(owners.pop(), group)


def _after_place_word(mention: Span) -> bool:
    return mention.start > 0 and mention.doc[mention.start - 1].lower_ in _PLACE_WORDS


def _shortest(groups: set[Group]) -> set[Group]:
    """The one group with the fewest words, or all of them when that is a tie."""
    if len(groups) < 2:
        return groups
    fewest = min(len(g.key) for g in groups)
    shortest = {g for g in groups if len(g.key) == fewest}
    return shortest if len(shortest) == 1 else groups


def is_results_report(text: str) -> bool:
    scores = _SCORE.finditer(text)
    return next(scores, None) is not None and next(scores, None) is not None


def _has_particle(key: tuple[str, ...]) -> bool:
    return any(word in NAME_PARTICLES for word in key)


def join_compass_short_forms(groups: dict[tuple[str, ...], Group]) -> None:
    """ "the North" and "the South" in an article about North and South Korea are the two
    countries: a compass word joins the one place in the article whose name it begins."""
    by_first: dict[str, set[Group]] = {}
    for group in groups.values():
        if group.label in PLACE_LABELS and len(group.key) == 2 and group.key[0] in _COMPASS:
            by_first.setdefault(group.key[0], set()).add(group)
    for group in list(groups.values()):
        if len(group.key) == 1 and group.key[0] in _COMPASS and group.label in PLACE_LABELS:
            owners = {g.root() for g in by_first.get(group.key[0], ())} - {group.root()}
            if len(owners) == 1:
                union(owners.pop(), group)


def join_abbreviated_words(groups: dict[tuple[str, ...], Group]) -> None:
    """ "N. Korea" is "North Korea" when no other name fits."""
    by_initials: dict[tuple[str, ...], list[Group]] = {}
    for group in groups.values():
        by_initials.setdefault(tuple(w[0] for w in group.key), []).append(group)
    for group in list(groups.values()):
        key = group.key
        if not any(len(w) == 2 and w.endswith(".") for w in key):
            continue
        fits = {
            g.root()
            for g in by_initials.get(tuple(w[0] for w in key), ())
            if g.key != key and all(_word_fits(a, b) for a, b in zip(key, g.key, strict=True))
        }
        if len(fits) == 1:
            union(fits.pop(), group)


def _word_fits(short: str, full: str) -> bool:
    return short == full or (short.endswith(".") and full.startswith(short[0]))


def join_parenthesised(groups: dict[tuple[str, ...], Group]) -> None:
    """ "the Party of Civic Renewal (PCR)": the article spells out the abbreviation."""
    by_start: dict[int, Group] = {}
    for group in groups.values():
        for mention in group.mentions:
            by_start[mention.start] = group
    for group in list(groups.values()):
        for mention in group.mentions:
            doc, end = mention.doc, mention.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                inner = by_start.get(end + 1)
                if (
                    inner is not None
                    and len(group.key) >= 2
                    and len(inner.key) == 1
                    and doc[end + 1].text.isupper()
                ):
                    union(group, inner)


def join_state_names(groups: dict[tuple[str, ...], Group]) -> None:
    """ "the Tavrian Federation" is Tavria when the article also names the country on its own:
    a nationality and a word for a state ("Republic", "Kingdom") name one place."""
    by_root: dict[str, set[Group]] = {}
    for group in groups.values():
        if group.label in PLACE_LABELS and len(group.key) == 1:
            for root in place_roots(group.key[0]):
                by_root.setdefault(root, set()).add(group)
    for group in list(groups.values()):
        key = group.key
        if group.label in PLACE_LABELS and len(key) == 2 and key[1] in STATE_NOUNS:
            owners = {g.root() for root in demonym_roots(key[0]) for g in by_root.get(root, ())}
            owners.discard(group.root())
            if len(owners) == 1:
                union(group, owners.pop())


def join_bracketed_first_names(groups: dict[tuple[str, ...], Group]) -> None:
    """ "(the champion Ada) Quell", "[Ada] Quell": an editor's bracket inside a quote splits a
    name, and the word before the bracket is the person's first name, whatever the model read
    it as. Only a word the article uses nowhere else is taken."""
    by_start = {m.start: g for g in groups.values() for m in g.mentions}
    for group in list(groups.values()):
        if len(group.key) != 1 or not all(_before_a_bracket(m) for m in group.mentions):
            continue
        people = {by_start.get(m.end + 1) for m in group.mentions}
        person = people.pop() if len(people) == 1 else None
        if person is None or person is group or person.label != "PERSON" or len(person.key) > 1:
            continue
        doc = group.mentions[0].doc
        group.set_mentions([Span(doc, m.start, m.end, "PERSON") for m in group.mentions])
        union(person, group)


def _before_a_bracket(mention: Span) -> bool:
    doc, end = mention.doc, mention.end
    word = mention[0]
    return (
        word.is_title
        and word.is_alpha
        and end + 1 < len(doc)
        and doc[end].text in _CLOSING_BRACKETS
    )


def union(keep: Group, other: Group) -> None:
    a, b = keep.root(), other.root()
    if a is not b:
        b.parent = a
