"""The Textual app: a thin layer over the core (ingest, processing, store)."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Static

from reader.errors import ReaderError
from reader.model import Analysis

STYLES = Path(__file__).resolve().parent.parent / "styles"
if not STYLES.is_dir():  # running from a source checkout
    STYLES = Path(__file__).resolve().parents[2] / "styles"


class ReaderApp(App):
    CSS_PATH = str(STYLES / "reader.tcss")
    TITLE = "reader"
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]

    def __init__(self, sources: list[str], db_path: str | None = None, model: str | None = None):
        super().__init__()
        self.sources = sources
        self.db_path = db_path
        self.model = model

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="article"):
            yield Static(Content("Loading…"), id="body")
        yield Footer()

    def on_mount(self) -> None:
        if self.sources:
            self.load(self.sources[0])

    @work(thread=True, exclusive=True)
    def load(self, source: str) -> None:
        from reader.ingest import iter_sources, load_article
        from reader.locations import db_path
        from reader.processing import process
        from reader.store import open_library

        try:
            path = next(iter_sources(source))
            article = load_article(path)
            self.call_from_thread(self.show, Content(article.text))
            with open_library(db_path(self.db_path)) as library:
                analysis = process(article, library, self.model)
        except (ReaderError, StopIteration) as error:
            self.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return
        self.call_from_thread(self.show, highlighted(analysis))

    def show(self, content: Content) -> None:
        self.query_one("#body", Static).update(content)


def highlighted(analysis: Analysis) -> Content:
    content = Content(analysis.article.text)
    for entity in analysis.entities:
        for start, end in entity.mentions:
            content = content.stylize("bold", start, end)
    for quote in analysis.quotes:
        content = content.stylize("italic", quote.start, quote.end)
    return content
