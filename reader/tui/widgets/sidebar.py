"""The sidebar: people, places, organisations, figures, quotes and the user's highlights.

It says what the reader chose in the article's own terms (``EntityChosen``, ``QuoteChosen``,
``HighlightChosen``, from ``article/messages.py``); the screen never decodes a row. Labels are
Rich ``Text`` built from plain strings (never markup): names come from the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from reader.model import KINDS, Analysis, Highlight, Quote
from reader.tui.article.entities import EntityRow, entity_rows
from reader.tui.article.messages import EntityChosen, GoTo, HighlightChosen, QuoteChosen
from reader.tui.text.row_labels import entity_label, highlight_label, quote_label

ROW_LIMIT = 300
"""Rows per section; a huge article gets a final "… N more" row instead of thousands."""

SECTIONS = (*((kind.key, kind.section) for kind in KINDS), ("highlights", "Highlights"))
"""(key, heading) of each section, in order: the kinds, then the reader's own highlights."""


@dataclass
class Section:
    """A section heading (``key`` from ``SECTIONS``), or with ``more`` its "… N more" row."""

    key: str
    more: bool = False


Row = EntityRow | Quote | Highlight | Section


class ArticleSidebar(Tree[Row]):
    """Sections of rows. Choosing one (enter) says what the reader chose; passing over a quote
    or a highlight while the sidebar has focus asks the text to show it (``GoTo``)."""

    HELP_SECTION = "Sidebar"
    BINDINGS = [
        Binding(
            "j", "cursor_down", "Down", id="sidebar.cursor-down", show=False, tooltip="Next row"
        ),
        Binding("k", "cursor_up", "Up", id="sidebar.cursor-up", show=False, tooltip="Previous row"),
        Binding("g", "scroll_home", "Top", id="sidebar.top", show=False, tooltip="First row"),
        Binding("G", "scroll_end", "Bottom", id="sidebar.bottom", show=False, tooltip="Last row"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Article", id=id)
        self.show_root = False
        self.guide_depth = 2
        self.sections: dict[str, TreeNode[Row]] = {}
        self.text = ""
        """The article's text (quote rows show its words)."""
        self.echoes: dict[int, int] = {}
        """Quote start → in how many other articles of the library it appears."""
        self.shorts: dict[str, str] = {}
        """Entity id → the article's own short form of a speaker's name."""
        self._style_this_frame: Style | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        # The Tree asks for its style once per row, and each answer walks the widget's
        # ancestors: a third of drawing the sidebar. Nothing restyles while a frame is drawn.
        self._style_this_frame = super().rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._style_this_frame = None

    @property
    def rich_style(self) -> Style:
        return self._style_this_frame or super().rich_style

    def show_analysis(
        self, analysis: Analysis, highlights: list[Highlight], shorts: dict[str, str]
    ) -> None:
        """``shorts``: the article's own short names of its speakers (``short_names``)."""
        self.text = analysis.article.text
        self.shorts = shorts
        expanded = {key for key, node in self.sections.items() if node.is_expanded}
        first_time = not self.sections
        self.clear()
        self.sections = {}
        rows = entity_rows(analysis)
        for key, title in SECTIONS:
            items: list[Row]
            if key == "quotes":
                items = list(analysis.quotes)
            elif key == "highlights":
                items = list(highlights)
            else:
                items = list(rows.get(key, []))
            section = self.root.add(self._heading(title, len(items)), data=Section(key))
            self.sections[key] = section
            self._add_rows(section, items)
            if (first_time and items) or key in expanded:
                section.expand()

    def show_highlights(self, analysis: Analysis, highlights: list[Highlight]) -> None:
        """Rebuild only the Highlights section (the rest keeps its cursor and folds)."""
        section = self.sections.get("highlights")
        if section is None:
            return
        section.remove_children()
        section.set_label(self._heading("Highlights", len(highlights)))
        self._add_rows(section, list(highlights))
        section.expand()

    def show_echoes(self, echoes: dict[int, int]) -> None:
        """Mark the quote rows that other articles have too (``echoes``, by quote start)."""
        self.echoes = echoes
        section = self.sections.get("quotes")
        for node in section.children if section else ():
            node.refresh()

    @staticmethod
    def _heading(title: str, count: int) -> Text:
        return Text.assemble((title, "bold"), (f" {count}", "dim"))

    def _add_rows(self, section: TreeNode[Row], items: list[Row]) -> None:
        for item in items[:ROW_LIMIT]:
            section.add_leaf("", data=item)  # labelled when drawn, to the sidebar's width
        if len(items) > ROW_LIMIT:
            more = Text(f"… {len(items) - ROW_LIMIT:,} more (search with /)", style="dim")
            section.add_leaf(more, data=Section(section.data.key, more=True))

    def render_label(self, node: TreeNode[Row], base_style: Style, style: Style) -> Text:
        """A row's label fitted to the room it has (a name is cut before its count)."""
        item = node.data
        width = self.row_width(node)
        if isinstance(item, Quote):
            elsewhere = self.echoes.get(item.start, 0)
            label = quote_label(self.text, item, width, elsewhere, self.shorts)
        elif isinstance(item, Highlight):
            label = highlight_label(item, width)
        elif isinstance(item, EntityRow):
            label = entity_label(item.name, len(item.spans), width)
        else:
            return super().render_label(node, base_style, style)
        label.stylize(style)
        return label

    def get_label_width(self, node: TreeNode[Row]) -> int:
        """A row's label is fitted to its room (``render_label``), so its room is its width:
        rebuilding the tree (a highlight added, say) no longer draws every row to measure it."""
        if isinstance(node.data, Quote | Highlight | EntityRow):
            return self.row_width(node)
        return super().get_label_width(node)

    def row_width(self, node: TreeNode[Row]) -> int:
        """Cells left for ``node``'s label once its guides are drawn (one guide per ancestor
        shown: the hidden root draws none)."""
        depth, parent = 0, node.parent
        while parent is not None:
            depth, parent = depth + 1, parent.parent
        guides = (depth if self.show_root else depth - 1) * self.guide_depth
        return max(1, (self.scrollable_content_region.width or 40) - guides)

    def row_text(self, node: TreeNode[Row]) -> str:
        """A row's label as it is drawn, in plain text."""
        return self.render_label(node, Style(), Style()).plain

    def focus_rows(self) -> None:
        """Take focus; a cursor on no row (or on a heading) moves to the first row."""
        self.focus()
        node = self.cursor_node
        if node is None or node.data is None or isinstance(node.data, Section):
            self.select_first_row()

    def select_first_row(self) -> None:
        """Put the cursor on the first row of the first section that has rows."""
        for section in self.sections.values():
            if section.children:
                section.expand()
                self.move_cursor(section.children[0])
                return

    @on(Tree.NodeSelected)
    def _chosen(self, event: Tree.NodeSelected[Row]) -> None:
        event.stop()
        item = event.node.data
        if isinstance(item, Quote):
            self.post_message(QuoteChosen(item))
        elif isinstance(item, Highlight):
            self.post_message(HighlightChosen(item))
        elif isinstance(item, EntityRow) and item.spans:
            self.post_message(EntityChosen(item))

    @on(Tree.NodeHighlighted)
    def _passed(self, event: Tree.NodeHighlighted[Row]) -> None:
        event.stop()
        item = event.node.data
        if self.has_focus and isinstance(item, Quote | Highlight):
            self.post_message(GoTo(item.start))
