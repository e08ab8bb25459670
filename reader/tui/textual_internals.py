"""The one place reader uses Textual's private API; ``tests/test_textual_internals.py`` fails
loudly when a Textual upgrade changes what this relies on.

Setting ``App.theme`` runs its watcher, which re-parses every stylesheet twice before the first
frame (about a third of a cached article's first paint). ``start_with_theme`` sets the value
quietly and does only what the first parse needs, which includes one private call.

The help screen lists the keys of every widget of a screen, not only those of the focused one
(``Screen.active_bindings``): ``node_bindings`` reads a node's bindings as Textual applies them.

Textual caches ``StylesCache.get_inner_outer`` with ``lru_cache`` on the method, so the cache
holds up to 1,024 ``StylesCache`` objects alive, each with the lines its widget last drew
(Textualize/textual#6665). Every article opened and closed left ~1,700 of those lines behind
(13,000 objects), and each full garbage collection walked them all: 26 ms at the start of the
latency bench, 450 ms after 20 articles. ``release_styles_caches`` keys the cache on the two
colours it is computed from.

Textual parses a widget class's ``DEFAULT_CSS`` when the first widget of that class mounts:
the first article opened in a session parsed its view's and its sidebar's, ~5 ms of its first
frame. ``parse_default_css`` does it ahead, with the locations and tie-breakers Textual would
use (``DOMNode._get_default_css``, private), so that the mount finds them parsed. The footer's
group of keys (``FooterKeyGroup``) is a class of a private module.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from textual._styles_cache import StylesCache
from textual.app import App
from textual.binding import Binding
from textual.color import Color
from textual.dom import DOMNode
from textual.style import Style
from textual.widgets._footer import KeyGroup

FooterKeyGroup = KeyGroup
"""The footer's group of keys (a class of a private module)."""


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


@lru_cache(1024)
def _inner_outer(base_background: Color, background: Color) -> tuple[Style, Style]:
    """``StylesCache.get_inner_outer``'s result, which depends on the two colours only."""
    return Style(background=base_background + background), Style(background=base_background)


def release_styles_caches() -> None:
    """Let a widget's styles cache (and the lines it holds) go with the widget."""
    StylesCache.get_inner_outer = staticmethod(_inner_outer)


def parse_default_css(app: App, classes: Iterable[type[DOMNode]]) -> None:
    """Add the ``DEFAULT_CSS`` of ``classes`` and of their bases to the app's stylesheet, as
    mounting a first widget of each would, and parse it now."""
    stylesheet = app.stylesheet
    for cls in classes:
        unmounted = cls.__new__(cls)  # _get_default_css reads the class only
        for read_from, css, tie_breaker, scope in unmounted._get_default_css():
            stylesheet.add_source(
                css, read_from=read_from, is_default_css=True, tie_breaker=tie_breaker, scope=scope
            )
    stylesheet.parse()
