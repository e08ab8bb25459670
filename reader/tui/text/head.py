"""The article's head block: the headline, standfirst, byline, date and credits at the top.

For a text or Markdown file these lines are part of the text (``Article.head`` marks them as
offsets), so they are drawn where they stand, in the head's styles rather than as body
paragraphs, and search, highlights and the cursor work on them as on any other line. What the
text does not hold (a page's title and byline, Markdown front matter) is drawn above it.
"""

from __future__ import annotations

from bisect import bisect_right

from reader.model import Article
from reader.textsafety import one_line
from reader.tui.text.layout import wrap

HEAD_CLASSES = {
    "title": "article--title",
    "standfirst": "article--standfirst",
    "byline": "article--byline",
    "published": "article--byline",
    "credit": "article--credit",
    "label": "article--label",
}
"""Each kind of head line (``HeadLine.kind``) and the component class that styles it."""
_SMALL_PRINT = frozenset({"byline", "published", "credit", "label"})
"""Head lines set one under the other, without a blank line between them."""


def head_marks(article: Article) -> list[tuple[int, int, str]]:
    """The head's lines as styled ranges, drawn under every other mark."""
    return [(h.start, h.end, HEAD_CLASSES.get(h.kind, "article--label")) for h in article.head]


def head_paragraphs(article: Article, paragraphs: list[tuple[int, int]]) -> dict[int, str]:
    """Paragraph number → the kind of head line it is, for the paragraphs of the head."""
    starts = [start for start, _ in paragraphs]
    found: dict[int, str] = {}
    for line in article.head:
        number = bisect_right(starts, line.start) - 1
        if number >= 0 and paragraphs[number][1] >= line.end:
            found.setdefault(number, line.kind)
    return found


def tight_paragraphs(kinds: dict[int, str]) -> frozenset[int]:
    """Head paragraphs that follow the one before without a blank line: a run of byline,
    date, credit and label lines reads as one block."""
    return frozenset(
        number
        for number, kind in kinds.items()
        if kind in _SMALL_PRINT and kinds.get(number - 1) in _SMALL_PRINT
    )


def lines_above(article: Article, measure: int) -> list[tuple[str, str]]:
    """The lines drawn above the text, each ``(text, component class)``: its title unless the
    text opens with it, its byline and date unless the text's head has them; then a blank."""
    kinds = {line.kind for line in article.head}
    lines: list[tuple[str, str]] = []
    title = one_line(article.title or "", 1000)
    if title and not article.text.lstrip().startswith(article.title or ""):
        lines.extend(_wrapped(title, measure, "article--title"))
    parts = [
        one_line(value, 300)
        for value, kind in ((article.byline, "byline"), (article.published, "published"))
        if value and kind not in kinds
    ]
    if parts:
        lines.extend(_wrapped(" · ".join(parts), measure, "article--byline"))
    return [*lines, ("", "")] if lines else []


def _wrapped(text: str, measure: int, component: str) -> list[tuple[str, str]]:
    breaks = wrap(text, 0, len(text), measure)
    ends = [*breaks[1:], len(text)]
    return [(text[start:end], component) for start, end in zip(breaks, ends, strict=True)]
