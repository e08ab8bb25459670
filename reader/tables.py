"""The library as a dataset: each table's columns, and an analysis turned into their rows.

One definition for every writer of these tables (the Parquet output of ``reader analyze``; the
library's own tables), so pandas, Datasette and pyarrow see the same columns whatever wrote
them. Offsets are code points into ``articles.text``, which is stored once; ``mentions``,
``quotes`` and ``figures`` carry their own ``text`` so no reader has to slice.
"""

from __future__ import annotations

import json
from typing import Any

from reader.model import Analysis

Columns = tuple[tuple[str, str], ...]
"""(name, type) pairs; the types are ``text``, ``int`` and ``float``."""

TABLES: dict[str, Columns] = {
    "articles": (
        ("id", "text"),  # the content hash
        ("source", "text"),
        ("title", "text"),
        ("byline", "text"),
        ("published", "text"),
        ("extractor", "text"),
        ("meta", "text"),  # JSON: a corpus record's other fields, or null
        ("model", "text"),  # the pipeline that made the rows of the other tables
        ("version", "text"),
        ("text", "text"),
    ),
    "entities": (
        ("article_id", "text"),
        ("entity_id", "text"),  # e1, e2 … within the article
        ("label", "text"),
        ("name", "text"),
        ("count", "int"),
    ),
    "mentions": (
        ("article_id", "text"),
        ("entity_id", "text"),
        ("start", "int"),
        ("end", "int"),
        ("text", "text"),
    ),
    "quotes": (
        ("article_id", "text"),
        ("start", "int"),
        ("end", "int"),
        ("text", "text"),
        ("speaker", "text"),
        ("speaker_entity", "text"),
        ("speaker_text", "text"),
        ("speaker_start", "int"),
        ("speaker_end", "int"),
        ("cue", "text"),
        ("cue_start", "int"),
        ("cue_end", "int"),
        ("kind", "text"),
        ("reason", "text"),
    ),
    "figures": (
        ("article_id", "text"),
        ("start", "int"),
        ("end", "int"),
        ("text", "text"),
        ("kind", "text"),
        ("value", "float"),
        ("unit", "text"),
        ("sentence_start", "int"),
        ("sentence_end", "int"),
    ),
}
ANALYSIS_TABLES = tuple(TABLES)

Rows = dict[str, list[dict[str, Any]]]


def analysis_rows(analysis: Analysis) -> Rows:
    """The rows ``analysis`` adds to each table, keyed by table name."""
    article = analysis.article
    text = article.text
    article_id = article.content_hash
    return {
        "articles": [
            {
                "id": article_id,
                "source": article.source,
                "title": article.title,
                "byline": article.byline,
                "published": article.published,
                "extractor": article.extractor,
                "meta": json.dumps(article.meta, ensure_ascii=False) if article.meta else None,
                "model": analysis.model,
                "version": analysis.version,
                "text": text,
            }
        ],
        "entities": [
            {
                "article_id": article_id,
                "entity_id": e.id,
                "label": e.label,
                "name": e.name,
                "count": len(e.mentions),
            }
            for e in analysis.entities
        ],
        "mentions": [
            {
                "article_id": article_id,
                "entity_id": e.id,
                "start": start,
                "end": end,
                "text": text[start:end],
            }
            for e in analysis.entities
            for start, end in e.mentions
        ],
        "quotes": [
            {
                "article_id": article_id,
                "start": q.start,
                "end": q.end,
                "text": text[q.start : q.end],
                "speaker": q.speaker,
                "speaker_entity": q.speaker_entity,
                "speaker_text": q.speaker_text,
                "speaker_start": q.speaker_start,
                "speaker_end": q.speaker_end,
                "cue": q.cue,
                "cue_start": q.cue_start,
                "cue_end": q.cue_end,
                "kind": q.kind,
                "reason": q.reason,
            }
            for q in analysis.quotes
        ],
        "figures": [
            {
                "article_id": article_id,
                "start": f.start,
                "end": f.end,
                "text": f.text,
                "kind": f.kind,
                "value": f.value,
                "unit": f.unit,
                "sentence_start": f.sentence[0],
                "sentence_end": f.sentence[1],
            }
            for f in analysis.figures
        ],
    }
