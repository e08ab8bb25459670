"""Feeds end to end against a local server: entries become analysed articles with the feed as
their outlet, conditional GET, a polite delay per host, and bad feeds as one line each that lose
nothing already stored."""

from __future__ import annotations

import time

import pytest
from feed_fixtures import WEB_PAGE, atom, huge_rss, page_path, rss091, rss092, rss10, rss20
from feed_server import Reply, feed_server
from news_articles import ARTICLES, GAZETTE, POST, WIRE

from reader.feeds.fetching import fetch_feed
from reader.feeds.polite import HostDelay
from reader.feeds.update import update_feed
from reader.sources.library import library_sources

HTML = "text/html; charset=utf-8"


def pages() -> dict[str, Reply]:
    return {page_path(n): Reply(body=n.html().encode(), content_type=HTML) for n in ARTICLES}


@pytest.fixture(autouse=True)
def _short_fetches(monkeypatch):
    monkeypatch.setenv("READER_SOURCE_SECONDS", "10")


@pytest.fixture
def library(tmp_path, nlp):
    from reader.store import open_library

    with open_library(tmp_path / "library.db") as lib:
        yield lib


class RecordingDelay(HostDelay):
    """The polite delay, noting when each request was let go."""

    def __init__(self, delay: float) -> None:
        super().__init__(delay)
        self.let_go: list[float] = []

    def wait(self, url: str) -> float:
        waited = super().wait(url)
        self.let_go.append(time.monotonic())
        return waited


def update(library, name: str, delay: float | HostDelay = 0.0):
    from reader.processing import analysis_for

    info = library.feed(name)
    return update_feed(
        library.feed_state(info.id),
        library,
        fetch=fetch_feed,
        analyse=lambda article: analysis_for(article, library),
        delay=delay if isinstance(delay, HostDelay) else HostDelay(delay),
    )


def article_count(library) -> int:
    return len(library.article_ids())


def test_entries_become_articles_with_the_feed_as_outlet_then_nothing_changes(library):
    with feed_server() as server:
        server.routes.update(pages())
        server.routes["/rss.xml"] = Reply(body=rss20(server.base), etag='"v1"')
        library.add_feed(server.url("/rss.xml"), "Valley News")
        polite = RecordingDelay(0.2)
        report = update(library, "Valley News", delay=polite)
        assert (report.new, report.problems) == (3, [])
        entries = library.entries(library.feed("Valley News").id)
        assert [e.title for e in entries] == [WIRE.title, POST.title, GAZETTE.title]
        assert "Ilse Marrow" in entries[-1].speakers
        assert library.feed("Valley News").unread == 3
        sources = library_sources(library)
        assert {a.outlet for a in sources.articles} == {"Valley News"}
        # one host: the feed and its three pages, each request let go 0.2 s after the last
        assert len(polite.let_go) == 4 == len(server.requests)
        gaps = [b - a for a, b in zip(polite.let_go, polite.let_go[1:], strict=False)]
        assert all(gap >= 0.199 for gap in gaps), gaps

        again = update(library, "Valley News")
        assert again.unchanged and again.summary() == "Valley News: not changed"
        path, headers, _ = server.requests[-1]
        assert path == "/rss.xml" and headers["if-none-match"] == '"v1"'
        assert all(server.hits[page_path(n)] == 1 for n in ARTICLES)
        assert article_count(library) == 3


@pytest.mark.parametrize(
    ("document", "expected"),
    [(rss091, 1), (rss092, 1), (rss10, 1), (atom, 2)],
)
def test_every_feed_format_brings_its_articles_in(library, document, expected):
    with feed_server() as server:
        server.routes.update(pages())
        server.routes["/feed"] = Reply(body=document(server.base), content_type="text/xml")
        library.add_feed(server.url("/feed"), "Desk")
        report = update(library, "Desk")
        assert (report.new, report.problems) == (expected, [])
        assert article_count(library) == expected


def test_a_feed_carrying_full_text_is_not_fetched_page_by_page(library, monkeypatch):
    from reader.feeds import parse

    monkeypatch.setattr(parse, "FULL_TEXT_WORDS", 20)
    with feed_server() as server:
        server.routes.update(pages())
        feed = Reply(body=atom(server.base), content_type="application/atom+xml")
        server.routes["/atom.xml"] = feed
        library.add_feed(server.url("/atom.xml"), "Atom Desk")
        assert update(library, "Atom Desk").new == 2
        assert not any(server.hits[page_path(n)] for n in ARTICLES)
        texts = [library.article(i).text for i in library.article_ids()]
        assert any("empty taps in this valley" in text for text in texts)


BAD_FEEDS = {
    "/not-xml": (Reply(body=b"hello, world", content_type="text/plain"),
                 "Bad: not a feed (no RSS or Atom in it)"),
    "/page.html": (Reply(body=WEB_PAGE, content_type=HTML),
                   "Bad: a web page, not a feed; its feed is {base}/feed.xml"),
    "/gone.xml": (Reply(404, b"no", "text/plain"), "Bad: the server answered 404 Not Found"),
    "/loop": (Reply(302, b"", "text/plain", {"Location": "/loop"}), "Bad: more than 5 redirects"),
}  # fmt: skip


@pytest.mark.parametrize("path", list(BAD_FEEDS))
def test_a_bad_feed_is_one_line_and_loses_nothing(library, path):
    with feed_server() as server:
        server.routes.update(pages())
        server.routes["/rss.xml"] = Reply(body=rss20(server.base))
        library.add_feed(server.url("/rss.xml"), "Good")
        update(library, "Good")
        before = article_count(library)
        reply, message = BAD_FEEDS[path]
        server.routes[path] = reply
        library.add_feed(server.url(path), "Bad")
        report = update(library, "Bad")
        assert report.new == 0
        assert len(report.problems) == 1
        assert report.problems[0].startswith(message.format(base=server.base))
        assert article_count(library) == before
        assert library.feed("Bad").error and library.feed("Good").entries == 3


def test_a_feed_of_100000_entries_is_read_in_part(library, monkeypatch):
    from reader.feeds import update as updating

    monkeypatch.setattr(updating, "MAX_NEW_ENTRIES", 3)
    with feed_server() as server:
        server.routes["/huge.xml"] = Reply(body=huge_rss(server.base))
        library.add_feed(server.url("/huge.xml"), "Huge")
        started = time.monotonic()
        report = update(library, "Huge")
        assert time.monotonic() - started < 60
        assert report.problems[:2] == [
            "Huge: the feed lists 100,000 entries; read the first 200",
            "Huge: 200 new entries; read 3, the rest next time",
        ]
        assert len(report.problems) == 2 + 3  # each entry's page is missing: one line each
        assert "Entry 0" in report.problems[2] and "404" in report.problems[2]


def test_an_entry_whose_page_fails_is_one_line_and_is_tried_again(library):
    with feed_server() as server:
        server.routes.update(pages())
        server.routes[page_path(POST)] = Reply(500, b"oops", "text/plain")
        server.routes["/rss.xml"] = Reply(body=rss20(server.base), etag='"v1"')
        library.add_feed(server.url("/rss.xml"), "Valley News")
        report = update(library, "Valley News")
        assert report.new == 2
        assert report.problems == [
            f"Valley News: {POST.title}: {server.url(page_path(POST))}:"
            " the server answered 500 Internal Server Error"
        ]
        server.routes.update(pages())  # the page is back
        again = update(library, "Valley News")
        assert (again.new, again.problems) == (1, [])  # no "not modified": it was missing one
        assert article_count(library) == 3
