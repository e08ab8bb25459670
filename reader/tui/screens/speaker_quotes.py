"""One speaker's quotes across the library; Enter opens the article at the quote."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from reader.sources.report import SpeakerRow
from reader.textsafety import one_line
from reader.tui.stylesheets import stylesheet
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.header import ReaderHeader
from reader.wording import counted

ArticleLabels = dict[str, tuple[str | None, str, date | None]]
"""Article id → (title, outlet, day)."""


class QuoteTable(DataTable):
    BINDINGS = [
        Binding("enter", "select_cursor", "Open", id="speaker.open", tooltip="Open at the quote"),
        Binding("j", "cursor_down", "Down", show=False, id="speaker.down"),
        Binding("k", "cursor_up", "Up", show=False, id="speaker.up"),
    ]


class SpeakerQuotesScreen(Screen):
    AREA = "speaker"
    CSS_PATH = [stylesheet("sources.tcss")]

    def __init__(self, row: SpeakerRow, articles: ArticleLabels) -> None:
        super().__init__()
        self.row = row
        self.articles = articles

    def compose(self) -> ComposeResult:
        yield ReaderHeader()
        yield Static(id="speaker-summary", markup=False)
        yield QuoteTable(id="quotes", cursor_type="row", zebra_stripes=True)
        yield ReaderFooter()

    def on_mount(self) -> None:
        row = self.row
        self.sub_title = one_line(row.name, 40)
        self.query_one("#speaker-summary", Static).update(
            f"{one_line(row.name, 60)}: {counted(row.quotes, 'quote')}, "
            f"{counted(row.words, 'word')}, {counted(len(row.articles), 'article')}, "
            f"{counted(len(row.outlets), 'outlet')}"
        )
        table = self.query_one(QuoteTable)
        table.add_column("Date", width=10)
        table.add_column("Outlet", width=16)
        table.add_column("Quote")
        quotes = sorted(
            row.cited,
            key=lambda q: (self.articles.get(q.article_id, (None, "", None))[2] or date.min,
                           q.article_id, q.start),
        )  # fmt: skip
        for number, quote in enumerate(quotes):
            _title, outlet, day = self.articles.get(quote.article_id, (None, "", None))
            table.add_row(
                day.isoformat() if day else "",
                one_line(outlet, 16),
                one_line(quote.text, 200),
                key=str(number),
            )
        self.quotes = quotes
        table.focus()

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        quote = self.quotes[int(event.row_key.value or 0)]
        self.app.open_article(quote.article_id, quote.start)
