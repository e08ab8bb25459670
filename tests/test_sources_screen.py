"""The Sources screen under Pilot: filters redraw it, Enter lists a speaker's quotes and opens
the article at the quote."""

from __future__ import annotations

import pytest
from snapshot_apps.news import fill_news_library

from reader.config import Config
from reader.tui.app import ReaderApp


@pytest.fixture
def app(tmp_path):
    db = tmp_path / "library.db"
    fill_news_library(db)
    return ReaderApp(db_path_override=str(db), config=Config(theme="reader-dark"))


async def open_sources(pilot):
    await pilot.press("w")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return pilot.app.screen


def speakers(screen) -> list[str]:
    table = screen.query_one("#speakers")
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_filters_redraw_the_table_and_charts(app):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_sources(pilot)
        assert speakers(screen)[:2] == ["Ilse Marrow", "Daniel Greer"]
        assert len(speakers(screen)) == 6
        screen.query_one("#since").value = "2026-03-04"
        await pilot.pause()
        assert speakers(screen) == ["Ilse Marrow", "Ruth Calloway"]
        assert screen.query_one("#top").rows == [("Ilse Marrow", 2), ("Ruth Calloway", 1)]
        assert [c for _, c in screen.query_one("#timeline").days] == [3]
        screen.query_one("#until").value = "not a date"
        await pilot.pause()
        assert screen.query_one("#until").has_class("-invalid")
        assert speakers(screen) == ["Ilse Marrow", "Ruth Calloway"]  # kept until it reads
        await pilot.press("r")
        await pilot.pause()
        assert len(speakers(screen)) == 6


async def test_enter_lists_a_speakers_quotes_and_opens_the_article_at_one(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_sources(pilot)
        await pilot.press("enter")
        await pilot.pause()
        quotes = app.screen.query_one("#quotes")
        assert quotes.row_count == 4
        await pilot.press("down", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        article = app.screen
        assert type(article).__name__ == "ArticleScreen"
        assert article.article.source.endswith("minister-reservoir")  # the second, by date
        text, offset = article.article.text, article.focus_offset
        assert text[offset:].startswith("We will not let another summer pass with empty taps")


async def test_s_on_an_article_shows_the_sources_of_that_article_only(app):
    async with app.run_test(size=(100, 30)) as pilot:
        everyone = speakers(await open_sources(pilot))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # the speaker's first quote: its article opens
        await app.workers.wait_for_complete()
        await pilot.pause()
        article = app.screen
        assert type(article).__name__ == "ArticleScreen"
        quoted = {q.speaker for q in article.analysis.quotes if q.speaker}
        await pilot.press("S")
        await app.workers.wait_for_complete()
        await pilot.pause()
        sources = app.screen
        assert type(sources).__name__ == "SourcesScreen"
        assert sources.article_id == article.analysis.id and sources.only_article
        shown = speakers(sources)
        assert everyone[0] in shown and everyone[0] in quoted
        assert len(shown) < len(everyone)  # this article's speakers, not the library's
        assert not [name for name in shown if name not in everyone]
