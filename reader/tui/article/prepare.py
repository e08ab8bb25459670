"""Ahead of the first article opened in a session: what that open would otherwise do while the
reader waits for it, done once while the library is on screen.

The first open of a session took twice as long as the next ones (~45 against ~22 ms of the
main thread): it imported what reads an article's head (for one whose head the library does not
keep yet: `reader.ingest.head`, its date patterns) and runs the analysis path
(`reader.processing`), and Textual parsed the ``DEFAULT_CSS`` of the article screen's widgets
as each first mounted.
"""

from __future__ import annotations

import importlib

from textual.app import App
from textual.containers import HorizontalGroup

from reader.tui.textual_internals import FooterKeyGroup, parse_default_css

OPEN_IMPORTS = ("reader.ingest.head", "reader.processing")
"""Modules an article's open imports on first use (kept out of the app's start-up)."""


def prepare_article_screen(app: App) -> None:
    """Import what an open needs and parse its widgets' CSS (tests check a first open then
    parses nothing new)."""
    from reader.tui.screens.article import ArticleScreen
    from reader.tui.widgets.article_view import ArticleView
    from reader.tui.widgets.columns import ColumnRule, SidebarColumn, TextColumn
    from reader.tui.widgets.footer import ReaderFooter
    from reader.tui.widgets.header import ReaderHeader
    from reader.tui.widgets.sidebar import ArticleSidebar
    from reader.tui.widgets.status_line import StatusLine

    for name in OPEN_IMPORTS:
        importlib.import_module(name)
    widgets = (SidebarColumn, ColumnRule, ArticleSidebar, TextColumn, StatusLine, ArticleView)
    footer = (ReaderFooter, HorizontalGroup, FooterKeyGroup)  # its keys grouped as on no other
    parse_default_css(app, (ArticleScreen, ReaderHeader, *widgets, *footer))
