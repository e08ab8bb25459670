"""The `?` screen: every key of the screen underneath and of the app, read from live bindings.

It is generated from the bindings as Textual applies them (after the user's keymap), for every
widget of the screen whether it has focus or not, so it never goes stale. A table of key,
action and binding id as wide as the terminal allows; it scrolls (j/k, arrows, pages, g/G).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import DataTable, Static

from reader.locations import config_path
from reader.textsafety import one_line
from reader.tui.stylesheets import stylesheet
from reader.tui.textual_internals import node_bindings

KEY_NAMES = {"enter": "enter", "escape": "esc", "space": "space"}
EVERYWHERE = "Everywhere"
KEY_WIDTH = 16
"""At most this many cells of keys; an action with more keys wraps them."""
MIN_ACTION_WIDTH = 16
CHROME = 4 + 6 + 2
"""Cells of each line that are not the table's: the panel's border and padding, the cells'
padding (1 each side of 3 columns), the scrollbar."""


@dataclass
class KeyRow:
    keys: list[str]
    description: str
    binding_id: str

    @property
    def key_text(self) -> str:
        return " ".join(self.keys)


def area_of(screen: Screen) -> str:
    return getattr(screen, "AREA", None) or type(screen).__name__.removesuffix("Screen").lower()


def section_of(node: DOMNode, screen: Screen) -> str:
    """A widget's keys are listed under its ``HELP_SECTION``, or under the screen's name."""
    if isinstance(node, App):
        return EVERYWHERE
    return getattr(node, "HELP_SECTION", None) or area_of(screen).capitalize()


def key_sections(screen: Screen) -> dict[str, list[KeyRow]]:
    """Section name → one row per action of ours (a binding with an id), with every key that
    does it: the screen's, its widgets' (focused or not, shown or not), then the app's (which
    a dialog does not have).

    Stock keys (a table's arrows…) are listed only where one of ours does the same action on
    the same widget, e.g. "j ↓" for moving down the library table.
    """
    app = screen.app
    sections: dict[str, list[KeyRow]] = {}
    seen: set[tuple[str, str]] = set()
    widgets = screen.walk_children(Widget)  # hidden ones too: an empty library's table
    focused = screen.focused
    if focused in widgets:  # the keys of where the reader is come first
        widgets.remove(focused)
        widgets.insert(0, focused)
    app_keys = [] if screen.is_modal else [app]  # a dialog's keys are its own
    for node in [screen, *widgets, *app_keys]:
        by_action: dict[str, tuple[list[str], list[Binding]]] = {}
        bindings_in_order = sorted(node_bindings(node), key=lambda kb: kb[1].id is None)
        for key, binding in bindings_in_order:
            if binding.system or not binding.description:
                continue
            keys, bindings = by_action.setdefault(binding.action, ([], []))
            display = KEY_NAMES.get(key) or app.get_key_display(Binding(key, binding.action))
            if display in keys:
                continue
            if binding.id:  # our key first, the stock alternatives after it
                keys.insert(0, display)
                bindings.insert(0, binding)
            else:
                keys.append(display)
                bindings.append(binding)
        section = section_of(node, screen)
        order = declared_ids(node)
        found = sorted(by_action.values(), key=lambda kb: order.get(kb[1][0].id or "", 0))
        for keys, bindings in found:
            main = bindings[0]
            if not main.id or (section, main.id) in seen:
                continue
            seen.add((section, main.id))
            row = KeyRow(keys, main.tooltip or main.description, main.id)
            sections.setdefault(section, []).append(row)
    if EVERYWHERE in sections:  # last, whatever order the widgets came in
        sections[EVERYWHERE] = sections.pop(EVERYWHERE)
    return sections


def declared_ids(node: DOMNode) -> dict[str, int]:
    """Binding id → its place in the node's class's ``BINDINGS`` (the order rows are listed)."""
    ids = [
        binding.id
        for cls in type(node).__mro__
        for binding in cls.__dict__.get("BINDINGS", [])
        if isinstance(binding, Binding) and binding.id
    ]
    return {binding_id: number for number, binding_id in enumerate(ids)}


class HelpTable(DataTable):
    HELP_SECTION = "This help"
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="help.down"),
        Binding("k", "cursor_up", "Up", show=False, id="help.up"),
        Binding("g", "scroll_top", "First key", show=False, id="help.first"),
        Binding("G", "scroll_bottom", "Last key", show=False, id="help.last"),
    ]


class HelpScreen(ModalScreen[None]):
    """Lists the keys; escape, q or ? closes it."""

    CSS_PATH = [stylesheet("help.tcss")]
    AREA = "help"
    HELP_SECTION = "This help"
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under
        self.sections: dict[str, list[KeyRow]] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="help") as panel:
            panel.border_title = f"Keys: {area_of(self.under).capitalize()}"  # a line for a key
            yield HelpTable(id="help-keys", cursor_type="row", zebra_stripes=True)
            config = one_line(str(config_path()), 200)
            yield Static(
                Content(f"esc closes · remap a key by its id in the [keymap] table of {config}"),
                id="help-footer",
            )

    def on_mount(self) -> None:
        self.sections = key_sections(self.under)
        self.sections.update(key_sections(self))
        table = self.query_one(HelpTable)
        self._fill(table, self.app.size.width)
        table.focus()

    def on_resize(self, event: events.Resize) -> None:
        table = self.query_one(HelpTable)
        if table.columns:
            self._fill(table, event.size.width)

    def _fill(self, table: HelpTable, width: int) -> None:
        """The table, its action column as wide as the screen allows (descriptions wrap in a
        narrow one) and no wider than its longest description."""
        rows = [row for section in self.sections.values() for row in section]
        key_column = [*self.sections, *(row.key_text for row in rows)]  # sections' names too
        key_width = min(KEY_WIDTH, max(map(cell_len, key_column)))
        id_width = max(cell_len(row.binding_id) for row in rows)
        longest = max(cell_len(row.description) for row in rows)
        action_width = max(MIN_ACTION_WIDTH, min(longest, width - CHROME - key_width - id_width))
        cursor = max(1, table.cursor_row)  # the first key, not its section's name
        table.clear(columns=True)
        table.add_column("Key", width=key_width)
        table.add_column("Action", width=action_width)
        table.add_column("Id", width=id_width)
        for section, section_rows in self.sections.items():
            table.add_row(Text(section, style="bold underline"), "", "")
            for row in section_rows:
                table.add_row(
                    Text(row.key_text, style="bold"),
                    Text(row.description),
                    Text(row.binding_id, style="dim"),
                    height=None,
                )
        table.move_cursor(row=cursor)
        self.query_one("#help").styles.width = key_width + action_width + id_width + CHROME
