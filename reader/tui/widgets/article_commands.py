"""Command palette entries for the article on screen: jump to a person, place or quote.

Names come from the article, so every prompt is a ``Content`` built from plain text: the
palette's own ``matcher.highlight()`` parses its argument as markup and is not used here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.textsafety import one_line
from reader.tui.text.ranges import KIND_CLASSES
from reader.tui.widgets.sidebar import entity_rows

if TYPE_CHECKING:
    from reader.tui.screens.article import ArticleScreen

SECTION_NAMES = {"people": "person", "places": "place", "orgs": "organisation", "figures": "figure"}
ROW_LIMIT = 500


class ArticleCommands(Provider):
    """``article: …`` actions, and ``person: …`` / ``quote: …`` jumps for this article."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        screen: ArticleScreen = self.screen  # type: ignore[assignment]
        commands: list[tuple[str, Callable[[], object], str]] = [
            (f"article: show or hide {kind}", partial(screen.action_toggle, kind), "")
            for kind in KIND_CLASSES
        ]
        commands += [
            ("article: search", screen.action_search, "Search this article (/)"),
            ("article: filter matching paragraphs", screen.action_filter, "(f)"),
            ("article: highlight sentence at cursor", partial(screen.action_mark, "sentence"), ""),
            ("article: hide or show sidebar", screen.action_toggle_sidebar, "(s)"),
        ]
        analysis = screen.analysis
        if analysis is None:
            return commands
        for kind, items in entity_rows(analysis).items():
            for item in items[:ROW_LIMIT]:
                commands.append(
                    (
                        f"{SECTION_NAMES[kind]}: {item.name}",
                        partial(screen.select_item, item),
                        f"{len(item.spans)} mentions",
                    )
                )
        text = analysis.article.text
        for quote in analysis.quotes[:ROW_LIMIT]:
            said = one_line(text[quote.start : quote.end], 50)
            speaker = one_line(quote.speaker, 40) if quote.speaker else "unknown"
            commands.append(
                (f"quote: {speaker}: {said}", partial(screen.view.go_to, quote.start), "")
            )
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands()[: len(KIND_CLASSES) + 4]:
            yield DiscoveryHit(Content(name), callback, text=name, help=_plain(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            if score := matcher.match(name):
                yield Hit(score, Content(name), callback, text=name, help=_plain(help_text))


def _plain(text: str) -> str | None:
    """Help text is parsed as markup by the palette; ours never contains a bracket."""
    return text.replace("[", "(") or None
