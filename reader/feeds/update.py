"""Update a feed: fetch it (conditionally), read its new entries and put them in the library.

Each new entry becomes an article by the project's one path: its page fetched and extracted by
``reader.ingest`` (or the feed's own full text, when it carries it), analysed and saved by
``reader.processing``. Every problem is one line in the report; nothing stored is touched by
a feed that fails. An entry is recorded as read from the feed only after its article is saved,
so an update stopped half-way (or an entry whose page failed) is taken up again next time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html import escape
from typing import Protocol

from reader.errors import IngestError, ReaderError
from reader.feeds.parse import FeedEntry, parse_feed
from reader.feeds.polite import HostDelay
from reader.model import Analysis, Article
from reader.textsafety import one_line

MAX_NEW_ENTRIES = 50
"""New entries read in one update of one feed; the rest wait for the next update."""


@dataclass(frozen=True)
class FeedState:
    """What the library knows of a feed."""

    id: int
    url: str
    name: str
    etag: str | None = None
    modified: str | None = None


@dataclass(frozen=True)
class FeedResponse:
    status: int
    """200, or 304 when the feed has not changed since ``etag``/``modified``."""
    body: bytes
    url: str
    etag: str | None = None
    modified: str | None = None


class FeedRecords(Protocol):
    """The library's side of an update."""

    def seen_entries(self, feed_id: int, keys: list[str]) -> set[str]: ...

    def add_entry(self, feed_id: int, entry: FeedEntry, article_id: str) -> None: ...

    def feed_checked(
        self,
        feed_id: int,
        *,
        etag: str | None,
        modified: str | None,
        title: str | None,
        error: str | None,
    ) -> None: ...


@dataclass
class UpdateReport:
    feed: str
    new: int = 0
    unchanged: bool = False
    problems: list[str] = field(default_factory=list)
    """One line each, naming the feed (and the entry)."""

    def summary(self) -> str:
        if self.unchanged:
            return f"{self.feed}: not changed"
        return f"{self.feed}: {self.new} new"


Progress = Callable[[int, int, str], None]
"""``progress(done, total, title)`` after each entry of a feed."""


def update_feed(
    feed: FeedState,
    records: FeedRecords,
    *,
    fetch: Callable[[str, str | None, str | None], FeedResponse],
    analyse: Callable[[Article], Analysis],
    delay: HostDelay,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
) -> UpdateReport:
    """Bring ``feed``'s new entries into the library; see the module doc."""
    report = UpdateReport(feed.name)
    delay.wait(feed.url)
    try:
        response = fetch(feed.url, feed.etag, feed.modified)
        if response.status == 304:
            report.unchanged = True
            records.feed_checked(
                feed.id, etag=feed.etag, modified=feed.modified, title=None, error=None
            )
            return report
        parsed = parse_feed(response.body, response.url)
    except ReaderError as error:
        report.problems.append(f"{feed.name}: {one_line(str(error), 300)}")
        records.feed_checked(
            feed.id, etag=feed.etag, modified=feed.modified, title=None, error=str(error)
        )
        return report
    if parsed.total > len(parsed.entries):
        report.problems.append(
            f"{feed.name}: the feed lists {parsed.total:,} entries; read the first "
            f"{len(parsed.entries)}"
        )
    seen = records.seen_entries(feed.id, [e.key for e in parsed.entries])
    new = [e for e in parsed.entries if e.key not in seen]
    complete = len(new) <= MAX_NEW_ENTRIES
    if not complete:
        report.problems.append(
            f"{feed.name}: {len(new)} new entries; read {MAX_NEW_ENTRIES}, the rest next time"
        )
        new = new[:MAX_NEW_ENTRIES]
    for done, entry in enumerate(new, 1):
        if cancelled():
            complete = False
            break
        try:
            analysis = analyse(entry_article(entry, response.url, delay))
            records.add_entry(feed.id, entry, analysis.id)
            report.new += 1
        except ReaderError as error:
            complete = False
            where = entry.title or entry.link or entry.key
            report.problems.append(f"{feed.name}: {one_line(f'{where}: {error}', 300)}")
        if progress is not None:
            progress(done, len(new), entry.title or "")
    # The validators are kept only once every entry is in: otherwise the next update would be
    # told "not modified" and never retry what is missing.
    etag, modified = (response.etag, response.modified) if complete else (None, None)
    records.feed_checked(feed.id, etag=etag, modified=modified, title=parsed.title, error=None)
    return report


def entry_article(entry: FeedEntry, feed_url: str, delay: HostDelay) -> Article:
    """The entry's article: the feed's full text when it carries it, else its page."""
    from reader.ingest import article_from_text, load_article

    if entry.content:
        title = escape(entry.title or "")
        page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        page += f"{entry.content}</article></body></html>"
        article = article_from_text(
            page, kind="html", source=entry.link or f"{feed_url}#{entry.key}"
        )
    elif entry.link:
        delay.wait(entry.link)
        article = load_article(entry.link)
    else:
        raise IngestError("the entry has no link and no text")
    return replace(
        article,
        title=article.title or entry.title,
        published=article.published or entry.published,
    )
