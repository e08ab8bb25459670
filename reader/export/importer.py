"""``reader import``: read a JSONL export back into a library, trusting nothing in it.

Each line is one record, checked on its own (``schema.py``): a bad line is one problem line and
the others go on. What the library already holds wins: an article's text is never replaced, an
analysis cached for the same pipeline is kept, a newer edit of a highlight is kept, and a
highlight id that belongs to another article is refused (it would move the user's highlight).
Lines are read a bounded piece at a time; binary data ends the import with one line.
"""

from __future__ import annotations

import codecs
import os
import select
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reader.errors import ReaderError
from reader.export.schema import (
    ExportRecord,
    RecordProblem,
    ValidationError,
    analysis_problem,
    to_model,
)
from reader.ingest.limits import MAX_IMPORT_LINE_BYTES, READ_CHUNK, source_seconds
from reader.model import Analysis, Article, Highlight
from reader.store import Library
from reader.textsafety import one_line


@dataclass
class ImportReport:
    articles: int = 0
    highlights: int = 0
    problems: list[str] = field(default_factory=list)


def import_jsonl(library: Library, path: Path) -> ImportReport:
    """Import every good record of a reader JSONL export; each bad one is a line in
    ``problems``."""
    report = ImportReport()
    with _open(path) as handle:
        for number, line in _lines(handle, report):
            problems: list[str] = []
            try:
                record = ExportRecord.model_validate_json(line)
                article, analysis, highlights = to_model(record)
                written = _import(library, record, article, analysis, highlights, problems)
            except ValidationError as error:
                problems = [_describe(error)]
            except RecordProblem as problem:
                problems = [str(problem)]
            else:
                report.articles += 1
                report.highlights += written
            report.problems += [f"line {number}: {one_line(p, 300)}" for p in problems]
    return report


def _import(
    library: Library,
    record: ExportRecord,
    article: Article,
    analysis: Analysis | None,
    highlights: list[Highlight],
    problems: list[str],
) -> int:
    """Store what can be trusted of one record; what cannot is added to ``problems``."""
    article_id = article.content_hash
    stored = library.article(article_id)
    if stored is not None and stored.text != article.text:
        raise RecordProblem(f"article {article_id[:12]} is in the library with another text")
    if analysis is not None:
        reason = analysis_problem(analysis)
        if reason is not None:
            problems.append(f"analysis not imported ({reason})")
            analysis = None
        elif library.cached(article_id, analysis.model, analysis.version) is not None:
            analysis = None  # the library's own analysis of this text stays
    kept = []
    for highlight in highlights:
        existing = library.highlight(highlight.id)
        owners = {highlight.article_id, existing.article_id if existing else article_id}
        if owners != {article_id}:
            problems.append(f"highlight {highlight.id[:36]} belongs to another article; skipped")
            continue
        kept.append(highlight)
    return library.import_article(
        article, added_at=record.article.added_at, analysis=analysis, highlights=kept
    )


def _describe(error: ValidationError) -> str:
    errors = error.errors(include_url=False)
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    if first["type"] == "json_invalid":
        return f"not JSON ({first['msg'].removeprefix('Invalid JSON: ')})"
    if first["type"] == "literal_error" and first["loc"] == ("type",):
        return "not a reader export record"
    return f"{where or 'record'}: {first['msg']}{more}"


def _open(path: Path) -> BinaryIO:
    """The file, a pipe with a writer within ``source_seconds()``, or one line why not."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReaderError(f"{path}: is a folder")
        if stat.S_ISREG(info.st_mode):
            return path.open("rb")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO: never wait for ever to open
    except OSError as error:
        raise ReaderError(f"{path}: cannot read ({error.strerror})") from None
    seconds = source_seconds()
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    if not poller.poll(seconds * 1000):
        os.close(fd)
        raise ReaderError(f"{path}: nothing arrived in {seconds:g} s (a pipe nobody writes to?)")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _lines(handle: BinaryIO, report: ImportReport) -> Iterator[tuple[int, str]]:
    """(number, text) of each non-empty line; a line too long, or not UTF-8, is a problem line
    instead; binary data (a NUL byte, which JSON never holds) stops the import."""
    number = 0
    while True:
        raw = handle.readline(MAX_IMPORT_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)  # written by an editor: harmless
        if b"\0" in raw:
            report.problems.append(f"line {number}: binary data, not a reader export; stopped")
            return
        if len(raw) > MAX_IMPORT_LINE_BYTES and not raw.endswith(b"\n"):
            if not _skip_rest_of_line(handle):
                report.problems.append(f"line {number}: binary data, not a reader export; stopped")
                return
            report.problems.append(
                f"line {number}: longer than {MAX_IMPORT_LINE_BYTES:,} bytes; skipped"
            )
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            report.problems.append(
                f"line {number}: not UTF-8 text (byte {raw[error.start]:#04x} at {error.start})"
            )
            continue
        if text.strip():
            yield number, text


def _skip_rest_of_line(handle: BinaryIO) -> bool:
    """Read past the end of an over-long line; False if it held binary data."""
    while True:
        piece = handle.readline(READ_CHUNK)
        if b"\0" in piece:
            return False
        if not piece or piece.endswith(b"\n"):
            return True
