"""Markdown to plain reading text, one paragraph per block."""

from __future__ import annotations

import re

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^#{1,6}\s+")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def markdown_to_text(source: str) -> tuple[str, str | None]:
    """Return (text, title). The first level-1 heading becomes the title."""
    title = None
    paragraphs: list[str] = []
    current: list[str] = []
    in_fence = False
    for raw in source.splitlines():
        line = raw.rstrip()
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if not line.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if in_fence:
            current.append(line.strip())
            continue
        if title is None and not paragraphs and not current and line.startswith("# "):
            title = _clean(line[2:])
            continue
        if _HEADING.match(line) or _BULLET.match(line):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            paragraphs.append(_clean(_BULLET.sub("", _HEADING.sub("", line))))
            continue
        current.append(_clean(line.lstrip("> ").strip()))
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(p for p in paragraphs if p), title


def _clean(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    return _EMPHASIS.sub(r"\2", line).strip()
