"""A list of sections that fold, each a heading and its rows, drawn with the Line API.

It draws what Textual's ``Tree`` drew for the sidebar (the same icons, guides and component
styles), but it holds rows, not nodes: the screen hands it a list per section and only the
rows on screen are ever labelled. A ``Tree`` made a node for each of up to 1,800 rows and
measured every one whenever anything changed, which was most of the cost of opening a long
article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size, clamp
from textual.message import Message
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

RowT = TypeVar("RowT")

TOGGLE = Style.from_meta({"toggle": True})
"""A heading's icon: a click on it folds or unfolds the section (and moves no cursor)."""


@dataclass(eq=False)
class Fold(Generic[RowT]):
    """A section: its ``heading``, its ``rows`` and, when rows were left out, a last ``more``
    line that is no row (nothing happens when it is chosen)."""

    key: str
    heading: Text
    rows: list[RowT]
    more: Text | None = None
    expanded: bool = False

    @property
    def line_count(self) -> int:
        """Lines under the heading when unfolded."""
        return len(self.rows) + (self.more is not None)


@dataclass(frozen=True)
class _Look:
    """The component styles and a row's room, worked out once per frame, not once per line."""

    base: Style
    label: Style
    hover: Style
    cursor: Style
    hover_line: Style
    guides: Style
    guides_hover: Style
    guides_cursor: Style
    room: int
    """Cells for a row's label (``FoldList.row_width``)."""


