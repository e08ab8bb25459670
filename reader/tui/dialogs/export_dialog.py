"""Choose how to export: format, what, output folder and (from the library) which articles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, RadioButton, RadioSet, Static

from reader.export import DEFAULT_FORMAT, DEFAULT_WHAT, FORMAT_HELP, WHAT_ORDER, default_out_dir
from reader.wording import counted


@dataclass(frozen=True)
class ExportRequest:
    fmt: str = DEFAULT_FORMAT
    what: frozenset[str] = DEFAULT_WHAT
    out_dir: Path | None = None
    whole_library: bool = False


class ExportDialog(ModalScreen[ExportRequest | None]):
    """``scope`` says what "this" is (an article title); ``library_size`` offers the whole library.

    ``last`` pre-fills the choices made the previous time in this session.
    """

    # Textual focuses it once the children are composed (a dialog opened by a key typed
    # while the app quits never is, and must not fail on the missing field)
    AUTO_FOCUS = "#export-format"

    AREA = "export"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
        Binding("ctrl+s", "export", "Export", id="export.run"),
        # priority: a focused checkbox or radio set would take Enter to toggle (space does that)
        Binding("enter", "next_or_export", "Next field", id="export.next", priority=True),
    ]

    def __init__(
        self, scope: str, library_size: int | None = None, last: ExportRequest | None = None
    ) -> None:
        super().__init__()
        self.scope = scope
        self.library_size = library_size
        self.last = last or ExportRequest()

    def compose(self) -> ComposeResult:
        last = self.last
        with Vertical(id="export-dialog"):
            yield Static(Content("Export"), classes="dialog-title")
            yield Static(Content(self.scope), id="export-scope")
            if self.library_size is not None:
                count = self.library_size
                yield Checkbox(
                    Content(f"The whole library ({counted(count, 'article')})"),
                    value=last.whole_library,
                    id="export-all",
                )
            with RadioSet(id="export-format"):
                for fmt, help_text in FORMAT_HELP.items():
                    yield RadioButton(
                        Content(f"{fmt}  {help_text}"), value=fmt == last.fmt, id=f"format-{fmt}"
                    )
            with Horizontal(id="export-what"):
                for what in WHAT_ORDER:
                    yield Checkbox(Content(what), value=what in last.what, id=f"what-{what}")
            yield Static(Content("Folder to write into (created if missing):"))
            yield Input(
                value=str(last.out_dir or default_out_dir()),
                placeholder="Folder to write into (created if missing)",
                id="export-folder",
            )
            yield Static(Content(""), id="export-problem", classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")

    def request(self) -> ExportRequest | None:
        """The choices, or None (with the reason shown) when they cannot be exported."""
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        fmt = pressed.id.removeprefix("format-") if pressed and pressed.id else DEFAULT_FORMAT
        what = frozenset(w for w in WHAT_ORDER if self.query_one(f"#what-{w}", Checkbox).value)
        folder = self.query_one("#export-folder", Input).value.strip()
        problem = ""
        if not what:
            problem = f"Tick at least one of {', '.join(WHAT_ORDER)}."
        elif not folder:
            problem = "Type the folder to write into."
        self.query_one("#export-problem", Static).update(Content(problem))
        if problem:
            return None
        whole = bool(
            self.library_size is not None and self.query_one("#export-all", Checkbox).value
        )
        return ExportRequest(fmt, what, Path(folder).expanduser(), whole)

    def action_export(self) -> None:
        request = self.request()
        if request is not None:
            self.dismiss(request)

    def action_next_or_export(self) -> None:
        """Enter moves on to the next field; on the last field (the folder) or on Export it
        exports, and on Cancel it cancels."""
        focused = self.focused
        if isinstance(focused, Button):
            focused.press()
        elif isinstance(focused, Input) or focused is None:
            self.action_export()
        else:
            self.focus_next()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export":
            self.action_export()
        else:
            self.dismiss(None)
