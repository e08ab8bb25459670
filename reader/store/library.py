"""The library: articles, cached analyses and the user's highlights in one SQLite file."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from reader.errors import LibraryError
from reader.model import Analysis, Article, Highlight
from reader.store.migrations import migrations

BUSY_TIMEOUT_MS = 5_000


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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


def open_library(path: str | Path) -> Library:
    return Library(Path(path))


class Library:
    """One open library file. Cheap to create; every write is one short transaction."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            self.db = Database(conn, execute_plugins=False)  # no entry-point scan at open
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.db.enable_wal()
            migrations.apply(self.db)
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise LibraryError(f"library {path} is busy (locked by another program)") from error
            raise LibraryError(f"library {path} cannot be opened: {error}") from error
        except sqlite3.DatabaseError as error:
            raise LibraryError(f"library {path} is damaged: {error}") from error

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Analyses ------------------------------------------------------------------------------

    def cached(self, article_id: str, model: str, version: str) -> Analysis | None:
        rows = list(
            self.db.query(
                "select data from analyses where article_id = ? and model = ? and version = ?",
                [article_id, model, version],
            )
        )
        return Analysis.from_json(json.loads(rows[0]["data"])) if rows else None

    def latest(self, article_id: str) -> Analysis | None:
        """The most recent analysis of an article, whatever pipeline made it."""
        rows = list(
            self.db.query(
                "select data from analyses where article_id = ?"
                " order by created_at desc, rowid desc limit 1",
                [article_id],
            )
        )
        return Analysis.from_json(json.loads(rows[0]["data"])) if rows else None

    def save(self, analysis: Analysis) -> None:
        """Store the article and its analysis in one transaction: all of it or none of it."""
        article = analysis.article
        text = article.text
        people = sum(1 for e in analysis.entities if e.label == "PERSON")
        with self.db.atomic():
            self._upsert_article(article)
            self.db["analyses"].upsert(
                {
                    "article_id": article.content_hash,
                    "model": analysis.model,
                    "version": analysis.version,
                    "data": json.dumps(analysis.to_json(), ensure_ascii=False),
                    "people": people,
                    "quotes": len(analysis.quotes),
                    "created_at": now(),
                },
                pk=("article_id", "model", "version"),
            )
            self.db.execute("delete from quote_index where article_id = ?", [article.content_hash])
            self.db.execute("delete from entity_index where article_id = ?", [article.content_hash])
            self.db["quote_index"].insert_all(
                {
                    "article_id": article.content_hash,
                    "start": q.start,
                    "end": q.end,
                    "speaker": q.speaker,
                    "quote": text[q.start : q.end],
                }
                for q in analysis.quotes
            )
            self.db["entity_index"].insert_all(
                {
                    "article_id": article.content_hash,
                    "entity_id": e.id,
                    "label": e.label,
                    "name": e.name,
                    "mentions": len(e.mentions),
                }
                for e in analysis.entities
            )

    def _upsert_article(self, article: Article) -> None:
        table = self.db["articles"]
        if table.count_where("id = ?", [article.content_hash]):
            return
        table.insert(
            {
                "id": article.content_hash,
                "source": article.source,
                "title": article.title,
                "byline": article.byline,
                "published": article.published,
                "extractor": article.extractor,
                "text": article.text,
                "added_at": now(),
                "opened_at": None,
            }
        )

    # Articles ------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        rows = list(self.db.query("select * from articles where id = ?", [article_id]))
        if not rows:
            return None
        row = rows[0]
        return Article(
            text=row["text"],
            title=row["title"],
            byline=row["byline"],
            published=row["published"],
            source=row["source"],
            content_hash=row["id"],
            extractor=row["extractor"] or "text",
        )

    def articles(self, order_by: str = "added_at desc") -> list[ArticleRow]:
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
            group by a.id order by {order_by}
        """
        return [ArticleRow(**row) for row in self.db.query(sql)]

    def delete_article(self, article_id: str) -> None:
        """Remove an article with its analyses and highlights, in one transaction."""
        with self.db.atomic():
            for table in ("highlights", "quote_index", "entity_index", "analyses"):
                self.db.execute(f"delete from {table} where article_id = ?", [article_id])
            self.db.execute("delete from articles where id = ?", [article_id])

    def mark_opened(self, article_id: str) -> None:
        with self.db.atomic():
            self.db.execute("update articles set opened_at = ? where id = ?", [now(), article_id])

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
            where articles_fts match ? order by rank limit ?
        """
        return list(self.db.query(sql, [fts_query, limit]))

    def quotes_by(self, speaker: str, limit: int = 500) -> list[QuoteHit]:
        """Every quote whose speaker's name contains ``speaker`` (case-insensitive)."""
        sql = """
            select q.article_id, a.title, q.start, q."end", q.speaker, q.quote
            from quote_index q join articles a on a.id = q.article_id
            where q.speaker like ? escape '\\' order by a.added_at desc, q.start limit ?
        """
        pattern = "%" + speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return [QuoteHit(**row) for row in self.db.query(sql, [pattern, limit])]

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
        stamp = now()
        highlight = Highlight(
            id=uuid.uuid4().hex,
            article_id=article.content_hash,
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - ANCHOR_CONTEXT) : start],
            suffix=text[end : end + ANCHOR_CONTEXT],
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
        row = {
            **highlight.__dict__,
            "tags": json.dumps(highlight.tags),
            "anchored": int(highlight.anchored),
        }
        with self.db.atomic():
            self.db["highlights"].upsert(row, pk="id")

    def update_highlight(self, highlight_id: str, **changes: Any) -> Highlight:
        current = self.highlight(highlight_id)
        if current is None:
            raise KeyError(highlight_id)
        for key, value in changes.items():
            setattr(current, key, value)
        current.updated_at = now()
        self.put_highlight(current)
        return current

    def delete_highlight(self, highlight_id: str) -> None:
        with self.db.atomic():
            self.db.execute("delete from highlights where id = ?", [highlight_id])

    def highlight(self, highlight_id: str) -> Highlight | None:
        rows = list(self.db.query("select * from highlights where id = ?", [highlight_id]))
        return _highlight(rows[0]) if rows else None

    def highlights(self, article_id: str | None = None) -> list[Highlight]:
        if article_id is None:
            rows = self.db.query("select * from highlights order by article_id, start")
        else:
            rows = self.db.query(
                "select * from highlights where article_id = ? order by start", [article_id]
            )
        return [_highlight(row) for row in rows]

    def articles_mentioning(self, name: str, limit: int = 500) -> list[dict[str, Any]]:
        sql = """
            select e.article_id, a.title, e.name, e.label, e.mentions
            from entity_index e join articles a on a.id = e.article_id
            where e.name like ? order by e.mentions desc limit ?
        """
        return list(self.db.query(sql, [f"%{name}%", limit]))


ANCHOR_CONTEXT = 32
"""Characters of prefix and suffix kept with each highlight to re-anchor it later."""


def _highlight(row: dict[str, Any]) -> Highlight:
    return Highlight(
        **{**row, "tags": json.loads(row["tags"] or "[]"), "anchored": bool(row["anchored"])}
    )


def _fts_quote(query: str) -> str:
    """Each word as an FTS5 string, so user input is never parsed as FTS syntax."""
    words = [w.replace('"', '""') for w in query.split()]
    return " ".join(f'"{w}"' for w in words if w)
