"""Writing untrusted text into files safely: JSON, YAML scalars, Markdown, file names."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from reader.model import Figure
from reader.textsafety import visible

_UNSAFE = re.compile(
    "[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)
"""Characters a JSON or YAML file keeps as ``\\uXXXX`` escapes, never raw: DEL and C1 controls
(a terminal reads 0x9b as CSI), bidi and zero-width marks, line and paragraph separators
(YAML line breaks), the BOM, non-characters and lone surrogates."""


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(value: Any, **options: Any) -> str:
    """JSON with non-ASCII kept readable but every invisible or control character escaped.

    Lossless: a JSON parser reads back exactly ``value``.
    """
    return _UNSAFE.sub(_escape, json.dumps(value, ensure_ascii=False, **options))


def yaml_scalar(value: Any) -> str:
    """A YAML flow scalar for ``value``: JSON is valid YAML, and escaped it is one line."""
    return json_text(value)


_MD_ALWAYS = re.compile(r"([\\`*_\[\]<>#|~=$%^&{}])")
"""ASCII punctuation that starts Markdown (CommonMark, GFM, Obsidian) markup anywhere in a line:
emphasis, code, links, HTML, headings, tags, tables, strike, highlight, maths, comments,
block ids, entities."""
_MD_LIST_BULLET = re.compile(r"^([-+])")
_MD_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def markdown_text(text: str) -> str:
    """One line of untrusted text as literal Markdown: every markup character escaped."""
    text = visible(text).strip()
    text = _MD_ALWAYS.sub(r"\\\1", text)
    text = _MD_LIST_BULLET.sub(r"\\\1", text)
    return _MD_LIST_NUMBER.sub(r"\1\\\2", text)


def markdown_lines(text: str) -> list[str]:
    """Untrusted text as escaped Markdown lines (paragraph breaks kept as empty lines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [markdown_text(line) for line in text.split("\n")]


def tag_name(tag: str) -> str:
    """A tag usable as an Obsidian ``#tag``: letters, digits, ``-``, ``_`` and ``/``."""
    name = re.sub(r"[^\w/-]+", "-", unicodedata.normalize("NFKC", tag)).strip("-/")
    if not name or name.isdigit():
        name = f"tag-{name}" if name else "tag"
    return name


def file_stem(title: str | None, article_id: str) -> str:
    """A portable file name from an untrusted title and id: word characters and dashes only
    (an id from an old import may hold ``/`` or NUL; it never leaves the folder)."""
    slug = re.sub(r"[^\w]+", "-", unicodedata.normalize("NFKC", title or "")).strip("-_")
    slug = slug[:60].rstrip("-_") or "article"
    short_id = re.sub(r"[^0-9A-Za-z]+", "", article_id)[:8] or "id"
    return f"{slug}-{short_id}"


def figure_description(figure: Figure) -> str:
    """What a figure is, in a few words: ``money: 40000000 GBP``, ``percent: 33 per cent``."""
    value = " ".join(part for part in (figure_value(figure.value), figure.unit) if part)
    return f"{figure.kind}: {value}" if value else figure.kind


def figure_value(value: float | None) -> str:
    """A figure's value as a plain number: ``40000000``, ``4.5``; empty when there is none."""
    if value is None:
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)
