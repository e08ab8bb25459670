"""The sidebar: people, places, organisations, figures, quotes and the user's highlights.

Labels are Rich ``Text`` built from plain strings (never markup): names come from the article.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from reader.model import Analysis, Highlight, Span
from reader.textsafety import one_line
from reader.tui.text.ranges import SWATCHES, entity_kind

ROW_LIMIT = 300
"""Rows per section; a huge article gets a final "… N more" row instead of thousands."""

SECTIONS = (
    ("people", "People"),
    ("places", "Places"),
    ("orgs", "Organisations"),
    ("figures", "Figures"),
    ("quotes", "Quotes"),
    ("highlights", "Highlights"),
)


@dataclass
class SidebarItem:
    """What a sidebar row points at."""

    kind: str
    """people, places, orgs, figures (``spans``), quote (``index``), highlight (``key``)."""
    name: str = ""
    key: str = ""
    spans: list[Span] = field(default_factory=list)
    index: int = -1


def entity_rows(analysis: Analysis) -> dict[str, list[SidebarItem]]:
    """Sections of rows for entities and figures, each sorted by mention count (most first)."""
    rows: dict[str, list[SidebarItem]] = defaultdict(list)
    for entity in analysis.entities:
        kind = entity_kind(entity.label)
        if kind and entity.mentions:
            rows[kind].append(
                SidebarItem(kind, one_line(entity.name, 60), entity.id, sorted(entity.mentions))
            )
    figures: dict[str, list[Span]] = defaultdict(list)
    for figure in analysis.figures:
        figures[one_line(figure.text, 60)].append((figure.start, figure.end))
    rows["figures"] = [
        SidebarItem("figures", text, text, sorted(spans)) for text, spans in figures.items()
    ]
    for items in rows.values():
        items.sort(key=lambda item: (-len(item.spans), item.name.casefold()))
    return rows


def quote_label(analysis: Analysis, index: int, words: int = 6) -> Text:
    quote = analysis.quotes[index]
    said = analysis.article.text[quote.start : quote.end].split()
    opening = one_line(" ".join(said[:words]), 60) + (" …" if len(said) > words else "")
    speaker = Text(one_line(quote.speaker, 40), style="bold") if quote.speaker else None
    return Text.assemble(speaker or Text("unknown", style="italic dim"), ": ", opening)


class ArticleSidebar(Tree[SidebarItem]):
    """Sections of rows; selecting one tells the screen what to highlight or where to go."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", id="sidebar.cursor-down", show=False),
        Binding("k", "cursor_up", "Up", id="sidebar.cursor-up", show=False),
        Binding("g", "scroll_home", "Top", id="sidebar.top", show=False),
        Binding("G", "scroll_end", "Bottom", id="sidebar.bottom", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Article", id=id)
        self.show_root = False
        self.guide_depth = 2
        self.sections: dict[str, TreeNode[SidebarItem]] = {}

    def show_analysis(self, analysis: Analysis, highlights: list[Highlight]) -> None:
        expanded = {key for key, node in self.sections.items() if node.is_expanded}
        first_time = not self.sections
        self.clear()
        self.sections = {}
        rows = entity_rows(analysis)
        for key, title in SECTIONS:
            if key == "quotes":
                items = [SidebarItem("quote", index=i) for i in range(len(analysis.quotes))]
            elif key == "highlights":
                items = [
                    SidebarItem("highlight", key=h.id, spans=[(h.start, h.end)]) for h in highlights
                ]
            else:
                items = rows.get(key, [])
            heading = Text.assemble((title, "bold"), (f" {len(items)}", "dim"))
            section = self.root.add(heading, data=SidebarItem("section", key=key))
            self.sections[key] = section
            for item in items[:ROW_LIMIT]:
                section.add_leaf(self._label(analysis, item, highlights), data=item)
            if len(items) > ROW_LIMIT:
                more = Text(f"… {len(items) - ROW_LIMIT:,} more (search with /)", style="dim")
                section.add_leaf(more, data=SidebarItem("more", key=key))
            if (first_time and items) or key in expanded:
                section.expand()

    def show_highlights(self, analysis: Analysis, highlights: list[Highlight]) -> None:
        """Rebuild only the Highlights section (the rest keeps its cursor and folds)."""
        section = self.sections.get("highlights")
        if section is None:
            return
        section.remove_children()
        section.set_label(Text.assemble(("Highlights", "bold"), (f" {len(highlights)}", "dim")))
        for highlight in highlights[:ROW_LIMIT]:
            item = SidebarItem(
                "highlight", key=highlight.id, spans=[(highlight.start, highlight.end)]
            )
            section.add_leaf(self._label(analysis, item, highlights), data=item)
        section.expand()

    def _label(self, analysis: Analysis, item: SidebarItem, highlights: list[Highlight]) -> Text:
        if item.kind == "quote":
            return quote_label(analysis, item.index)
        if item.kind == "highlight":
            highlight = next(h for h in highlights if h.id == item.key)
            excerpt = one_line(highlight.exact, 40)
            note = Text(" ✎", style="dim") if highlight.note else Text("")
            swatch = SWATCHES.get(highlight.label, SWATCHES["yellow"])
            lost = Text("⚠ moved? ", style="bold red") if not highlight.anchored else Text("")
            return Text.assemble(("■ ", swatch), lost, excerpt, note)
        return Text.assemble(item.name, (f" {len(item.spans)}", "dim"))

    def select_first_row(self) -> None:
        """Put the cursor on the first row of the first section that has rows."""
        for section in self.sections.values():
            if section.children:
                section.expand()
                self.move_cursor(section.children[0])
                return
