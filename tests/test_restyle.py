"""What draws itself from cached styles follows a change of style: a theme switch restyles the
library rows and the sidebar, focus restyles the reading cursor; going back from an article
leaves the library as it was."""

from __future__ import annotations

from article_samples import open_article, reader_app
from snapshot_apps.library import fill_library, library_ready

from reader.tui.app import ReaderApp
from reader.tui.screens.library import LibraryScreen


def backgrounds(strip) -> set:
    return {segment.style.bgcolor for segment in strip if segment.style is not None}


async def test_a_theme_switch_restyles_the_library_rows(tmp_path):
    path = tmp_path / "library.db"
    fill_library(path)
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=(110, 32)) as pilot:
        await library_ready(pilot)
        table = app.screen.query_one("#articles")
        before = [backgrounds(table.render_line(y)) for y in range(3)]
        await pilot.press("ctrl+t")
        await pilot.pause()
        after = [backgrounds(table.render_line(y)) for y in range(3)]
        assert all(b != a for b, a in zip(before, after, strict=True))
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert [backgrounds(table.render_line(y)) for y in range(3)] == before


async def test_a_theme_switch_restyles_the_sidebar(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        sidebar = screen.sidebar
        before = backgrounds(sidebar.render_lines(sidebar.region.reset_offset)[1])
        await pilot.press("ctrl+t")
        await pilot.pause()
        after = backgrounds(sidebar.render_lines(sidebar.region.reset_offset)[1])
        assert before and after and before != after


async def test_focus_restyles_the_reading_cursor_and_back_leaves_the_library_as_it_was(tmp_path):
    path = tmp_path / "library.db"
    fill_library(path)
    app = ReaderApp(db_path_override=str(path))
    async with app.run_test(size=(110, 32)) as pilot:
        await library_ready(pilot)
        library = app.screen
        table = library.query_one("#articles")
        rows = [table.render_line(y).text for y in range(6)]
        await pilot.press("j", "enter")
        for _ in range(100):
            await pilot.pause(0.02)
            if getattr(app.screen, "analysis", None) is not None:
                break
        view = app.screen.view
        assert view.component_style("article--cursor").bold
        await pilot.press("h")  # the sidebar takes the focus
        assert not view.has_focus
        assert not view.component_style("article--cursor").bold
        await pilot.press("l")
        assert view.component_style("article--cursor").bold
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is library and isinstance(library, LibraryScreen)
        assert table.has_focus and table.cursor_row == 1
        assert [table.render_line(y).text for y in range(6)] == rows
