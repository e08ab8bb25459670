"""Reopening an article resumes where the reader left it: the position is an offset into the
text, kept in the library (migration m007, a table of its own) when the reader leaves the
article or quits, and read when it opens."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from article_samples import TEXT, settled, storm_analysis

from reader.nlp.versions import pipeline_version, resolve_model
from reader.store import open_library
from reader.tui.app import ReaderApp
from reader.tui.screens.article import ArticleScreen

LAST_PARAGRAPH = TEXT.index("Moira Dunlop said the council")


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def stored(tmp_path):
    """A library file holding the storm article with an analysis the app finds cached."""
    analysis = storm_analysis()
    analysis.model, analysis.version = resolve_model(None), pipeline_version()
    with open_library(tmp_path / "l.db") as library:
        library.save(analysis)
    return analysis


def position(tmp_path, article_id: str) -> int | None:
    with open_library(tmp_path / "l.db") as library:
        return library.reading_position(article_id)


async def opened(app: ReaderApp, pilot, article_id: str, offset: int | None = None):
    app.open_article(article_id, offset)
    for _ in range(200):
        await pilot.pause(0.02)
        if isinstance(app.screen, ArticleScreen) and app.screen.analysis is not None:
            break
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ArticleScreen) and screen.analysis is not None
    return screen


def line_holds(screen: ArticleScreen, offset: int) -> bool:
    index, cursor = screen.view.index, screen.view.cursor
    return index.starts[cursor] <= offset < index.ends[cursor]


# The store ------------------------------------------------------------------------------


def test_a_position_is_kept_per_article_and_goes_with_it(library):
    analysis = storm_analysis()
    library.save(analysis)
    assert library.reading_position(analysis.id) is None
    library.set_reading_position(analysis.id, 120)
    library.set_reading_position(analysis.id, LAST_PARAGRAPH)
    assert library.reading_position(analysis.id) == LAST_PARAGRAPH
    library.set_reading_position("f" * 32, 5)  # not in the library: not remembered
    assert library.reading_position("f" * 32) is None
    library.delete_article(analysis.id)
    assert library.reading_position(analysis.id) is None
    assert library.conn.execute("select count(*) from reading_positions").fetchone() == (0,)


def test_migrating_a_library_from_before_positions_keeps_every_row(tmp_path):
    from sqlite_utils import Database

    from reader.store.migrations import migrations

    path = tmp_path / "l.db"
    with open_library(path) as library:
        analysis = storm_analysis()
        library.save(analysis)
        library.add_highlight(analysis.article, 0, 5, note="mine")
    conn = sqlite3.connect(path)  # back to the schema before m007, with its rows
    conn.execute("drop table reading_positions")
    conn.execute("delete from _sqlite_migrations where name = 'm007_reading_position'")
    conn.execute("pragma user_version = 6")
    conn.commit()
    tables = ("articles", "highlights", "quotes", "entities", "mentions", "figures")
    before = {t: conn.execute(f"select * from {t} order by rowid").fetchall() for t in tables}
    conn.close()
    assert migrations.pending(Database(sqlite3.connect(path)))
    with open_library(path) as library:
        after = {
            t: library.conn.execute(f"select * from {t} order by rowid").fetchall() for t in tables
        }
        assert after == before
        assert library.reading_position(analysis.id) is None
        library.set_reading_position(analysis.id, 42)
        assert library.reading_position(analysis.id) == 42


def test_a_read_only_library_keeps_no_position_and_says_nothing(tmp_path):
    from reader.store import Library

    analysis = storm_analysis()
    with open_library(tmp_path / "l.db") as library:
        library.save(analysis)
    with Library(tmp_path / "l.db", read_only="a test") as library:
        library.set_reading_position(analysis.id, 42)
        assert library.reading_position(analysis.id) is None


# The app --------------------------------------------------------------------------------


async def test_going_back_keeps_the_place_and_reopening_resumes_there(tmp_path, stored):
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(120, 14)) as pilot:
        screen = await opened(app, pilot, stored.id)
        assert screen.view.cursor == 0
        await pilot.press("G")  # to the last line: the last paragraph
        left_at = screen.view.cursor_offset
        assert left_at >= LAST_PARAGRAPH
        await pilot.press("escape")
        await settled(pilot)
        assert not isinstance(app.screen, ArticleScreen)
        assert position(tmp_path, stored.id) == left_at

        again = await opened(app, pilot, stored.id)
        assert again is not screen
        assert line_holds(again, left_at)
        assert again.view.index.para[again.view.cursor] == 5


async def test_quitting_keeps_the_place_and_a_narrower_window_resumes_at_it(tmp_path, stored):
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(120, 14)) as pilot:
        screen = await opened(app, pilot, stored.id)
        screen.view.go_to(TEXT.index("promised refunds"))
        await pilot.pause()
        left_at = screen.view.cursor_offset
        await pilot.press("q")
    for _ in range(100):  # the write runs in a thread worker the quit let finish
        if position(tmp_path, stored.id) is not None:
            break
        await asyncio.sleep(0.05)
    assert position(tmp_path, stored.id) == left_at

    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(70, 14)) as pilot:  # other width, other lines: same place
        screen = await opened(app, pilot, stored.id)
        assert line_holds(screen, left_at)


async def test_opening_resumes_unless_opened_at_a_quote(tmp_path, stored):
    with open_library(tmp_path / "l.db") as library:
        library.set_reading_position(stored.id, LAST_PARAGRAPH)
    quote = stored.quotes[2]
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(120, 14)) as pilot:
        screen = await opened(app, pilot, stored.id)
        assert line_holds(screen, LAST_PARAGRAPH)
        await pilot.press("escape")
        screen = await opened(app, pilot, stored.id, offset=quote.start)
        assert line_holds(screen, quote.start)


def test_export_and_import_take_a_library_with_positions(tmp_path):
    from reader.export import export, gather
    from reader.export.importer import import_jsonl
    from reader.ingest import article_from_text
    from reader.model import Analysis

    article = article_from_text(TEXT, kind="text", source="test")
    with open_library(tmp_path / "l.db") as library:
        library.save(Analysis(article, "hand-built", "test"))
        library.set_reading_position(article.content_hash, LAST_PARAGRAPH)
        [path] = export(gather(library), "jsonl", tmp_path / "out", frozenset({"highlights"}))
    with open_library(tmp_path / "other.db") as other:
        report = import_jsonl(other, path)
        assert not report.problems and report.articles == 1
        assert other.article(article.content_hash).text == article.text
