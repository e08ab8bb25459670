"""The in-article search field: opened with /, closed with enter or escape."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """An Input that reports the term on enter and asks to close on escape."""

    BINDINGS = [Binding("escape", "close", "Close search", id="search.close")]

    class Closed(Message):
        """The user left the search field without searching."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search this article (enter to find, escape to close)", id=id)

    def open(self, term: str = "") -> None:
        self.value = term
        self.display = True
        self.focus()

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())
