"""The top line of every screen: the command palette's icon and the screen's title, centred.

Textual's ``Header`` draws the same line with four widgets (itself, the icon, the title and the
clock's space), each styled, laid out and drawn on its own for every screen opened: ~6% of
the Python calls of opening an article. This one widget draws the same cells.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widget import Widget

ICON = "⭘"
ICON_CELLS = 8
"""Cells before the title (the icon, padded), as Textual's header has them."""
CLOCK_CELLS = 10
"""Cells after the title, where Textual's header keeps room for a clock."""


class ReaderHeader(Widget):
    DEFAULT_CSS = """
    ReaderHeader {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
    }
    """

    def on_mount(self) -> None:
        for owner in (self.app, self.screen):
            self.watch(owner, "title", self._retitle, init=False)
            self.watch(owner, "sub_title", self._retitle, init=False)
        if self.app.ENABLE_COMMAND_PALETTE:
            self.tooltip = "Click the icon for the command palette"

    def _retitle(self) -> None:
        self.refresh()

    def title_content(self) -> Content:
        """The screen's title and sub-title (the app's when the screen has none), as the app
        formats them (``App.format_title``): plain text, never markup."""
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        return app.format_title(title, sub_title)

    def render(self) -> Content:
        width = self.size.width
        room = max(0, width - ICON_CELLS - CLOCK_CELLS)
        title = self.title_content().truncate(room, ellipsis=True)
        left = (room - title.cell_length) // 2
        icon = Content(f" {ICON}").pad_right(ICON_CELLS - 2)
        return Content.assemble(icon, " " * left, title).pad_right(
            max(0, width - ICON_CELLS - left - title.cell_length)
        )

    async def on_click(self, event: events.Click) -> None:
        if event.x < ICON_CELLS and self.app.ENABLE_COMMAND_PALETTE:
            event.stop()
            await self.run_action("app.command_palette")
