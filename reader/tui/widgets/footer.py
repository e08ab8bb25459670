"""Textual's Footer, rebuilt only when the keys it shows change.

A Footer rebuilds every key (a new widget each, styles applied one by one) whenever focus moves
or a dialog closes, even when the keys it shows are the same: in profiles of opening an article
and of saving a highlight, that was a fifth to a quarter of the app's time.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class ReaderFooter(Footer):
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
