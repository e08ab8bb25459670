"""Cached analyses: one part of ``Library`` (see ``library.py``).

Analyses and the quote and entity indexes are a cache: they can be dropped and rebuilt at any
time, and nothing here touches an article's text or a highlight.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from reader.model import Analysis
from reader.store.connection import now

if TYPE_CHECKING:
    from contextlib import AbstractContextManager


class AnalysisStore:
    if TYPE_CHECKING:  # given by Library
        conn: sqlite3.Connection

        def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]: ...
        def transaction(self) -> AbstractContextManager[None]: ...

    def cached(self, article_id: str, model: str, version: str) -> Analysis | None:
        rows = list(
            self._query(
                "select data from analyses where article_id = ? and model = ? and version = ?",
                [article_id, model, version],
            )
        )
        return Analysis.from_json(json.loads(rows[0]["data"])) if rows else None

    def latest(self, article_id: str) -> Analysis | None:
        """The most recent analysis of an article, whatever pipeline made it."""
        rows = list(
            self._query(
                "select data from analyses where article_id = ?"
                " order by created_at desc, rowid desc limit 1",
                [article_id],
            )
        )
        return Analysis.from_json(json.loads(rows[0]["data"])) if rows else None

    def store_analysis(self, analysis: Analysis) -> None:
        """Write ``analysis`` (its article must be stored): inside the caller's transaction
        when there is one, else in its own."""
        # Plain SQL rather than sqlite-utils: its upsert and insert_all read the table's
        # schema on every call, which cost more than the writes in a batch `reader analyze`.
        article = analysis.article
        article_id = article.content_hash
        text = article.text
        with self.transaction():
            self.conn.execute(
                "insert into analyses"
                " (article_id, model, version, data, people, quotes, created_at)"
                " values (?, ?, ?, ?, ?, ?, ?)"
                " on conflict (article_id, model, version) do update set"
                " data = excluded.data, people = excluded.people, quotes = excluded.quotes,"
                " created_at = excluded.created_at",
                [
                    article_id,
                    analysis.model,
                    analysis.version,
                    json.dumps(analysis.to_json(), ensure_ascii=False),
                    sum(1 for e in analysis.entities if e.label == "PERSON"),
                    len(analysis.quotes),
                    now(),
                ],
            )
            self.conn.execute("delete from quote_index where article_id = ?", [article_id])
            self.conn.execute("delete from entity_index where article_id = ?", [article_id])
            self.conn.executemany(
                "insert into quote_index (article_id, start, [end], speaker, quote)"
                " values (?, ?, ?, ?, ?)",
                [
                    (article_id, q.start, q.end, q.speaker, text[q.start : q.end])
                    for q in analysis.quotes
                ],
            )
            self.conn.executemany(
                "insert into entity_index (article_id, entity_id, label, name, mentions)"
                " values (?, ?, ?, ?, ?)",
                [(article_id, e.id, e.label, e.name, len(e.mentions)) for e in analysis.entities],
            )

    def rebuild_caches(self) -> int:
        """Drop the quote and entity indexes and rebuild them from the stored analyses.

        Returns the number of analyses indexed. Highlights and articles are not touched.
        """
        rows = list(self._query("select article_id, data from analyses"))
        count = 0
        with self.transaction():
            self.conn.execute("delete from quote_index")
            self.conn.execute("delete from entity_index")
            for row in rows:
                try:
                    analysis = Analysis.from_json(json.loads(row["data"]))
                except (ValueError, KeyError, TypeError):
                    self.conn.execute(
                        "delete from analyses where article_id = ? and data = ?",
                        [row["article_id"], row["data"]],
                    )
                    continue
                self.store_analysis(analysis)
                count += 1
        return count

    def drop_analyses(self) -> None:
        """Forget every cached analysis; each is redone on the next open. Highlights stay."""
        with self.transaction():
            for table in ("quote_index", "entity_index", "analyses"):
                self.conn.execute(f"delete from {table}")
