"""Cached analyses as tables: one part of ``Library`` (see ``library.py``).

An article's current analysis is a row of ``analyses`` (pipeline, counts) and its rows in
``entities``, ``mentions``, ``quotes`` and ``figures``. They are a cache: they can be dropped
and redone at any time, and nothing here touches an article's text or a highlight.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from reader.model import Analysis
from reader.store.connection import now
from reader.store.rows import FIGURE_COLUMNS, QUOTE_COLUMNS, analysis_from_rows, analysis_rows

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from reader.model import Article

ANALYSIS_TABLES = ("mentions", "quotes", "figures", "entities", "analyses")
"""The tables an analysis is written to, those that refer to others first."""

_QUOTES_INSERT = (
    f"insert into quotes (article_id, {', '.join(f'[{c}]' for c in QUOTE_COLUMNS)})"
    f" values ({', '.join('?' * (len(QUOTE_COLUMNS) + 1))})"
)
_FIGURES_INSERT = (
    f"insert into figures (article_id, {', '.join(f'[{c}]' for c in FIGURE_COLUMNS)})"
    f" values ({', '.join('?' * (len(FIGURE_COLUMNS) + 1))})"
)
_QUOTES_SELECT = f"select {', '.join(f'[{c}]' for c in QUOTE_COLUMNS)} from quotes"


def write_analysis(conn: sqlite3.Connection, analysis: Analysis) -> None:
    """Replace the article's analysis rows with ``analysis`` (inside the caller's transaction).

    Plain SQL rather than sqlite-utils: its inserts read the table's schema on every call,
    which cost more than the writes in a batch ``reader analyze``.
    """
    delete_analysis(conn, analysis.article.content_hash)
    first = conn.execute("select coalesce(max(id), 0) + 1 from entities").fetchone()[0]
    rows = analysis_rows(analysis, first, now())
    conn.execute(
        "insert into analyses (article_id, model, version, created_at, people, quotes)"
        " values (?, ?, ?, ?, ?, ?)",
        rows.head,
    )
    conn.executemany(
        "insert into entities (id, article_id, key, label, name, count) values (?, ?, ?, ?, ?, ?)",
        rows.entities,
    )
    conn.executemany(
        "insert into mentions (entity, article_id, start, [end], text) values (?, ?, ?, ?, ?)",
        rows.mentions,
    )
    conn.executemany(_QUOTES_INSERT, rows.quotes)
    conn.executemany(_FIGURES_INSERT, rows.figures)


def delete_analysis(conn: sqlite3.Connection, article_id: str) -> None:
    for table in ANALYSIS_TABLES:
        conn.execute(f"delete from {table} where article_id = ?", [article_id])


class AnalysisStore:
    if TYPE_CHECKING:  # given by Library
        conn: sqlite3.Connection

        def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]: ...
        def _rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple]: ...
        def transaction(self) -> AbstractContextManager[None]: ...
        def article(self, article_id: str) -> Article | None: ...

    def cached(self, article_id: str, model: str, version: str) -> Analysis | None:
        """The article's analysis when the cache holds it for this model and pipeline version."""
        return self._analysis(article_id, (model, version))

    def latest(self, article_id: str) -> Analysis | None:
        """The article's analysis, whatever pipeline made it."""
        return self._analysis(article_id, None)

    def _analysis(self, article_id: str, pipeline: tuple[str, str] | None) -> Analysis | None:
        where = [article_id]
        heads = list(self._query("select model, version from analyses where article_id = ?", where))
        if not heads or (pipeline is not None and tuple(heads[0].values()) != pipeline):
            return None
        article = self.article(article_id)
        if article is None:
            return None
        rows = self._rows
        return analysis_from_rows(
            article,
            tuple(heads[0].values()),
            rows(
                "select id, key, label, name from entities where article_id = ? order by id",
                where,
            ),
            rows(
                "select entity, start, [end] from mentions where article_id = ? order by id",
                where,
            ),
            self._query(f"{_QUOTES_SELECT} where article_id = ? order by id", where),
            rows(
                "select start, [end], text, kind, value, unit, sentence_start, sentence_end"
                " from figures where article_id = ? order by id",
                where,
            ),
        )

    def store_analysis(self, analysis: Analysis) -> None:
        """Write ``analysis`` (its article must be stored): inside the caller's transaction
        when there is one, else in its own."""
        from reader.echoes.index import index_analysis  # not imported to read a stored one

        with self.transaction():
            write_analysis(self.conn, analysis)
            index_analysis(self.conn, analysis)

    def drop_analyses(self) -> None:
        """Forget every cached analysis; each is redone on the next open. Highlights stay."""
        from reader.echoes.index import EchoIndex

        with self.transaction():
            for table in ANALYSIS_TABLES:
                self.conn.execute(f"delete from {table}")
            EchoIndex(self.conn).clear()
