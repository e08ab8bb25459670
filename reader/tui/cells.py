"""Table cells built from untrusted text: one safe line each, as Rich ``Text`` (never markup)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from rich.text import Text

from reader.ingest import ARTICLE_SUFFIXES
from reader.model import LABEL_WORDS
from reader.textsafety import one_line


def source_label(source: str | None) -> str:
    """A short, safe name for where an article came from: a host, or a file name sans suffix."""
    if not source:
        return ""
    if source.startswith(("http://", "https://")):
        return one_line(urlsplit(source).netloc.removeprefix("www.") or source)
    path = Path(source)
    return one_line(path.stem if path.suffix.lower() in ARTICLE_SUFFIXES else path.name or source)


def label_name(label: str | None) -> str:
    return LABEL_WORDS.get(label or "", (label or "").lower())


def match_cell(match: str, words: str, width: int) -> Text:
    """The match on one line, the searched words underlined and the first one kept in view."""
    line = one_line(match, 1000)
    folded = line.casefold()
    spans = []
    for word in words.casefold().split():
        start = folded.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = folded.find(word, start + len(word))
    first = min((start for start, _ in spans), default=0)
    late = first + 12 > width  # the first hit would be cut off or hard to see
    shift = max(0, min(first - width // 3, len(line) - width)) if late else 0
    if shift:
        line = "…" + line[shift + 1 :]
        spans = [(start - shift, end - shift) for start, end in spans]
    visible_end = len(line)
    if len(line) > width:
        line = line[: width - 1] + "…"
        visible_end = width - 1
    text = Text(line)
    for start, end in spans:
        start, end = max(start, 1 if shift else 0), min(end, visible_end)
        if start < end:
            text.stylize("bold underline", start, end)
    return text
