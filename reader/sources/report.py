"""Sources: who gets quoted in the chosen articles, how much, where and when.

Pure: it counts records handed to it. Speakers are resolved across the whole library first
(``reader.sources.identity``), so a row keeps its identity whatever the filters leave.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from reader.sources.identity import Speaker, name_words

PERSON, ORGANISATION, UNNAMED = "person", "organisation", "unnamed"
KINDS = (PERSON, ORGANISATION, UNNAMED)
UNNAMED_KEY = "unnamed"
NO_OUTLET = "(no outlet)"

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(frozen=True)
class ArticleInfo:
    id: str
    outlet: str = NO_OUTLET
    day: date | None = None
    """Published, or else added to the library (``reader.sources.dates.article_day``)."""
    tags: frozenset[str] = frozenset()
    title: str | None = None


@dataclass(frozen=True)
class QuoteInfo:
    article_id: str
    start: int
    end: int
    text: str
    speaker: str | None
    """The speaker's name as the article gives it (None: an unnamed source)."""
    label: str | None = None
    """The label of the speaker's entity (PERSON, ORG, GPE…), when it has one."""


@dataclass(frozen=True)
class Filters:
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    tag: str | None = None

    def keep(self, article: ArticleInfo) -> bool:
        if self.outlet is not None and article.outlet.casefold() != self.outlet.casefold():
            return False
        if self.tag is not None and self.tag.casefold() not in {t.casefold() for t in article.tags}:
            return False
        if self.since is not None and (article.day is None or article.day < self.since):
            return False
        return not (self.until is not None and (article.day is None or article.day > self.until))


@dataclass
class SpeakerRow:
    key: str
    name: str
    kind: str
    quotes: int = 0
    words: int = 0
    articles: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    first: date | None = None
    last: date | None = None
    cited: list[QuoteInfo] = field(default_factory=list)
    """The quotes themselves, in article order."""

    def to_json(self) -> dict:
        return {
            "speaker": self.name,
            "kind": self.kind,
            "quotes": self.quotes,
            "words": self.words,
            "articles": len(self.articles),
            "outlets": sorted(self.outlets),
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
        }


@dataclass
class Shares:
    """How many quotes come from named people, organisations and unnamed sources."""

    quotes: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)

    def share(self, kind: str) -> float:
        return self.counts[kind] / self.quotes if self.quotes else 0.0

    def to_json(self) -> dict:
        return {
            "articles": len(self.articles),
            "quotes": self.quotes,
            **{f"{kind}_share": round(self.share(kind), 4) for kind in KINDS},
        }


@dataclass
class SourcesReport:
    speakers: list[SpeakerRow]
    """Most quoted first."""
    total: Shares
    outlets: dict[str, Shares]
    per_day: list[tuple[date, int]]
    """Quotes per day, for the articles that have a day."""

    def to_json(self) -> dict:
        return {
            "total": self.total.to_json(),
            "outlets": {name: shares.to_json() for name, shares in sorted(self.outlets.items())},
            "speakers": [row.to_json() for row in self.speakers],
            "per_day": [[day.isoformat(), count] for day, count in self.per_day],
        }


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def kind_of(label: str | None) -> str:
    """A named speaker with a PERSON entity (or none: a name the analysis could not place) is a
    person; any other entity that speaks (ORG, GPE, NORP…) is an organisation."""
    return PERSON if label in (None, "PERSON") else ORGANISATION


def sources_report(
    articles: Iterable[ArticleInfo],
    quotes: Iterable[QuoteInfo],
    speakers: Mapping[tuple[str, str], Speaker],
    filters: Filters = Filters(),
) -> SourcesReport:
    """Count the quotes of the articles ``filters`` keeps, per speaker, outlet and day."""
    chosen = {a.id: a for a in articles if filters.keep(a)}
    rows: dict[str, SpeakerRow] = {}
    total = Shares()
    outlets: dict[str, Shares] = defaultdict(Shares)
    days: Counter[date] = Counter()
    for article in chosen.values():
        total.articles.add(article.id)
        outlets[article.outlet].articles.add(article.id)
    for quote in sorted(quotes, key=lambda q: (q.article_id, q.start)):
        article = chosen.get(quote.article_id)
        if article is None:
            continue
        row = rows.setdefault(*_row_for(quote, speakers))
        _count(row, quote, article)
        for shares in (total, outlets[article.outlet]):
            shares.quotes += 1
            shares.counts[row.kind] += 1
        if article.day is not None:
            days[article.day] += 1
    ranked = sorted(rows.values(), key=lambda r: (-r.quotes, -r.words, r.name.casefold()))
    return SourcesReport(ranked, total, dict(outlets), sorted(days.items()))


def _row_for(
    quote: QuoteInfo, speakers: Mapping[tuple[str, str], Speaker]
) -> tuple[str, SpeakerRow]:
    if quote.speaker is None:
        return UNNAMED_KEY, SpeakerRow(UNNAMED_KEY, "unnamed sources", UNNAMED)
    speaker = speakers.get((quote.article_id, quote.speaker))
    if speaker is None:  # a name with no entity behind it: its own words are its identity
        key = "name:" + " ".join(name_words(quote.speaker))
        return key, SpeakerRow(key, quote.speaker, kind_of(quote.label))
    return speaker.key, SpeakerRow(speaker.key, speaker.name, kind_of(speaker.label))


def _count(row: SpeakerRow, quote: QuoteInfo, article: ArticleInfo) -> None:
    row.quotes += 1
    row.words += word_count(quote.text)
    row.articles.add(article.id)
    row.outlets.add(article.outlet)
    row.cited.append(quote)
    if article.day is not None:
        row.first = min(row.first or article.day, article.day)
        row.last = max(row.last or article.day, article.day)
