"""HTML to article text and metadata: two extractors that must agree, one as the other's fallback.

trafilatura (``favor_precision``) gives the main text and the metadata; readability-lxml reads
the same page independently. A trafilatura paragraph is kept only when readability also found
most of its words (boilerplate that slips past one extractor rarely slips past both). When one
extractor finds less than half of what the other finds, it has missed the article, and the other
one's text is used as it is. Pages neither can read fall back to the page's visible text blocks.
Measured on the dev set in ``../shared/eval/html_dev`` with ``scripts/eval_html.py``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

from reader.ingest.limits import MAX_HTML_CHARS

for _noisy in ("trafilatura", "readability", "htmldate", "courlan"):
    # They log (with tracebacks) every page they cannot read; we fall back and say it in one line.
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)

AGREEMENT = 0.5
"""Share of a paragraph's words the second extractor must also have found to keep it."""
MISSED = 0.5
"""An extractor finding under this share of the other's words has missed the article."""

_WORD = re.compile(r"\w+")
_TITLE_SEPARATORS = ("|", "-", "–", "—", "·", ":", "::", "»")
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "figcaption", "button", "select", "svg"}
    | {"title", "head"}
)
_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "div", "article"}
    | {"section", "td", "th", "tr", "ul", "ol", "dl", "dd", "dt", "table", "br", "figure"}
    | {"header", "footer", "main", "aside", "address"}
)


@dataclass
class Extracted:
    text: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    extractor: str = "trafilatura"


def extract_html(html: str, url: str | None = None) -> Extracted:
    """Article text ("\\n\\n" between paragraphs) and metadata of an HTML page."""
    html = html[:MAX_HTML_CHARS]
    main = _trafilatura(html, url)
    second_text, second_title = _readability(html)
    title = _clean_title(main.get("title") or second_title, main.get("sitename"))
    text, extractor = combine(main.get("text", ""), second_text)
    if not text.strip():
        text, extractor = _visible_blocks(html), "html-text"
    return Extracted(
        text=_drop_title_paragraph(text, title, second_title),
        title=title,
        byline=main.get("byline"),
        published=main.get("published"),
        extractor=extractor,
    )


def combine(main: str, second: str) -> tuple[str, str]:
    """Keep the paragraphs of ``main`` that ``second`` confirms; fall back when one missed."""
    main_paragraphs = _paragraphs(main)
    second_paragraphs = _paragraphs(second)
    main_words = sum(len(_WORD.findall(p)) for p in main_paragraphs)
    second_words = Counter(w for p in second_paragraphs for w in _WORD.findall(p))
    if not main_words or main_words < MISSED * second_words.total():
        return "\n\n".join(second_paragraphs), "readability"
    if second_words.total() < MISSED * main_words:
        return "\n\n".join(main_paragraphs), "trafilatura"
    kept = [p for p in main_paragraphs if _confirmed(p, second_words)]
    return "\n\n".join(kept), "trafilatura"


def _confirmed(paragraph: str, other: Counter[str]) -> bool:
    words = Counter(_WORD.findall(paragraph))
    total = words.total()
    return total == 0 or (words & other).total() >= AGREEMENT * total


def _paragraphs(text: str) -> list[str]:
    """trafilatura's lines as paragraphs; consecutive table rows ("| a | b |") stay one block."""
    blocks: list[str] = []
    table: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            blocks.append("\n".join(table))
            table = []
        if line:
            blocks.append(line)
    if table:
        blocks.append("\n".join(table))
    return blocks


def _trafilatura(html: str, url: str | None) -> dict[str, str | None]:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_tables=True,
            include_comments=False,
            with_metadata=True,
        )
    except Exception:  # trafilatura raises a range of lxml/parser errors on hostile markup
        return {}
    if document is None:
        return {}
    return {
        "text": document.text or "",
        "title": document.title,
        "byline": document.author,
        "published": document.date,
        "sitename": document.sitename,
    }


def _readability(html: str) -> tuple[str, str | None]:
    try:
        from readability import Document

        document = Document(html)
        summary = document.summary(html_partial=True)
        title = document.short_title()
    except Exception:  # readability raises bare errors on broken or empty markup
        return "", None
    return _visible_blocks(summary), title or None


def _visible_blocks(html: str) -> str:
    """The text of HTML, one paragraph per block element, scripts, styles and captions dropped.

    A streaming parser, not a tree: it has no nesting limit (libxml2 gives up at 256 levels,
    and hostile pages nest thousands deep) and it never fails on broken markup.
    """
    parser = _BlockText()
    parser.feed(html)
    parser.close()
    return "\n\n".join(parser.blocks)


class _BlockText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP:
            self._skipping.append(tag)
        elif tag in _BLOCKS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
        elif tag in _BLOCKS and not self._skipping:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        block = " ".join("".join(self._current).split())
        if block:
            self.blocks.append(block)
        self._current.clear()


def _clean_title(title: str | None, sitename: str | None) -> str | None:
    """The headline, without a trailing " | Site name" when the page names its site."""
    if not title:
        return None
    title = " ".join(title.split())
    if sitename:
        for mark in _TITLE_SEPARATORS:
            head, found, tail = title.rpartition(f" {mark} ")
            if found and head and tail.casefold() == sitename.strip().casefold():
                return head
    return title or None


def _drop_title_paragraph(text: str, *titles: str | None) -> str:
    """Pages often repeat the headline as the first block; the title is shown separately."""
    first, _, rest = text.partition("\n\n")
    if rest and any(title and _same_headline(first, title) for title in titles):
        return rest
    return text


def _same_headline(paragraph: str, title: str) -> bool:
    """The same words, give or take a word or two (an h1 and its <title> rarely match exactly)."""
    words = _WORD.findall(paragraph.casefold())
    title_words = _WORD.findall(title.casefold())
    if not words or len(words) > 2 * len(title_words) + 2:
        return False
    shared = set(words) & set(title_words)
    return len(shared) >= 0.8 * max(len(set(words)), len(set(title_words)))
