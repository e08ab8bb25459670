"""The `?` screen: a table of key, action and id that scrolls to every key at 80×24, keeps each
column to itself, and uses a wide terminal's width."""

from __future__ import annotations

from article_samples import open_article, reader_app

from reader.tui.app import ReaderApp
from reader.tui.screens.help import HelpScreen, HelpTable


async def open_help(app, pilot) -> HelpScreen:
    await open_article(app, pilot)
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    return app.screen


def visible_lines(table: HelpTable) -> list[str]:
    return [table.render_line(y).text for y in range(table.size.height)]


def id_column(table: HelpTable) -> tuple[int, int]:
    """Cells [start, end) of the Id column on a line of the table."""
    key, action, ids = table.columns.values()
    start = key.get_render_width(table) + action.get_render_width(table)
    return start, start + ids.get_render_width(table)


def every_id(screen: HelpScreen) -> set[str]:
    return {row.binding_id for rows in screen.sections.values() for row in rows}


async def test_every_key_can_be_scrolled_to_at_80_by_24(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_help(app, pilot)
        table = screen.query_one(HelpTable)
        assert table.max_scroll_y > 0, "more keys than lines: the table must scroll"
        seen = " ".join(visible_lines(table))
        for _ in range(table.row_count):
            await pilot.press("j")
            seen += " ".join(visible_lines(table))
        for binding_id in every_id(screen):
            assert binding_id in seen
        await pilot.press("g")
        assert "app.palette" not in " ".join(visible_lines(table))
        await pilot.press("G")
        lines = visible_lines(table)
        assert "help.last" in lines[-1], "the last key is on screen"
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_an_action_never_runs_into_the_id_column(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_help(app, pilot)
        table = screen.query_one(HelpTable)
        start, end = id_column(table)
        ids = every_id(screen)
        for _ in range(table.row_count // 5):
            for line in visible_lines(table)[1:]:
                cell = line[start:end].strip()
                assert cell == "" or cell in ids, line
            await pilot.press("pagedown")


async def test_a_wide_terminal_shows_every_key_on_one_line_each(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(200, 60)) as pilot:
        screen = await open_help(app, pilot)
        table = screen.query_one(HelpTable)
        assert one_line_each(table)
        assert table.max_scroll_y <= 2, "at most a line or two below a 60-line screen"
        lines = []
        for _ in range(3):
            lines += visible_lines(table)
            await pilot.press("pagedown")
            await pilot.pause()
        for row in (row for rows in screen.sections.values() for row in rows):
            assert any(row.description in line and row.binding_id in line for line in lines)


def one_line_each(table: HelpTable) -> bool:
    """No key's description wraps: every row of the table is one line high."""
    return all(row.height == 1 for row in table.rows.values())


async def test_keys_of_widgets_without_focus_are_listed(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_help(app, pilot)
        assert list(screen.sections)[:3] == ["Article", "Reading", "Sidebar"]
        assert {"sidebar.cursor-down", "sidebar.top"} <= {
            row.binding_id for row in screen.sections["Sidebar"]
        }


async def test_every_key_live_on_the_screen_is_listed_wherever_the_focus_is(tmp_path):
    """Textual's own account of the live keys (``active_bindings``) with the focus on each
    widget in turn: every one of ours is in the help, which is opened from the text alone."""
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_article(app, pilot)
        article = app.screen
        live: set[str] = set()
        for widget in article.focus_chain:
            widget.focus()
            await pilot.pause()
            active = article.active_bindings.values()
            live |= {found.binding.id for found in active if found.binding.id}
        assert {"article.search", "article.cursor-down", "sidebar.top", "app.quit"} <= live
        article.query_one("ArticleView").focus()
        await pilot.press("question_mark")
        assert live <= every_id(app.screen)


async def test_keys_of_hidden_widgets_are_listed_under_their_own_section(tmp_path):
    """The search field is hidden once closed, the sidebar after s: their keys are still the
    screen's, each under its widget's name."""
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_article(app, pilot)
        await pilot.press("slash", *"storm", "escape", "s")
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        sections = app.screen.sections
        assert [row.binding_id for row in sections["Search field"]] == ["search.close"]
        assert "sidebar.top" in {row.binding_id for row in sections["Sidebar"]}


async def test_section_names_are_whole_where_keys_are_short(tmp_path):
    """The library's keys are at most 7 cells; "Everywhere" is 10."""
    app = ReaderApp(db_path_override=str(tmp_path / "library.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(HelpTable)
        key = next(iter(table.columns.values()))
        assert key.get_render_width(table) - 2 * table.cell_padding >= len("Everywhere")


async def test_a_resize_refits_the_table(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_help(app, pilot)
        table = screen.query_one(HelpTable)
        _, action, _ = table.columns.values()
        narrow = action.get_render_width(table)
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        _, action, _ = table.columns.values()
        assert action.get_render_width(table) > narrow
        assert one_line_each(table)
