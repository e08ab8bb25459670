"""Readwise's CSV import: Highlight, Title, Author, URL, Note, Location, Date.

Written by the ``csv`` module (every field quoted, quotes doubled), so commas, quotes and
newlines in the text stay inside their cell. A cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return gets a leading ``'``, as OWASP recommends against CSV injection: a
spreadsheet opening the file shows it as text and never runs it as a formula. Tags go into the
note as ``.tag``, the way Readwise reads tags from a note; quotes are rows whose note names the
speaker, figures rows whose highlight is the figure's sentence. Readwise has no place for an
entity list, so entities are not part of this format.
"""

from __future__ import annotations

import csv
import io

from reader.export.gather import ExportItem
from reader.export.textformat import figure_description, tag_name
from reader.textsafety import visible
from reader.wording import speaker_label

FILE_NAME = "readwise.csv"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may read as the start of a formula (OWASP, CSV injection)."""
COLUMNS = ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"]


def files(items: list[ExportItem], what: frozenset[str]) -> list[tuple[str, str]]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in items:
        writer.writerows([[spreadsheet_safe(cell) for cell in row] for row in rows(item, what)])
    return [(FILE_NAME, buffer.getvalue())]


def rows(item: ExportItem, what: frozenset[str]) -> list[list[str]]:
    """(highlight, note, location, date) of each row, with the article's title, author, URL."""
    article = item.article
    text = article.text
    found: list[tuple[str, str, int, str | None]] = []
    if "highlights" in what:
        for highlight in item.highlights:
            tags = " ".join(f".{tag_name(tag)}" for tag in highlight.tags)
            note = "\n".join(part for part in (visible(highlight.note), tags) if part)
            found.append((highlight.exact, note, highlight.start, highlight.created_at))
    analysis = item.analysis
    if "quotes" in what and analysis is not None:
        for quote in analysis.quotes:
            note = f"— {visible(speaker_label(quote))}\n.quote"
            found.append((text[quote.start : quote.end], note, quote.start, item.added_at))
    if "figures" in what and analysis is not None:
        for figure in analysis.figures:
            start, end = figure.sentence
            sentence = text[start:end] if end > start else figure.text
            note = f"{visible(figure.text)} — {visible(figure_description(figure))}\n.figure"
            found.append((sentence, note, figure.start, item.added_at))
    title = visible(article.title or "Untitled article")
    author = visible(article.byline or "")
    url = article.source if (article.source or "").startswith(("http://", "https://")) else ""
    return [
        [visible(words), title, author, visible(url), note, str(location), _date(stamp)]
        for words, note, location, stamp in found
    ]


def spreadsheet_safe(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet could take it for a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _date(stamp: str | None) -> str:
    """ISO timestamp as Readwise's ``YYYY-MM-DD HH:MM:SS``."""
    return (stamp or "")[:19].replace("T", " ")
