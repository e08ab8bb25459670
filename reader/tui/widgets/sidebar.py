"""The sidebar: people, places, organisations, figures, quotes and the user's highlights.

It says what the reader chose in the article's own terms (``EntityChosen``, ``QuoteChosen``,
``HighlightChosen``, from ``article/messages.py``); the screen never decodes a row. Labels are
Rich ``Text`` built from plain strings (never markup): names come from the article.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding

from reader.model import KINDS, Analysis, Highlight, Quote
from reader.tui.article.entities import EntityRow, entity_rows
from reader.tui.article.messages import EntityChosen, GoTo, HighlightChosen, QuoteChosen
from reader.tui.text.row_labels import entity_label, highlight_label, quote_label
from reader.tui.widgets.fold_list import Fold, FoldList

ROW_LIMIT = 300
"""Rows per section; a huge article gets a final "… N more" line instead of thousands."""

SECTIONS = (*((kind.key, kind.section) for kind in KINDS), ("highlights", "Highlights"))
"""(key, heading) of each section, in order: the kinds, then the reader's own highlights."""


Row = EntityRow | Quote | Highlight


class ArticleSidebar(FoldList[Row]):
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
        super().__init__(id=id)
        self.text = ""
        """The article's text (quote rows show its words)."""
        self.echoes: dict[int, int] = {}
        """Quote start → in how many other articles of the library it appears."""
        self.shorts: dict[str, str] = {}
        """Entity id → the article's own short form of a speaker's name."""

    @property
    def sections(self) -> dict[str, Fold[Row]]:
        """Section key (from ``SECTIONS``) → its rows and fold."""
        return self.folds

    def show_analysis(
        self, analysis: Analysis, highlights: list[Highlight], shorts: dict[str, str]
    ) -> None:
        """``shorts``: the article's own short names of its speakers (``short_names``)."""
        self.text = analysis.article.text
        self.shorts = shorts
        expanded = {key for key, fold in self.folds.items() if fold.expanded}
        first_time = not self.folds
        rows = entity_rows(analysis)
        folds = []
        for key, title in SECTIONS:
            items: list[Row]
            if key == "quotes":
                items = list(analysis.quotes)
            elif key == "highlights":
                items = list(highlights)
            else:
                items = list(rows.get(key, []))
            unfolded = bool((first_time and items) or key in expanded)
            folds.append(self._fold(key, title, items, unfolded))
        self.show_folds(folds)

    def show_highlights(self, analysis: Analysis, highlights: list[Highlight]) -> None:
        """Show the reader's highlights afresh (the other sections keep the cursor and folds)."""
        self.replace_fold(self._fold("highlights", "Highlights", list(highlights), expanded=True))

    def show_echoes(self, echoes: dict[int, int]) -> None:
        """Mark the quote rows that other articles have too (``echoes``, by quote start)."""
        self.echoes = echoes
        self.refresh_fold("quotes")

    @staticmethod
    def _fold(key: str, title: str, items: list[Row], expanded: bool) -> Fold[Row]:
        heading = Text.assemble((title, "bold"), (f" {len(items)}", "dim"))
        more = None
        if len(items) > ROW_LIMIT:
            more = Text(f"… {len(items) - ROW_LIMIT:,} more (search with /)", style="dim")
        return Fold(key, heading, items[:ROW_LIMIT], more, expanded)

    def row_label(self, row: Row, width: int) -> Text:
        """A row's label fitted to the room it has (a name is cut before its count)."""
        if isinstance(row, Quote):
            elsewhere = self.echoes.get(row.start, 0)
            return quote_label(self.text, row, width, elsewhere, self.shorts)
        if isinstance(row, Highlight):
            return highlight_label(row, width)
        return entity_label(row.name, len(row.spans), width)

    def row_text(self, row: Row) -> str:
        """A row's label as it is drawn, in plain text."""
        return self.row_label(row, self.row_width()).plain

    def focus_rows(self) -> None:
        """Take focus; a cursor on no row (or on a heading) moves to the first row."""
        self.focus()
        if self.cursor_row is None:
            self.select_first_row()

    def select_first_row(self) -> None:
        """Put the cursor on the first row of the first section that has rows."""
        for fold in self.folds.values():
            if fold.rows:
                self.move_cursor(fold.rows[0])
                return

    @on(FoldList.Chosen)
    def _chosen(self, event: FoldList.Chosen[Row]) -> None:
        event.stop()
        row = event.row
        if isinstance(row, Quote):
            self.post_message(QuoteChosen(row))
        elif isinstance(row, Highlight):
            self.post_message(HighlightChosen(row))
        elif isinstance(row, EntityRow) and row.spans:
            self.post_message(EntityChosen(row))

    @on(FoldList.Passed)
    def _passed(self, event: FoldList.Passed[Row]) -> None:
        event.stop()
        if self.has_focus and isinstance(event.row, Quote | Highlight):
            self.post_message(GoTo(event.row.start))
