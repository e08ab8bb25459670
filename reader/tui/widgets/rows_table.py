"""A table of many rows drawn one screen line at a time (Textual's Line API).

Textual's ``DataTable`` measures every cell of every row whenever its rows change; with the
10,000 articles of a big library a sort took ~1.5 s and one added row ~0.5 s. Here only the
rows on screen are drawn, from the items themselves (cells are made when a row is drawn), so
showing, sorting and updating rows is list work and a key is answered within a frame at any
size. It looks and moves like a ``DataTable`` with a row cursor and zebra stripes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

T = TypeVar("T")

PADDING = 1
"""Cells of space on each side of a column, as a DataTable's."""


@dataclass(frozen=True)
class Column:
    key: str
    heading: Text
    width: int
    right: bool = False
    """Right-aligned (numbers)."""


class RowsTable(ScrollView, Generic[T], can_focus=True):
    """Rows of items of one kind; ``cells(item)`` gives a row's cells as Rich ``Text`` (never
    markup), ``key(item)`` its key."""

    COMPONENT_CLASSES = {"rows-table--header", "rows-table--even-row", "rows-table--cursor"}

    DEFAULT_CSS = """
    RowsTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .rows-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .rows-table--header { background-tint: $foreground 5%; }
        }
        &:dark > .rows-table--even-row { background: $surface-darken-1 40%; }
        & > .rows-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .rows-table--even-row { background: $surface-lighten-1 50%; }
        & > .rows-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    BINDINGS = [  # a DataTable's, so that keys (and the help screen) stay as they were
        Binding("enter", "select_cursor", "Select", show=False),
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("right", "cursor_right", "Cursor right", show=False),
        Binding("left", "cursor_left", "Cursor left", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("ctrl+home", "scroll_top", "Top", show=False),
        Binding("ctrl+end", "scroll_bottom", "Bottom", show=False),
        Binding("home", "scroll_home", "Home", show=False),
        Binding("end", "scroll_end", "End", show=False),
    ]

    @dataclass
    class RowSelected(Message):
        """Enter on a row, or a click on it."""

        table: RowsTable
        key: str

        @property
        def control(self) -> RowsTable:
            return self.table

    @dataclass
    class HeaderSelected(Message):
        """A click on a column's heading."""

        table: RowsTable
        column: str

        @property
        def control(self) -> RowsTable:
            return self.table

    def __init__(
        self, key: Callable[[T], str], cells: Callable[[T], Sequence[Text]], *, id: str
    ) -> None:
        super().__init__(id=id)
        self._key = key
        self._cells = cells
        self.columns: list[Column] = []
        self.items: list[T] = []
        self.cursor_row = 0
        self._version = 0
        self._lines: LRUCache[tuple, Strip] = LRUCache(256)
        self._styles: tuple[int, _RowStyles] | None = None
        """The row styles of ``_version`` (working them out from the CSS for every row drawn
        was half the time of a sort)."""

    # Data in -----------------------------------------------------------------------------------

    def set_columns(self, columns: list[Column]) -> None:
        self.columns = columns
        self._changed()

    def show(self, items: list[T], follow: str | None = None) -> None:
        """Show ``items`` in this order; the cursor goes to the row keyed ``follow`` if it is
        there (else it stays on its row number)."""
        self.items = items
        row = self.cursor_row
        if follow is not None:
            row = next((i for i, item in enumerate(items) if self._key(item) == follow), row)
        self._changed()
        self.move_cursor(row)

    @property
    def row_count(self) -> int:
        return len(self.items)

    def get_row_at(self, index: int) -> list[Text]:
        return list(self._cells(self.items[index]))

    @property
    def cursor_key(self) -> str | None:
        return self._key(self.items[self.cursor_row]) if self.items else None

    # Moving ------------------------------------------------------------------------------------

    @property
    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def move_cursor(self, row: int) -> None:
        row = max(0, min(row, len(self.items) - 1))
        self.cursor_row = row
        top, page = self.scroll_offset.y, self._page
        if row < top:
            self.scroll_to(y=row, animate=False)
        elif row >= top + page:
            self.scroll_to(y=row - page + 1, animate=False)
        self.refresh()

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + self._page)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - self._page)

    def action_scroll_top(self) -> None:
        self.move_cursor(0)

    def action_scroll_bottom(self) -> None:
        self.move_cursor(len(self.items) - 1)

    action_scroll_home = action_scroll_top
    action_scroll_end = action_scroll_bottom

    def action_cursor_right(self) -> None:
        self.scroll_right(animate=False)

    def action_cursor_left(self) -> None:
        self.scroll_left(animate=False)

    def action_select_cursor(self) -> None:
        if self.items:
            self.post_message(self.RowSelected(self, self._key(self.items[self.cursor_row])))

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            x = event.x + self.scroll_offset.x
            for column in self.columns:
                x -= column.width + 2 * PADDING
                if x < 0:
                    self.post_message(self.HeaderSelected(self, column.key))
                    return
            return
        row = self.scroll_offset.y + event.y - 1
        if 0 <= row < len(self.items):
            self.move_cursor(row)
            self.action_select_cursor()

    # Drawing -----------------------------------------------------------------------------------

    def _changed(self) -> None:
        self._version += 1
        width = sum(column.width + 2 * PADDING for column in self.columns)
        self.virtual_size = Size(width, len(self.items) + 1)
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._version += 1

    def on_focus(self) -> None:
        self._version += 1  # the cursor row is drawn differently with focus

    def on_blur(self) -> None:
        self._version += 1

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = -1 if y == 0 else self.scroll_offset.y + y - 1
        if row >= len(self.items):
            return Strip.blank(width, self.rich_style)
        key = (row, row == self.cursor_row, self.scroll_offset.x, width, self._version)
        if (strip := self._lines.get(key)) is None:
            strip = self._render_row(row, width)
            self._lines[key] = strip
        return strip

    def _row_styles(self) -> _RowStyles:
        if self._styles is None or self._styles[0] != self._version:
            style = self.get_component_rich_style
            base = self.rich_style
            styles = _RowStyles(
                base,
                base + style("rows-table--header"),
                base + style("rows-table--even-row"),
                style("rows-table--cursor"),
            )
            self._styles = (self._version, styles)
        return self._styles[1]

    def _render_row(self, row: int, width: int) -> Strip:
        styles = self._row_styles()
        base = styles.base
        if row < 0:
            cells: Sequence[Text] = [column.heading for column in self.columns]
            style, over = styles.header, None
        else:
            cells = self._cells(self.items[row])
            style = styles.even if row % 2 == 0 else base
            over = styles.cursor if row == self.cursor_row else None
        line = Text(no_wrap=True, end="")
        for column, cell in zip(self.columns, cells, strict=True):
            text = cell.copy()
            text.truncate(column.width, overflow="ellipsis")
            text.align("right" if column.right else "left", column.width)
            line.append(" " * PADDING)
            line.append_text(text)
            line.append(" " * PADDING)
        segments = list(line.render(self.app.console))
        segments = list(Segment.apply_style(segments, style=style, post_style=over))
        strip = Strip(segments).crop(self.scroll_offset.x, self.scroll_offset.x + width)
        return strip.adjust_cell_length(width, base)


@dataclass(frozen=True)
class _RowStyles:
    base: Style
    header: Style
    """The heading row's, over ``base`` (as ``even``)."""
    even: Style
    cursor: Style
