"""The library's two tables: every article (sortable by column) and the search results.

Cells are Rich ``Text`` built from plain strings (titles and names come from the articles, never
markup), made only for the rows on screen (see ``widgets/rows_table.py``).
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding

from reader.search import SearchHit
from reader.store.library import ArticleRow
from reader.textsafety import one_line
from reader.tui.cells import label_name, match_cell, source_label
from reader.tui.widgets.rows_table import Column, RowsTable

SORTS = {
    "title": ("Title", lambda row: (row.title or "").casefold()),
    "source": ("Source", lambda row: source_label(row.source).casefold()),
    "date": ("Date", lambda row: row.published or row.added_at or ""),
    "people": ("People", lambda row: row.people),
    "quotes": ("Quotes", lambda row: row.quotes),
}
"""Column key → (heading, sort key). The order is the column order and the `s` cycle."""

NUMERIC = {"people", "quotes"}
FIXED_WIDTHS = {"source": 22, "date": 10, "people": 6, "quotes": 6}
RESULT_WIDTHS = {"kind": 8, "who": 18, "article": 32}
RESULT_HEADINGS = {"kind": "Kind", "who": "Speaker / name", "match": "Match", "article": "Article"}


class LibraryTable(RowsTable):
    """The library's tables: enter opens, vim keys move."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Open", id="library.open", tooltip="Open the article"),
        Binding("j", "cursor_down", "Down", show=False, id="library.down"),
        Binding("k", "cursor_up", "Up", show=False, id="library.up"),
        Binding("g", "scroll_top", "First", show=False, id="library.first"),
        Binding("G", "scroll_bottom", "Last", show=False, id="library.last"),
    ]


SortKeys = dict[str, list]
"""Column key → each row's sort key, in the rows' order."""


def sort_keys(rows: list[ArticleRow]) -> SortKeys:
    """Every row's key for every sort, made once when the rows are read (in the thread worker
    that reads them): a sort then only compares (~2 ms over 10,000 rows)."""
    return {column: [key(row) for row in rows] for column, (_, key) in SORTS.items()}


def sorted_rows(
    rows: list[ArticleRow], key: str, reverse: bool, keys: SortKeys | None = None
) -> list[ArticleRow]:
    """``rows`` sorted by column ``key`` (stable, as ``sorted``), with the keys made by
    ``sort_keys`` when given."""
    column = (keys or {}).get(key) or [SORTS[key][1](row) for row in rows]
    order = sorted(range(len(rows)), key=column.__getitem__, reverse=reverse)
    return [rows[i] for i in order]


def article_columns(width: int, sort_key: str, reverse: bool) -> list[Column]:
    """The columns for a table ``width`` cells wide, the sorted one with its arrow."""
    widths = {**FIXED_WIDTHS, "source": max(12, min(FIXED_WIDTHS["source"], width // 6))}
    # Room for the heading and its arrow in every column, whichever is sorted.
    widths = {key: max(size, len(SORTS[key][0]) + len(" ↑")) for key, size in widths.items()}
    fixed = sum(widths.values()) + 2 * len(SORTS) + 2  # cell padding and scrollbar
    widths = {"title": max(20, width - fixed), **widths}
    columns = []
    for key, (heading, _) in SORTS.items():
        arrow = (" ↓" if reverse else " ↑") if key == sort_key else ""
        columns.append(Column(key, Text(heading + arrow), widths[key], right=key in NUMERIC))
    return columns


def article_cells(row: ArticleRow, widths: dict[str, int]) -> list[Text]:
    title = one_line(row.title or source_label(row.source) or "(untitled)", widths["title"])
    date = Text((row.published or "")[:10])
    if not row.published:
        date = Text((row.added_at or "")[:10], style="dim")
    return [
        Text(title),
        Text(one_line(source_label(row.source), widths["source"]), style="dim"),
        date,
        Text(str(row.people)),
        Text(str(row.quotes)),
    ]


def result_columns(width: int) -> list[Column]:
    widths = {
        "kind": RESULT_WIDTHS["kind"],
        "who": min(RESULT_WIDTHS["who"], max(12, width // 6)),
        "article": min(RESULT_WIDTHS["article"], max(16, width // 4)),
    }
    widths["match"] = max(20, width - sum(widths.values()) - 2 * 4 - 2)
    return [Column(key, Text(heading), widths[key]) for key, heading in RESULT_HEADINGS.items()]


def result_cells(hit: SearchHit, widths: dict[str, int]) -> list[Text]:
    kind = label_name(hit.label) if hit.kind == "entity" else hit.kind
    match = f"“{hit.match}”" if hit.kind == "quote" else hit.match
    title = hit.title or source_label(hit.source) or "(untitled)"
    return [
        Text(kind, style="dim"),
        Text(one_line(hit.name, widths["who"]), style="bold"),
        match_cell(match, hit.words or "", widths["match"]),
        Text(one_line(title, widths["article"]), style="dim"),
    ]
