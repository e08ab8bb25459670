"""The library screen: every processed article, library-wide search, folder processing."""

from __future__ import annotations

from contextlib import suppress
from functools import partial
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, ProgressBar, Static
from textual.worker import get_current_worker

from reader.errors import Cancelled, ReaderError
from reader.search import SearchHit, open_offset, search_library
from reader.store.library import ArticleRow
from reader.textsafety import one_line
from reader.tui.background import analyse_apart
from reader.tui.cells import label_name, match_cell, source_label
from reader.tui.dialogs.confirm import ConfirmDialog

SORTS = {
    "title": ("Title", lambda row: (row.title or "").casefold()),
    "source": ("Source", lambda row: source_label(row.source).casefold()),
    "date": ("Date", lambda row: row.published or row.added_at or ""),
    "people": ("People", lambda row: row.people),
    "quotes": ("Quotes", lambda row: row.quotes),
}
"""Column key → (heading, sort key). The order is the column order and the `s` cycle."""

NUMERIC = {"people", "quotes"}
FIXED_WIDTHS = {"source": 22, "date": 10, "people": 6, "quotes": 6}
RESULT_WIDTHS = {"kind": 8, "who": 18, "article": 32}
SEARCH_HINT = "Search: words, speaker:Name or entity:Name"


class LibraryTable(DataTable):
    """The library's tables: enter opens, vim keys move."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Open", id="library.open", tooltip="Open the article"),
        Binding("j", "cursor_down", "Down", show=False, id="library.down"),
        Binding("k", "cursor_up", "Up", show=False, id="library.up"),
        Binding("g", "scroll_top", "First", show=False, id="library.first"),
        Binding("G", "scroll_bottom", "Last", show=False, id="library.last"),
    ]


class LibraryScreen(Screen):
    """Every processed article. ``process`` lists sources (files, folders, URLs) to add first."""

    AREA = "library"
    BINDINGS = [
        Binding("slash", "search", "Search", id="library.search", tooltip="Search the library"),
        Binding("s", "sort", "Sort", id="library.sort", tooltip="Sort by the next column"),
        Binding(
            "S", "reverse", "Reverse", show=False, id="library.reverse", tooltip="Reverse the order"
        ),
        Binding("d", "delete", "Delete", id="library.delete", tooltip="Delete the article"),
        Binding(
            "x",
            "export",
            "Export",
            id="library.export",
            tooltip="Export articles to files",
        ),
        Binding("w", "sources", "Sources", id="library.sources", tooltip="Who gets quoted"),
        Binding("escape", "clear_search", "Clear search", show=False, id="library.clear"),
    ]

    def __init__(self, process: list[str] | None = None) -> None:
        super().__init__()
        self.process_sources = list(process or [])
        self.rows: list[ArticleRow] = []
        self.results: dict[str, SearchHit] = {}
        self.sort_key = "date"
        self.sort_reverse = True
        self.query_text = ""
        self.library_error: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder=SEARCH_HINT, id="search")
        yield LibraryTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield LibraryTable(id="results", cursor_type="row", zebra_stripes=True)
        yield Static(id="empty")
        with Horizontal(id="progress"):
            yield Label(id="progress-label")
            yield ProgressBar(id="progress-bar", show_eta=False)
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "library"
        self.query_one("#results").display = False
        self.query_one("#progress").display = False
        self.load_rows()
        self.query_one("#articles").focus()
        if self.process_sources:
            self.process_all(self.process_sources)

    def on_screen_resume(self) -> None:
        self.load_rows()

    def on_resize(self) -> None:
        self.render_rows()
        if self.query_text:
            self.render_results()

    # Articles ---------------------------------------------------------------------------

    def load_rows(self) -> None:
        if self.app.screen is not self:  # under an article opened at start: load when shown
            return
        try:
            with self.app.open_library() as library:
                self.rows = library.articles()
        except ReaderError as error:
            self.library_failed(error)
            self.rows = []
        else:
            self.library_error = None
        self.render_rows()

    def library_failed(self, error: ReaderError) -> None:
        if str(error) != self.library_error:  # say it once, not on every refresh
            self.app.notify_error(str(error))
        self.library_error = str(error)

    def render_rows(self) -> None:
        table = self.query_one("#articles", DataTable)
        # Follow the article the cursor is on, unless it is on the first row: then stay on
        # top, so rows added while a folder is processed do not carry the cursor down.
        current = self.current_article_id() if table.cursor_row > 0 else None
        rows = sorted(self.rows, key=SORTS[self.sort_key][1], reverse=self.sort_reverse)
        widths = self._article_widths()
        table.clear(columns=True)
        for key, (heading, _) in SORTS.items():
            arrow = (" ↓" if self.sort_reverse else " ↑") if key == self.sort_key else ""
            label = Text(heading + arrow, justify="right" if key in NUMERIC else "left")
            table.add_column(label, key=key, width=widths[key])
        for row in rows:
            table.add_row(*self._cells(row, widths), key=row.id)
        if current is not None and current in table.rows:
            table.move_cursor(row=table.get_row_index(current), animate=False)
        self._show_state()

    def _cells(self, row: ArticleRow, widths: dict[str, int]) -> list[Text]:
        title = one_line(row.title or source_label(row.source) or "(untitled)", widths["title"])
        date = Text((row.published or "")[:10])
        if not row.published:
            date = Text((row.added_at or "")[:10], style="dim")
        return [
            Text(title),
            Text(one_line(source_label(row.source), widths["source"]), style="dim"),
            date,
            Text(str(row.people), justify="right"),
            Text(str(row.quotes), justify="right"),
        ]

    def _article_widths(self) -> dict[str, int]:
        width = self._table_width()
        widths = {**FIXED_WIDTHS, "source": max(12, min(FIXED_WIDTHS["source"], width // 6))}
        fixed = sum(widths.values()) + 2 * len(SORTS) + 2  # cell padding and scrollbar
        return {"title": max(20, width - fixed), **widths}

    def _table_width(self) -> int:
        return self.size.width or self.app.size.width

    def current_article_id(self) -> str | None:
        table = self.query_one("#articles", DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def _show_state(self) -> None:
        searching = bool(self.query_text)
        articles = self.query_one("#articles", DataTable)
        results = self.query_one("#results", DataTable)
        articles.display = not searching and bool(self.rows)
        results.display = searching and bool(self.results)
        empty = self.query_one("#empty", Static)
        status = self.query_one("#status", Static)
        if searching:
            count = len(self.results)
            shown = one_line(self.query_text, 60)
            empty.update(Content(f"Nothing in the library matches “{shown}”."))
            empty.display = count == 0
            hint = " · enter opens it there · esc clears" if count else " · esc clears"
            status.update(Content(f"{count} result{'s' * (count != 1)} for {shown}{hint}"))
            return
        if self.library_error:
            empty.update(Content(f"The library cannot be used:\n\n{self.library_error}"))
        else:
            empty.update(
                Content(
                    "The library is empty.\n\nOpen an article with  reader FILE | URL | FOLDER\n"
                    "and it is kept here, analysed, for next time."
                )
            )
        empty.display = not self.rows and not self.process_sources
        heading = SORTS[self.sort_key][0].lower()
        order = "descending" if self.sort_reverse else "ascending"
        count = len(self.rows)
        status.update(
            Content(f"{count} article{'s' * (count != 1)} · sorted by {heading}, {order}")
        )

    def action_sort(self) -> None:
        keys = list(SORTS)
        self.sort_by(keys[(keys.index(self.sort_key) + 1) % len(keys)])

    def action_reverse(self) -> None:
        self.sort_by(self.sort_key, reverse=not self.sort_reverse)

    def sort_by(self, key: str, reverse: bool | None = None) -> None:
        if reverse is None:
            reverse = key in NUMERIC or key == "date"  # biggest and newest first
        self.sort_key, self.sort_reverse = key, reverse
        self.render_rows()

    def palette_commands(self):
        """Extra palette entries: one per sort column."""
        for key, (heading, _) in SORTS.items():
            yield f"library: sort by {heading.lower()}", "", partial(self.sort_by, key)

    @on(DataTable.HeaderSelected, "#articles")
    def header_selected(self, event: DataTable.HeaderSelected) -> None:
        key = event.column_key.value
        if key == self.sort_key:
            self.action_reverse()
        elif key in SORTS:
            self.sort_by(key)

    @on(DataTable.RowSelected, "#articles")
    def article_selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_article(event.row_key.value)

    def action_delete(self) -> None:
        article_id = self.current_article_id()
        if article_id is None or self.query_text:
            return
        row = next(r for r in self.rows if r.id == article_id)
        title = one_line(row.title or source_label(row.source) or "(untitled)", 80)

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.delete(article_id, title)

        self.app.push_screen(
            ConfirmDialog(
                f"Delete “{title}”?",
                "Its analysis and your highlights go with it.",
                confirm="Delete",
            ),
            confirmed,
        )

    def action_export(self) -> None:
        if not self.rows:
            self.app.notify("The library is empty: nothing to export", markup=False)
            return
        article_id = None if self.query_text else self.current_article_id()
        if article_id is None:
            scope = "Export the whole library"
        else:
            row = next(r for r in self.rows if r.id == article_id)
            title = one_line(row.title or source_label(row.source) or "(untitled)", 60)
            scope = f"This article: “{title}”"
        self.app.ask_export(article_id, scope, len(self.rows))

    def action_sources(self) -> None:
        self.app.open_sources()

    def delete(self, article_id: str, title: str) -> None:
        try:
            with self.app.open_library() as library:
                library.delete_article(article_id)
        except ReaderError as error:
            self.app.notify_error(str(error))
        else:
            self.notify(f"Deleted “{title}”", markup=False)
        self.load_rows()

    # Search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        if not search.value and not self.query_text and self.focused is not search:
            return
        search.value = ""
        self.run_search("")
        self.query_one("#articles").focus()

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        if self.query_text and not self.results:
            return  # nothing to go to: stay in the search box
        self.query_one("#results" if self.query_text else "#articles", DataTable).focus()

    def run_search(self, text: str) -> None:
        self.query_text = text.strip()
        self.results = {}
        if self.query_text:
            try:
                with self.app.open_library() as library:
                    found = search_library(library, self.query_text)
            except ReaderError as error:
                self.library_failed(error)
                found = []
            self.results = {str(index): hit for index, hit in enumerate(found)}
        self.render_results()

    def render_results(self) -> None:
        table = self.query_one("#results", DataTable)
        table.clear(columns=True)
        width = self._table_width()
        widths = {
            "kind": RESULT_WIDTHS["kind"],
            "who": min(RESULT_WIDTHS["who"], max(12, width // 6)),
            "article": min(RESULT_WIDTHS["article"], max(16, width // 4)),
        }
        widths["match"] = max(20, width - sum(widths.values()) - 2 * 4 - 2)
        for key, heading in (
            ("kind", "Kind"),
            ("who", "Speaker / name"),
            ("match", "Match"),
            ("article", "Article"),
        ):
            table.add_column(heading, key=key, width=widths[key])
        for key, hit in self.results.items():
            kind = label_name(hit.label) if hit.kind == "entity" else hit.kind
            match = f"“{hit.match}”" if hit.kind == "quote" else hit.match
            title = hit.title or source_label(hit.source) or "(untitled)"
            table.add_row(
                Text(kind, style="dim"),
                Text(one_line(hit.name, widths["who"]), style="bold"),
                match_cell(match, hit.words or "", widths["match"]),
                Text(one_line(title, widths["article"]), style="dim"),
                key=key,
            )
        self._show_state()

    @on(DataTable.RowSelected, "#results")
    def result_selected(self, event: DataTable.RowSelected) -> None:
        hit = self.results.get(event.row_key.value)
        if hit is not None:
            self.app.open_article(hit.article_id, self._offset_of(hit))

    def _offset_of(self, hit: SearchHit) -> int | None:
        try:
            with self.app.open_library() as library:
                return open_offset(library, hit)
        except ReaderError:
            return None

    # Processing a folder ----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="process")
    def process_all(self, sources: list[str]) -> None:
        from reader.ingest import iter_sources, load_article
        from reader.nlp.versions import resolve_model

        app = self.app
        worker = get_current_worker()

        def ui(callback, *args) -> None:
            """Run on the UI thread, unless the screen or the app has gone (quit mid-way)."""
            if not worker.is_cancelled:
                with suppress(RuntimeError):  # the app stopped between check and call
                    app.call_from_thread(callback, *args)

        paths = [path for source in sources for path in iter_sources(source)]
        if not paths:
            ui(app.notify_error, f"no articles found in {', '.join(sources)}")
            ui(self._processing_done, 0, 0)
            return
        model = resolve_model(app.model)
        ui(self._processing_started, len(paths))
        done = failed = 0
        try:
            with app.open_library() as library:
                for index, path in enumerate(paths, 1):
                    if worker.is_cancelled:
                        return
                    name = one_line(Path(path).name or path, 80)
                    ui(self._processing_step, index, len(paths), name)
                    try:
                        self._process_one(load_article(path), library, model, worker)
                    except Cancelled:
                        return
                    except ReaderError as error:
                        failed += 1
                        ui(app.notify_error, str(error))
                    except Exception as error:  # one odd file must not stop the others
                        failed += 1
                        ui(
                            app.notify_error,
                            f"{name}: not processed ({type(error).__name__}: {error})",
                        )
                    else:
                        done += 1
                        ui(self._processed_one)
        except ReaderError as error:
            ui(app.notify_error, str(error))
        ui(self._processing_done, done, failed)

    @staticmethod
    def _process_one(article, library, model: str, worker) -> None:
        """Analyse and store one article; the model runs where quitting need not wait for it."""
        analyse_apart(article, library, model, worker)

    def _processing_started(self, total: int) -> None:
        if self.is_mounted:
            self.query_one("#progress").display = True
            self.query_one("#progress-bar", ProgressBar).update(total=total, progress=0)
            self._show_state()

    def _processing_step(self, index: int, total: int, name: str) -> None:
        if self.is_mounted:
            self.query_one("#progress-label", Label).update(Content(f"{index}/{total} {name}"))

    def _processed_one(self) -> None:
        if self.is_mounted:
            self.query_one("#progress-bar", ProgressBar).advance(1)
            self.load_rows()

    def _processing_done(self, done: int, failed: int) -> None:
        if done or failed:
            note = f"Processed {done} article{'s' * (done != 1)}"
            self.app.notify(note + (f", {failed} failed" if failed else ""), markup=False)
        if self.is_mounted:
            self.process_sources = []
            self.query_one("#progress").display = False
            self.load_rows()
