"""The library: articles, cached analyses and the user's highlights in one SQLite file.

Articles (their text) and highlights are what the user owns. Analyses and the quote and
entity indexes are a cache: they can be dropped and rebuilt at any time, and no cache
rebuild, migration or re-analysis ever deletes a highlight.

Concurrency: WAL journal, a busy timeout, and every write is one short ``BEGIN IMMEDIATE``
transaction, so several app windows and a ``reader analyze`` run can share one library.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.errors import LibraryError
from reader.model import Analysis, Article, Highlight
from reader.store.anchoring import ANCHOR_CONTEXT, context, locate, similar

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATIONS = ("m001_initial", "m002_superseded_articles")
"""The names of the migrations in ``migrations.py``, in order (a test checks they match).

Opening a library whose applied migrations are exactly these needs neither migrations.py nor
sqlite-utils, so reopening an article only reads, with the standard ``sqlite3`` module."""

BUSY_TIMEOUT_MS = 5_000
RETRY_SECONDS = 0.01

__all__ = ["ANCHOR_CONTEXT", "BUSY_TIMEOUT_MS", "Library", "LibraryRecovered", "open_library"]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class LibraryRecovered(LibraryError):
    """The library file was damaged; it was moved aside and a new one holds what was saved.

    Raised by ``open_library`` (when no ``on_recovery`` callback is given) after the recovery
    has finished, so the next open just works.
    """


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


def open_library(
    path: str | Path,
    *,
    busy_timeout: float = BUSY_TIMEOUT_MS / 1000,
    on_recovery: Callable[[str], None] | None = None,
) -> Library:
    """Open (or create) the library at ``path``.

    A damaged file is moved aside (never deleted) and replaced by a new library holding
    every article and highlight SQLite could still read. The one-line account of that is
    passed to ``on_recovery``; without it, ``LibraryRecovered`` is raised once the new
    library is in place.
    """
    from reader.store.recovery import recover_if_damaged

    path = Path(path)
    make_folder(path)
    message = recover_if_damaged(path, busy_timeout)
    if message is not None:
        if on_recovery is None:
            raise LibraryRecovered(f"{message}; open it again to go on")
        on_recovery(message)
    return Library(path, busy_timeout=busy_timeout)


def make_folder(path: Path) -> None:
    """Create the folder the library file lives in (on a new machine, nothing of reader's
    exists yet); a folder that cannot be created is one line, not a traceback."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(
            f"library folder {path.parent} cannot be created: {error.strerror}"
        ) from None


