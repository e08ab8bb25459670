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
    outlets = library.feed_outlets()
    articles = [
        ArticleInfo(
            id=article_id,
            outlet=outlets.get(article_id) or outlet_of(source),
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
    quotes: list[QuoteInfo] = []
    speaking: set[int] = set()
    rows = conn.execute(
        'select q.article_id, q.start, q."end", q.text, q.speaker, q.speaker_entity, e.label'
        " from quotes q left join entities e on e.id = q.speaker_entity order by q.id"
    )
    for article_id, start, end, text, speaker, entity, label in rows:
        if article_id in current:
            quotes.append(QuoteInfo(article_id, start, end, text, speaker, label))
            if entity is not None:
                speaking.add(entity)
    names = [
        NameRecord(article_id, name, label, count or 1, entity in speaking)
        for entity, article_id, name, label, count in conn.execute(
            "select id, article_id, name, label, count from entities order by id"
        )
        if article_id in current
    ]
    return LibrarySources(articles, quotes, resolve_speakers(names))


def _tags(library: Library) -> dict[str, set[str]]:
    """Article id → the tags of its highlights and of the feeds it was read from."""
    found: dict[str, set[str]] = defaultdict(set)
    for article_id, tags in library.conn.execute(
        "select article_id, tags from highlights where tags is not null and tags != '[]'"
        " union all select e.article_id, f.tags from feed_entries e join feeds f"
        " on f.id = e.feed_id where f.tags is not null and f.tags != '[]'"
    ):
        try:
            found[article_id].update(str(t) for t in json.loads(tags))
        except (ValueError, TypeError):
            continue
    return found
