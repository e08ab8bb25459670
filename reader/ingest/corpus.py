"""Corpus inputs for ``reader analyze``: folders, globs, JSONL files and WARC crawls, streamed.

Each input becomes ``Item``s: small, picklable descriptions of one article that a worker (a
process of ``--jobs``, a Dask worker) turns into an ``Article`` with ``Item.load()``. Nothing
here holds more than one record at a time, so a crawl of a million pages is never in memory.
"""

from __future__ import annotations

import glob
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from reader.errors import IngestError
from reader.ingest import display_source, expand_sources, is_url
from reader.ingest.limits import MAX_BYTES
from reader.model import Article

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True)
class Item:
    """One article to read. With neither ``text``, ``html`` nor ``article``, ``source`` is a
    path, URL or ``-`` to read; otherwise ``source`` only says where the record came from."""

    source: str
    text: str | None = None
    """The article text, from a JSONL record."""
    html: bytes | None = None
    """An HTML page, from a WARC response record."""
    charset: str | None = None
    """The charset the HTTP response declared."""
    meta: tuple[tuple[str, Any], ...] = ()
    """The record's other fields (JSONL), or the crawl's (WARC): kept with the article."""
    article: Article | None = None
    error: str | None = None
    """The one line saying why it cannot be read (a bad JSONL line, an empty folder): raised
    by ``load``."""

    @classmethod
    def of_article(cls, article: Article) -> Item:
        return cls(source=article.source or "<article>", article=article)

    def load(self) -> Article:
        """The article, read, decoded and cleaned. Raises ``IngestError`` with one line."""
        from reader.ingest import article_from_bytes, article_from_text, load_article

        if self.error is not None:
            raise IngestError(self.error)
        if self.article is not None:
            return self.article
        if self.text is None and self.html is None:
            article = load_article(self.source)
        else:
            try:
                if self.html is not None:
                    article = article_from_bytes(
                        self.html, kind="html", source=self.source, declared=self.charset
                    )
                else:
                    article = article_from_text(self.text or "", kind="text", source=self.source)
            except IngestError as error:
                raise IngestError(f"{display_source(self.source)}: {error}") from None
        return replace(article, meta=dict(self.meta)) if self.meta else article


def iter_items(source: str, text_field: str = "text", id_field: str = "id") -> Iterator[Item]:
    """The articles in ``source``: a file, a folder (every article, JSONL and WARC file in
    it, sorted), a glob, a JSONL file (one article a line) or a WARC crawl (its HTML
    responses), a URL or ``-``."""
    if is_url(source) or source == "-":
        yield Item(source)
        return
    path = Path(source)
    if not path.exists() and GLOB_CHARACTERS & set(source):
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            yield _failed(source, "no file matches this pattern")
        for match in matches:
            yield from _file_items(Path(match), text_field, id_field)
        return
    # A folder is listed as every command lists one (bounded; one line if empty or cut short).
    listed = expand_sources([source], also=JSONL_SUFFIXES + WARC_SUFFIXES)
    for problem in listed.problems:
        yield Item(source, error=problem)
    for found in listed.paths:
        yield from _file_items(Path(found), text_field, id_field)


def _failed(source: str, reason: str) -> Item:
    return Item(source, error=f"{display_source(source)}: {reason}")


def _file_items(path: Path, text_field: str, id_field: str) -> Iterator[Item]:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from jsonl_items(path, text_field, id_field)
    elif name.endswith(WARC_SUFFIXES):
        yield from warc_items(path)
    else:
        yield Item(str(path))


def _open(path: Path) -> BinaryIO:
    try:
        return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")
    except FileNotFoundError:
        raise IngestError(f"{display_source(str(path))}: no such file") from None
    except OSError as error:
        raise IngestError(f"{display_source(str(path))}: cannot read ({error.strerror})") from None


def jsonl_items(path: Path, text_field: str = "text", id_field: str = "id") -> Iterator[Item]:
    """One item per line: the text in ``text_field``, every other field kept as metadata.

    The item's source is ``FILE#ID`` when the record has ``id_field``, else ``FILE:LINE``.
    A line that is not an object with a text gives an item that fails on its own.
    """
    try:
        stream = _open(path)
    except IngestError as error:
        yield Item(str(path), error=str(error))
        return
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            yield _jsonl_item(path, number, line, text_field, id_field)


def _jsonl_item(path: Path, number: int, line: bytes, text_field: str, id_field: str) -> Item:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as error:
        return _failed(where, f"not JSON ({error})")
    if not isinstance(record, dict):
        return _failed(where, "not a JSON object")
    text = record.pop(text_field, None)
    if not isinstance(text, str):
        return _failed(where, f"no text in field {text_field!r}")
    if record.get(id_field) is not None:
        where = f"{path}#{record[id_field]}"
    return Item(where, text=text, meta=tuple(record.items()))


def warc_items(path: Path) -> Iterator[Item]:
    """One item per HTML response in a WARC or WARC.gz file; other records are skipped.

    The item's source is the page's URL; the record's id and date are kept as metadata.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        stream = path.open("rb")  # warcio reads a WARC.gz's gzip members itself
    except OSError as error:
        yield _failed(str(path), f"cannot read ({error.strerror})")
        return
    pages = 0
    with stream:
        try:
            for record in ArchiveIterator(stream):
                item = _warc_item(path, record)
                if item is not None:
                    pages += 1
                    yield item
        except (ArchiveLoadFailed, OSError, ValueError, EOFError) as error:
            yield _failed(str(path), f"not a readable WARC file ({error})")
            return
    if not pages:  # warcio takes almost anything for a record: say so rather than nothing
        yield _failed(str(path), "no HTML pages in it (is it a WARC crawl?)")


def _warc_item(path: Path, record: Any) -> Item | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or str(path)
    if record.http_headers.get_statuscode() != "200":
        return None
    body = record.content_stream().read(MAX_BYTES + 1)
    if len(body) > MAX_BYTES:
        return _failed(url, f"page is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    charset = None
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip().strip("\"'") or None
    meta = (
        ("warc_record_id", record.rec_headers.get_header("WARC-Record-ID")),
        ("warc_date", record.rec_headers.get_header("WARC-Date")),
        ("warc_file", str(path)),
    )
    return Item(url, html=body, charset=charset, meta=meta)