class FoldList(ScrollView, Generic[RowT], can_focus=True):
    """Sections of rows with a cursor. Enter or a click on a row posts ``Chosen``; the cursor
    arriving on a row posts ``Passed``; enter, space or a click on a heading folds it."""

    ICON_FOLDED = "▶ "
    ICON_UNFOLDED = "▼ "
    ALLOW_SELECT = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("enter", "select_cursor", "Select", show=False),
        Binding("space", "toggle_fold", "Fold", show=False),
    ]
    """Home, end, page up and page down are the scroll container's keys, on the actions below."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "fold-list--cursor",
        "fold-list--guides",
        "fold-list--guides-hover",
        "fold-list--guides-selected",
        "fold-list--highlight",
        "fold-list--highlight-line",
        "fold-list--label",
    }

    DEFAULT_CSS = """
    FoldList {
        background: $surface;
        color: $foreground;
        & > .fold-list--label {}
        & > .fold-list--guides { color: $surface-lighten-2; }
        & > .fold-list--guides-hover { color: $surface-lighten-2; }
        & > .fold-list--guides-selected { color: $block-cursor-blurred-background; }
        & > .fold-list--cursor {
            text-style: $block-cursor-blurred-text-style;
            background: $block-cursor-blurred-background;
        }
        & > .fold-list--highlight {}
        & > .fold-list--highlight-line { background: $block-hover-background; }
        &:focus {
            background-tint: $foreground 5%;
            & > .fold-list--cursor {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
            & > .fold-list--guides { color: $surface-lighten-3; }
            & > .fold-list--guides-hover { color: $surface-lighten-3; }
            & > .fold-list--guides-selected { color: $block-cursor-background; }
        }
        &:light {
            & > .fold-list--guides { color: $surface-darken-1; }
            & > .fold-list--guides-hover { color: $block-cursor-background; }
            & > .fold-list--guides-selected { color: $block-cursor-background; }
        }
    }
    FoldList:ansi {
        color: ansi_default;
        & > .fold-list--guides { color: $ansi-background; }
        &:nocolor > .fold-list--cursor { text-style: reverse; }
    }
    """

    cursor_line: var[int] = var(-1, always_update=True)
    """The line with the cursor (-1: none yet)."""
    hover_line: var[int] = var(-1)
    """The line under the mouse (-1: none)."""

    class Chosen(Message, Generic[RowT]):
        """A row was chosen (enter, or a click)."""

        def __init__(self, row: RowT) -> None:
            super().__init__()
            self.row = row

    class Passed(Message, Generic[RowT]):
        """The cursor arrived on another row (not when folding moved the row under it)."""

        def __init__(self, row: RowT) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.folds: dict[str, Fold[RowT]] = {}
        self._lines: list[tuple[Fold[RowT], int]] = []
        """Each line shown: its section and the row's index (-1: the heading)."""
        self._heading_lines: dict[str, int] = {}
        self._look: _Look | None = None
        self._last_passed: RowT | None = None
        """The row the cursor last arrived on."""

    # What is shown

    def show_folds(self, folds: list[Fold[RowT]]) -> None:
        """Show these sections (the cursor keeps its line)."""
        self.folds = {fold.key: fold for fold in folds}
        self._relayout()

    def replace_fold(self, fold: Fold[RowT]) -> None:
        """Show ``fold`` in place of the section with its key (the cursor keeps its line)."""
        if fold.key in self.folds:
            self.folds[fold.key] = fold
            self._relayout()

    def refresh_fold(self, key: str) -> None:
        """Draw a section's lines again (what its rows show has changed)."""
        start = self._heading_lines.get(key)
        if start is not None:
            self._refresh_lines(start, 1 + self.folds[key].line_count)

    def expand(self, key: str) -> None:
        self._set_expanded(key, True)

    def collapse(self, key: str) -> None:
        self._set_expanded(key, False)

    def _set_expanded(self, key: str, expanded: bool) -> None:
        fold = self.folds.get(key)
        if fold is not None and fold.expanded != expanded:
            cursor = self.cursor_item()
            fold.expanded = expanded
            self._relayout()
            if cursor is not None and self.cursor_line >= 0:
                self._put_cursor(*cursor)

    def _relayout(self) -> None:
        self._lines = []
        self._heading_lines = {}
        for fold in self.folds.values():
            self._heading_lines[fold.key] = len(self._lines)
            self._lines.append((fold, -1))
            if fold.expanded:
                self._lines.extend((fold, index) for index in range(fold.line_count))
        self.virtual_size = Size(0, len(self._lines))
        if self.cursor_line >= len(self._lines):
            self.cursor_line = len(self._lines) - 1
        self.refresh()

    # The cursor

    def cursor_item(self) -> tuple[Fold[RowT], int] | None:
        """The section and row index under the cursor (-1: its heading), if any."""
        if 0 <= self.cursor_line < len(self._lines):
            return self._lines[self.cursor_line]
        return None

    @property
    def cursor_row(self) -> RowT | None:
        """The row under the cursor (``None`` on a heading, a "more" line, or nowhere)."""
        return self._row_at(self.cursor_line)

    def move_cursor(self, row: RowT) -> None:
        """Put the cursor on ``row`` (unfolding its section), scrolled into view."""
        for fold in self.folds.values():
            for index, candidate in enumerate(fold.rows):
                if candidate is row:
                    self.expand(fold.key)
                    self._put_cursor(fold, index)
                    return

    def _put_cursor(self, fold: Fold[RowT], index: int) -> None:
        line = self._heading_lines[fold.key] + 1 + index
        self.cursor_line = line if fold.expanded else self._heading_lines[fold.key]
        self._scroll_to_cursor()

    def validate_cursor_line(self, line: int) -> int:
        return clamp(line, 0, len(self._lines) - 1)

    def watch_cursor_line(self, previous: int, line: int) -> None:
        if previous == line:
            return
        self._refresh_line_and_rows(previous)
        self._refresh_line_and_rows(line)
        row = self._row_at(line)
        if row is not None and row is not self._last_passed:
            self.post_message(self.Passed(row))
        self._last_passed = row

    def watch_hover_line(self, previous: int, line: int) -> None:
        self._refresh_line_and_rows(previous)
        self._refresh_line_and_rows(line)

    def _row_at(self, line: int) -> RowT | None:
        if not 0 <= line < len(self._lines):
            return None
        fold, index = self._lines[line]
        return fold.rows[index] if 0 <= index < len(fold.rows) else None

    def _refresh_line_and_rows(self, line: int) -> None:
        """Draw ``line`` again and, for a heading, its rows (their guides follow it)."""
        if not 0 <= line < len(self._lines):
            return
        fold, index = self._lines[line]
        self._refresh_lines(line, 1 + (fold.line_count if index < 0 and fold.expanded else 0))

    def _refresh_lines(self, start: int, count: int) -> None:
        self.refresh(Region(0, start - self.scroll_offset.y, self.size.width, count))

    def _scroll_to_cursor(self) -> None:
        if self.cursor_line >= 0:
            region = Region(0, self.cursor_line, 1, 1)
            self.scroll_to_region(
                region, animate=False, force=True, origin_visible=False, x_axis=False
            )

    # Keys and the mouse

    def action_cursor_up(self) -> None:
        self.cursor_line = len(self._lines) - 1 if self.cursor_line < 0 else self.cursor_line - 1
        self._scroll_to_cursor()

    def action_cursor_down(self) -> None:
        self.cursor_line += 1
        self._scroll_to_cursor()

    def action_page_up(self) -> None:
        self.cursor_line -= self.scrollable_content_region.height - 1
        self._scroll_to_cursor()

    def action_page_down(self) -> None:
        self.cursor_line = max(0, self.cursor_line) + self.scrollable_content_region.height - 1
        self._scroll_to_cursor()

    def action_scroll_home(self) -> None:
        self.cursor_line = 0
        self._scroll_to_cursor()

    def action_scroll_end(self) -> None:
        self.cursor_line = len(self._lines) - 1
        self._scroll_to_cursor()

    def action_toggle_fold(self) -> None:
        item = self.cursor_item()
        if item is not None:
            self._set_expanded(item[0].key, not item[0].expanded)

    def action_select_cursor(self) -> None:
        item = self.cursor_item()
        if item is None:
            return
        fold, index = item
        if index < 0:
            self._set_expanded(fold.key, not fold.expanded)
        elif index < len(fold.rows):
            self.post_message(self.Chosen(fold.rows[index]))

    def _on_click(self, event: events.Click) -> None:
        line = event.style.meta.get("line", -1)
        if not 0 <= line < len(self._lines):  # no line, or one drawn before the sections changed
            return
        if event.style.meta.get("toggle"):
            fold, _ = self._lines[line]
            self._set_expanded(fold.key, not fold.expanded)
        else:
            self.cursor_line = line
            self.action_select_cursor()

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        meta = event.style.meta
        self.hover_line = meta["line"] if meta and "line" in meta else -1

    def _on_leave(self, _: events.Leave) -> None:
        self.hover_line = -1

    # Drawing

    def row_label(self, row: RowT, width: int) -> Text:
        """A row's label in ``width`` cells (subclasses say what a row shows)."""
        return Text(str(row))

    def row_width(self) -> int:
        """Cells for a row's label once its guide is drawn."""
        return max(1, (self.scrollable_content_region.width or 40) - 2)

    def render_lines(self, crop: Region) -> list[Strip]:
        self._look = self._work_out_look()
        try:
            return super().render_lines(crop)
        finally:
            self._look = None

    def _work_out_look(self) -> _Look:
        style = self.get_component_rich_style
        guides = style("fold-list--guides", partial=True)
        return _Look(
            base=self.rich_style,
            label=style("fold-list--label", partial=True),
            hover=style("fold-list--highlight", partial=True),
            cursor=style("fold-list--cursor", partial=False),
            hover_line=style("fold-list--highlight-line"),
            guides=guides,
            guides_hover=guides + style("fold-list--guides-hover", partial=True),
            guides_cursor=guides + style("fold-list--guides-selected", partial=True),
            room=self.row_width(),
        )

    def render_line(self, y: int) -> Strip:
        look = self._look or self._work_out_look()
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        line = y + scroll_y
        if line >= len(self._lines):
            return Strip.blank(width, look.base)
        return self._draw(line, width, look).crop(scroll_x, scroll_x + width)

    def _draw(self, line: int, width: int, look: _Look) -> Strip:
        fold, index = self._lines[line]
        heading = self._heading_lines[fold.key]
        hovered = self.hover_line in (line, heading)
        line_style = (look.hover_line if hovered else look.base) + Style(meta={"line": line})
        label_style = look.label
        if self.hover_line == line:
            label_style += look.hover
        if self.cursor_line == line:
            label_style += look.cursor
        text = Text(style=line_style)
        if index < 0:
            icon = self.ICON_UNFOLDED if fold.expanded else self.ICON_FOLDED
            label = fold.heading.copy()
            label.stylize(label_style)
            text.append(Text.assemble((icon, line_style + TOGGLE), label))
        else:
            guides = look.guides
            if self.hover_line == heading:
                guides = look.guides_hover
            if self.cursor_line == heading and self.has_focus:
                guides = look.guides_cursor
            text.append("└ " if index == fold.line_count - 1 else "├ ", style=guides)
            if index < len(fold.rows):
                label = self.row_label(fold.rows[index], look.room)
            else:
                label = (fold.more or Text()).copy()
            label.stylize(label_style)
            text.append(label)
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.extend_cell_length(width, line_style)
