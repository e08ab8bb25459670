"""The one place reader uses Textual's private API; ``tests/test_textual_internals.py`` fails
loudly when a Textual upgrade changes what this relies on.

Setting ``App.theme`` runs its watcher, which re-parses every stylesheet twice before the first
frame (about a third of a cached article's first paint). ``start_with_theme`` sets the value
quietly and does only what the first parse needs, which includes one private call.

The help screen lists the keys of every widget of a screen, not only those of the focused one
(``Screen.active_bindings``): ``node_bindings`` reads a node's bindings as Textual applies them.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode


def start_with_theme(app: App, name: str) -> None:
    """Use theme ``name`` from the first frame on (call before the app runs)."""
    app.set_reactive(App.theme, name)
    dark = app.current_theme.dark
    app.update_classes(
        {f"-theme-{name}": True, "-dark-mode": dark, "-light-mode": not dark}, update=False
    )
    app._refresh_truecolor_filter(app.ansi_theme)  # as App._watch_theme does (private)
    app.stylesheet.set_variables(app.get_css_variables())


def node_bindings(node: DOMNode) -> list[tuple[str, Binding]]:
    """(key, binding) of every key ``node`` itself binds, after the app's keymap, as Textual's
    binding chain applies it (``Screen._binding_chain``): whether or not the node has focus."""
    bindings = node._bindings.copy()
    if keymap := node.app._keymap:
        bindings.apply_keymap(keymap)
    return [(key, binding) for key, found in bindings.key_to_bindings.items() for binding in found]
