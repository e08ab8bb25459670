"""Rows of the library's tables ↔ the dataclasses of ``reader.model``."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from reader.model import Article, Highlight

HIGHLIGHT_COLUMNS = tuple(f.name for f in fields(Highlight))


def article_from_row(row: dict[str, Any]) -> Article:
    return Article(
        text=row["text"],
        title=row["title"],
        byline=row["byline"],
        published=row["published"],
        source=row["source"],
        content_hash=row["id"],
        extractor=row["extractor"] or "text",
    )


def highlight_row(highlight: Highlight) -> dict[str, Any]:
    return {
        **asdict(highlight),
        "tags": json.dumps(list(highlight.tags), ensure_ascii=False),
        "anchored": int(highlight.anchored),
    }


def highlight_from_row(row: dict[str, Any]) -> Highlight:
    return Highlight(
        **{
            **{k: v for k, v in row.items() if k in HIGHLIGHT_COLUMNS},
            "tags": json.loads(row["tags"] or "[]"),
            "anchored": bool(row["anchored"]),
        }
    )


def upsert_sql(table: str, columns: tuple[str, ...], key: str) -> str:
    """``insert … on conflict (key) do update`` for ``columns`` (named parameters)."""
    names = ", ".join(f'"{c}"' for c in columns)
    values = ", ".join(f":{c}" for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != key)
    return (
        f'insert into "{table}" ({names}) values ({values})'
        f' on conflict ("{key}") do update set {updates}'
    )