class Library:
    """One open library file. Cheap to create; every write is one short transaction."""

    def __init__(self, path: Path, *, busy_timeout: float = BUSY_TIMEOUT_MS / 1000):
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        make_folder(self.path)
        try:
            conn = sqlite3.connect(self.path, timeout=busy_timeout, check_same_thread=False)
            # A damaged text is shown with U+FFFD rather than failing the whole read.
            conn.text_factory = lambda data: data.decode("utf-8", "replace")
            self.conn = conn
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            conn.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils sets it
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode=wal")
            self._migrate()
        except sqlite3.OperationalError as error:
            raise _library_error(self.path, error, busy_timeout) from error
        except sqlite3.DatabaseError as error:
            raise LibraryError(f"library {self.path} is damaged: {error}") from error

    def _read(self, sql: str, params: Sequence[Any]) -> sqlite3.Cursor:
        """Run a read, trying again while another process holds the library for a moment.

        SQLite's busy timeout does not reach everywhere: FTS5 opens its tables inside the
        query, and one that meets a process creating the library fails at once.
        """
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                return self.conn.execute(sql, params)
            except sqlite3.OperationalError as error:
                if not _is_transient(error) or time.monotonic() > deadline:
                    raise
                time.sleep(RETRY_SECONDS)

    @classmethod
    def peek(cls, path: Path) -> Library | None:
        """The library opened to read only, without waiting, creating, migrating or checking
        for damage: None when it is missing, busy, damaged where it was read, or its schema is
        not current. For a glance before the first frame; everything else opens it properly.
        """
        if not path.is_file():
            return None
        library = cls.__new__(cls)
        library.path, library.busy_timeout = path, 0.0
        try:
            library.conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0, check_same_thread=False
            )
        except sqlite3.Error:
            return None
        library.conn.text_factory = lambda data: data.decode("utf-8", "replace")
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
        """sqlite-utils over the same connection, imported on first use (by writes): importing
        it costs more than everything else a reopen does."""
        from reader.startup import import_without_extras

        sqlite_utils = import_without_extras("sqlite_utils")
        return sqlite_utils.Database(self.conn, execute_plugins=False)  # no entry-point scan

    def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts, as ``Database.query`` gives them, without needing sqlite-utils."""
        cursor = self._read(sql, params)
        names = [column[0] for column in cursor.description]
        return (dict(zip(names, row, strict=True)) for row in cursor)

    def _schema_is_current(self) -> bool:
        try:
            applied = self.conn.execute(
                "select name from _sqlite_migrations where migration_set = 'reader'"
            ).fetchall()
        except sqlite3.OperationalError:  # no migrations table yet: a new library
            return False
        return sorted(name for (name,) in applied) == sorted(MIGRATIONS)

    def _migrate(self) -> None:
        if self._schema_is_current():
            return
        from reader.store.migrations import migrations

        if migrations.applied(self.db) and not migrations.pending(self.db):
            return
        # Two processes opening a new library at once: one migrates, the other waits.
        with self._write():
            migrations.apply(self.db)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, taken up front so a busy library is waited for, not failed."""
        conn = self.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise _library_error(self.path, error, self.busy_timeout) from error
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _library_error(self.path, error, self.busy_timeout) from error

    # Analyses ------------------------------------------------------------------------------

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

    def save(self, analysis: Analysis) -> None:
        """Store the article and its analysis in one transaction: all of it or none of it.

        When the article is new text from a source already in the library (a page extracted
        again), the older text is superseded and its highlights re-anchor to the new text.
        """
        article = analysis.article
        with self._write():
            is_new = self._upsert_article(article)
            self._store_analysis(analysis)
            if is_new:
                for old_id in self._older_versions(article):
                    self._move_highlights(old_id, article)

    def _store_analysis(self, analysis: Analysis) -> None:
        # Plain SQL rather than sqlite-utils: its upsert and insert_all read the table's
        # schema on every call, which cost more than the writes in a batch `reader analyze`.
        article = analysis.article
        article_id = article.content_hash
        text = article.text
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

    def _upsert_article(self, article: Article, added_at: str | None = None) -> bool:
        """Insert the article unless it is there already; True when it was inserted."""
        exists = self.conn.execute(
            "select 1 from articles where id = ?", [article.content_hash]
        ).fetchone()
        if exists:
            return False
        self.conn.execute(
            "insert into articles"
            " (id, source, title, byline, published, extractor, text, added_at, opened_at)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article.content_hash,
                article.source,
                article.title,
                article.byline,
                article.published,
                article.extractor,
                article.text,
                added_at or now(),
                None,
            ],
        )
        return True

    def rebuild_caches(self) -> int:
        """Drop the quote and entity indexes and rebuild them from the stored analyses.

        Returns the number of analyses indexed. Highlights and articles are not touched.
        """
        rows = list(self._query("select article_id, data from analyses"))
        count = 0
        with self._write():
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
                self._store_analysis(analysis)
                count += 1
        return count

    def drop_analyses(self) -> None:
        """Forget every cached analysis; each is redone on the next open. Highlights stay."""
        with self._write():
            for table in ("quote_index", "entity_index", "analyses"):
                self.conn.execute(f"delete from {table}")

    # Articles ------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        rows = list(self._query("select * from articles where id = ?", [article_id]))
        if not rows:
            return None
        return _article(rows[0])

    def article_record(self, article_id: str) -> dict[str, Any] | None:
        """The article's stored row: text, metadata, ``added_at``, ``superseded_by``."""
        rows = list(self._query("select * from articles where id = ?", [article_id]))
        return rows[0] if rows else None

    def put_article(self, article: Article, added_at: str | None = None) -> bool:
        """Store an article without analysing it (import); True when it was new."""
        with self._write():
            return self._upsert_article(article, added_at)

    def articles(self, order_by: str = "added_at desc") -> list[ArticleRow]:
        """Current articles (not the older texts that a re-extraction superseded)."""
        allowed = {
            "added_at desc",
            "added_at",
            "title",
            "title desc",
            "published desc",
            "people desc",
            "quotes desc",
            "source",
        }
        if order_by not in allowed:
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
        """Remove an article with its analyses and highlights, in one transaction."""
        with self._write():
            for table in ("highlights", "quote_index", "entity_index", "analyses"):
                self.conn.execute(f"delete from {table} where article_id = ?", [article_id])
            self.conn.execute("delete from articles where id = ?", [article_id])

    def mark_opened(self, article_id: str) -> None:
        with self._write():
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
            select q.article_id, a.title, q.start, q."end", q.speaker, q.quote
            from quote_index q join articles a on a.id = q.article_id
            where q.speaker like ? escape '\\' and a.superseded_by is null
            order by a.added_at desc, q.start limit ?
        """
        pattern = "%" + like_literal(speaker) + "%"
        return [QuoteHit(**row) for row in self._query(sql, [pattern, limit])]

    def articles_mentioning(self, name: str, limit: int = 500) -> list[dict[str, Any]]:
        sql = """
            select e.article_id, a.title, e.name, e.label, e.mentions
            from entity_index e join articles a on a.id = e.article_id
            where e.name like ? escape '\\' and a.superseded_by is null
            order by e.mentions desc limit ?
        """
        return list(self._query(sql, ["%" + like_literal(name) + "%", limit]))

    # Highlights (user data: never touched by cache rebuilds) -------------------------------

    def add_highlight(
        self,
        article: Article,
        start: int,
        end: int,
        *,
        kind: str = "range",
        label: str = "yellow",
        note: str = "",
        tags: list[str] | None = None,
    ) -> Highlight:
        text = article.text
        if not 0 <= start < end <= len(text):
            raise ValueError(f"highlight {start}-{end} is outside the article")
        exact, prefix, suffix = context(text, start, end)
        stamp = now()
        highlight = Highlight(
            id=uuid.uuid4().hex,
            article_id=article.content_hash,
            start=start,
            end=end,
            exact=exact,
            prefix=prefix,
            suffix=suffix,
            kind=kind,
            label=label,
            note=note,
            tags=list(tags or []),
            created_at=stamp,
            updated_at=stamp,
        )
        self.put_highlight(highlight)
        return highlight

    def put_highlight(self, highlight: Highlight) -> None:
        with self._write():
            self.db["highlights"].upsert(_highlight_row(highlight), pk="id")

    def merge_highlight(self, highlight: Highlight) -> bool:
        """Store an imported highlight unless the library has a newer edit of it.

        Returns True when the highlight was written.
        """
        with self._write():
            rows = list(
                self._query("select updated_at from highlights where id = ?", [highlight.id])
            )
            if rows and (rows[0]["updated_at"] or "") >= (highlight.updated_at or ""):
                return False  # the library's copy is as new or newer: the user's latest word
            self.db["highlights"].upsert(_highlight_row(highlight), pk="id")
            return True

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
        with self._write():
            self._upsert_article(article, added_at)
            if analysis is not None:
                self._store_analysis(analysis)
            for highlight in highlights:
                if highlight.article_id != article.content_hash:
                    raise ValueError(f"highlight {highlight.id} belongs to another article")
                if article.text[highlight.start : highlight.end] != highlight.exact:
                    highlight = _reanchored(highlight, article)
                written += self.merge_highlight(highlight)
        return written

    def update_highlight(self, highlight_id: str, **changes: Any) -> Highlight:
        """Change a highlight's note, tags, label, kind or range (anchor recomputed)."""
        allowed = {f.name for f in fields(Highlight)} - {"id", "article_id", "created_at"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {', '.join(sorted(unknown))} of a highlight")
        with self._write():
            current = self.highlight(highlight_id)
            if current is None:
                raise KeyError(highlight_id)
            for key, value in changes.items():
                setattr(current, key, list(value) if key == "tags" else value)
            if {"start", "end"} & set(changes):
                article = self.article(current.article_id)
                if article is not None:
                    if not 0 <= current.start < current.end <= len(article.text):
                        raise ValueError(
                            f"highlight {current.start}-{current.end} is outside the article"
                        )
                    current.exact, current.prefix, current.suffix = context(
                        article.text, current.start, current.end
                    )
                    current.anchored = True
            current.updated_at = now()
            self.db["highlights"].upsert(_highlight_row(current), pk="id")
        return current

    def delete_highlight(self, highlight_id: str) -> None:
        with self._write():
            self.conn.execute("delete from highlights where id = ?", [highlight_id])

    def highlight(self, highlight_id: str) -> Highlight | None:
        rows = list(self._query("select * from highlights where id = ?", [highlight_id]))
        return _highlight(rows[0]) if rows else None

    def highlights(self, article_id: str | None = None) -> list[Highlight]:
        if article_id is None:
            rows = self._query("select * from highlights order by article_id, start, id")
        else:
            rows = self._query(
                "select * from highlights where article_id = ? order by start, id", [article_id]
            )
        return [_highlight(row) for row in rows]

    def highlight_counts(self) -> dict[str, int]:
        sql = "select article_id, count(*) as n from highlights group by article_id"
        return {row["article_id"]: row["n"] for row in self._query(sql)}

    def reanchor(self, old_article_id: str, new_article: Article) -> list[Highlight]:
        """Move the highlights of ``old_article_id`` onto ``new_article``'s text.

        Each is found again by position, by its quote and context, or fuzzily; one that
        cannot be found is kept with ``anchored=False``. The new article is stored if it
        is not yet, and the old one is marked as superseded by it.
        """
        with self._write():
            self._upsert_article(new_article)
            moved = self._move_highlights(old_article_id, new_article)
        return moved

    def _older_versions(self, article: Article) -> list[str]:
        """Current articles from the same source whose text this one is a new version of."""
        source = article.source
        if not source or source.startswith("<"):  # <stdin> and the like name no document
            return []
        rows = self._query(
            "select id, text from articles where source = ? and id != ? and superseded_by is null",
            [source, article.content_hash],
        )
        return [row["id"] for row in rows if similar(row["text"], article.text)]

    def _move_highlights(self, old_id: str, new_article: Article) -> list[Highlight]:
        new_id = new_article.content_hash
        moved = []
        for highlight in self.highlights(old_id):
            moved.append(_reanchored(highlight, new_article))
            self.db["highlights"].upsert(_highlight_row(moved[-1]), pk="id")
        if old_id != new_id:
            self.conn.execute(
                "update articles set superseded_by = ? where id = ?", [new_id, old_id]
            )
        return moved

    # Health --------------------------------------------------------------------------------

    def integrity(self) -> str:
        """``ok``, or what SQLite's integrity check found."""
        rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(row[0]) for row in rows)


