"""Feed subscriptions and the entries read from them: one part of ``Library``.

A feed's entries point at articles of the library; removing a feed forgets its entries (and
so their read state) but never an article. An article read from a feed has the feed's name as
its outlet. Read state is the user's: no cache rebuild touches it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.errors import LibraryError
from reader.store.connection import now

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from reader.feeds.parse import FeedEntry
    from reader.feeds.update import FeedState


@dataclass(frozen=True)
class FeedInfo:
    id: int
    url: str
    name: str
    tags: tuple[str, ...]
    site: str | None
    title: str | None
    checked_at: str | None
    error: str | None
    entries: int
    unread: int

    @property
    def state(self) -> FeedState:
        from reader.feeds.update import FeedState  # the feed code only when feeds are used

        return FeedState(self.id, self.url, self.name)


@dataclass(frozen=True)
class EntryRow:
    feed_id: int
    key: str
    article_id: str
    title: str | None
    link: str | None
    published: str | None
    read: bool
    speakers: tuple[str, ...]
    """The article's speakers, most quoted first."""


class FeedStore:
    if TYPE_CHECKING:  # given by Library
        conn: sqlite3.Connection

        def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]: ...
        def transaction(self) -> AbstractContextManager[None]: ...

    # Subscriptions --------------------------------------------------------------------------

    def add_feed(
        self, url: str, name: str, tags: Sequence[str] = (), site: str | None = None
    ) -> FeedInfo:
        """Subscribe to ``url`` as ``name``; a URL or name already there is one clear error."""
        with self.transaction():
            for column, value, what in (("url", url, "this feed"), ("name", name, "a feed")):
                clash = self.conn.execute(
                    f"select name from feeds where {column} = ? collate nocase", [value]
                ).fetchone()
                if clash:
                    raise LibraryError(f"{what} is already in the library, as “{clash[0]}”")
            self.conn.execute(
                "insert into feeds (url, name, tags, site, added_at) values (?, ?, ?, ?, ?)",
                [url, name, json.dumps(list(tags), ensure_ascii=False), site, now()],
            )
        found = self.feed(name)
        assert found is not None
        return found

    def feeds(self) -> list[FeedInfo]:
        sql = _FEEDS + " group by f.id order by f.name collate nocase"
        return [_feed(row) for row in self._query(sql)]

    def feed(self, name: str) -> FeedInfo | None:
        """The feed called ``name`` (case aside), or None."""
        rows = list(self._query(_FEEDS + " where f.name = ? collate nocase group by f.id", [name]))
        return _feed(rows[0]) if rows else None

    def feed_state(self, feed_id: int) -> FeedState:
        from reader.feeds.update import FeedState

        row = self.conn.execute(
            "select id, url, name, etag, modified from feeds where id = ?", [feed_id]
        ).fetchone()
        return FeedState(*row)

    def remove_feed(self, name: str) -> int:
        """Unsubscribe; its articles stay in the library. Returns the entries forgotten."""
        feed = self.feed(name)
        if feed is None:
            raise LibraryError(f"no feed called “{name}” (see `reader feed ls`)")
        with self.transaction():
            self.conn.execute("delete from feed_entries where feed_id = ?", [feed.id])
            self.conn.execute("delete from feeds where id = ?", [feed.id])
        return feed.entries

    # What an update records (``reader.feeds.update.FeedRecords``) --------------------------

    def seen_entries(self, feed_id: int, keys: list[str]) -> set[str]:
        seen: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = self.conn.execute(
                f"select key from feed_entries where feed_id = ? and key in"
                f" ({','.join('?' * len(chunk))})",
                [feed_id, *chunk],
            )
            seen.update(key for (key,) in rows)
        return seen

    def add_entry(self, feed_id: int, entry: FeedEntry, article_id: str) -> None:
        with self.transaction():
            self.conn.execute(
                "insert or ignore into feed_entries"
                " (feed_id, key, article_id, title, link, published, added_at)"
                " values (?, ?, ?, ?, ?, ?, ?)",
                [feed_id, entry.key, article_id, entry.title, entry.link, entry.published, now()],
            )

    def feed_checked(
        self,
        feed_id: int,
        *,
        etag: str | None,
        modified: str | None,
        title: str | None,
        error: str | None,
    ) -> None:
        with self.transaction():
            self.conn.execute(
                "update feeds set etag = ?, modified = ?, title = coalesce(?, title),"
                " checked_at = ?, error = ? where id = ?",
                [etag, modified, title, now(), error, feed_id],
            )

    # Reading --------------------------------------------------------------------------------

    def entries(self, feed_id: int) -> list[EntryRow]:
        """The feed's entries whose articles are in the library, newest first."""
        rows = list(
            self._query(
                "select e.feed_id, e.key, e.article_id, coalesce(e.title, a.title) as title,"
                " e.link, coalesce(e.published, a.published) as published, e.read_at"
                " from feed_entries e join articles a on a.id = e.article_id"
                " where e.feed_id = ?"
                " order by coalesce(e.published, e.added_at) desc, e.rowid desc",
                [feed_id],
            )
        )
        speakers = self._speakers([row["article_id"] for row in rows])
        return [
            EntryRow(
                row["feed_id"],
                row["key"],
                row["article_id"],
                row["title"],
                row["link"],
                row["published"],
                row["read_at"] is not None,
                speakers.get(row["article_id"], ()),
            )
            for row in rows
        ]

    def _speakers(self, article_ids: list[str]) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i : i + 500]
            rows = self.conn.execute(
                "select article_id, speaker, count(*) as n from quotes"
                f" where speaker is not null and article_id in ({','.join('?' * len(chunk))})"
                " group by article_id, speaker order by article_id, n desc, speaker",
                chunk,
            )
            for article_id, speaker, _ in rows:
                found.setdefault(article_id, []).append(speaker)
        return {article_id: tuple(names) for article_id, names in found.items()}

    def set_read(self, article_id: str, read: bool = True) -> None:
        """Mark every feed entry of ``article_id`` read (or unread)."""
        with self.transaction():
            self.conn.execute(
                "update feed_entries set read_at = ? where article_id = ?",
                [now() if read else None, article_id],
            )

    def feed_outlets(self) -> dict[str, str]:
        """Article id → the name of the feed it was read from (the first, if several)."""
        rows = self.conn.execute(
            "select e.article_id, f.name from feed_entries e join feeds f on f.id = e.feed_id"
            " order by e.rowid desc"
        )
        return dict(rows.fetchall())


_FEEDS = """
    select f.id, f.url, f.name, f.tags, f.site, f.title, f.checked_at, f.error,
           count(e.article_id) as entries,
           count(e.article_id)
           - count(case when e.article_id is not null then e.read_at end) as unread
    from feeds f left join feed_entries e on e.feed_id = f.id
"""


def _feed(row: dict[str, Any]) -> FeedInfo:
    try:
        tags = tuple(str(t) for t in json.loads(row["tags"] or "[]"))
    except (ValueError, TypeError):
        tags = ()
    return FeedInfo(
        row["id"],
        row["url"],
        row["name"],
        tags,
        row["site"],
        row["title"],
        row["checked_at"],
        row["error"],
        row["entries"] or 0,
        row["unread"] or 0,
    )
