"""The Feeds screen under Pilot: Enter opens an entry's article and marks it read; r toggles."""

from __future__ import annotations

import pytest
from snapshot_apps.news import fill_news_feeds
from test_snapshots_feeds import settle

from reader.config import Config
from reader.store import open_library
from reader.tui.app import ReaderApp


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.db"
    fill_news_feeds(path)
    return path


def unread(db) -> dict[str, int]:
    with open_library(db) as library:
        return {feed.name: feed.unread for feed in library.feeds()}


async def test_enter_opens_the_article_and_marks_it_read(db):
    app = ReaderApp(db_path_override=str(db), config=Config(theme="reader-dark"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        await settle(pilot)
        assert unread(db) == {"North Wire": 1, "Valley News": 1}
        await pilot.press("enter", "enter")  # the feed, then its entry
        await settle(pilot)
        assert type(app.screen).__name__ == "ArticleScreen"
        assert app.screen.article.title.startswith("Doubts over cost")
        assert unread(db) == {"North Wire": 0, "Valley News": 1}
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("r")  # back on the feeds screen, the entry: unread again
        await settle(pilot)
        assert unread(db) == {"North Wire": 1, "Valley News": 1}
        assert str(app.screen.query_one("#feeds").get_row_at(0)[1]) == "1"


async def test_u_updates_every_feed_in_a_worker_with_progress(tmp_path, monkeypatch):
    from feed_fixtures import page_path, rss20
    from feed_server import Reply, feed_server
    from news_articles import ARTICLES

    from reader.feeds import polite

    monkeypatch.setattr(polite, "HOST_DELAY_SECONDS", 0.0)
    monkeypatch.setenv("READER_SOURCE_SECONDS", "10")
    db = tmp_path / "library.db"
    with feed_server() as server:
        for news in ARTICLES:
            server.routes[page_path(news)] = Reply(
                body=news.html().encode(), content_type="text/html"
            )
        server.routes["/rss.xml"] = Reply(body=rss20(server.base))
        server.routes["/gone.xml"] = Reply(404, b"no", "text/plain")
        with open_library(db) as library:
            library.add_feed(server.url("/rss.xml"), "Valley News")
            library.add_feed(server.url("/gone.xml"), "Gone")
        app = ReaderApp(db_path_override=str(db), config=Config(theme="reader-dark"))
        shown: list[str] = []
        notify = app.notify
        app.notify = lambda message, **options: (shown.append(message), notify(message, **options))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("f")
            await settle(pilot)
            seen = []
            status = app.screen.query_one("#feeds-status")
            await pilot.press("u")
            for _ in range(1200):  # the model process loads once: seconds, not minutes
                await pilot.pause(0.05)
                seen.append(str(status.render()))
                if seen[-1].startswith("Updated"):
                    break
            await settle(pilot)
            assert seen[-1] == "Updated: 3 new · 2 feeds, 3 unread · 1 with a problem"
            assert any("Valley News" in line and "/3" in line for line in seen)
            assert any(m.startswith("Gone: the server answered 404") for m in shown), shown
            assert unread(db) == {"Gone": 0, "Valley News": 3}
            assert app.screen.query_one("#entries").row_count in (0, 3)
