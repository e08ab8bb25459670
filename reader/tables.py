"""The library's tables as a dataset (``reader analyze --out DIR --format parquet``).

The rows come from the library's own row builder (``reader.store.rows.analysis_rows``), so a
Parquet table has the library table's columns and values: ``entities.id`` numbered as the
library numbers it, ``mentions.entity`` and ``quotes.speaker_entity`` pointing at it. Left out:
the row ids of ``mentions``, ``quotes`` and ``figures`` (SQLite's own numbering, referred to by
nothing) and the articles' ``opened_at`` and ``superseded_by`` (what the app does with them).
Added: ``articles.meta``, a corpus record's other fields as JSON.
"""

from __future__ import annotations

import json
from typing import Any

from reader.model import Analysis
from reader.store.rows import (
    ARTICLE_COLUMNS,
    FIGURE_COLUMNS,
    QUOTE_COLUMNS,
    analysis_rows,
    article_row,
)

Columns = tuple[tuple[str, str], ...]
"""(name, type) pairs; the types are ``text``, ``int``, ``float`` and ``number`` (an integer
or a float as the analysis made it: ``figures.value``, stored as a float in Parquet)."""

_QUOTE_TYPES = {
    "start": "int",
    "end": "int",
    "speaker_entity": "int",
    "speaker_start": "int",
    "speaker_end": "int",
    "cue_start": "int",
    "cue_end": "int",
    "confidence": "float",
}
_FIGURE_TYPES = {
    "start": "int",
    "end": "int",
    "value": "number",
    "sentence_start": "int",
    "sentence_end": "int",
}

TABLES: dict[str, Columns] = {
    "articles": (*((name, "text") for name in ARTICLE_COLUMNS), ("meta", "text")),
    "analyses": (
        ("article_id", "text"),
        ("model", "text"),
        ("version", "text"),
        ("created_at", "text"),
        ("people", "int"),
        ("quotes", "int"),
    ),
    "entities": (
        ("id", "int"),
        ("article_id", "text"),
        ("key", "text"),
        ("label", "text"),
        ("name", "text"),
        ("count", "int"),
    ),
    "mentions": (
        ("entity", "int"),
        ("article_id", "text"),
        ("start", "int"),
        ("end", "int"),
        ("text", "text"),
    ),
    "quotes": (
        ("article_id", "text"),
        *((name, _QUOTE_TYPES.get(name, "text")) for name in QUOTE_COLUMNS),
    ),
    "figures": (
        ("article_id", "text"),
        *((name, _FIGURE_TYPES.get(name, "text")) for name in FIGURE_COLUMNS),
    ),
}
"""Each table's columns, in the library's order."""

Rows = dict[str, list[dict[str, Any]]]


def dataset_rows(analysis: Analysis, first_entity_id: int, created_at: str) -> Rows:
    """The rows ``analysis`` adds to each table; its entities are numbered from
    ``first_entity_id`` (the library's numbering: one past the highest id so far)."""
    article = analysis.article
    built = analysis_rows(analysis, first_entity_id, created_at)
    meta = json.dumps(article.meta, ensure_ascii=False) if article.meta else None
    tuples = {
        "articles": [(*article_row(article, created_at), meta)],
        "analyses": [built.head],
        "entities": built.entities,
        "mentions": built.mentions,
        "quotes": built.quotes,
        "figures": built.figures,
    }
    return {
        table: [dict(zip(_names(table), row, strict=True)) for row in rows]
        for table, rows in tuples.items()
    }


def _names(table: str) -> tuple[str, ...]:
    return tuple(name for name, _ in TABLES[table])
