"""The library's search field."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class QueryField(Input):
    """The library's search field: Down, as Enter, goes on to the results."""

    BINDINGS = [
        Binding(
            "down",
            "screen.to_results",
            "Results",
            show=False,
            id="library.results",
            tooltip="Move to the search results",
        )
    ]

    def resume(self) -> None:
        """Back into the query with the cursor at its end, so the next key edits it (a focus
        selects the whole query, which the next key would replace)."""
        self.select_on_focus = False
        self.focus()

    def on_blur(self) -> None:
        self.select_on_focus = True
