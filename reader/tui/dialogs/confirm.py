"""A yes/no question in a modal dialog; dismisses with True (confirm) or False.

The one confirmation dialog of the app: the library asks before deleting an article, the
article screen before deleting a highlight.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmDialog(ModalScreen[bool]):
    """Ask before doing something that cannot be undone. Texts are shown literally."""

    # Textual focuses it once the children are composed (a dialog opened by a key typed
    # while the app quits never is, and must not fail on the missing field)
    AUTO_FOCUS = "#no"

    AREA = "confirm"
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, detail: str = "", confirm: str = "OK") -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.confirm = confirm

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content(self.question), id="question")
            if self.detail:
                yield Static(Content(self.detail), id="detail")
            with Horizontal(id="buttons"):
                yield Button(Content(f"{self.confirm} (y)"), variant="error", id="yes")
                yield Button(Content("Cancel (n)"), id="no")

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
