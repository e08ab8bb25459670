"""The article screen: the text with its highlights, loaded in a worker."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from reader.errors import ReaderError
from reader.model import Analysis, Article
from reader.textsafety import visible


class ArticleScreen(Screen):
    """Shows one article. Give it a ``source`` (path/URL) or the ``article_id`` of a stored one."""

    class HighlightsReady(Message):
        """Posted (to the app) once the analysis is on screen; benchmarks and tests wait for it."""

    def __init__(
        self,
        source: str | None = None,
        article_id: str | None = None,
        focus_offset: int | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        self.article_id = article_id
        self.focus_offset = focus_offset
        self.analysis: Analysis | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="article"):
            yield Static(Content("Loading…"), id="body")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        from reader.ingest import load_article
        from reader.processing import process

        app = self.app
        try:
            with app.open_library() as library:
                article = (
                    library.article(self.article_id)
                    if self.article_id
                    else load_article(self.source)
                )
                if article is None:
                    raise ReaderError("that article is no longer in the library")
                self.app.call_from_thread(self.show_text, article)
                analysis = process(article, library, app.model)
        except ReaderError as error:
            app.call_from_thread(app.notify, str(error), severity="error", markup=False)
            return
        app.call_from_thread(self.show_analysis, analysis)

    def show_text(self, article: Article) -> None:
        self.query_one("#body", Static).update(Content(visible(article.text)))

    def show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        content = Content(visible(analysis.article.text))
        for entity in analysis.entities:
            for start, end in entity.mentions:
                content = content.stylize("bold", start, end)
        for quote in analysis.quotes:
            content = content.stylize("italic", quote.start, quote.end)
        self.query_one("#body", Static).update(content)
        self.app.post_message(self.HighlightsReady())
