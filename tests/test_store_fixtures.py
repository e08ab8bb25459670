"""Synthetic articles and analyses for store and export tests (no spaCy; no tests here)."""

from __future__ import annotations

from reader.ingest import content_hash
from reader.model import Analysis, Article, Entity, Quote


def make_article(
    text: str,
    *,
    title: str = "A test article",
    source: str = "/tmp/a.txt",
    byline: str | None = None,
    published: str | None = None,
) -> Article:
    return Article(
        text=text,
        title=title,
        byline=byline,
        published=published,
        source=source,
        content_hash=content_hash(text),
    )


def make_analysis(article: Article, version: str = "test.1") -> Analysis:
    """Quotes between straight double quotes, and capitalised word pairs as PERSON entities."""
    import re

    text = article.text
    quotes = [
        Quote(start=m.start() + 1, end=m.end() - 1, speaker="Ann Lee", kind="direct")
        for m in re.finditer(r'"[^"\n]+"', text)
    ]
    names: dict[str, list[tuple[int, int]]] = {}
    for m in re.finditer(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", text):
        names.setdefault(m.group(), []).append((m.start(), m.end()))
    entities = [
        Entity(id=f"e{i}", label="PERSON", name=name, mentions=spans)
        for i, (name, spans) in enumerate(sorted(names.items()))
    ]
    return Analysis(
        article=article, model="test-model", version=version, entities=entities, quotes=quotes
    )
