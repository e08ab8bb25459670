"""Where the reader was in each article: an offset into its text (the one currency between
layers; a line number would move whenever the window's width does), so that reopening the
article resumes there. The user's data, like highlights: only ever migrated, and it goes when
its article is deleted.

``PositionStore`` is one part of ``Library`` (see ``library.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from reader.store.connection import now

if TYPE_CHECKING:
    from contextlib import AbstractContextManager


class PositionStore:
    if TYPE_CHECKING:  # given by Library
        conn: sqlite3.Connection
        read_only: bool | str

        def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]: ...
        def transaction(self) -> AbstractContextManager[None]: ...

    def reading_position(self, article_id: str) -> int | None:
        """The offset the reader was at when they last left the article, if they have."""
        rows = list(
            self._query('select "offset" from reading_positions where article_id = ?', [article_id])
        )
        return rows[0]["offset"] if rows else None

    def set_reading_position(self, article_id: str, offset: int) -> None:
        """Remember ``offset`` for an article of the library (one it does not hold is not
        remembered; bookkeeping: skipped in a read-only library)."""
        if self.read_only:
            return
        with self.transaction():
            self.conn.execute(
                'insert into reading_positions (article_id, "offset", saved_at)'
                " select id, ?, ? from articles where id = ?"
                ' on conflict (article_id) do update set "offset" = excluded."offset",'
                " saved_at = excluded.saved_at",
                [max(0, offset), now(), article_id],
            )

    def _delete_position(self, article_id: str) -> None:
        self.conn.execute("delete from reading_positions where article_id = ?", [article_id])
