"""Command palette entries for the current screen, named "area: action" (posting's scheme).

Every described binding of the screen (and the app) becomes a command, so the palette and the
keys never disagree; screens may add more through ``palette_commands()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from reader.tui.screens.help import area_of

Command = tuple[str, str, Callable[[], object]]
"""(name, help, callback)."""


MOVES = ("cursor_", "scroll_")
"""Cursor movement has keys; it would only crowd the palette."""


def screen_commands(screen, app: App) -> Iterator[Command]:
    """One command per action of ours (bindings with an id) on this screen and the app."""
    seen: set[tuple[int, str]] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.id or not binding.description or binding.action.startswith(MOVES):
            continue
        if binding.action == "command_palette" or (id(active.node), binding.action) in seen:
            continue
        seen.add((id(active.node), binding.action))
        area = binding.id.split(".", 1)[0] if "." in binding.id else area_of(screen)
        name = f"{area}: {binding.description.lower()}"
        run = partial(app.run_action, binding.action, active.node)
        yield name, binding.tooltip or "", run
    for owner in (screen, app):
        extra = getattr(owner, "palette_commands", None)
        if extra is not None:
            yield from extra()


class ScreenCommands(Provider):
    """The current screen's actions, searchable by name."""

    def _commands(self) -> list[Command]:
        return sorted(screen_commands(self.screen, self.app), key=lambda command: command[0])

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(escape(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            if (score := matcher.match(name)) > 0:
                yield Hit(
                    score, matcher.highlight(escape(name)), callback, text=name, help=help_text
                )
