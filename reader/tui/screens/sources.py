"""The Sources screen: who gets quoted in the library (or by the speakers of one article),
with filters, a chart of the most quoted and a timeline of quotes per day."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Input, Select, Static

from reader.errors import ReaderError
from reader.sources.dates import day_argument
from reader.sources.library import LibrarySources, library_sources
from reader.sources.output import shares_line
from reader.sources.report import Filters, SourcesReport, SpeakerRow
from reader.textsafety import one_line
from reader.tui.stylesheets import stylesheet
from reader.tui.widgets.charts import QuotesPerDay, TopSpeakers
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.header import ReaderHeader

COLUMNS = (("Speaker", 18), ("Kind", 7), ("Quotes", 6), ("Words", 5), ("Arts", 4),
           ("Outl.", 5), ("Last", 10))  # fmt: skip
KIND_SHORT = {"person": "person", "organisation": "org", "unnamed": "unnamed"}


class SpeakerTable(DataTable):
    BINDINGS = [
        Binding("enter", "select_cursor", "Quotes", id="sources.open", tooltip="Their quotes"),
        Binding("j", "cursor_down", "Down", show=False, id="sources.down"),
        Binding("k", "cursor_up", "Up", show=False, id="sources.up"),
    ]


class SourcesScreen(Screen):
    """Sources of the whole library, or of the speakers quoted in ``article_id``."""

    AREA = "sources"
    CSS_PATH = [stylesheet("sources.tcss")]
    BINDINGS = [
        Binding("slash", "filters", "Filters", id="sources.filters", tooltip="Edit the filters"),
        Binding("a", "all_speakers", "All / this article", id="sources.scope",
                tooltip="Every speaker, or only this article's"),
        Binding("r", "reset", "Reset filters", id="sources.reset", tooltip="Clear every filter"),
    ]  # fmt: skip

    def __init__(self, article_id: str | None = None) -> None:
        super().__init__()
        self.article_id = article_id
        self.only_article = article_id is not None
        self.data: LibrarySources | None = None
        self.report: SourcesReport | None = None

    def compose(self) -> ComposeResult:
        yield ReaderHeader()
        with Horizontal(id="filters"):
            yield Select[str]([], prompt="all outlets", id="outlet", compact=True)
            yield Input(placeholder="since", id="since", compact=True)
            yield Input(placeholder="until", id="until", compact=True)
            yield Select[str]([], prompt="any tag", id="tag", compact=True)
        yield Static(id="shares", markup=False)
        yield SpeakerTable(id="speakers", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="charts"):
            yield TopSpeakers(id="top")
            yield QuotesPerDay(id="timeline")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.sub_title = "sources"
        table = self.query_one(SpeakerTable)
        for heading, width in COLUMNS:
            table.add_column(heading, width=width, key=heading.lower().rstrip("."))
        table.focus()
        self.load()

    @work(thread=True, exclusive=True, group="sources")
    def load(self) -> None:
        try:
            data = library_sources(self.app.session.library())
        except ReaderError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error")
            return
        self.app.call_from_thread(self.show_data, data)

    def show_data(self, data: LibrarySources) -> None:
        self.data = data
        self.query_one("#outlet", Select).set_options((one_line(o, 40), o) for o in data.outlets())
        self.query_one("#tag", Select).set_options((one_line(t, 30), t) for t in data.tags())
        self.redraw()

    # Filters ------------------------------------------------------------------------------

    def filters(self) -> Filters | None:
        """The filters as set, or None (with the field marked) when a date cannot be read."""
        values = {}
        for name in ("since", "until"):
            field = self.query_one(f"#{name}", Input)
            text = field.value.strip()
            field.set_class(False, "-invalid")
            try:
                values[name] = day_argument(text) if text else None
            except ValueError:
                field.set_class(True, "-invalid")
                return None
        outlet = self.query_one("#outlet", Select).value
        tag = self.query_one("#tag", Select).value
        return Filters(
            outlet=outlet if isinstance(outlet, str) else None,
            since=values["since"],
            until=values["until"],
            tag=tag if isinstance(tag, str) else None,
        )

    @on(Select.Changed)
    @on(Input.Changed)
    def _filters_changed(self) -> None:
        self.redraw()

    def action_filters(self) -> None:
        self.query_one("#outlet", Select).focus()

    def action_reset(self) -> None:
        for select in self.query(Select):
            select.clear()
        for field in self.query(Input):
            field.value = ""
        self.redraw()

    def action_all_speakers(self) -> None:
        if self.article_id is None:
            self.notify("Open Sources from an article to see only its speakers.")
            return
        self.only_article = not self.only_article
        self.redraw()

    # Drawing ------------------------------------------------------------------------------

    def redraw(self) -> None:
        if self.data is None:
            return
        filters = self.filters()
        if filters is None:
            return
        report = self.data.report(filters)
        if self.only_article and self.article_id is not None:
            keys = {r.key for r in self.data.report().speakers if self._in_article(r)}
            report.speakers = [r for r in report.speakers if r.key in keys]
        self.report = report
        self.sub_title = "sources of this article" if self.only_article else "sources"
        self.query_one("#shares", Static).update(
            shares_line(report.total) if report.total.quotes else "no quotes in these articles"
        )
        table = self.query_one(SpeakerTable)
        table.clear()
        for row in report.speakers:
            table.add_row(*self._cells(row), key=row.key)
        self.query_one(TopSpeakers).show([(r.name, r.quotes) for r in report.speakers])
        self.query_one(QuotesPerDay).show(report.per_day)

    def _in_article(self, row: SpeakerRow) -> bool:
        return any(q.article_id == self.article_id for q in row.cited)

    @staticmethod
    def _cells(row: SpeakerRow) -> tuple[str, ...]:
        return (
            one_line(row.name, COLUMNS[0][1]),
            KIND_SHORT[row.kind],
            str(row.quotes),
            str(row.words),
            str(len(row.articles)),
            str(len(row.outlets)),
            row.last.isoformat() if row.last else "",
        )

    @on(DataTable.RowSelected)
    def _open_speaker(self, event: DataTable.RowSelected) -> None:
        if self.report is None or self.data is None:
            return
        row = next((r for r in self.report.speakers if r.key == event.row_key.value), None)
        if row is not None:
            from reader.tui.screens.speaker_quotes import SpeakerQuotesScreen

            titles = {a.id: (a.title, a.outlet, a.day) for a in self.data.articles}
            self.app.push_screen(SpeakerQuotesScreen(row, titles))
