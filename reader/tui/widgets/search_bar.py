"""The in-article search field: opened with /, searches as you type, closed with enter or
escape. It reports in the screen's terms: ``Find`` a term from where the search began, or
``Closed`` (forget it and go back there)."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

MIN_AS_YOU_TYPE = 2
"""Characters typed before searching as you type (one letter matches nearly everything)."""


class SearchBar(Input):
    HELP_SECTION = "Search field"
    BINDINGS = [Binding("escape", "close", "Close search", id="search.close")]

    @dataclass
    class Find(Message):
        term: str
        origin: int
        """Where the search began: the first match is the one at or after it."""
        final: bool
        """Enter was pressed (the field has closed); else the reader is still typing."""

    @dataclass
    class Closed(Message):
        """The reader left the field without searching."""

        origin: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search this article (enter to find, escape to close)", id=id)
        self.origin = 0

    def open(self, term: str, origin: int) -> None:
        self.origin = origin
        self.value = term
        self.display = True
        self.focus()

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        if self.display and len(event.value.strip()) >= MIN_AS_YOU_TYPE:
            self.post_message(self.Find(event.value, self.origin, final=False))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.display = False
        self.post_message(self.Find(event.value, self.origin, final=True))

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed(self.origin))
