"""The sidebar's column: the sidebar (with the analysis progress above it while it runs) and the
thin line between it and the text."""

from __future__ import annotations

from rich.segment import Segment
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from reader.tui.widgets.sidebar import ArticleSidebar


class SidebarColumn(Vertical):
    def compose(self) -> ComposeResult:
        yield ColumnRule()
        yield ArticleSidebar(id="article-sidebar")


class ColumnRule(Widget):
    """A one-cell-wide vertical line, every row the same ``Strip``.

    A ``border-right`` on the sidebar's column drew the same line, but Textual works out a
    border's style and box again for every row of every frame: ~2 ms of each article opened,
    more than the whole sidebar's names.
    """

    DEFAULT_CSS = "ColumnRule { dock: right; width: 1; height: 1fr; color: $foreground 20%; }"

    _line: tuple[Style, Strip] | None = None
    """The line drawn, with the style it was drawn in."""

    def render_line(self, y: int) -> Strip:
        style = self.visual_style
        if self._line is None or self._line[0] != style:
            self._line = (style, Strip([Segment("▕", style.rich_style)], 1))
        return self._line[1]
