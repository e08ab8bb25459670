"""A feed document (RSS 0.9x, 1.0, 2.0 or Atom) → its entries, through feedparser.

Feeds are untrusted like articles. A well-formed document is first read by lxml (no entities,
no network, no DTD), which also keeps only its first ``MAX_ENTRIES`` entries: feedparser takes
about a minute over a feed of 100,000 entries, lxml two seconds. A document that is not
well-formed goes to feedparser's lenient parser only when it is small.
"""

from __future__ import annotations

import hashlib
import io
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin

from reader.errors import IngestError

MAX_ENTRIES = 200
"""Entries read from one feed document (feeds list the newest first)."""
MAX_LOOSE_BYTES = 2 * 1024 * 1024
"""A feed that is not well-formed XML is read leniently only up to this size."""
FULL_TEXT_WORDS = 150
"""An entry whose content has this many words is the article; a shorter one is a teaser."""

_ENTRY_TAGS = frozenset({"item", "entry"})
_TAG = re.compile(r"<[^>]*>")
_FEED_LINK = re.compile(r"application/(?:rss|atom)\+xml", re.I)


class FeedError(IngestError):
    """The document is not a feed reader can read; the message is one line."""


@dataclass(frozen=True)
class FeedEntry:
    key: str
    """The entry's id (guid), else its link, else a hash of its title and date."""
    link: str | None
    title: str | None
    published: str | None
    """ISO 8601 (UTC), when the feed dates the entry."""
    content: str | None = None
    """The entry's full text as HTML, when the feed carries it (``FULL_TEXT_WORDS``)."""


@dataclass
class ParsedFeed:
    title: str | None
    link: str | None
    entries: list[FeedEntry] = field(default_factory=list)
    total: int = 0
    """Entries in the document (more than ``entries`` when it had over ``MAX_ENTRIES``)."""


def parse_feed(body: bytes, url: str) -> ParsedFeed:
    """The feed in ``body`` (fetched from ``url``), or ``FeedError``."""
    import feedparser

    trimmed, total = _first_entries(body)
    if trimmed is None:
        if _looks_like_html(body):
            raise FeedError(_web_page(body, url))
        if len(body) > MAX_LOOSE_BYTES:
            raise FeedError(f"not well-formed XML, and over {MAX_LOOSE_BYTES // 2**20} MiB")
        trimmed = body
    # A BytesIO, never bytes: feedparser treats a string as a URL or a path to open.
    parsed = feedparser.parse(io.BytesIO(trimmed), response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.get("entries"):
        if _looks_like_html(body):
            raise FeedError(_web_page(body, url))
        raise FeedError("not a feed (no RSS or Atom in it)")
    entries = [_entry(e) for e in parsed.entries[:MAX_ENTRIES]]
    feed = parsed.feed
    return ParsedFeed(
        title=_one_line(feed.get("title")),
        link=feed.get("link"),
        entries=entries,
        total=max(total, len(parsed.entries)),
    )


def _first_entries(body: bytes) -> tuple[bytes | None, int]:
    """The document with only its first ``MAX_ENTRIES`` entries, and how many it had; None
    when it is not well-formed XML."""
    from lxml import etree

    count = 0
    try:
        events = etree.iterparse(
            io.BytesIO(body),
            events=("end",),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            recover=False,
        )
        for _, element in events:
            if not isinstance(element.tag, str):
                continue
            if etree.QName(element).localname in _ENTRY_TAGS:
                count += 1
                if count > MAX_ENTRIES:
                    element.getparent().remove(element)  # keeps memory flat, too
        return etree.tostring(events.root, xml_declaration=True, encoding="utf-8"), count
    except (etree.XMLSyntaxError, ValueError):
        return None, 0


def _entry(entry) -> FeedEntry:
    link = entry.get("link") or None
    title = _one_line(entry.get("title"))
    published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
    key = entry.get("id") or link
    if not key:
        key = hashlib.sha256(f"{title}\0{published}".encode()).hexdigest()[:32]
    return FeedEntry(key=key, link=link, title=title, published=published, content=_full(entry))


def _full(entry) -> str | None:
    """The longest HTML the entry carries (content, else summary) when it is a whole article."""
    bodies = [c.get("value", "") for c in entry.get("content", [])]
    bodies.append(entry.get("summary", ""))
    longest = max(bodies, key=lambda html: len(_words(html)))
    return longest if len(_words(longest)) >= FULL_TEXT_WORDS else None


def _words(html: str) -> list[str]:
    return _TAG.sub(" ", html or "").split()


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None


def _one_line(text: str | None) -> str | None:
    folded = " ".join((text or "").split())
    return folded or None


def _looks_like_html(body: bytes) -> bool:
    head = body[:4096].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _web_page(body: bytes, url: str) -> str:
    """ "a web page, not a feed", naming the feed the page links to when it links one."""
    from lxml import html

    try:
        page = html.fromstring(body[:1_000_000])
    except (ValueError, html.etree.ParserError):
        return "a web page, not a feed"
    for link in page.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "alternate" in rel and _FEED_LINK.fullmatch((link.get("type") or "").strip()):
            href = (link.get("href") or "").strip()
            if href:
                return f"a web page, not a feed; its feed is {urljoin(url, href)}"
    return "a web page, not a feed"
