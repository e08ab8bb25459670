"""Sources over the library: the records ``sources_report`` counts, read from its tables."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader.sources.dates import article_day
from reader.sources.identity import NameRecord, Speaker, resolve_speakers
from reader.sources.report import NO_OUTLET, ArticleInfo, Filters, QuoteInfo, SourcesReport
from reader.sources.report import sources_report as count_sources
from reader.store import Library


@dataclass
class LibrarySources:
    """Every current article with its quotes, and the speakers resolved across all of them."""

    articles: list[ArticleInfo]
    quotes: list[QuoteInfo]
    speakers: dict[tuple[str, str], Speaker]

    def report(self, filters: Filters | None = None) -> SourcesReport:
        return count_sources(self.articles, self.quotes, self.speakers, filters or Filters())

    def outlets(self) -> list[str]:
        return sorted({a.outlet for a in self.articles}, key=str.casefold)

    def tags(self) -> list[str]:
        return sorted({t for a in self.articles for t in a.tags}, key=str.casefold)


def outlet_of(source: str | None) -> str:
    """The outlet of an article not read from a feed: its web site (``www.`` aside)."""
    if source and source.startswith(("http://", "https://")):
        host = (urlsplit(source).hostname or "").lower()
        return host.removeprefix("www.") or NO_OUTLET
    return NO_OUTLET


def library_sources(library: Library) -> LibrarySources:
    conn = library.conn
    tags = _tags(library)
    articles = [
        ArticleInfo(
            id=article_id,
            outlet=outlet_of(source),
            day=article_day(published, added_at),
            tags=frozenset(tags.get(article_id, ())),
            title=title,
        )
        for article_id, title, source, published, added_at in conn.execute(
            "select id, title, source, published, added_at from articles"
            " where superseded_by is null"
        )
    ]
    current = {a.id for a in articles}
    speakers_of: dict[str, set[str]] = defaultdict(set)
    quotes: list[QuoteInfo] = []
    rows = conn.execute('select article_id, start, "end", speaker, text from quotes order by id')
    for article_id, start, end, speaker, text in rows:
        if article_id in current:
            quotes.append(QuoteInfo(article_id, start, end, text, speaker))
            if speaker:
                speakers_of[article_id].add(speaker)
    names: list[NameRecord] = []
    labels: dict[tuple[str, str], str] = {}
    rows = conn.execute("select article_id, name, label, count from entities order by id")
    for article_id, name, label, mentions in rows:
        if article_id in current:
            names.append(
                NameRecord(article_id, name, label, mentions, name in speakers_of[article_id])
            )
            labels.setdefault((article_id, name), label)
    quotes = [
        QuoteInfo(q.article_id, q.start, q.end, q.text, q.speaker,
                  labels.get((q.article_id, q.speaker or "")))
        for q in quotes
    ]  # fmt: skip
    return LibrarySources(articles, quotes, resolve_speakers(names))


def _tags(library: Library) -> dict[str, set[str]]:
    """Article id → the tags of its highlights."""
    found: dict[str, set[str]] = defaultdict(set)
    for article_id, tags in library.conn.execute(
        "select article_id, tags from highlights where tags is not null and tags != '[]'"
    ):
        try:
            found[article_id].update(str(t) for t in json.loads(tags))
        except (ValueError, TypeError):
            continue
    return found
