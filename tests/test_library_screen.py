"""The library screen: rows, sort, open, delete with confirmation, library-wide search."""

from __future__ import annotations

import pytest
from snapshot_apps.library import ARTICLES, fill_library, library_ready, searched

from reader.store import open_library
from reader.tui.app import ReaderApp
from reader.tui.dialogs.confirm import ConfirmDialog
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen

SIZE = (110, 32)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.db"
    analyses = fill_library(path)
    return path, analyses


def titles(app: ReaderApp) -> list[str]:
    table = app.screen.query_one("#articles")
    return [str(table.get_row_at(index)[0]) for index in range(table.row_count)]


def result_rows(app: ReaderApp) -> list[list[str]]:
    table = app.screen.query_one("#results")
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def wait_for(pilot, condition, tries: int = 100) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition never held")


async def test_every_article_is_listed_newest_first_with_counts(db):
    path, _ = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert titles(app)[0] == "Ceasefire talks resume in Geneva"
        assert titles(app)[-1] == "City adopts a flood plan for the river quarter"
        first = [str(cell) for cell in app.screen.query_one("#articles").get_row_at(0)]
        assert first[1:] == ["example.org", "2026-03-05", "2", "2"]


async def test_markup_in_a_title_is_shown_literally(db):
    path, _ = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        assert any(title.startswith("[bold]Not bold[/] [@click=app.quit]") for title in titles(app))


async def test_s_cycles_the_sort_column_and_shift_s_reverses(db):
    path, _ = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("s")  # date → people (biggest first)
        assert app.screen.sort_key == "people"
        people = [int(str(app.screen.query_one("#articles").get_row_at(i)[3])) for i in range(4)]
        assert people == sorted(people, reverse=True)
        await pilot.press("s", "s")  # quotes → title
        assert titles(app) == sorted(titles(app), key=str.casefold)
        await pilot.press("S")
        assert titles(app) == sorted(titles(app), key=str.casefold, reverse=True)


async def test_clicking_a_header_sorts_by_that_column(db):
    path, _ = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.click("#articles", offset=(3, 0))  # the Title header
        await pilot.pause()
        assert app.screen.sort_key == "title"
        await pilot.click("#articles", offset=(3, 0))
        await pilot.pause()
        assert app.screen.sort_reverse is True


async def test_enter_opens_the_article_and_escape_comes_back(db):
    path, analyses = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        newest = next(a for a in analyses if a.article.title.startswith("Ceasefire"))
        assert app.screen.article_id == newest.id
        await wait_for(pilot, lambda: app.screen.analysis is not None)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_delete_asks_first_and_cancel_keeps_the_article(db):
    path, _ = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("d", "escape")
        await pilot.press("d", "enter")  # the focused button is Cancel
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert len(titles(app)) == len(ARTICLES)
        with open_library(path) as library:
            assert len(library.articles()) == len(ARTICLES)


async def test_delete_confirmed_removes_the_article_everywhere(db):
    path, analyses = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("d", "y")
        await wait_for(pilot, lambda: len(titles(app)) == len(ARTICLES) - 1)
        assert "Ceasefire talks resume in Geneva" not in titles(app)
        assert len(titles(app)) == len(ARTICLES) - 1
        with open_library(path) as library:
            assert library.quotes_by("Putin") == []
            assert library.article(analyses[1].id) is None


async def test_full_text_search_lists_hits_and_opens_at_the_words(db):
    path, analyses = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("slash", *"barriers")
        await searched(pilot)
        rows = result_rows(app)
        assert [row[0] for row in rows] == ["text"]
        assert "barriers" in rows[0][2]
        await pilot.press("enter", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        flood = next(a for a in analyses if a.article.title.startswith("City"))
        assert app.screen.article_id == flood.id
        assert app.screen.focus_offset == flood.article.text.index("barriers")


async def test_a_name_lists_every_quote_by_that_speaker_and_opens_at_it(db):
    path, analyses = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("slash", *"speaker:lindqvist")
        await searched(pilot)
        rows = result_rows(app)
        assert [row[:2] for row in rows] == [["quote", "Anna Lindqvist"]]
        assert rows[0][2] == "“Nobody leaves this room empty-handed,”"
        await pilot.press("enter", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        talks = analyses[1]
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article_id == talks.id
        assert app.screen.focus_offset == talks.quotes[1].start


async def test_a_plain_name_finds_quotes_and_text(db):
    path, _ = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("slash", *"Putin")
        await searched(pilot)
        kinds = [row[0] for row in result_rows(app)]
        assert kinds == ["quote", "text"]
        assert "1 result" not in str(app.screen.query_one("#status").render())


async def test_entity_search_lists_articles_mentioning_it(db):
    path, analyses = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("slash", *"entity:kyiv")
        await searched(pilot)
        rows = result_rows(app)
        assert {row[3][:20] for row in rows} == {"[bold]Not bold[/] [@", "City adopts a flood "}
        assert {row[0] for row in rows} == {"place"}
        await pilot.press("enter", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        opened = next(a for a in analyses if a.id == app.screen.article_id)
        assert app.screen.focus_offset == opened.article.text.index("Kyiv")


async def test_escape_clears_the_search(db):
    path, _ = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("slash", *"nothing-matches-this")
        await searched(pilot)
        assert app.screen.query_one("#empty").display
        await pilot.press("escape")
        assert app.screen.query_one("#articles").display
        assert app.screen.query_one("#search").value == ""
        assert len(titles(app)) == len(ARTICLES)


async def test_the_cursor_follows_its_article_when_the_order_changes(db):
    path, _ = db
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("j", "j")
        chosen = app.screen.current_article_id()
        await pilot.press("s", "s", "s")  # people, quotes, title
        assert app.screen.current_article_id() == chosen
        await pilot.press("G")
        assert app.screen.query_one("#articles").cursor_row == len(ARTICLES) - 1


@pytest.mark.parametrize("wildcard", ["%", "_", "K_iv", "%yiv"])
def test_entity_and_speaker_lookups_treat_like_wildcards_literally(db, wildcard):
    path, _ = db
    with open_library(path) as library:
        assert library.articles_mentioning("Kyiv")  # the plain name is found
        assert library.articles_mentioning(wildcard) == []
        assert library.quotes_by(wildcard) == []
