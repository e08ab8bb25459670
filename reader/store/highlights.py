"""The user's highlights: the library's own data, never touched by cache rebuilds.

``HighlightStore`` is one part of ``Library`` (see ``library.py``): it needs the connection,
``_query`` and ``transaction`` that ``Library`` gives it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from reader.model import Article, Highlight
from reader.store.anchoring import context, locate, similar
from reader.store.connection import now
from reader.store.rows import HIGHLIGHT_COLUMNS, highlight_from_row, highlight_row, upsert_sql

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

UPSERT_HIGHLIGHT = upsert_sql("highlights", HIGHLIGHT_COLUMNS, "id")


def reanchored(highlight: Highlight, article: Article) -> Highlight:
    """``highlight`` moved onto ``article``'s text: found again, or kept and flagged."""
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


def new_highlight(
    article: Article,
    start: int,
    end: int,
    *,
    kind: str = "range",
    label: str = "yellow",
    note: str = "",
    tags: list[str] | None = None,
) -> Highlight:
    """A new highlight of ``article``'s text from ``start`` to ``end``, not stored yet (the
    app draws it at once and stores it in a thread worker)."""
    text = article.text
    if not 0 <= start < end <= len(text):
        raise ValueError(f"highlight {start}-{end} is outside the article")
    exact, prefix, suffix = context(text, start, end)
    stamp = now()
    import uuid  # only when a highlight is made, not to open an article

    return Highlight(
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


class HighlightStore:
    if TYPE_CHECKING:  # given by Library
        conn: sqlite3.Connection

        def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]: ...
        def transaction(self) -> AbstractContextManager[None]: ...
        def article(self, article_id: str) -> Article | None: ...

    def add_highlight(self, article: Article, start: int, end: int, **details: Any) -> Highlight:
        """Store a new highlight (``details``: kind, label, note, tags, as ``new_highlight``)."""
        highlight = new_highlight(article, start, end, **details)
        self.put_highlight(highlight)
        return highlight

    def put_highlight(self, highlight: Highlight) -> None:
        with self.transaction():
            self._write_highlight(highlight)

    def _write_highlight(self, highlight: Highlight) -> None:
        self.conn.execute(UPSERT_HIGHLIGHT, highlight_row(highlight))

    def merge_highlight(self, highlight: Highlight) -> bool:
        """Store an imported highlight unless the library has a newer edit of it.

        Returns True when the highlight was written.
        """
        with self.transaction():
            rows = list(
                self._query("select updated_at from highlights where id = ?", [highlight.id])
            )
            if rows and (rows[0]["updated_at"] or "") >= (highlight.updated_at or ""):
                return False  # the library's copy is as new or newer: the user's latest word
            self._write_highlight(highlight)
            return True

    def update_highlight(self, highlight_id: str, **changes: Any) -> Highlight:
        """Change a highlight's note, tags, label, kind or range (anchor recomputed)."""
        allowed = {f.name for f in fields(Highlight)} - {"id", "article_id", "created_at"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {', '.join(sorted(unknown))} of a highlight")
        with self.transaction():
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
            self._write_highlight(current)
        return current

    def delete_highlight(self, highlight_id: str) -> None:
        with self.transaction():
            self.conn.execute("delete from highlights where id = ?", [highlight_id])

    def highlight(self, highlight_id: str) -> Highlight | None:
        rows = list(self._query("select * from highlights where id = ?", [highlight_id]))
        return highlight_from_row(rows[0]) if rows else None

    def highlights(self, article_id: str | None = None) -> list[Highlight]:
        if article_id is None:
            rows = self._query("select * from highlights order by article_id, start, id")
        else:
            rows = self._query(
                "select * from highlights where article_id = ? order by start, id", [article_id]
            )
        return [highlight_from_row(row) for row in rows]

    def highlight_counts(self) -> dict[str, int]:
        sql = "select article_id, count(*) as n from highlights group by article_id"
        return {row["article_id"]: row["n"] for row in self._query(sql)}

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
            moved.append(reanchored(highlight, new_article))
            self._write_highlight(moved[-1])
        if old_id != new_id:
            self.conn.execute(
                "update articles set superseded_by = ? where id = ?", [new_id, old_id]
            )
        return moved
