"""Readwise's CSV import: Highlight, Title, Author, URL, Note, Location, Date.

Written by the ``csv`` module (every field quoted, quotes doubled), so commas, quotes and
newlines in the text stay inside their cell. Tags go into the note as ``.tag``, the way
Readwise reads tags from a note; quotes are rows whose note names the speaker. Readwise
has no place for an entity list, so entities are not part of this format.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reader.export.gather import ExportItem
from reader.export.textformat import tag_name, write_atomic
from reader.textsafety import visible

FILE_NAME = "readwise.csv"
COLUMNS = ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"]


def write(items: list[ExportItem], out_dir: Path, what: frozenset[str]) -> list[Path]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in items:
        writer.writerows(rows(item, what))
    return [write_atomic(out_dir / FILE_NAME, buffer.getvalue())]


def rows(item: ExportItem, what: frozenset[str]) -> list[list[str]]:
    article = item.article
    title = visible(article.title or "Untitled article")
    author = visible(article.byline or "")
    url = article.source if (article.source or "").startswith(("http://", "https://")) else ""
    out = []
    if "highlights" in what:
        for highlight in item.highlights:
            tags = " ".join(f".{tag_name(tag)}" for tag in highlight.tags)
            note = "\n".join(part for part in (visible(highlight.note), tags) if part)
            out.append(
                [
                    visible(highlight.exact),
                    title,
                    author,
                    visible(url),
                    note,
                    str(highlight.start),
                    _date(highlight.created_at),
                ]
            )
    if "quotes" in what and item.analysis is not None:
        for quote in item.analysis.quotes:
            speaker = visible(quote.speaker) if quote.speaker else "unattributed"
            out.append(
                [
                    visible(article.text[quote.start : quote.end]),
                    title,
                    author,
                    visible(url),
                    f"— {speaker}\n.quote",
                    str(quote.start),
                    _date(item.added_at),
                ]
            )
    return out


def _date(stamp: str | None) -> str:
    """ISO timestamp as Readwise's ``YYYY-MM-DD HH:MM:SS``."""
    return (stamp or "")[:19].replace("T", " ")
