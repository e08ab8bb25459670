"""Markdown to plain reading text, one paragraph per block, with markdown-it-py's parser.

Markup is parsed, never rendered: links keep their words and lose their targets, raw HTML
(``<script>`` and the like) is dropped, code keeps its characters, a table becomes one block of
"a | b" rows. The first level-1 heading, when it opens the document, is the title.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

_PARSER = MarkdownIt("commonmark", {"html": True}).enable("table")
_PARSER.validateLink = lambda url: True  # targets are dropped, never followed: keep link words


def markdown_to_text(source: str) -> tuple[str, str | None]:
    """Return (text, title)."""
    tokens = _PARSER.parse(source)
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
    return "\n\n".join(blocks), title


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
