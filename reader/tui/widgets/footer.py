"""Textual's Footer, rebuilt only when the keys it shows change.

A Footer rebuilds every key (a new widget each, styles applied one by one) whenever focus moves
or a dialog closes, even when the keys it shows are the same: in profiles of opening an article
and of saving a highlight, that was a fifth to a quarter of the app's time.

Textual lists the focused widget's keys first and the app's last, so on a narrow terminal `? Keys`
fell off the end. Here the app's keys come first, and below ``COMPACT_BELOW`` columns the keys
drop their padding, so a reader sees how to get help and the screen's main keys at 80 columns.
"""

from __future__ import annotations

from textual import events
from textual.screen import Screen
from textual.widgets import Footer

FIRST = ("help", "quit")
"""Actions whose keys lead the footer, in this order."""
COMPACT_BELOW = 100
"""Terminal width (cells) below which the footer's keys lose their padding."""


class ReaderFooter(Footer):
    DEFAULT_CSS = "ReaderFooter.-compact FooterLabel { padding-right: 1; }"  # "1-5 Show" apart

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        shown = tuple(
            (binding.key, binding.key_display, binding.description, binding.action, enabled, tip)
            for _, binding, enabled, tip in screen.active_bindings.values()
            if binding.show
        )
        if not screen.app.app_focus:  # Textual's Footer waits for focus: so do we
            super().bindings_changed(screen)
            return
        if shown != self._shown or screen is not self.screen:
            self._shown = shown
            super().bindings_changed(screen)

    def on_resize(self, event: events.Resize) -> None:
        self.compact = event.size.width < COMPACT_BELOW

    async def recompose(self) -> None:
        await super().recompose()
        leading = [key for key in self.children if getattr(key, "action", None) in FIRST]
        leading.sort(key=lambda key: FIRST.index(key.action))  # type: ignore[attr-defined]
        for place, key in enumerate(leading):
            if self.children[place] is not key:
                self.move_child(key, before=place)
