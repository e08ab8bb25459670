"""One article screen for the library's articles, shown again for the next one.

Each article opened from the library was a new screen that Textual composed, mounted, styled,
sized and styled again as it was shown: about a third of the time to its first frame. The app
keeps the last article screen it opened from the library (installed under ``SPARE``) and shows
the next stored article on it, once ``start_over`` has put back everything a new screen starts
with. ``tests/test_article_reuse.py`` does what a reader can do to one article, opens another on
the same screen, and checks that it looks exactly as it does on a new screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App

from reader.tui.article.targets import Targets
from reader.tui.text.ranges import KIND_CLASSES
from reader.tui.widgets.analysis_progress import AnalysisProgress
from reader.tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from reader.tui.screens.article import ArticleScreen

SPARE = "article"
"""The name the kept screen is installed under."""


def spare(app: App) -> ArticleScreen | None:
    """The kept screen, when it can show another article: not on the screen stack (under
    the sources, say) and not still loading the last one (its worker would post to it)."""
    if not app.is_screen_installed(SPARE):
        return None
    screen = app.get_screen(SPARE)
    loading = any(w.is_running and w.node is screen and w.group == "load" for w in app.workers)
    if screen in app.screen_stack or loading:
        return None
    return screen  # type: ignore[return-value]


def start_over(screen: ArticleScreen, article_id: str, focus_offset: int | None) -> None:
    """Everything as a new screen for ``article_id`` has it, before it is shown again."""
    screen.source, screen.article_id, screen.focus_offset = None, article_id, focus_offset
    screen.given_analysis = screen.given_glance = None
    screen.article = screen.echo_groups = None
    screen.speaker_shorts = {}
    screen.analysis = screen.failure = None  # first: the watchers below read them
    screen.highlights = []
    screen.targets = Targets()
    screen.filtered = None
    screen.selecting = False
    screen.shown = frozenset(KIND_CLASSES)
    screen.view.forget_article()
    screen.sidebar.forget_article()
    for leftover in [*screen.query(AnalysisProgress), *screen.query(SearchBar)]:
        leftover.remove()
    screen.query_one("#article-side").display = True
    screen.view.focus()
