"""JSONL: one article per line with everything reader knows about it. Lossless.

``reader import`` reads it back: articles, highlights (notes, tags, anchors) and the cached
analysis (quotes with speakers, entities, figures), so a library can be rebuilt from it.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from reader.export.gather import ExportItem
from reader.export.textformat import json_text
from reader.wording import is_named, speaker_label

RECORD_TYPE = "reader.article"
EXPORT_SCHEMA = 1
FILE_NAME = "reader-export.jsonl"
ARTICLE_FIELDS = ("source", "id", "title", "byline", "published", "extractor", "head", "text")


def files(items: list[ExportItem], what: frozenset[str]) -> list[tuple[str, str]]:
    lines = [json_text(record(item, what)) for item in items]
    return [(FILE_NAME, "".join(line + "\n" for line in lines))]


def record(item: ExportItem, what: frozenset[str]) -> dict[str, Any]:
    article = item.article
    data: dict[str, Any] = {
        "type": RECORD_TYPE,
        "export_schema": EXPORT_SCHEMA,
        "article": {
            "id": item.id,
            "source": article.source,
            "title": article.title,
            "byline": article.byline,
            "published": article.published,
            "extractor": article.extractor,
            "added_at": item.added_at,
            "head": [{"kind": h.kind, "start": h.start, "end": h.end} for h in article.head],
            "text": article.text,
        },
    }
    if "highlights" in what:
        data["highlights"] = [asdict(h) for h in item.highlights]
    analysis = item.analysis
    if analysis is None or not what & {"quotes", "entities", "figures"}:
        return data
    full = analysis.to_json()
    data["analysis"] = {k: v for k, v in full.items() if k not in ARTICLE_FIELDS}
    text = article.text
    if "quotes" in what:
        data["quotes"] = [
            {
                "text": text[q.start : q.end],
                "speaker": q.speaker,
                "speaker_label": speaker_label(q),
                "speaker_named": is_named(q),
                "start": q.start,
                "end": q.end,
            }
            for q in analysis.quotes
        ]
    if "entities" in what:
        data["entities"] = [
            {"name": name, "label": label, "mentions": count}
            for name, label, count in item.entity_counts()
        ]
    if "figures" in what:
        data["figures"] = [
            {
                "text": f.text,
                "kind": f.kind,
                "value": f.value,
                "unit": f.unit,
                "sentence": text[f.sentence[0] : f.sentence[1]],
                "start": f.start,
                "end": f.end,
            }
            for f in analysis.figures
        ]
    return data
