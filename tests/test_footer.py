"""The footer is rebuilt when the keys it shows change, and only then."""

from __future__ import annotations

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
