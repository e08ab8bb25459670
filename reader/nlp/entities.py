"""Entity clean-up and grouping as spaCy components.

``reader_entity_cleanup`` trims what the statistical NER drags into spans (quote marks,
possessives, titles). ``reader_entity_groups`` joins the mentions of one real entity
("Vladimir Putin", "Mr Putin", "Putin") and names the group by its fullest form.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from reader.model import Entity

KEPT_LABELS = {
    "PERSON",
    "GPE",
    "LOC",
    "FAC",
    "ORG",
    "NORP",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "PRODUCT",
}
TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "prime",
    "minister",
    "pm",
    "senator",
    "sen",
    "rep",
    "gov",
    "governor",
    "general",
    "gen",
    "prof",
    "professor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chancellor",
    "secretary",
}
_TRIM = set("\"'“”‘’«»()[]—–-,.:;")

Doc.set_extension("reader_entities", default=[], force=True)


@Language.component("reader_entity_cleanup")
def entity_cleanup(doc: Doc) -> Doc:
    cleaned = []
    for ent in doc.ents:
        span = _trim(ent)
        if span is not None:
            cleaned.append(span)
    doc.set_ents(cleaned, default="unmodified")
    return doc


def _trim(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].text in _TRIM or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _TRIM or doc[end - 1].lower_ in {"'s", "’s", "'"}):
        end -= 1
    if ent.label_ == "PERSON":
        while end - start > 1 and doc[start].lower_.rstrip(".") in TITLES:
            start += 1
    if start >= end:
        return None
    return Span(doc, start, end, label=ent.label_)


@Language.component("reader_entity_groups")
def entity_groups(doc: Doc) -> Doc:
    groups: dict[tuple[str, str], Entity] = {}
    people: list[Entity] = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        key = (ent.label_, ent.text.lower())
        group = groups.get(key)
        if group is None and ent.label_ == "PERSON":
            group = _match_person(people, ent.text)
        if group is None:
            group = Entity(id="", label=ent.label_, name=ent.text)
            if ent.label_ == "PERSON":
                people.append(group)
        elif len(ent.text) > len(group.name):
            group.name = ent.text
        groups[key] = group
        group.mentions.append((ent.start_char, ent.end_char))
    unique = list({id(g): g for g in groups.values()}.values())
    unique.sort(key=lambda g: g.mentions[0][0])
    for number, group in enumerate(unique, 1):
        group.id = f"e{number}"
    doc._.reader_entities = unique
    return doc


def _match_person(people: list[Entity], text: str) -> Entity | None:
    """A one-word mention joins the only person whose name has that word, if exactly one."""
    words = text.lower().split()
    candidates = [p for p in people if set(words) <= set(p.name.lower().split())]
    if len(candidates) == 1:
        return candidates[0]
    longer = [p for p in people if set(p.name.lower().split()) <= set(words)]
    return longer[0] if len(longer) == 1 else None
