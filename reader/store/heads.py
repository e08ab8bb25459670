"""An article's head lines (headline, standfirst, byline, date…) kept as the head rules read
them, so that reopening a text or Markdown article reads them from here instead of from its
text: the rules' patterns and the date parser cost more than everything else a reopen reads.
Kept with the rules' version (``model.HEAD_RULES``); lines another version read are read again
and replaced.

``HeadStore`` is one part of ``Library`` (see ``library.py``).
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from reader.model import HEAD_EXTRACTORS, HEAD_RULES, HeadLine

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from reader.model import Article

ARTICLE_WITH_HEAD = (
    "select articles.*, article_heads.rules as head_rules, article_heads.lines as head_lines"
    " from articles left join article_heads on article_heads.article_id = articles.id"
)
"""An article row with its kept head lines (``stored_head``) as ``head_rules``, ``head_lines``."""


def stored_head(row: dict[str, Any]) -> tuple[HeadLine, ...] | None:
    """The head lines kept with an article row read with ``ARTICLE_WITH_HEAD``; None when
    there are none, or other rules read them."""
    if row.get("head_rules") != HEAD_RULES or row.get("head_lines") is None:
        return None
    return tuple(HeadLine(kind, start, end) for kind, start, end in json.loads(row["head_lines"]))


class HeadStore:
    if TYPE_CHECKING:  # given by Library
        conn: sqlite3.Connection
        read_only: bool | str

        def transaction(self) -> AbstractContextManager[None]: ...

    def keep_head(self, article: Article) -> None:
        """Keep the head lines of an article read from its text (see ``_keep_head``);
        bookkeeping: skipped in a read-only library."""
        if not self.read_only and _to_keep(article):
            with self.transaction():
                self._keep_head(article)

    def _keep_head(self, article: Article) -> None:
        """Keep the article's head lines, and bring its title, byline and date (read by the same
        rules) up to date with them: they change only when the rules did."""
        if not _to_keep(article):
            return
        values = [article.title, article.byline, article.published]
        self.conn.execute(  # only when they differ: an update re-indexes the text for search
            "update articles set title = ?, byline = ?, published = ?"
            " where id = ? and (title is not ? or byline is not ? or published is not ?)",
            [*values, article.content_hash, *values],
        )
        lines = json.dumps([[line.kind, line.start, line.end] for line in article.head])
        self.conn.execute(
            "insert into article_heads (article_id, rules, lines) values (?, ?, ?)"
            " on conflict (article_id) do update"
            " set rules = excluded.rules, lines = excluded.lines",
            [article.content_hash, HEAD_RULES, lines],
        )

    def _delete_head(self, article_id: str) -> None:
        self.conn.execute("delete from article_heads where article_id = ?", [article_id])


def _to_keep(article: Article) -> bool:
    return article.stored_head is None and article.extractor in HEAD_EXTRACTORS
