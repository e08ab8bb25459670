"""Selecting exact text in the article view: from the keyboard in visual mode, or by a mouse drag.

A selection is two offsets, ``anchor`` and ``caret`` (where it began, where its moving end is),
and it covers exactly the characters between them, which is what a highlight made from it
saves. The moves themselves are pure (``reader.tui.text.selection``); this is the view's side:
the keys, which are live only while selecting (otherwise ``h``, ``l``, ``w``, ``b`` keep their
everyday jobs), and the mouse.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.scroll_view import ScrollView

from reader.model import Span
from reader.tui.text import selection as moves
from reader.tui.text.layout import BLANK, LineIndex

Move = Callable[[str, list[Span], int], int]

SELECTION_KEYS = [
    Binding("h,left", "extend('previous_char')", "Character back", id="article.select-left",
            show=False, tooltip="Selecting: move its end one character back"),
    Binding("l,right", "extend('next_char')", "Character on", id="article.select-right",
            show=False, tooltip="Selecting: move its end one character on"),
    Binding("b,ctrl+left", "extend('previous_word_start')", "Word back",
            id="article.select-word-left", show=False,
            tooltip="Selecting: move its end to the start of a word"),
    Binding("w,ctrl+right", "extend('next_word_end')", "Word on", id="article.select-word-right",
            show=False, tooltip="Selecting: move its end to the end of a word"),
    Binding("left_parenthesis", "extend('previous_sentence_start')", "Sentence back",
            id="article.select-sentence-left", show=False,
            tooltip="Selecting: move its end to the start of a sentence"),
    Binding("right_parenthesis", "extend('next_sentence_end')", "Sentence on",
            id="article.select-sentence-right", show=False,
            tooltip="Selecting: move its end to the end of a sentence"),
]  # fmt: skip
SELECTION_ACTIONS = {"extend"}


class SelectableView(ScrollView):
    """The selection state, actions and mouse of ``ArticleView``, which sets the attributes
    below and binds ``SELECTION_KEYS`` first (Textual keeps a subclass's bindings of a key and
    drops its bases', so both uses of ``b`` must be in one list, the selection's first)."""

    ALLOW_SELECT = False  # Textual's own mouse selection would fight ours

    text: str
    paragraphs: list[Span]
    include: set[int] | None
    index: LineIndex
    cursor: int

    class SelectionChanged(Message):
        """A selection began or ended (the screen's status line says how to use it)."""

        def __init__(self, active: bool) -> None:
            super().__init__()
            self.active = active

    anchor: int | None = None
    """Where the selection began; None when there is no selection."""
    caret: int = 0
    """The selection's moving end."""
    _drag_from: Span | None = None
    _dragged = False

    @property
    def selection(self) -> Span | None:
        """The selection as offsets, exactly the characters it covers."""
        return None if self.anchor is None else moves.ordered(self.anchor, self.caret)

    def start_selection(self, offset: int | None = None) -> None:
        self.anchor = self.caret = self.cursor_offset if offset is None else offset
        self._selection_changed()

    def end_selection(self) -> Span | None:
        selection = self.selection
        self.anchor = None
        self._selection_changed()
        return selection

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SELECTION_ACTIONS:
            return self.anchor is not None  # else the key does its everyday job
        return super().check_action(action, parameters)

    def action_extend(self, move: str) -> None:
        step: Move = getattr(moves, move)
        if shown := self.shown_paragraphs:
            self.move_caret(step(self.text, shown, self.caret))

    def move_caret(self, offset: int) -> None:
        self.caret = offset
        self._set_cursor(self.index.line_at(offset), point=offset)

    def caret_on(self, line: int) -> int:
        """The offset on ``line`` in the caret's column (j/k while selecting)."""
        caret_line = self.index.line_at(self.caret)
        column = moves.column_of(self.text, self.index.starts[caret_line], self.caret)
        span = self.index.starts[line], self.index.ends[line]
        return moves.grapheme_at_column(self.text, span, column)[0]

    @property
    def shown_paragraphs(self) -> list[Span]:
        if self.include is None:
            return self.paragraphs
        return [span for number, span in enumerate(self.paragraphs) if number in self.include]

    # The mouse ---------------------------------------------------------------------------------

    def grapheme_at(self, x: int, y: int) -> Span | None:
        """The text under cell (x, y) of the view, or the nearest on its line; None off text."""
        line = y + self.scroll_offset.y - self.header_height
        line = min(max(0, line), len(self.index) - 1)
        if line < 0 or self.index.para[line] == BLANK:
            return None
        left, _ = self.columns(self.scrollable_content_region.width)
        span = self.index.starts[line], self.index.ends[line]
        start, end = moves.grapheme_at_column(self.text, span, max(0, x - left))
        if start == end == span[1]:  # past the line's last cell: its end (trailing space kept)
            return span[1], span[1]
        return start, end

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if event.button == 1 and (under := self.grapheme_at(event.x, event.y)):
            self._drag_from, self._dragged = under, False
            self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._drag_to(event.x, event.y)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._drag_from is not None:
            self._drag_to(event.x, event.y)
            self.release_mouse()
            self._drag_from = None

    def _drag_to(self, x: int, y: int) -> None:
        """Select from where the button went down to the text under (x, y), both included."""
        if self._drag_from is None or (under := self.grapheme_at(x, y)) is None:
            return
        if under == self._drag_from and not self._dragged:
            return
        self._dragged = True
        forward = under[0] >= self._drag_from[0]
        anchor = self._drag_from[0] if forward else self._drag_from[1]
        if self.anchor is None:
            self.start_selection(anchor)
        self.anchor = anchor
        self.move_caret(under[1] if forward else under[0])

    def on_click(self, event: events.Click) -> None:
        if self._dragged:  # the click that ends a drag keeps what it selected
            self._dragged = False
            return
        if self.anchor is not None:
            self.end_selection()
        under = self.grapheme_at(event.x, event.y)
        row = event.y + self.scroll_offset.y - self.header_height
        if under and 0 <= row < len(self.index) and self.index.para[row] != BLANK:
            self._set_cursor(row, point=under[0])

    def _selection_changed(self) -> None:
        self._changed()
        self.post_message(self.SelectionChanged(self.anchor is not None))

    def in_selection(self, line: int) -> bool:
        selection = self.selection
        if selection is None:
            return False
        return selection[0] < self.index.ends[line] and selection[1] > self.index.starts[line]

    # Provided by ArticleView -------------------------------------------------------------------

    cursor_offset: int
    header_height: int

    def columns(self, width: int) -> tuple[int, int]:
        raise NotImplementedError

    def _set_cursor(self, line: int, context: bool = False, point: int | None = None) -> None:
        raise NotImplementedError

    def _changed(self) -> None:
        raise NotImplementedError
