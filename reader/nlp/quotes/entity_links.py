"""Speakers as entity rows: every named speaker points at a row, one the NER missed becomes one.

The sidebar then lists every speaker, and ``speaker_entity`` always points at a row.
"""

from __future__ import annotations

import bisect
import re

from reader.model import Entity, Quote
from reader.nlp.entities.consistency import name_key
from reader.nlp.quotes.organisations import ORG_NAME_WORDS, ORG_NOUNS, PUBLICATION_NAME_WORDS
from reader.nlp.words import BUILDING_WORDS


def link_speakers(entities: list[Entity], found: list[Quote], text: str) -> list[Entity]:
    """Every named speaker is an entity: one the NER missed becomes a new row.

    The sidebar then lists every speaker, and ``speaker_entity`` always points at a row.
    """
    by_name = {_key(entity.name): entity for entity in entities}
    for quote in found:
        if quote.speaker is None:
            continue
        entity = (
            by_name.get(_key(quote.speaker))
            or _shorter_form(entities, quote.speaker)
            or _holder(entities, quote, text)
        )
        if entity is None:
            entity = _speaker_entity(quote, text, _next_id(entities), entities)
            entities.append(entity)
        elif len(quote.speaker) > len(entity.name):
            entity.name = (
                quote.speaker
            )  # the quotes found the fuller name ("Persson" → "Eva-Marie Persson")
        by_name[_key(quote.speaker)] = entity
        quote.speaker_entity = entity.id
    names = {entity.id: entity.name for entity in entities}
    for quote in found:
        if quote.speaker_entity is not None:
            quote.speaker = names[quote.speaker_entity]
    return entities


def _key(name: str) -> str:
    """A name without case or quote marks: the quotes' speaker 'Ada Dot Quell' is the row
    'Ada "Dot" Quell' (a nickname's marks are not part of the name's words), and "De'Marco"
    is "De’Marco" whichever apostrophe the article typed."""
    return " ".join(name_key(_QUOTE_MARK.sub("", name)).split())


# A quote mark at a word's edge, not an apostrophe inside one ("O'Neill").
_QUOTE_MARK = re.compile(r"(?<!\w)[\"'“”‘’«»]|[\"'“”‘’«»](?!\w)")


def _shorter_form(entities: list[Entity], name: str) -> Entity | None:
    """The one person row whose name is part of ``name`` ("Persson" for "Eva-Marie Persson")."""
    words = set(name.lower().split())
    found = [
        entity
        for entity in entities
        if entity.label == "PERSON" and set(entity.name.lower().split()) < words
    ]
    return found[0] if len(found) == 1 else None


def _holder(entities: list[Entity], quote: Quote, text: str) -> Entity | None:
    """The one row that already holds the speaker's words as a mention, under a fuller name the
    article wrote before them ("Marisol T. Ferrand …", then "said Ms. Ferrand"): no second row
    for the same words. A fuller name only written later may be someone else's ("Mr. Obama" …
    "the first lady, Michelle Obama")."""
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None:
        return None
    words = set(_key(quote.speaker or "").split())

    def introduced(entity: Entity) -> bool:
        return any(b <= start and words < set(_key(text[a:b]).split()) for a, b in entity.mentions)

    found = [
        entity
        for entity in entities
        if any(a < end and start < b for a, b in entity.mentions) and introduced(entity)
    ]
    return found[0] if len(found) == 1 else None


def _speaker_entity(quote: Quote, text: str, entity_id: str, entities: list[Entity]) -> Entity:
    name = quote.speaker or ""
    last = name.split()[-1].lower()
    body = last in ORG_NOUNS | ORG_NAME_WORDS | PUBLICATION_NAME_WORDS or last.isdigit()
    body = body or last in BUILDING_WORDS  # "Pellow Street said": the office there
    label = "ORG" if body else "PERSON"  # "Channel 4" is no person
    # The name where the quote names it, else where the article does: never the "it" or
    # "the company" that stood for it.
    at = text.find(name, quote.speaker_start or 0, quote.speaker_end or 0)
    if at < 0:
        at = text.find(name)
    if at >= 0:
        return Entity(entity_id, label, name, [(at, at + len(name))])
    # A name put together from the phrase ("Tavria's foreign ministry" → "Tavria ministry"):
    # the phrase is its mention, so no row is left with none.
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None:
        return Entity(entity_id, label, name, [])
    for a, b in sorted(m for e in entities for m in e.mentions if m[0] < end and start < m[1]):
        if a <= start < b:  # "Tavria's foreign ministry": Tavria keeps its own mention
            start = b
    start += len(_POSSESSIVE_GAP.match(text, start).group())
    return Entity(entity_id, label, name, [(start, end)] if start < end else [])


_POSSESSIVE_GAP = re.compile(r"(?:['’]s?)?\s*")


def _next_id(entities: list[Entity]) -> str:
    numbers = [int(e.id[1:]) for e in entities if e.id[1:].isdigit()]
    return f"e{max(numbers, default=0) + 1}"


def link_roles(entities: list[Entity], roles: list[tuple[int, int, str]]) -> list[Entity]:
    """Each role noun that names a titled person ("the PM" → Jane Roe) is a mention of that
    person's row, unless a person's row already covers those words."""
    by_name = {entity.name.lower(): entity for entity in entities if entity.label == "PERSON"}
    # A nationality inside the role ("Russian" of "the Russian leader") keeps its own row.
    taken = sorted(m for entity in entities if entity.label == "PERSON" for m in entity.mentions)
    added: set[str] = set()
    for start, end, name in sorted(set(roles)):
        entity = by_name.get(name.lower()) or _shorter_form(entities, name)
        if entity is None or _overlaps(taken, start, end):
            continue
        entity.mentions.append((start, end))
        bisect.insort(taken, (start, end))
        added.add(entity.id)
    for entity in entities:
        if entity.id in added:
            entity.mentions.sort()
    return entities


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (start, start))
    return any(s < end and e > start for s, e in spans[max(0, i - 3) : i + 1])
