"""The app shows each stored article on one kept article screen (``tui/article/reopening.py``):
whatever a reader did to the article before, the next one looks exactly as on a new screen."""

from __future__ import annotations

from snapshot_apps.library import fill_library, library_ready

from reader.tui.app import ReaderApp
from reader.tui.article.keys import ARTICLE_KEYS
from reader.tui.screens.article import ArticleScreen

SIZE = (100, 30)
LEAVE_WITH = ["j", "j", "1", "3", "slash", "t", "h", "e", "enter", "n", "f", "v", "j", "h", "j"]
"""Keys that leave state behind: kinds hidden, a search, a filter, a selection, the sidebar
focused and moved."""


async def shown(pilot, article_id: str) -> ArticleScreen:
    pilot.app.open_article(article_id)
    for _ in range(250):
        screen = pilot.app.screen
        if isinstance(screen, ArticleScreen) and screen.analysis is not None:
            await pilot.pause()
            return screen
        await pilot.pause(0.02)
    raise AssertionError("the article never showed")


async def screenshot_of(tmp_path, article_id: str, before: str | None) -> tuple[str, bool]:
    app = ReaderApp(db_path_override=str(tmp_path / "library.db"))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        if before is not None:
            first = await shown(pilot, before)
            for binding in ARTICLE_KEYS:  # every key of the screen, each dialog closed again
                if binding.key != "escape":
                    await pilot.press(binding.key)
                    for _ in range(3):
                        if app.screen is first:
                            break
                        await pilot.press("escape")
            await pilot.press(*LEAVE_WITH)
            await app.pop_screen()  # straight back, nothing cleared on the way
            await pilot.pause()
        screen = await shown(pilot, article_id)
        return app.export_screenshot(), before is not None and screen is first


async def test_an_article_on_the_kept_screen_looks_as_on_a_new_one(tmp_path):
    first, second, *_ = fill_library(tmp_path / "library.db")
    new, _ = await screenshot_of(tmp_path, second.id, before=None)
    kept, reused = await screenshot_of(tmp_path, second.id, before=first.id)
    assert reused, "the second article was shown on the first one's screen"
    assert kept == new


async def test_a_late_answer_for_the_article_shown_before_changes_nothing(tmp_path):
    """A highlight saved, or an analysis loaded, for the article the kept screen showed before
    arrives after it shows the next one."""
    from reader.model import Highlight
    from reader.tui.article.messages import AnalysisReady, HighlightSaved

    first, second, *_ = fill_library(tmp_path / "library.db")
    app = ReaderApp(db_path_override=str(tmp_path / "library.db"))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        screen = await shown(pilot, first.id)
        await app.pop_screen()
        assert await shown(pilot, second.id) is screen
        late = Highlight("late", first.id, 0, 5, first.article.text[:5])
        screen.post_message(HighlightSaved(late))
        screen.post_message(AnalysisReady(first, [late], None))
        await pilot.pause()
        assert screen.analysis.id == second.id
        assert screen.highlights == []


async def test_a_kept_screen_still_loading_its_article_is_not_reused(tmp_path):
    """Its worker would post to it: the next article gets a new screen."""
    import threading

    first, second, *_ = fill_library(tmp_path / "library.db")
    app = ReaderApp(db_path_override=str(tmp_path / "library.db"))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        screen = await shown(pilot, first.id)
        still_loading = threading.Event()
        screen.run_worker(still_loading.wait, thread=True, group="load")
        await app.pop_screen()
        try:
            assert await shown(pilot, second.id) is not screen
        finally:
            still_loading.set()
