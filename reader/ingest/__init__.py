"""Ingest: a path, folder, ``-`` (stdin) or URL becomes an ``Article`` of clean text + metadata."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

from reader.errors import IngestError
from reader.ingest.decode import decode_bytes
from reader.model import Article

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def iter_sources(source: str) -> Iterator[str]:
    """Expand a folder into the article files in it (sorted); pass anything else through."""
    if is_url(source) or source == "-":
        yield source
        return
    path = Path(source)
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                yield str(child)
    else:
        yield source


def load_article(source: str) -> Article:
    """Read and clean one article. Raises ``IngestError`` with a one-line message."""
    if is_url(source):
        from reader.ingest.fetch import fetch_url

        body, charset, final_url = fetch_url(source)
        return article_from_bytes(body, kind="html", source=final_url, declared=charset)
    if source == "-":
        return article_from_bytes(sys.stdin.buffer.read(), kind=None, source="<stdin>")
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{source!r}: no such file") from None
    except IsADirectoryError:
        raise IngestError(f"{source!r}: is a folder") from None
    except OSError as error:
        raise IngestError(f"{source!r}: cannot read ({error.strerror})") from None
    suffix = path.suffix.lower()
    kind = (
        "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else None
    )
    return article_from_bytes(data, kind=kind, source=str(path.resolve()))


def article_from_bytes(
    data: bytes, *, kind: str | None, source: str, declared: str | None = None
) -> Article:
    text = decode_bytes(data, declared)
    if kind is None:
        kind = "html" if _looks_like_html(text) else "text"
    return article_from_text(text, kind=kind, source=source)


def article_from_text(raw: str, *, kind: str, source: str) -> Article:
    title = byline = published = None
    extractor = kind
    if kind == "html":
        from reader.ingest.html import extract_html

        extracted = extract_html(raw, url=source if is_url(source) else None)
        text, title, byline, published = (
            extracted.text,
            extracted.title,
            extracted.byline,
            extracted.published,
        )
        extractor = extracted.extractor
    elif kind == "markdown":
        from reader.ingest.markdown import markdown_to_text

        text, title = markdown_to_text(raw.replace("\r\n", "\n"))
    else:
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        title = _first_line_title(text)
    if not text.strip():
        raise IngestError(f"{_short(source)}: no article text found")
    return Article(
        text=text,
        title=title,
        byline=byline,
        published=published,
        source=source,
        content_hash=content_hash(text),
        extractor=extractor,
    )


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _first_line_title(text: str) -> str | None:
    first = text.lstrip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 else None


def _short(source: str) -> str:
    return source if len(source) <= 80 else "…" + source[-79:]
