"""reader's one use of Textual's private API (``reader/tui/textual_internals.py``) still does what
Textual's own theme watcher does: these fail loudly on an upgrade that changes either."""

from __future__ import annotations

import inspect

from textual.app import App
from textual.filter import ANSIToTruecolor

from reader.config import Config
from reader.tui.app import ReaderApp


def test_the_theme_watcher_still_makes_the_private_call_reader_copies():
    assert callable(getattr(App, "_refresh_truecolor_filter", None))
    assert "self._refresh_truecolor_filter(self.ansi_theme)" in inspect.getsource(App._watch_theme)


def state(app: App) -> tuple:
    [truecolor] = [f for f in app._filters if isinstance(f, ANSIToTruecolor)]
    classes = {name for name in app.classes if name.startswith("-")}
    return classes, truecolor._terminal_theme, app.stylesheet._variables


async def test_starting_quietly_with_a_theme_equals_setting_it(tmp_path):
    quiet = ReaderApp(db_path_override=str(tmp_path / "a.db"), config=Config(theme="reader-light"))
    loud = ReaderApp(db_path_override=str(tmp_path / "b.db"), config=Config(theme="reader-dark"))
    async with quiet.run_test() as pilot:
        await pilot.pause()
        started = state(quiet)
    async with loud.run_test() as pilot:
        loud.theme = "reader-light"  # through App._watch_theme
        await pilot.pause()
        switched = state(loud)
    assert started[0] == switched[0] == {"-theme-reader-light", "-light-mode"}
    assert started[1] is switched[1] is loud.ansi_theme_light
    assert started[2] == switched[2]


def test_styles_caches_still_get_their_backgrounds_where_reader_replaces_it():
    """``release_styles_caches`` replaces ``StylesCache.get_inner_outer``: still there, still
    what each line's background comes from."""
    from textual._styles_cache import StylesCache

    assert "self.get_inner_outer(" in inspect.getsource(StylesCache.render_line)
