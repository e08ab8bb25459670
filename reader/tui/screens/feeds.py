"""The Feeds screen: feeds with their unread counts, a feed's entries (title, date, speakers);
Enter opens an entry's article and marks it read; `u` updates every feed in a worker."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from reader.errors import Cancelled, ReaderError
from reader.store.feeds import EntryRow, FeedInfo
from reader.textsafety import one_line
from reader.tui.stylesheets import stylesheet
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.header import ReaderHeader

UNREAD_MARK = "●"
FEED_WIDTH = 16


class FeedTable(DataTable):
    BINDINGS = [
        Binding("enter", "select_cursor", "Open", id="feeds.open", tooltip="Open it"),
        Binding("j", "cursor_down", "Down", show=False, id="feeds.down"),
        Binding("k", "cursor_up", "Up", show=False, id="feeds.up"),
    ]


class FeedsScreen(Screen):
    AREA = "feeds"
    CSS_PATH = [stylesheet("feeds.tcss")]
    BINDINGS = [
        Binding("u", "update", "Update", id="feeds.update", tooltip="Read new entries"),
        Binding("r", "toggle_read", "Read/unread", id="feeds.read", tooltip="Mark read or unread"),
        Binding("tab", "switch", "Feeds/entries", show=False, id="feeds.switch"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.feeds: list[FeedInfo] = []
        self.entries: list[EntryRow] = []
        self.feed_id: int | None = None
        self.updated = ""
        """What the last update brought ("Updated: 3 new"), shown before the counts."""
        self.updating = False

    def compose(self) -> ComposeResult:
        yield ReaderHeader()
        with Horizontal(id="feeds-body"):
            yield FeedTable(id="feeds", cursor_type="row")
            yield FeedTable(id="entries", cursor_type="row", zebra_stripes=True)
        yield Static(id="feeds-status", markup=False)
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.sub_title = "feeds"
        feeds = self.query_one("#feeds", DataTable)
        feeds.add_column("Feed", width=FEED_WIDTH, key="feed")
        feeds.add_column("New", width=3, key="unread")
        entries = self.query_one("#entries", DataTable)
        entries.add_column("", width=1, key="read")
        entries.add_column("Date", width=6, key="date")
        entries.add_column("Title · speakers", width=self._title_width(), key="title")
        feeds.focus()
        self.load()

    def on_screen_resume(self) -> None:
        self.load()

    # Loading ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="feeds-load")
    def load(self) -> None:
        try:
            library = self.app.session.library()
            feeds = library.feeds()
            chosen = self.feed_id if self.feed_id is not None else (
                feeds[0].id if feeds else None
            )  # fmt: skip
            entries = library.entries(chosen) if chosen is not None else []
        except ReaderError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return
        self.app.call_from_thread(self.show, feeds, chosen, entries)

    def show(self, feeds: list[FeedInfo], feed_id: int | None, entries: list[EntryRow]) -> None:
        self.feeds, self.feed_id, self.entries = feeds, feed_id, entries
        table = self.query_one("#feeds", DataTable)
        table.clear()
        for feed in feeds:
            table.add_row(one_line(feed.name, FEED_WIDTH), str(feed.unread or ""), key=str(feed.id))
        if feed_id is not None:
            table.move_cursor(row=next(i for i, f in enumerate(feeds) if f.id == feed_id))
        self.show_entries()
        if not feeds:
            self.status("No feeds yet: `reader feed add URL` or `reader feed import FILE.opml`")
        elif not self.updating:  # its progress stays on the status line
            errors = [f for f in feeds if f.error]
            self.status(
                self.updated
                + f"{len(feeds)} feeds, {sum(f.unread for f in feeds)} unread"
                + (f" · {len(errors)} with a problem" if errors else "")
            )

    def show_entries(self) -> None:
        table = self.query_one("#entries", DataTable)
        table.clear()
        width = self._title_width()
        for number, entry in enumerate(self.entries):
            title = one_line(entry.title or entry.link or "(untitled)", width)
            speakers = ", ".join(one_line(s, 30) for s in entry.speakers[:4]) or "no one quoted"
            table.add_row(
                "" if entry.read else UNREAD_MARK,
                _short_date(entry.published),
                Text.assemble(
                    (title, "" if entry.read else "bold"), "\n", (one_line(speakers, width), "dim")
                ),
                key=str(number),
                height=2,
            )

    def _title_width(self) -> int:
        """What the entries' third column has once the feeds, the date and the padding are
        drawn: the titles use the whole screen width."""
        return max(20, self.app.size.width - FEED_WIDTH - 3 - 1 - 6 - 18)

    def on_resize(self) -> None:
        column = self.query_one("#entries", DataTable).columns.get("title")  # type: ignore[call-overload]
        if column is not None:
            column.width = self._title_width()
        self.show_entries()

    def status(self, text: str) -> None:
        self.query_one("#feeds-status", Static).update(text)

    # Choosing and opening -----------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#feeds")
    def _feed_highlighted(self, event: DataTable.RowHighlighted) -> None:
        feed_id = int(event.row_key.value or 0)
        if feed_id != self.feed_id:
            self.feed_id = feed_id
            self.load()

    @on(DataTable.RowSelected, "#feeds")
    def _feed_selected(self) -> None:
        self.query_one("#entries").focus()

    @on(DataTable.RowSelected, "#entries")
    def _entry_selected(self, event: DataTable.RowSelected) -> None:
        entry = self.entries[int(event.row_key.value or 0)]
        self._set_read(entry, True)
        self.app.open_article(entry.article_id)

    def action_switch(self) -> None:
        other = "#entries" if self.focused is self.query_one("#feeds") else "#feeds"
        self.query_one(other).focus()

    def action_toggle_read(self) -> None:
        table = self.query_one("#entries", DataTable)
        if not self.entries or table.cursor_row >= len(self.entries):
            return
        entry = self.entries[table.cursor_row]
        self._set_read(entry, not entry.read)

    @work(thread=True, group="feeds-read")
    def _set_read(self, entry: EntryRow, read: bool) -> None:
        """Mark the entry read or unread (in a thread: the screen never waits on the store)."""
        try:
            self.app.session.library().set_read(entry.article_id, read)
        except ReaderError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return
        self.app.call_from_thread(self.load)

    # Updating -----------------------------------------------------------------------------

    def action_update(self) -> None:
        if self.updating:
            self.notify("Already updating")
            return
        self.updating = True
        self.update_all()

    @work(thread=True, exclusive=True, group="feeds-update")
    def update_all(self) -> None:
        from reader.feeds.fetching import fetch_feed
        from reader.feeds.polite import HostDelay
        from reader.feeds.update import update_feed
        from reader.nlp.versions import resolve_model
        from reader.tui.background import analyse_apart

        worker = get_current_worker()
        model = resolve_model(self.app.model)
        delay = HostDelay()
        new = 0
        try:
            library = self.app.session.library()
            feeds = library.feeds()
            for number, feed in enumerate(feeds, 1):
                if worker.is_cancelled:
                    return  # the screen is gone
                where = f"Updating {one_line(feed.name, 30)} ({number}/{len(feeds)})"
                self.app.call_from_thread(self.status, f"{where}…")
                report = update_feed(
                    library.feed_state(feed.id),
                    library,
                    fetch=fetch_feed,
                    analyse=lambda article: analyse_apart(article, library, model, worker),
                    delay=delay,
                    cancelled=lambda: worker.is_cancelled,
                    progress=lambda done, total, title, where=where: self.app.call_from_thread(
                        self.status, f"{where}: {done}/{total} {one_line(title, 40)}"
                    ),
                )
                new += report.new
                for problem in report.problems:
                    self.app.call_from_thread(
                        self.notify, problem, severity="warning", markup=False
                    )
        except Cancelled:
            return
        except ReaderError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", markup=False)
        self.app.call_from_thread(self._updated, f"Updated: {new} new · ")

    def _updated(self, summary: str) -> None:
        self.updated, self.updating = summary, False
        self.load()


def _short_date(published: str | None) -> str:
    from reader.sources.dates import parse_day

    day = parse_day(published)
    return day.strftime("%d %b") if day else ""
