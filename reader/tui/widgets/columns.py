"""The article screen's two columns and the thin line between them.

The children of each column fill it, so the columns are ``BLANK`` (Textual's flag for a widget
with no border and no content): a column then draws its background as one blank line repeated,
instead of working out each of its rows through the styles cache, for nothing anyone sees.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from reader.tui.widgets.sidebar import ArticleSidebar


class SidebarColumn(Vertical):
    """The sidebar (with the analysis progress above it while it runs) and the line."""

    BLANK = True

    def compose(self) -> ComposeResult:
        yield ColumnRule()
        yield ArticleSidebar(id="article-sidebar")


class TextColumn(Vertical):
    """The status line, the text and, while searching, the search bar."""

    BLANK = True


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

    def render_lines(self, crop: Region) -> list[Strip]:
        return [self.render_line(0).crop(crop.x, crop.right)] * crop.height
