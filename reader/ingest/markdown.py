"""Markdown to plain reading text, one paragraph per block, with markdown-it-py's parser.

Markup is parsed, never rendered: links keep their words and lose their targets, raw HTML
(``<script>`` and the like) is dropped, code keeps its characters, a table becomes one block of
"a | b" rows. The first level-1 heading, when it opens the document, is the title. YAML front
matter (``---`` … ``---`` at the top, as Obsidian, Jekyll and Hugo write it) is not body text:
its title, author and date are the article's, read with PyYAML's safe loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

_PARSER = MarkdownIt("commonmark", {"html": True}).enable("table").use(front_matter_plugin)
_PARSER.validateLink = lambda url: True  # targets are dropped, never followed: keep link words
MAX_FRONT_MATTER_CHARS = 65_536
"""Front matter longer than this is skipped, not parsed (it is metadata, not a document)."""
_AUTHOR_KEYS = ("author", "authors", "byline", "creator")
_DATE_KEYS = ("date", "published", "pubdate", "publishdate", "published_at", "created")


@dataclass
class MarkdownText:
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    """ISO 8601 from the front matter's date, when it has one with a year."""


def markdown_to_text(source: str) -> MarkdownText:
    tokens = _PARSER.parse(source)
    front: dict[str, Any] = {}
    title: str | None = None
    blocks: list[str] = []
    rows: list[list[str]] = []
    in_table = in_heading1 = False
    for token in tokens:
        if token.type == "table_open":
            in_table, rows = True, []
        elif token.type == "table_close":
            in_table = False
            blocks.append("\n".join(" | ".join(cells) for cells in rows))
        elif in_table and token.type == "tr_open":
            rows.append([])
        elif token.type == "heading_open":
            in_heading1 = token.tag == "h1"
        elif token.type == "inline":
            text = _inline_text(token)
            if in_table:
                if rows:
                    rows[-1].append(text)
            elif in_heading1 and title is None and not blocks:
                title = text or None
            elif text:
                blocks.append(text)
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(token.content.strip("\n"))
        elif token.type == "front_matter":
            front = _front_matter(token.content)
    return MarkdownText(
        "\n\n".join(blocks),
        _scalar(front.get("title")) or title,
        _author(front),
        _published(front),
    )


def _front_matter(content: str) -> dict[str, Any]:
    if len(content) > MAX_FRONT_MATTER_CHARS:
        return {}
    import yaml

    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(key).casefold(): value for key, value in data.items()}


def _scalar(value: Any) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return " ".join(str(value).split()) or None
    return None


def _author(front: dict[str, Any]) -> str | None:
    for key in _AUTHOR_KEYS:
        value = front.get(key)
        if isinstance(value, list):
            names = [name for name in map(_scalar, value[:20]) if name]
            if names:
                return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        elif _scalar(value):
            return _scalar(value)
    return None


def _published(front: dict[str, Any]) -> str | None:
    from reader.ingest.dates import iso_date

    for key in _DATE_KEYS:
        value = front.get(key)
        if isinstance(value, datetime):  # YAML reads 2025-11-28 as a date, with a time as this
            return value.isoformat(timespec="minutes")
        if isinstance(value, date):
            return value.isoformat()
        if _scalar(value):
            return iso_date(str(value))
    return None


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())
