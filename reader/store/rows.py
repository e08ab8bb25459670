"""Rows of the library's tables ↔ the dataclasses of ``reader.model``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from reader.model import Analysis, Article, Entity, Figure, Highlight, Quote
from reader.store.heads import stored_head

HIGHLIGHT_COLUMNS = tuple(f.name for f in fields(Highlight))


ARTICLE_COLUMNS = ("id", "source", "title", "byline", "published", "extractor", "text", "added_at")
"""The ``articles`` table's columns an article is written with (``opened_at`` and
``superseded_by`` are what the app does with it later)."""


def article_row(article: Article, added_at: str) -> tuple:
    """The article as a row of ``ARTICLE_COLUMNS``."""
    return (
        article.content_hash,
        article.source,
        article.title,
        article.byline,
        article.published,
        article.extractor,
        article.text,
        added_at,
    )


def article_from_row(row: dict[str, Any]) -> Article:
    """The article of a row of ``articles`` (with its kept head lines when read with
    ``heads.ARTICLE_WITH_HEAD``)."""
    return Article(
        text=row["text"],
        title=row["title"],
        byline=row["byline"],
        published=row["published"],
        source=row["source"],
        content_hash=row["id"],
        extractor=row["extractor"] or "text",
        stored_head=stored_head(row),
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


# Analyses as tables ----------------------------------------------------------------------

QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
QUOTE_COLUMNS = (
    "start",
    "end",
    "text",
    "speaker",
    "speaker_entity",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "kind",
    "reason",
    "confidence",
    "runner_up",
    "runner_up_reason",
)
"""The ``quotes`` table's columns after ``id`` and ``article_id``: every field of ``Quote``
(a test checks) and the quoted words. ``speaker_entity`` is the speaker's ``entities.id``."""
FIGURE_COLUMNS = (
    "start",
    "end",
    "text",
    "kind",
    "value",
    "unit",
    "sentence_start",
    "sentence_end",
    "sentence",
)


@dataclass
class AnalysisRows:
    """One analysis as the rows of ``analyses``, ``entities``, ``mentions``, ``quotes`` and
    ``figures``, each a tuple in the table's column order (without the ``id`` of the last three)."""

    head: tuple
    entities: list[tuple]
    mentions: list[tuple]
    quotes: list[tuple]
    figures: list[tuple]


def analysis_rows(analysis: Analysis, first_entity_id: int, created_at: str) -> AnalysisRows:
    """The rows of ``analysis``; its entities are numbered from ``first_entity_id``."""
    article_id = analysis.article.content_hash
    text = analysis.article.text
    entity_ids = {e.id: first_entity_id + n for n, e in enumerate(analysis.entities)}
    people = sum(1 for e in analysis.entities if e.label == "PERSON")
    head = (article_id, analysis.model, analysis.version, created_at, people, len(analysis.quotes))
    entities = [
        (entity_ids[e.id], article_id, e.id, e.label, e.name, len(e.mentions))
        for e in analysis.entities
    ]
    mentions = [
        (entity_ids[e.id], article_id, start, end, text[start:end])
        for e in analysis.entities
        for start, end in e.mentions
    ]
    quotes = []
    for quote in analysis.quotes:
        values = {
            **{name: getattr(quote, name) for name in QUOTE_FIELDS},
            "text": text[quote.start : quote.end],
            "speaker_entity": entity_ids.get(quote.speaker_entity or ""),
        }
        quotes.append((article_id, *(values.get(name) for name in QUOTE_COLUMNS)))
    figures = [
        (
            article_id,
            f.start,
            f.end,
            f.text,
            f.kind,
            f.value,
            f.unit,
            f.sentence[0],
            f.sentence[1],
            text[f.sentence[0] : f.sentence[1]],
        )
        for f in analysis.figures
    ]
    return AnalysisRows(head, entities, mentions, quotes, figures)


def analysis_from_rows(
    article: Article,
    head: Sequence[Any],
    entities: Iterable[Sequence[Any]],
    mentions: Iterable[Sequence[Any]],
    quotes: Iterable[dict[str, Any]],
    figures: Iterable[Sequence[Any]],
) -> Analysis:
    """The analysis again from its rows: ``head`` is (model, version); ``entities`` are
    (id, key, label, name); ``mentions`` (entity, start, end); ``quotes`` are dicts of the
    quotes table's columns; ``figures`` (start, end, text, kind, value, unit, sentence_start,
    sentence_end). Each in the order written."""
    by_id: dict[int, Entity] = {}
    for row_id, key, label, name in entities:
        by_id[row_id] = Entity(key, label, name, [])
    for entity, start, end in mentions:
        by_id[entity].mentions.append((start, end))
    keys = {row_id: entity.id for row_id, entity in by_id.items()}
    return Analysis(
        article=article,
        model=head[0],
        version=head[1],
        entities=list(by_id.values()),
        quotes=[
            Quote(
                **{
                    **{name: row[name] for name in QUOTE_FIELDS},
                    "speaker_entity": keys.get(row["speaker_entity"]),
                }
            )
            for row in quotes
        ],
        figures=[
            Figure(start, end, text, value, unit, kind, (s_start, s_end))
            for start, end, text, kind, value, unit, s_start, s_end in figures
        ],
    )
