"""Command palette entries for the article on screen: jump to a person, place or quote; and
the export of the article (``x`` or the palette).

Entries post the messages the sidebar posts, so this module needs nothing from the screen's.
Names come from the article, so every prompt is a ``Content`` built from plain text: the
palette's own ``matcher.highlight()`` parses its argument as markup and is not used here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.app import App
from textual.command import Hit, Hits, Provider
from textual.content import Content

from reader.model import KIND, Analysis
from reader.textsafety import one_line
from reader.tui.article.entities import entity_rows
from reader.tui.article.messages import EntityChosen, GoTo
from reader.wording import counted, speaker_label

ROW_LIMIT = 500


class ArticleCommands(Provider):
    """``person: …`` / ``quote: …`` jumps for this article, found by typing. Its ``article: …``
    actions are the screen's keys, which ``tui/commands.py`` offers."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        screen = self.screen
        commands: list[tuple[str, Callable[[], object], str]] = []
        analysis: Analysis | None = getattr(screen, "analysis", None)
        if analysis is None:
            return commands
        post = screen.post_message
        for kind, items in entity_rows(analysis).items():
            for item in items[:ROW_LIMIT]:
                commands.append(
                    (
                        f"{KIND[kind].word}: {item.name}",
                        partial(post, EntityChosen(item)),
                        counted(len(item.spans), "mention"),
                    )
                )
        text = analysis.article.text
        for quote in analysis.quotes[:ROW_LIMIT]:
            said = one_line(text[quote.start : quote.end], 50)
            speaker = one_line(speaker_label(quote), 60)
            commands.append((f"quote: {speaker}: {said}", partial(post, GoTo(quote.start)), ""))
        return commands

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            if score := matcher.match(name):
                yield Hit(score, Content(name), callback, text=name, help=_plain(help_text))


def _plain(text: str) -> str | None:
    """Help text is parsed as markup by the palette; ours never contains a bracket."""
    return text.replace("[", "(") or None


def export_article(app: App, stored: Analysis | None, failure: str | None) -> None:
    """Ask how to export the ``stored`` article (None: not in the library, or not yet)."""
    if stored is None:
        message = failure or "Wait for the analysis: it is exported from the library"
        app.notify(one_line(message, 200), markup=False)
        return
    article = stored.article
    title = one_line(article.title or article.source or "(untitled)", 60)
    app.ask_export(stored.id, f"This article: “{title}”", None)
