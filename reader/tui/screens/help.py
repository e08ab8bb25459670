"""The `?` screen: every key of the screen underneath and of the app, read from live bindings.

It is generated from the active bindings (after the user's keymap), so it never goes stale.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from reader.locations import config_path
from reader.tui.stylesheets import stylesheet

KEY_WIDTH = 14
ACTION_WIDTH = 30
KEY_NAMES = {"enter": "enter", "escape": "esc", "space": "space"}


@dataclass
class KeyRow:
    keys: list[str]
    description: str
    binding_id: str


def area_of(screen: Screen) -> str:
    return getattr(screen, "AREA", None) or type(screen).__name__.removesuffix("Screen").lower()


def key_rows(screen: Screen) -> tuple[list[KeyRow], list[KeyRow]]:
    """(this screen's keys, the app's keys): one row per action, with all the keys that do it.

    Stock widget keys (DataTable cursor moves…) are listed only where one of ours (a binding
    with an id) does the same action, e.g. "↓ j" for moving down the library table.
    """
    app = screen.app
    groups: dict[tuple[int, str], tuple[bool, list[str], list[Binding]]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if binding.system or not binding.description:
            continue
        node = active.node
        identity = (id(node), binding.action)
        is_app = isinstance(node, App)
        _, keys, bindings = groups.setdefault(identity, (is_app, [], []))
        display = KEY_NAMES.get(key) or app.get_key_display(Binding(key, binding.action))
        if binding.id:  # our key first, the stock alternatives after it
            keys.insert(0, display)
            bindings.insert(0, binding)
        else:
            keys.append(display)
            bindings.append(binding)
    screen_own: list[KeyRow] = []
    own: list[KeyRow] = []
    app_wide: list[KeyRow] = []
    for (node_id, _), (is_app, keys, bindings) in groups.items():
        main = bindings[0]
        if not (is_app or main.id):
            continue  # stock keys with no counterpart of ours (tab, copy…)
        row = KeyRow(keys, main.tooltip or main.description, main.id or "")
        if is_app:
            app_wide.append(row)
        elif node_id == id(screen):
            screen_own.append(row)
        else:
            own.append(row)
    return screen_own + own, app_wide


class HelpScreen(ModalScreen[None]):
    """Lists the keys; escape, q or ? closes it."""

    CSS_PATH = [stylesheet("help.tcss")]
    AREA = "help"
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        own, app_wide = key_rows(self.under)
        with Vertical(id="help"):
            yield Static(Content("Keys"), id="help-title")
            yield Static(Content(f"{area_of(self.under).capitalize()}"), classes="help-section")
            yield self._keys(own, "help-screen-keys")
            yield Static(Content("Everywhere"), classes="help-section")
            yield self._keys(app_wide, "help-app-keys")
            yield Static(
                Content(
                    "Remap any key by its id, in the [keymap] table of\n"
                    f"{config_path()}, for example:\n"
                    '    "library.delete" = "delete"'
                ),
                id="help-footer",
            )

    def _keys(self, rows: Iterable[KeyRow], widget_id: str) -> Static:
        rows = list(rows)
        if not rows:
            return Static(Text("No keys of its own.", style="dim"), id=widget_id)
        lines = [
            Text.assemble(
                (" ".join(row.keys).ljust(KEY_WIDTH), "bold"),
                row.description.ljust(ACTION_WIDTH),
                (row.binding_id, "dim"),
            )
            for row in rows
        ]
        return Static(Text("\n").join(lines), id=widget_id, classes="help-keys")
