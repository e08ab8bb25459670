"""The library: articles, cached analyses and the user's highlights in one SQLite file.

Articles (their text) and highlights are what the user owns. Analyses are a cache: they can be
dropped and rebuilt at any time, and no cache rebuild, migration or re-analysis ever deletes a
highlight.

Concurrency: WAL journal, a busy timeout, and every write is one short ``BEGIN IMMEDIATE``
transaction, so several app windows and a ``reader analyze`` run can share one library.

Writes are plain SQL; sqlite-utils builds and migrates the schema (``migrations.py``) and is
imported only then.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.errors import LibraryError
from reader.model import Analysis, Article, Highlight
from reader.store.analyses import AnalysisStore, delete_analysis
from reader.store.connection import (
    BUSY_TIMEOUT_MS,
    connect,
    library_error,
    make_folder,
    now,
    read,
    transaction,
)
from reader.store.feeds import FeedStore
from reader.store.heads import ARTICLE_WITH_HEAD, HeadStore
from reader.store.highlights import HighlightStore, reanchored
from reader.store.identity import APPLICATION_ID
from reader.store.positions import PositionStore
from reader.store.rows import ARTICLE_COLUMNS, article_from_row, article_row

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATIONS = (
    "m001_initial",
    "m002_superseded_articles",
    "m003_analysis_tables",
    "m004_feeds",
    "m005_echoes",
    "m006_quote_runner_up",
    "m007_reading_position",
    "m008_article_heads",
)
"""The names of the migrations in ``migrations.py``, in order (a test checks they match)."""
SCHEMA_VERSION = len(MIGRATIONS)
"""The library's ``user_version`` once every migration is applied. Opening a library marked
with it (and reader's ``application_id``) needs neither migrations.py nor sqlite-utils, so
reopening an article only reads, with the standard ``sqlite3`` module."""

ORDERS = frozenset(
    {
        "added_at desc",
        "added_at",
        "title",
        "title desc",
        "published desc",
        "people desc",
        "quotes desc",
        "source",
    }
)


@dataclass
class ArticleRow:
    id: str
    title: str | None
    source: str | None
    published: str | None
    added_at: str
    people: int
    quotes: int


@dataclass
class QuoteHit:
    article_id: str
    title: str | None
    start: int
    end: int
    speaker: str | None
    quote: str


class Library(AnalysisStore, HighlightStore, FeedStore, PositionStore, HeadStore):
    """One open library file. Cheap to create; every write is one short transaction.

    ``read_only`` opens an existing file without creating, migrating or changing it; every
    write then raises ``LibraryError`` saying why (``read_only`` as a string is the reason).
    Only open a file that ``identity.identify`` found to be reader's (``open_library`` does).
    """

    def __init__(
        self,
        path: Path,
        *,
        busy_timeout: float = BUSY_TIMEOUT_MS / 1000,
        read_only: bool | str = False,
    ):
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.read_only = read_only
        try:
            if not read_only:
                make_folder(self.path)
            self.conn = connect(self.path, busy_timeout, read_only=bool(read_only))
            if read_only:
                return
            self.conn.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils sets it
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                self.conn.execute("PRAGMA journal_mode=wal")
            self._migrate()
        except sqlite3.OperationalError as error:
            raise library_error(self.path, error, busy_timeout) from error
        except sqlite3.DatabaseError as error:
            raise LibraryError(f"library {self.path} is damaged: {error}") from error

    @classmethod
    def peek(cls, path: Path) -> Library | None:
        """The library opened to read only, without waiting, creating, migrating or checking
        for damage: None when it is missing, busy, damaged where it was read, or its schema is
        not current. For a glance before the first frame; everything else opens it properly.
        """
        if not path.is_file():
            return None
        try:
            library = cls(path, busy_timeout=0.0, read_only=True)
        except LibraryError:
            return None
        try:
            current = library._schema_is_current()
        except sqlite3.Error:
            current = False
        if not current:
            library.close()
            return None
        return library

    @cached_property
    def db(self) -> Database:
        """sqlite-utils over the same connection, imported on first use (by migrations):
        importing it costs more than everything else a reopen does."""
        from reader.startup import import_without_extras

        sqlite_utils = import_without_extras("sqlite_utils")
        return sqlite_utils.Database(self.conn, execute_plugins=False)  # no entry-point scan

    def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts, trying again while another process holds the library for a moment."""
        cursor = read(self.conn, sql, params, self.busy_timeout)
        names = [column[0] for column in cursor.description]
        return (dict(zip(names, row, strict=True)) for row in cursor)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple]:
        """Rows as tuples (the fastest read), with the same retry as ``_query``."""
        return read(self.conn, sql, params, self.busy_timeout)

    def _schema_is_current(self) -> bool:
        application = self.conn.execute("PRAGMA application_id").fetchone()[0]
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return (application, version) == (APPLICATION_ID, SCHEMA_VERSION)

    def _migrate(self) -> None:
        if self._schema_is_current():
            return
        from reader.store.migrations import migrations

        # Two processes opening a new library at once: one migrates, the other waits.
        with self.transaction():
            if self.conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
                raise LibraryError(f"library {self.path} was just changed by a newer reader")
            if migrations.pending(self.db):
                migrations.apply(self.db)
            # The marks that say whose file this is (see identity.py), written with the schema.
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[None]:
        """One write transaction (a savepoint inside another): all of it or none of it."""
        if self.read_only:
            reason = self.read_only if isinstance(self.read_only, str) else "opened to read"
            raise LibraryError(f"library {self.path} is read-only ({reason}): nothing was changed")
        return transaction(self.conn, self.path, self.busy_timeout)

    def save(self, analysis: Analysis) -> None:
        """Store the article and its analysis in one transaction: all of it or none of it.

        When the article is new text from a source already in the library (a page extracted
        again), the older text is superseded and its highlights re-anchor to the new text.
        """
        article = analysis.article
        with self.transaction():
            is_new = self._upsert_article(article)
            if not is_new:  # an article read again from its text: its head as these rules read it
                self._keep_head(article)
            self.store_analysis(analysis)
            if is_new:
                for old_id in self._older_versions(article):
                    self._move_highlights(old_id, article)

    # Articles ------------------------------------------------------------------------------

    def _upsert_article(self, article: Article, added_at: str | None = None) -> bool:
        """Insert the article unless it is there already; True when it was inserted."""
        exists = self.conn.execute(
            "select 1 from articles where id = ?", [article.content_hash]
        ).fetchone()
        if exists:
            return False
        names = ", ".join(ARTICLE_COLUMNS)
        marks = ", ".join("?" * len(ARTICLE_COLUMNS))
        self.conn.execute(
            f"insert into articles ({names}) values ({marks})",
            article_row(article, added_at or now()),
        )
        self._keep_head(article)
        return True

    def article(self, article_id: str) -> Article | None:
        rows = list(self._query(f"{ARTICLE_WITH_HEAD} where articles.id = ?", [article_id]))
        return article_from_row(rows[0]) if rows else None

    def article_record(self, article_id: str) -> dict[str, Any] | None:
        """The article's stored row: text, metadata, ``added_at``, ``superseded_by``."""
        rows = list(self._query("select * from articles where id = ?", [article_id]))
        return rows[0] if rows else None

    def put_article(self, article: Article, added_at: str | None = None) -> bool:
        """Store an article without analysing it (import); True when it was new."""
        with self.transaction():
            return self._upsert_article(article, added_at)

    def import_article(
        self,
        article: Article,
        *,
        added_at: str | None = None,
        analysis: Analysis | None = None,
        highlights: Sequence[Highlight] = (),
    ) -> int:
        """Store an exported article, its analysis and highlights in one transaction.

        A highlight whose text is not at its offsets is re-anchored (or flagged); one the
        library holds in a newer edit is left alone. Returns the highlights written.
        """
        written = 0
        with self.transaction():
            self._upsert_article(article, added_at)
            if analysis is not None:
                self.store_analysis(analysis)
            for highlight in highlights:
                if highlight.article_id != article.content_hash:
                    raise ValueError(f"highlight {highlight.id} belongs to another article")
                if article.text[highlight.start : highlight.end] != highlight.exact:
                    highlight = reanchored(highlight, article)
                written += self.merge_highlight(highlight)
        return written

    def reanchor(self, old_article_id: str, new_article: Article) -> list[Highlight]:
        """Move the highlights of ``old_article_id`` onto ``new_article``'s text.

        Each is found again by position, by its quote and context, or fuzzily; one that
        cannot be found is kept with ``anchored=False``. The new article is stored if it
        is not yet, and the old one is marked as superseded by it.
        """
        with self.transaction():
            self._upsert_article(new_article)
            return self._move_highlights(old_article_id, new_article)

    def articles(self, order_by: str = "added_at desc") -> list[ArticleRow]:
        """Current articles (not the older texts that a re-extraction superseded)."""
        if order_by not in ORDERS:
            raise ValueError(f"cannot sort by {order_by!r}")
        sql = f"""
            select a.id, a.title, a.source, a.published, a.added_at,
                   coalesce(max(an.people), 0) as people, coalesce(max(an.quotes), 0) as quotes
            from articles a left join analyses an on an.article_id = a.id
            where a.superseded_by is null
            group by a.id order by {order_by}
        """
        return [ArticleRow(**row) for row in self._query(sql)]

    def article_ids(self) -> list[str]:
        """Every article id, superseded ones included, oldest first."""
        return [row["id"] for row in self._query("select id from articles order by rowid")]

    def resolve_id(self, prefix: str) -> str:
        """The one article id starting with ``prefix`` (as git resolves short hashes)."""
        pattern = like_literal(prefix) + "%"
        ids = [
            row["id"]
            for row in self._query(
                "select id from articles where id like ? escape '\\' limit 2", [pattern]
            )
        ]
        if not ids:
            raise LibraryError(f"no article with id {prefix!r} in the library")
        if len(ids) > 1:
            raise LibraryError(f"article id {prefix!r} is ambiguous: give more characters")
        return ids[0]

    def current_id(self, article_id: str) -> str:
        """Follow ``superseded_by`` to the newest text of the same article."""
        seen = {article_id}
        while True:
            rows = list(
                self._query("select superseded_by from articles where id = ?", [article_id])
            )
            if not rows or not rows[0]["superseded_by"] or rows[0]["superseded_by"] in seen:
                return article_id
            article_id = rows[0]["superseded_by"]
            seen.add(article_id)

    def delete_article(self, article_id: str) -> None:
        """Remove an article with its analyses, highlights and place, in one transaction."""
        from reader.echoes.index import EchoIndex  # the echo code only when it is used

        with self.transaction():
            delete_analysis(self.conn, article_id)
            EchoIndex(self.conn).remove_article(article_id)
            self.conn.execute(
                "update feed_entries set article_id = null where article_id = ?", [article_id]
            )
            self.conn.execute("delete from highlights where article_id = ?", [article_id])
            self._delete_position(article_id)
            self._delete_head(article_id)
            self.conn.execute("delete from articles where id = ?", [article_id])

    def mark_opened(self, article_id: str) -> None:
        """Note when the article was last opened (bookkeeping: skipped in a read-only library)."""
        if self.read_only:
            return
        with self.transaction():
            self.conn.execute("update articles set opened_at = ? where id = ?", [now(), article_id])

    # Search --------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over titles and texts (FTS5), best match first."""
        fts_query = _fts_quote(query)
        if not fts_query:
            return []
        sql = """
            select articles.id, articles.title, articles.source,
                   snippet(articles_fts, 1, '', '', '…', 12) as snippet
            from articles_fts join articles on articles.rowid = articles_fts.rowid
            where articles_fts match ? and articles.superseded_by is null
            order by rank limit ?
        """
        return list(self._query(sql, [fts_query, limit]))

    def quotes_by(self, speaker: str, limit: int = 500) -> list[QuoteHit]:
        """Every quote whose speaker's name contains ``speaker`` (case-insensitive)."""
        sql = """
            select q.article_id, a.title, q.start, q."end", q.speaker, q.text as quote
            from quotes q join articles a on a.id = q.article_id
            where q.speaker like ? escape '\\' and a.superseded_by is null
            order by a.added_at desc, q.start limit ?
        """
        pattern = "%" + like_literal(speaker) + "%"
        return [QuoteHit(**row) for row in self._query(sql, [pattern, limit])]

    def articles_mentioning(self, name: str, limit: int = 500) -> list[dict[str, Any]]:
        sql = """
            select e.article_id, a.title, e.name, e.label, e.count as mentions
            from entities e join articles a on a.id = e.article_id
            where e.name like ? escape '\\' and a.superseded_by is null
            order by e.count desc limit ?
        """
        return list(self._query(sql, ["%" + like_literal(name) + "%", limit]))

    # Health --------------------------------------------------------------------------------

    def integrity(self) -> str:
        """``ok``, or what SQLite's integrity check found."""
        rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(row[0]) for row in rows)


def _fts_quote(query: str) -> str:
    """Each word as an FTS5 string, so user input is never parsed as FTS syntax."""
    words = [w.replace('"', '""') for w in query.split()]
    return " ".join(f'"{w}"' for w in words if w)


def like_literal(text: str) -> str:
    """``text`` for a LIKE pattern with ``escape '\\'``: its %, _ and \\ match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
