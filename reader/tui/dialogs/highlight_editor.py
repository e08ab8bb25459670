"""Create or edit a highlight: colour (label), note and tags; delete when editing."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

from reader.model import Highlight
from reader.textsafety import one_line
from reader.tui.text.ranges import SWATCHES


@dataclass
class HighlightEdit:
    """What the dialog returns: ``action`` is "save" or "delete"."""

    action: str
    label: str = "yellow"
    note: str = ""
    tags: list[str] = field(default_factory=list)


def parse_tags(text: str) -> list[str]:
    """Comma- or space-separated tags, without '#', duplicates or empties, in order."""
    words = (word.strip().lstrip("#") for word in text.replace(",", " ").split())
    return list(dict.fromkeys(word for word in words if word))


class HighlightDialog(ModalScreen[HighlightEdit | None]):
    """Pick a colour, write a note and tags. Enter in a field saves; escape cancels."""

    # Textual focuses it once the children are composed (a dialog opened by a key typed
    # while the app quits never is, and must not fail on the missing field)
    AUTO_FOCUS = "#highlight-note"

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="highlight-dialog.cancel"),
        Binding("ctrl+s", "save", "Save", id="highlight-dialog.save"),
    ]

    def __init__(self, excerpt: str, highlight: Highlight | None = None) -> None:
        super().__init__()
        self.excerpt = excerpt
        self.highlight = highlight

    def compose(self) -> ComposeResult:
        current = self.highlight
        title = "Edit highlight" if current else "New highlight"
        with Vertical(id="highlight-dialog"):
            yield Static(Content(title), classes="dialog-title")
            yield Static(Content(one_line(self.excerpt, 240)), id="highlight-excerpt")
            with RadioSet(id="highlight-colour"):
                for colour in SWATCHES:
                    yield RadioButton(
                        Content(colour),
                        value=colour == (current.label if current else "yellow"),
                        id=f"colour-{colour}",
                    )
            yield Input(
                value=current.note if current else "",
                placeholder="Note",
                id="highlight-note",
                select_on_focus=False,  # a stray key must add to a note, never replace it
            )
            yield Input(
                value=" ".join(current.tags) if current else "",
                placeholder="Tags (space or comma separated)",
                id="highlight-tags",
                select_on_focus=False,
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", variant="primary", id="save")
                if current:
                    yield Button("Delete", variant="error", id="delete")
                yield Button("Cancel", id="cancel")

    def _label(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        if pressed is None or pressed.id is None:
            return "yellow"
        return pressed.id.removeprefix("colour-")

    def action_save(self) -> None:
        self.dismiss(
            HighlightEdit(
                "save",
                label=self._label(),
                note=self.query_one("#highlight-note", Input).value.strip(),
                tags=parse_tags(self.query_one("#highlight-tags", Input).value),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "delete":
            self.dismiss(HighlightEdit("delete"))
        else:
            self.dismiss(None)
