"""The article screen's keys: one ``Binding`` each, with the ``area.action`` id that the
keymap, the help screen and the palette use; and the palette's own commands."""

from __future__ import annotations

from textual.binding import Binding
from textual.command import Provider

KINDS_GROUP = Binding.Group("Show", compact=True)
"""1–5 take one place in the footer."""

ARTICLE_KEYS = [
    Binding(
        "1",
        "toggle('people')",
        "People",
        id="article.toggle-people",
        tooltip="Show or hide people",
        group=KINDS_GROUP,
    ),
    Binding(
        "2",
        "toggle('places')",
        "Places",
        id="article.toggle-places",
        tooltip="Show or hide places",
        group=KINDS_GROUP,
    ),
    Binding(
        "3",
        "toggle('orgs')",
        "Orgs",
        id="article.toggle-orgs",
        tooltip="Show or hide organisations",
        group=KINDS_GROUP,
    ),
    Binding(
        "4",
        "toggle('figures')",
        "Figures",
        id="article.toggle-figures",
        tooltip="Show or hide figures",
        group=KINDS_GROUP,
    ),
    Binding(
        "5",
        "toggle('quotes')",
        "Quotes",
        id="article.toggle-quotes",
        tooltip="Show or hide quotes and their speakers",
        group=KINDS_GROUP,
    ),
    Binding("slash", "search", "Search", id="article.search", tooltip="Search this article"),
    Binding(
        "n",
        "step(1)",
        "Next",
        id="article.next-match",
        tooltip="Next search match or mention of the selected entity",
    ),
    Binding(
        "N",
        "step(-1)",
        "Previous",
        id="article.previous-match",
        show=False,
        tooltip="Previous search match or mention",
    ),
    Binding(
        "f",
        "filter",
        "Filter",
        id="article.filter",
        tooltip="Show only paragraphs that match (or quote the selected speaker)",
    ),
    Binding(
        "h",
        "focus_sidebar",
        "Sidebar",
        id="article.focus-sidebar",
        show=False,
        tooltip="Move focus to the sidebar",
    ),
    Binding(
        "l",
        "focus_text",
        "Text",
        id="article.focus-text",
        show=False,
        tooltip="Move focus to the text",
    ),
    Binding(
        "m",
        "mark('sentence')",
        "Mark",
        id="article.mark-sentence",
        tooltip="Highlight the sentence at the cursor",
    ),
    Binding(
        "M",
        "mark('paragraph')",
        "Mark paragraph",
        id="article.mark-paragraph",
        show=False,
        tooltip="Highlight the paragraph at the cursor",
    ),
    Binding(
        "Q",
        "mark('quote')",
        "Mark quote",
        id="article.mark-quote",
        show=False,
        tooltip="Highlight the quote at the cursor",
    ),
    Binding(
        "e",
        "mark('entity')",
        "Mark mention",
        id="article.mark-entity",
        show=False,
        tooltip="Highlight the current mention (or the first on the cursor line)",
    ),
    Binding(
        "v",
        "visual",
        "Select",
        id="article.visual",
        tooltip="Select exact text from the cursor (h l w b ( ) extend it); v or enter: highlight",
    ),
    Binding(
        "enter",
        "enter",
        "Select / why",
        id="article.enter",
        show=False,
        tooltip="End a selection; on a quote, why this speaker",
    ),
    Binding(
        "y",
        "copy",
        "Copy",
        id="article.copy",
        show=False,
        tooltip="Copy the selection, or the quote at the cursor, to the clipboard",
    ),
    Binding(
        "E",
        "edit_highlight",
        "Edit highlight",
        id="article.edit-highlight",
        show=False,
        tooltip="Edit the highlight at the cursor",
    ),
    Binding(
        "d",
        "delete_highlight",
        "Delete highlight",
        id="article.delete-highlight",
        show=False,
        tooltip="Delete the highlight at the cursor",
    ),
    Binding(
        "w",
        "why",
        "Why",
        id="article.why",
        show=False,
        tooltip="Why this speaker: the quote at the cursor",
    ),
    Binding(
        "o",
        "echoes",
        "Echoes",
        id="article.echoes",
        show=False,
        tooltip="Where else the library has the quote at the cursor (↻ marks such quotes)",
    ),
    Binding(
        "S",
        "app.sources_of_article",
        "Sources",
        id="article.sources",
        show=False,
        tooltip="Who is quoted in this article, with their quotes across the library",
    ),
    Binding(
        "x",
        "export",
        "Export",
        id="article.export",
        tooltip="Export this article to files",
    ),
    Binding(
        "s",
        "toggle_sidebar",
        "Sidebar",
        id="article.toggle-sidebar",
        show=False,
        tooltip="Hide or show the sidebar",
    ),
    Binding(
        "escape",
        "clear",
        "Clear",
        id="article.clear",
        show=False,
        tooltip="Clear search, selection and filter; then go back",
    ),
]
"""Everything the article screen does from the keyboard (its text view and sidebar add
movement)."""


def article_commands() -> type[Provider]:
    """The palette's article commands, imported when the palette first opens."""
    from reader.tui.article.commands import ArticleCommands

    return ArticleCommands
