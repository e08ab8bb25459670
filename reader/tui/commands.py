"""Command palette entries for the current screen, named "area: action" (posting's scheme).

Every described binding of the screen (and the app) becomes a command, so the palette and the
keys never disagree; screens may add more through ``palette_commands()``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial

from textual.app import App
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from reader.tui.screens.help import area_of

Command = tuple[str, str, Callable[[], object]]
"""(name, help, callback)."""


MOVES = ("cursor_", "scroll_")
"""Cursor movement has keys; it would only crowd the palette."""


def screen_commands(screen, app: App) -> Iterator[Command]:
    """One command per action of ours (bindings with an id) on this screen and the app, each
    name once."""
    commands = list(_binding_commands(screen, app))
    for owner in (screen, app):
        extra = getattr(owner, "palette_commands", None)
        if extra is not None:
            commands.extend(extra())
    seen: set[str] = set()
    for command in commands:
        if command[0] not in seen:
            seen.add(command[0])
            yield command


def _binding_commands(screen, app: App) -> Iterator[Command]:
    """A command for each described binding; two actions that share a footer word ("Sidebar":
    focus it, hide it) are named by what they do (their tooltips) instead."""
    found: list[tuple[str, Binding, object]] = []
    seen: set[tuple[int, str]] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.id or not binding.description or binding.action.startswith(MOVES):
            continue
        if binding.action == "command_palette" or (id(active.node), binding.action) in seen:
            continue
        seen.add((id(active.node), binding.action))
        area = binding.id.split(".", 1)[0] if "." in binding.id else area_of(screen)
        found.append((area, binding, active.node))
    names = Counter((area, b.description.lower()) for area, b, _ in found)
    for area, binding, node in found:
        what = binding.description.lower()
        if names[area, what] > 1 and binding.tooltip:
            what = binding.tooltip[:1].lower() + binding.tooltip[1:]
        run = partial(app.run_action, binding.action, node)
        yield f"{area}: {what}", binding.tooltip or "", run


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
