"""Keys of the library screen between the search field and the tables, and the tables' sort
arrows: the real app on a real library file in tmp_path (HOME is a temp dir, see conftest)."""

from __future__ import annotations

import threading

import pytest
from snapshot_apps.library import fill_library, library_ready, searched

from reader.tui.app import ReaderApp
from reader.tui.library import reading
from reader.tui.library.tables import SORTS
from reader.tui.screens.library import LibraryScreen

SIZE = (110, 32)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.db"
    fill_library(path)
    return path


def focused_id(app: ReaderApp) -> str | None:
    return app.focused.id if app.focused is not None else None


@pytest.mark.parametrize("key", ["down", "enter"])
async def test_down_or_enter_from_the_query_moves_into_the_results(db, key):
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("slash", *"speaker:")
        await searched(pilot)
        assert focused_id(app) == "search"
        await pilot.press(key)
        assert focused_id(app) == "results"
        await pilot.press("j", "j", "k", "j")
        assert app.screen.query_one("#search").value == "speaker:"
        assert app.screen.results_table.cursor_row == 2


async def test_down_from_an_empty_query_moves_into_the_articles(db):
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("slash", "down", "j")
        assert focused_id(app) == "articles"
        assert app.screen.articles.cursor_row == 1
        assert app.screen.query_one("#search").value == ""


@pytest.mark.parametrize("key", ["down", "enter"])
async def test_j_and_k_pressed_while_the_search_runs_never_type_into_the_query(
    db, key, monkeypatch
):
    """Enter or Down before the search is done: the keys that follow go to the results."""
    release = threading.Event()
    find = reading.find

    def slow_find(session, query, post):
        release.wait(10)
        find(session, query, post)

    monkeypatch.setattr(reading, "find", slow_find)
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("slash", *"speaker:", key, "j", "k", "j")
        assert app.screen.query_one("#search").value == "speaker:"
        release.set()
        await searched(pilot)
        assert focused_id(app) == "results"
        assert app.screen.results_table.row_count == 5
        await pilot.press("j")
        assert app.screen.results_table.cursor_row == 1
        assert app.screen.query_one("#search").value == "speaker:"


async def test_a_search_with_no_results_leaves_the_reader_in_the_query(db):
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("slash", *"zzzq", "enter")
        await searched(pilot)
        assert focused_id(app) == "search"
        await pilot.press("x")
        assert app.screen.query_one("#search").value == "zzzqx"


async def test_every_sortable_column_shows_its_arrow_when_sorted_by(db):
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        for key, (heading, _) in SORTS.items():
            for reverse in (False, True):
                screen.sort_by(key, reverse=reverse)
                await pilot.pause()
                header = header_line(screen)
                arrow = "↓" if reverse else "↑"
                assert f"{heading} {arrow}" in header, (key, header)
                assert header.count(arrow) == 1 and "…" not in header, header


@pytest.mark.parametrize("width", [80, 110, 200])
async def test_headers_are_whole_at_any_width(db, width):
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=(width, 24)) as pilot:
        await library_ready(pilot)
        for key in SORTS:
            app.screen.sort_by(key)
            await pilot.pause()
            assert "…" not in header_line(app.screen)


def header_line(screen: LibraryScreen) -> str:
    return screen.articles.render_line(0).text
