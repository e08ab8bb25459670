"""OPML, the file feed readers exchange their subscriptions in: read and written."""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.etree import ElementTree

from reader.feeds.parse import FeedError

MAX_OPML_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Subscription:
    url: str
    name: str
    tags: tuple[str, ...] = ()
    """The folders (outlines) it sits in, and its ``category`` attribute's parts."""
    site: str | None = None


def read_opml(data: bytes) -> list[Subscription]:
    """Every outline with an ``xmlUrl``, at any depth, in document order (duplicates once)."""
    from lxml import etree

    if len(data) > MAX_OPML_BYTES:
        raise FeedError(f"larger than {MAX_OPML_BYTES // 2**20} MiB: not a subscription list")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.parse(io.BytesIO(data), parser).getroot()
    except etree.XMLSyntaxError as error:
        raise FeedError(f"not OPML (not well-formed XML: {error.msg})") from None
    if not isinstance(root.tag, str) or etree.QName(root).localname.lower() != "opml":
        raise FeedError("not OPML (no <opml> element)")
    found: dict[str, Subscription] = {}
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url.startswith(("http://", "https://")) or url in found:
            continue
        name = _attribute(outline, "title") or _attribute(outline, "text") or url
        folders = [
            _attribute(parent, "text") or _attribute(parent, "title")
            for parent in outline.iterancestors("outline")
        ]
        categories = (outline.get("category") or "").replace("/", ",").split(",")
        tags = tuple(dict.fromkeys(t.strip() for t in [*reversed(folders), *categories] if t))
        found[url] = Subscription(url, name, tags, outline.get("htmlUrl") or None)
    return list(found.values())


def _attribute(element, name: str) -> str:
    return " ".join((element.get(name) or "").split())


def write_opml(subscriptions: list[Subscription], title: str = "reader feeds") -> str:
    """OPML 2.0: one outline per feed, inside one folder per first tag."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    body = ElementTree.SubElement(root, "body")
    folders: dict[str, ElementTree.Element] = {}
    for sub in subscriptions:
        parent = body
        if sub.tags:
            parent = folders.get(sub.tags[0])
            if parent is None:
                parent = ElementTree.SubElement(body, "outline", text=sub.tags[0])
                folders[sub.tags[0]] = parent
        attributes = {"type": "rss", "text": sub.name, "title": sub.name, "xmlUrl": sub.url}
        if sub.site:
            attributes["htmlUrl"] = sub.site
        if len(sub.tags) > 1:
            attributes["category"] = ",".join(sub.tags[1:])
        ElementTree.SubElement(parent, "outline", attributes)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, "unicode")
