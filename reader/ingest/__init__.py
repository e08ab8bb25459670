"""Ingest: a path, folder, ``-`` (stdin) or URL becomes an ``Article`` of clean text + metadata."""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from reader.errors import IngestError
from reader.ingest.decode import decode_bytes
from reader.model import Article
from reader.textsafety import without_controls

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[\s>/]")


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
    try:
        article = _load(source)
    except IngestError as error:
        raise IngestError(f"{display_source(source)}: {error}") from None
    return article


def _load(source: str) -> Article:
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
        raise IngestError("no such file") from None
    except IsADirectoryError:
        raise IngestError("is a folder") from None
    except OSError as error:
        raise IngestError(f"cannot read ({error.strerror})") from None
    suffix = path.suffix.lower()
    kind = (
        "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else None
    )
    return article_from_bytes(data, kind=kind, source=str(path.resolve()))


def article_from_bytes(
    data: bytes, *, kind: str | None, source: str, declared: str | None = None
) -> Article:
    text = decode_bytes(data, declared)
    if kind is None or (kind == "html" and not _HTML_TAG.search(text[:65536])):
        kind = "html" if _looks_like_html(text) else "text"
    return article_from_text(text, kind=kind, source=source)


def article_from_text(raw: str, *, kind: str, source: str) -> Article:
    """Clean text from decoded ``raw``; control characters become visible stand-ins (1:1)."""
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

        text, title = markdown_to_text(_unix_newlines(raw))
    else:
        text = _unix_newlines(raw)
        title = _first_line_title(text)
    text = without_controls(text)
    if not text.strip():
        raise IngestError("no article text found")
    return Article(
        text=text,
        title=_one_line_or_none(title),
        byline=_one_line_or_none(byline),
        published=_one_line_or_none(published),
        source=source,
        content_hash=content_hash(text),
        extractor=extractor,
    )


def display_source(source: str) -> str:
    """A path or URL for a one-line message: control characters shown, long ones shortened."""
    shown = without_controls(source.replace("\n", "\u2424"), keep="")
    return shown if len(shown) <= 120 else "…" + shown[-119:]


def _unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _one_line_or_none(value: str | None) -> str | None:
    folded = " ".join(without_controls(value).split()) if value else ""
    return folded or None


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _first_line_title(text: str) -> str | None:
    first = text.lstrip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 else None
