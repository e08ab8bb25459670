"""The article's people, places, organisations and figures as rows, by kind (the sidebar's
sections and the palette's jumps)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from reader.model import Analysis, Span, entity_kind
from reader.textsafety import one_line


@dataclass
class EntityRow:
    """A person, place, organisation or figure, with every place the article mentions it."""

    kind: str
    """people, places, orgs or figures."""
    name: str
    key: str
    """The entity's id (a figure's text)."""
    spans: list[Span] = field(default_factory=list)


def entity_rows(analysis: Analysis) -> dict[str, list[EntityRow]]:
    """Sections of rows for entities and figures, each sorted by mention count (most first)."""
    rows: dict[str, list[EntityRow]] = defaultdict(list)
    for entity in analysis.entities:
        kind = entity_kind(entity.label)
        if kind and entity.mentions:
            rows[kind].append(
                EntityRow(kind, one_line(entity.name, 60), entity.id, sorted(entity.mentions))
            )
    figures: dict[str, list[Span]] = defaultdict(list)
    for figure in analysis.figures:
        figures[one_line(figure.text, 60)].append((figure.start, figure.end))
    rows["figures"] = [
        EntityRow("figures", text, text, sorted(spans)) for text, spans in figures.items()
    ]
    for items in rows.values():
        items.sort(key=lambda item: (-len(item.spans), item.name.casefold()))
    return rows
