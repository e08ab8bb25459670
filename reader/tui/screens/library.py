"""The library screen: every processed article, library-wide search, folder processing.

Nothing here waits on the library file: rows, searches, deletes and the offset a search hit
opens at are read or written by thread workers, which post what they found
(``library/messages.py``). Typing in the search field searches once the typing pauses, in one
worker at a time; the tables draw only the rows on screen, so sorting or updating 10,000 rows
is list work.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Label, ProgressBar, Static

from reader.search import SearchHit
from reader.store.library import ArticleRow
from reader.textsafety import one_line
from reader.tui.article.prepare import prepare_article_screen
from reader.tui.cells import source_label
from reader.tui.collector import keep_out_of_collections
from reader.tui.dialogs.confirm import ConfirmDialog
from reader.tui.library import messages, processing, reading
from reader.tui.library.query_field import QueryField
from reader.tui.library.tables import (
    NUMERIC,
    SORTS,
    LibraryTable,
    SortKeys,
    article_cells,
    article_columns,
    result_cells,
    result_columns,
    sorted_rows,
)
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.header import ReaderHeader
from reader.wording import counted

SEARCH_HINT = "Search: words, speaker:Name or entity:Name"
SEARCH_PAUSE = 0.15
"""Seconds of no typing before the library is searched: each search reads the whole index."""


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
        Binding("x", "export", "Export", id="library.export", tooltip="Export articles to files"),
        Binding("w", "sources", "Sources", id="library.sources", tooltip="Who gets quoted"),
        Binding("f", "feeds", "Feeds", id="library.feeds", tooltip="Feeds and their new entries"),
        Binding("escape", "clear_search", "Clear search", show=False, id="library.clear"),
    ]

    def __init__(self, process: list[str] | None = None) -> None:
        super().__init__()
        self.process_sources = list(process or [])
        self.rows: list[ArticleRow] = []
        self.sort_keys: SortKeys = {}
        """Each row's key for each sort, made by the worker that read the rows."""
        self.results: list[SearchHit] = []
        self.sort_key = "date"
        self.sort_reverse = True
        self.query_text = ""
        """The query whose results are shown."""
        self.library_error: str | None = None
        self.loaded = False
        """The rows were read at least once (until then the table is empty, not the library)."""
        self._typing: Timer | None = None
        self._after_rows: list[Callable[[], object]] = []
        """Keys pressed before the rows were read, done once they are (x, d)."""
        self._to_results_pending = False
        """Enter or Down was pressed in the search field before its search was done."""

    def compose(self) -> ComposeResult:
        yield ReaderHeader()
        yield QueryField(placeholder=SEARCH_HINT, id="search")
        yield LibraryTable(key=lambda row: row.id, cells=self._article_cells, id="articles")
        yield LibraryTable(key=self._hit_key, cells=self._result_cells, id="results")
        yield Static(id="empty")
        with Horizontal(id="progress"):
            yield Label(id="progress-label")
            yield ProgressBar(id="progress-bar", show_eta=False)
        yield Static(id="status")
        yield ReaderFooter()

    @property
    def articles(self) -> LibraryTable:
        return self.query_one("#articles", LibraryTable)

    @property
    def results_table(self) -> LibraryTable:
        return self.query_one("#results", LibraryTable)

    def on_mount(self) -> None:
        self.sub_title = "library"
        # Hidden until the rows are read; focused all the same, so that an empty library's
        # table, never shown, keeps the focus (a focused table that hides passes it on to the
        # search field, which would then take every key typed).
        self.articles.display = self.results_table.display = False
        self.query_one("#empty").display = False
        self.query_one("#progress").display = False
        self._set_columns()
        self.load_rows()
        self.articles.focus()
        if self.process_sources:
            self.process_all(self.process_sources)

    def on_screen_resume(self) -> None:
        self.load_rows()

    def on_resize(self) -> None:
        self._set_columns()

    def _set_columns(self) -> None:
        width = self.size.width or self.app.size.width
        self.articles.set_columns(article_columns(width, self.sort_key, self.sort_reverse))
        self.results_table.set_columns(result_columns(width))

    def _article_cells(self, row: ArticleRow):
        return article_cells(row, {c.key: c.width for c in self.articles.columns})

    def _result_cells(self, hit: SearchHit):
        return result_cells(hit, {c.key: c.width for c in self.results_table.columns})

    def _hit_key(self, hit: SearchHit) -> str:
        return str(id(hit))

    # Articles ----------------------------------------------------------------------------------

    def load_rows(self) -> None:
        if self.app.screen is not self:  # under an article opened at start: load when shown
            return
        work = partial(reading.read_rows, self.app.session, self.post_message)
        self.run_worker(work, thread=True, exclusive=True, group="rows")

    @on(messages.RowsLoaded)
    def _rows_loaded(self, event: messages.RowsLoaded) -> None:
        if self.loaded and event.rows == self.rows and not self.library_error:
            return  # back from an article that changed nothing here: no sort, no redraw
        first = not self.loaded
        self.rows, self.sort_keys = event.rows, event.keys
        self.library_error = None
        self.loaded = True
        self.render_rows()
        if first:  # while the reader looks at the rows
            self.call_after_refresh(prepare_article_screen, self.app)
        self.call_after_refresh(keep_out_of_collections)  # the rows and their drawn lines
        self._run_deferred()

    @on(messages.LibraryFailed)
    def library_failed(self, event: messages.LibraryFailed) -> None:
        if event.reason != self.library_error:  # say it once, not on every refresh
            self.app.notify_error(event.reason)
        self.library_error = event.reason
        self.loaded = True
        self._show_state()
        self._run_deferred()

    def _deferred(self, action: Callable[[], object]) -> bool:
        """Put off ``action`` until the rows are read (True), or not at all (False)."""
        if not self.loaded:
            self._after_rows.append(action)
        return not self.loaded

    def _run_deferred(self) -> None:
        waiting, self._after_rows = self._after_rows, []
        for action in waiting:
            action()

    def render_rows(self) -> None:
        table = self.articles
        # Follow the article the cursor is on, unless it is on the first row: then stay on
        # top, so rows added while a folder is processed do not carry the cursor down.
        current = table.cursor_key if table.cursor_row > 0 else None
        rows = sorted_rows(self.rows, self.sort_key, self.sort_reverse, self.sort_keys)
        table.show(rows, follow=current)
        self._show_state()

    def current_article_id(self) -> str | None:
        return self.articles.cursor_key

    def _show_state(self) -> None:
        # The status line and the empty note have fixed sizes: their words change, never the
        # layout (a layout redraws the whole screen).
        searching = bool(self.query_text)
        self.articles.display = not searching and bool(self.rows)
        self.results_table.display = searching and bool(self.results)
        empty = self.query_one("#empty", Static)
        status = self.query_one("#status", Static)
        if searching:
            count = len(self.results)
            shown = one_line(self.query_text, 60)
            empty.update(Content(f"Nothing in the library matches “{shown}”."), layout=False)
            empty.display = count == 0
            hint = " · enter opens it there · esc clears" if count else " · esc clears"
            status.update(Content(f"{counted(count, 'result')} for {shown}{hint}"), layout=False)
            return
        if self.library_error:
            message = f"The library cannot be used:\n\n{self.library_error}"
        else:
            message = (
                "The library is empty.\n\nOpen an article with  reader FILE | URL | FOLDER\n"
                "and it is kept here, analysed, for next time."
            )
        empty.update(Content(message), layout=False)
        empty.display = self.loaded and not self.rows and not self.process_sources
        heading = SORTS[self.sort_key][0].lower()
        order = "descending" if self.sort_reverse else "ascending"
        count = len(self.rows)
        status.update(
            Content(f"{counted(count, 'article')} · sorted by {heading}, {order}"), layout=False
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
        self._set_columns()
        self.render_rows()

    def palette_commands(self):
        """Extra palette entries: one per sort column."""
        for key, (heading, _) in SORTS.items():
            yield f"library: sort by {heading.lower()}", "", partial(self.sort_by, key)

    @on(LibraryTable.HeaderSelected, "#articles")
    def header_selected(self, event: LibraryTable.HeaderSelected) -> None:
        if event.column == self.sort_key:
            self.action_reverse()
        elif event.column in SORTS:
            self.sort_by(event.column)

    @on(LibraryTable.RowSelected, "#articles")
    def article_selected(self, event: LibraryTable.RowSelected) -> None:
        self.app.open_article(event.key)

    def _title_of(self, article_id: str, width: int) -> str:
        row = next(r for r in self.rows if r.id == article_id)
        return one_line(row.title or source_label(row.source) or "(untitled)", width)

    def action_delete(self) -> None:
        if self._deferred(self.action_delete):
            return
        article_id = self.current_article_id()
        if article_id is None or self.query_text:
            return
        title = self._title_of(article_id, 80)

        def confirmed(yes: bool | None) -> None:
            if yes:
                delete = partial(reading.delete, self.app.session, article_id, title)
                self.run_worker(partial(delete, self.post_message), thread=True)

        question = ConfirmDialog(
            f"Delete “{title}”?", "Its analysis and your highlights go with it.", confirm="Delete"
        )
        self.app.push_screen(question, confirmed)

    @on(messages.ArticleDeleted)
    def _deleted(self, event: messages.ArticleDeleted) -> None:
        self.notify(f"Deleted “{event.title}”", markup=False)
        self.load_rows()

    def action_export(self) -> None:
        if self._deferred(self.action_export):
            return
        if not self.rows:
            self.app.notify("The library is empty: nothing to export", markup=False)
            return
        article_id = None if self.query_text else self.current_article_id()
        if article_id is None:
            scope = "Export the whole library"
        else:
            scope = f"This article: “{self._title_of(article_id, 60)}”"
        self.app.ask_export(article_id, scope, len(self.rows))

    def action_sources(self) -> None:
        self.app.open_sources()

    def action_feeds(self) -> None:
        from reader.tui.screens.feeds import FeedsScreen

        self.app.push_screen(FeedsScreen())

    # Search ------------------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        if not search.value and not self.query_text and self.focused is not search:
            return
        search.value = ""
        self._search_now("")
        self.articles.focus()

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self._to_results_pending = False  # typing again: the reader is back in the query
        if self._typing is not None:
            self._typing.stop()
        self._typing = self.set_timer(SEARCH_PAUSE, partial(self._search_now, event.value))

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        self.action_to_results()

    def action_to_results(self) -> None:
        value = self.query_one("#search", Input).value
        if value.strip() == self.query_text:
            self._go_to_results()
            return
        # Typed faster than the pause: search now, and have the results take the keys pressed
        # meanwhile (j and k move there; in the field they would change the query).
        self._to_results_pending = True
        self._search_now(value)
        (self.results_table if value.strip() else self.articles).focus()

    def _go_to_results(self) -> None:
        if self.query_text and not self.results:
            self.query_one("#search", QueryField).resume()  # nothing to go to: back to the query
            return
        (self.results_table if self.query_text else self.articles).focus()

    def _search_now(self, text: str) -> None:
        if self._typing is not None:
            self._typing.stop()
            self._typing = None
        text = text.strip()
        if text:
            find = partial(reading.find, self.app.session, text, self.post_message)
            self.run_worker(find, thread=True, exclusive=True, group="search")
        else:
            self.post_message(messages.SearchDone("", []))

    @on(messages.SearchDone)
    def _found(self, event: messages.SearchDone) -> None:
        if event.query != self.query_one("#search", Input).value.strip():
            return  # typed on since: a newer search is coming
        self.query_text, self.results = event.query, event.hits
        self.results_table.show(self.results)
        self.results_table.move_cursor(0)
        self._show_state()
        if self._to_results_pending:
            self._to_results_pending = False
            self._go_to_results()

    @on(LibraryTable.RowSelected, "#results")
    def result_selected(self, event: LibraryTable.RowSelected) -> None:
        hit = next((h for h in self.results if self._hit_key(h) == event.key), None)
        if hit is not None:
            work = partial(reading.open_hit, self.app.session, hit, self.post_message)
            self.run_worker(work, thread=True, group="open")

    @on(messages.OpenAt)
    def _open_at(self, event: messages.OpenAt) -> None:
        self.app.open_article(event.article_id, event.offset)

    # Processing a folder -----------------------------------------------------------------------

    def process_all(self, sources: list[str]) -> None:
        work = partial(processing.process_all, self.app.session, sources, self.app.model)
        self.run_worker(
            partial(work, self.post_message), thread=True, exclusive=True, group="process"
        )

    @on(messages.ProcessingStarted)
    def _processing_started(self, event: messages.ProcessingStarted) -> None:
        self.query_one("#progress").display = True
        self.query_one("#progress-bar", ProgressBar).update(total=event.total, progress=0)
        self._show_state()

    @on(messages.ProcessingStep)
    def _processing_step(self, event: messages.ProcessingStep) -> None:
        step = f"{event.index}/{event.total} {event.name}"
        self.query_one("#progress-label", Label).update(Content(step))

    @on(messages.ArticleProcessed)
    def _processed_one(self) -> None:
        self.query_one("#progress-bar", ProgressBar).advance(1)
        self.load_rows()

    @on(messages.NotProcessed)
    def _not_processed(self, event: messages.NotProcessed) -> None:
        self.app.notify_error(event.reason)

    @on(messages.ProcessingDone)
    def _processing_done(self, event: messages.ProcessingDone) -> None:
        if event.done or event.failed:
            note = f"Processed {counted(event.done, 'article')}"
            failed = f", {event.failed} failed" if event.failed else ""
            self.app.notify(note + failed, markup=False)
        self.process_sources = []
        self.query_one("#progress").display = False
        self.load_rows()
