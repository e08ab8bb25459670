"""HTML to article text and metadata with trafilatura, readability as the fallback."""

from __future__ import annotations

from dataclasses import dataclass

MIN_GOOD_CHARS = 200
"""Below this, trafilatura probably missed the article and the fallbacks get a try."""


@dataclass
class Extracted:
    text: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    extractor: str = "trafilatura"


def extract_html(html: str, url: str | None = None) -> Extracted:
    import trafilatura

    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True
    )
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = meta.title if meta else None
    byline = meta.author if meta else None
    published = meta.date if meta else None
    if text and len(text) >= MIN_GOOD_CHARS:
        return Extracted(_paragraphs(text), title, byline, published, "trafilatura")
    fallback = _readability(html)
    if fallback and len(fallback) > len(text or ""):
        return Extracted(fallback, title, byline, published, "readability")
    if text:
        return Extracted(_paragraphs(text), title, byline, published, "trafilatura")
    return Extracted(_plain_text(html), title, byline, published, "html-text")


def _paragraphs(text: str) -> str:
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _readability(html: str) -> str | None:
    try:
        from readability import Document

        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises bare errors on broken markup
        return None
    return _plain_text(summary) or None


def _plain_text(html: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml rejects empty or non-HTML documents
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks = [" ".join(p.text_content().split()) for p in root.iter("p", "h1", "h2", "h3", "li")]
    text = "\n\n".join(b for b in blocks if b)
    return text or " ".join(root.text_content().split())
