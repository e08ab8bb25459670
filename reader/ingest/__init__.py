"""Ingest: a path, folder, ``-`` (stdin) or URL becomes an ``Article`` of clean text + metadata."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from reader.errors import IngestError
from reader.ingest.decode import decode_bytes
from reader.ingest.local import ARTICLE_SUFFIXES, Expanded, display_source, expand
from reader.model import HEAD_EXTRACTORS, Article
from reader.textsafety import without_controls

__all__ = [
    "ARTICLE_SUFFIXES",
    "article_from_bytes",
    "article_from_text",
    "content_hash",
    "display_source",
    "expand_sources",
    "iter_sources",
    "load_article",
]
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[\s>/]")
Known = Callable[[str], Article | None]
"""The article a library keeps under a content hash, if any (``Library.article``)."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def expand_sources(sources: Iterable[str], also: tuple[str, ...] = ()) -> Expanded:
    """Each folder becomes the article files under it (sorted), with the files whose names end
    in one of ``also``, each anything else itself; a folder with no such files, or one searched
    only in part, gives one problem line."""
    expanded = Expanded()
    for source in sources:
        found = Expanded([source]) if is_url(source) or source == "-" else expand(source, also)
        expanded.paths += found.paths
        expanded.problems += found.problems
    return expanded


def iter_sources(source: str) -> Iterator[str]:
    """The article files of ``source`` (see ``expand_sources``), without the problem lines."""
    yield from expand_sources([source]).paths


def load_article(source: str, known: Known | None = None) -> Article:
    """Read and clean one article. Raises ``IngestError`` with a one-line message.

    ``known``: where a library keeps this text with its head as these rules read it, the
    article's title, byline, date and head are taken from there instead of read again.
    """
    try:
        article = _load(source, known)
    except IngestError as error:
        raise IngestError(f"{display_source(source)}: {error}") from None
    return article


def _load(source: str, known: Known | None) -> Article:
    from reader.ingest.local import read_file, read_stdin

    if is_url(source):
        from reader.ingest.fetch import fetch_url

        page = fetch_url(source)
        return article_from_bytes(page.body, kind=page.kind, source=page.url, declared=page.charset)
    if source == "-":
        return article_from_bytes(read_stdin(), kind=None, source="<stdin>")
    path = Path(source)
    data = read_file(path)
    suffix = path.suffix.lower()
    kind = (
        "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else None
    )
    return article_from_bytes(data, kind=kind, source=str(path.resolve()), known=known)


def article_from_bytes(
    data: bytes,
    *,
    kind: str | None,
    source: str,
    declared: str | None = None,
    known: Known | None = None,
) -> Article:
    text = decode_bytes(data, declared)
    if kind is None or (kind == "html" and not _HTML_TAG.search(text[:65536])):
        kind = "html" if _looks_like_html(text) else "text"
    return article_from_text(text, kind=kind, source=source, known=known)


def article_from_text(raw: str, *, kind: str, source: str, known: Known | None = None) -> Article:
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

        markdown = markdown_to_text(_unix_newlines(raw))
        text, title, byline, published = (
            markdown.text,
            markdown.title,
            markdown.author,
            markdown.published,
        )
    else:
        text = _unix_newlines(raw)
    text = without_controls(text)
    if not text.strip():
        raise IngestError("no article text found")
    digest = content_hash(text)
    if kind in HEAD_EXTRACTORS:
        kept = known(digest) if known is not None else None
        if kept is not None and kept.extractor == extractor and kept.stored_head is not None:
            return replace(kept, source=source)
        title, byline, published = _from_head(text, title, byline, published)
    return Article(
        text=text,
        title=_one_line_or_none(title),
        byline=_one_line_or_none(byline),
        published=_one_line_or_none(published),
        source=source,
        content_hash=digest,
        extractor=extractor,
    )


def _unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _one_line_or_none(value: str | None) -> str | None:
    folded = " ".join(without_controls(value).split()) if value else ""
    return folded or None


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _from_head(
    text: str, title: str | None, byline: str | None, published: str | None
) -> tuple[str | None, str | None, str | None]:
    """Title, byline and date from the article's head where the file's metadata (a Markdown
    heading or front matter) did not give them; a text with no headline is titled by its first
    line, as before."""
    from reader.ingest.head import read_head

    head = read_head(text)
    return (
        title or head.title or _first_line(text),
        byline or head.byline,
        published or head.published,
    )


def _first_line(text: str) -> str | None:
    first = text.lstrip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 else None
