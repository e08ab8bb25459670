"""The footer is rebuilt when the keys it shows change, and only then."""

from __future__ import annotations

from article_samples import open_article
from snapshot_apps.library import fill_library, library_ready
from textual.widgets._footer import FooterKey

from reader.tui.app import ReaderApp
from reader.tui.widgets.footer import ReaderFooter


def keys(app: ReaderApp) -> list[FooterKey]:
    return list(app.screen.query_one(ReaderFooter).query(FooterKey))


async def test_the_footer_follows_the_keys_but_is_not_rebuilt_for_the_same_ones(tmp_path):
    db = tmp_path / "library.db"
    fill_library(db)
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=(110, 32)) as pilot:
        await library_ready(pilot)
        shown = keys(app)
        assert "Open" in [key.description for key in shown]
        await pilot.press("d", "n")  # a dialog opens and closes: the same keys
        await pilot.pause()
        assert keys(app) == shown, "not rebuilt"
        await pilot.press("slash")  # into the search field: no table keys
        await pilot.pause()
        assert "Open" not in [key.description for key in keys(app)]
        await pilot.press("escape")
        await pilot.pause()
        assert "Open" in [key.description for key in keys(app)]


async def keys_drawn(pilot) -> list[str]:
    """``visible_keys`` once the footer has drawn its keys (composed after the first frame)."""
    for _ in range(100):
        if shown := visible_keys(pilot.app):
            return shown
        await pilot.pause(0.05)
    raise AssertionError("the footer never drew its keys")


def visible_keys(app: ReaderApp) -> list[str]:
    """The footer's keys a reader sees whole, as "key description", left to right: read from
    what the screen draws at each cell of the footer's row (the palette key, docked on the
    right, covers whatever runs under it)."""
    footer = app.screen.query_one(ReaderFooter)
    y = footer.region.y
    cells = [app.screen.get_widget_at(x, y)[0] for x in range(app.size.width)]
    return [
        f"{key.key_display} {key.description}".strip()
        for key in dict.fromkeys(cells)
        if isinstance(key, FooterKey) and cells.count(key) == key.region.width
    ]


async def test_at_80_columns_the_article_footer_keeps_keys_and_the_main_keys(tmp_path):
    app = ReaderApp(db_path_override=str(tmp_path / "library.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(app, pilot)
        shown = await keys_drawn(pilot)
        assert shown[0] == "? Keys"
        for key in [
            "q Quit",
            "/ Search",
            "n Next",
            "f Filter",
            "m Mark",
            "v Select",
            "^p Commands",
        ]:
            assert key in shown


async def test_at_80_columns_the_library_footer_keeps_every_key(tmp_path):
    db = tmp_path / "library.db"
    fill_library(db)
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        shown = await keys_drawn(pilot)
        assert shown[0] == "? Keys"
        for key in ["q Quit", "⏎ Open", "/ Search", "s Sort", "d Delete", "w Sources"]:
            assert key in shown


def test_every_screen_uses_the_footer_that_keeps_keys_first():
    """A screen with Textual's own Footer lists the app's keys last, and at 80 columns loses
    `? Keys` (the Sources screen did)."""
    import ast
    from pathlib import Path

    import reader.tui.screens as screens

    plain = []
    for path in Path(screens.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Footer":
                plain.append(path.name)
    assert plain == []


async def test_at_80_columns_sources_and_feeds_keep_keys_first(tmp_path):
    from snapshot_apps.news import fill_news_library

    db = tmp_path / "library.db"
    fill_news_library(db)
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        for key, screen in (("w", "SourcesScreen"), ("f", "FeedsScreen")):
            await pilot.press(key)
            for _ in range(100):
                if type(app.screen).__name__ == screen:
                    break
                await pilot.pause(0.05)
            shown = await keys_drawn(pilot)
            assert shown[:2] == ["? Keys", "q Quit"], (screen, shown)
            await pilot.press("escape")
            await pilot.pause(0.2)
