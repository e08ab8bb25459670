"""``reader import``: read a JSONL export back into a library."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from reader.errors import ReaderError
from reader.export.jsonl import ARTICLE_FIELDS, RECORD_TYPE
from reader.model import Analysis, Article, Highlight
from reader.store import Library


@dataclass
class ImportReport:
    articles: int = 0
    highlights: int = 0
    problems: list[str] = field(default_factory=list)


def import_jsonl(library: Library, path: Path) -> ImportReport:
    """Import every record of a reader JSONL export; bad lines are reported and skipped."""
    report = ImportReport()
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise ReaderError(f"{path}: cannot read ({error.strerror})") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                article, added_at, analysis, highlights = parse_record(json.loads(line))
                report.highlights += library.import_article(
                    article, added_at=added_at, analysis=analysis, highlights=highlights
                )
            except (ValueError, KeyError, TypeError) as error:
                report.problems.append(f"line {number}: {_describe(error)}")
                continue
            report.articles += 1
    return report


def parse_record(
    data: Any,
) -> tuple[Article, str | None, Analysis | None, list[Highlight]]:
    if not isinstance(data, dict) or data.get("type") != RECORD_TYPE:
        raise ValueError("not a reader export record")
    raw = data["article"]
    article = Article(
        text=_str(raw["text"], "text"),
        title=raw.get("title"),
        byline=raw.get("byline"),
        published=raw.get("published"),
        source=raw.get("source"),
        content_hash=_str(raw["id"], "id"),
        extractor=raw.get("extractor") or "text",
    )
    analysis = None
    if isinstance(data.get("analysis"), dict):
        article_part = {name: raw.get(name) for name in ARTICLE_FIELDS}
        analysis = Analysis.from_json({**data["analysis"], **article_part})
    names = {f.name for f in fields(Highlight)}
    highlights = []
    for item in data.get("highlights") or []:
        highlight = Highlight(**{k: v for k, v in item.items() if k in names})
        if not isinstance(highlight.start, int) or not isinstance(highlight.end, int):
            raise ValueError(f"highlight {highlight.id}: offsets must be integers")
        if not isinstance(highlight.tags, list):
            raise ValueError(f"highlight {highlight.id}: tags must be a list")
        highlight.tags = [str(tag) for tag in highlight.tags]
        highlights.append(highlight)
    return article, raw.get("added_at"), analysis, highlights


def _str(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"article {name} must be a string")
    return value


def _describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing field {error.args[0]!r}"
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON ({error.msg})"
    return str(error)