def _reanchored(highlight: Highlight, article: Article) -> Highlight:
    text = article.text
    found = locate(text, highlight.exact, highlight.prefix, highlight.suffix, highlight.start)
    moved = Highlight(**{**asdict(highlight), "article_id": article.content_hash})
    if found is None:
        # Kept, flagged; offsets clamped so they stay inside the new text.
        moved.anchored = False
        moved.start = min(highlight.start, len(text))
        moved.end = min(max(highlight.end, moved.start), len(text))
        return moved
    moved.start, moved.end = found.start, found.end
    moved.exact, moved.prefix, moved.suffix = context(text, found.start, found.end)
    moved.anchored = True
    return moved


def is_busy(error: sqlite3.OperationalError) -> bool:
    """Another connection holds the library (the busy timeout ran out)."""
    return "locked" in str(error) or "busy" in str(error)


def _is_transient(error: sqlite3.OperationalError) -> bool:
    return is_busy(error) or "vtable constructor failed" in str(error)


def _library_error(path: Path, error: sqlite3.OperationalError, timeout: float) -> LibraryError:
    message = str(error)
    if is_busy(error):
        return LibraryError(
            f"library {path} is busy: another program kept it locked for {timeout:g} s;"
            " try again when it is done"
        )
    return LibraryError(f"library {path} cannot be used: {message}")


def _article(row: dict[str, Any]) -> Article:
    return Article(
        text=row["text"],
        title=row["title"],
        byline=row["byline"],
        published=row["published"],
        source=row["source"],
        content_hash=row["id"],
        extractor=row["extractor"] or "text",
    )


def _highlight_row(highlight: Highlight) -> dict[str, Any]:
    return {
        **asdict(highlight),
        "tags": json.dumps(list(highlight.tags), ensure_ascii=False),
        "anchored": int(highlight.anchored),
    }


def _highlight(row: dict[str, Any]) -> Highlight:
    known = {f.name for f in fields(Highlight)}
    return Highlight(
        **{
            **{k: v for k, v in row.items() if k in known},
            "tags": json.loads(row["tags"] or "[]"),
            "anchored": bool(row["anchored"]),
        }
    )


def _fts_quote(query: str) -> str:
    """Each word as an FTS5 string, so user input is never parsed as FTS syntax."""
    words = [w.replace('"', '""') for w in query.split()]
    return " ".join(f'"{w}"' for w in words if w)


def like_literal(text: str) -> str:
    """``text`` for a LIKE pattern with ``escape '\\'``: its %, _ and \\ match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
