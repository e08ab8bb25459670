"""The Textual app: a thin layer over the core (ingest, processing, store)."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from reader.locations import db_path
from reader.store import Library, open_library
from reader.tui.screens.article import ArticleScreen

STYLES = Path(__file__).resolve().parent.parent / "styles"
if not STYLES.is_dir():  # running from a source checkout
    STYLES = Path(__file__).resolve().parents[2] / "styles"


class ReaderApp(App):
    CSS_PATH = [str(STYLES / "reader.tcss"), str(STYLES / "article.tcss")]
    TITLE = "reader"
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]

    def __init__(
        self,
        sources: list[str] | None = None,
        db_path_override: str | None = None,
        model: str | None = None,
    ) -> None:
        super().__init__()
        self.sources = sources or []
        self.library_path = db_path(db_path_override)
        self.model = model

    def open_library(self) -> Library:
        """A fresh connection for the calling thread; use it in a ``with`` block."""
        return open_library(self.library_path)

    def on_mount(self) -> None:
        if self.sources:
            self.open_source(self.sources[0])

    def open_source(self, source: str) -> None:
        self.push_screen(ArticleScreen(source=source))

    def open_article(self, article_id: str, offset: int | None = None) -> None:
        self.push_screen(ArticleScreen(article_id=article_id, focus_offset=offset))
