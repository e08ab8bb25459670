"""The three test articles (``news_articles``) as hand-built analyses: no spaCy, same every run."""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

import reader.store.library
from reader.ingest import content_hash
from reader.model import Analysis, Article, Entity, Quote
from reader.nlp.versions import pipeline_version, resolve_model
from reader.store import open_library

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from news_articles import GAZETTE, POST, WIRE, NewsArticle  # noqa: E402
from news_library import url  # noqa: E402

QUOTES = {
    GAZETTE.slug: [
        ("Ilse Marrow", "We will not let another summer pass"),
        ("Tomas Greer", "Nobody asked the people who actually use the water"),
        ("Ashby Farmers Union", "remains deeply concerned about the cost"),
        (None, "The budget has not been agreed yet."),
    ],
    POST.slug: [
        ("Marrow", "We will not let another summer pass with empty taps in this valley"),
        ("Daniel Greer", "The ground water is dropping faster than anyone expected"),
    ],
    WIRE.slug: [
        ("Ilse Marrow", "We will not let another summer pass with empty taps in this valley -"),
        ("Ruth Calloway", "Nobody asked the people who use the water"),
        ("Marrow", "We will build the new dam on time and within its budget"),
    ],
}
LABELS = {"Ashby Farmers Union": "ORG"}


def build(news: NewsArticle) -> Analysis:
    text = news.text
    article = Article(text=text, title=news.title, published=news.published, source=url(news),
                      content_hash=content_hash(text))  # fmt: skip
    entities: dict[str, Entity] = {}
    quotes = []
    for speaker, words in QUOTES[news.slug]:
        start = text.index(words)
        entity = None
        if speaker:
            at = text.find(speaker)
            entity = entities.setdefault(
                speaker,
                Entity(f"e{len(entities)}", LABELS.get(speaker, "PERSON"), speaker,
                       [(at, at + len(speaker))] if at >= 0 else []),
            )  # fmt: skip
        quotes.append(Quote(start, start + len(words), speaker=speaker,
                            speaker_entity=entity.id if entity else None, cue="said"))  # fmt: skip
    return Analysis(article, resolve_model(), pipeline_version(), list(entities.values()), quotes)


def fill_news_library(path: Path) -> list[Analysis]:
    analyses = [build(news) for news in (GAZETTE, POST, WIRE)]
    with open_library(path) as library:
        for minute, analysis in enumerate(analyses):
            stamp = f"2026-03-10T09:{minute:02d}:00+00:00"
            with mock.patch.object(reader.store.library, "now", return_value=stamp):
                library.save(analysis)
    return analyses


def fill_news_feeds(path: Path) -> None:
    """The news library with two feeds: the Gazette and the Post read from one, the Wire
    from the other; the Gazette's entry already read."""
    from reader.feeds.parse import FeedEntry

    analyses = {a.article.title: a for a in fill_news_library(path)}
    with open_library(path) as library:
        valley = library.add_feed("https://valley.example/rss", "Valley News", ["local"])
        wire = library.add_feed("https://north-wire.example/atom", "North Wire")
        for feed, news in ((valley, GAZETTE), (valley, POST), (wire, WIRE)):
            analysis = analyses[news.title]
            entry = FeedEntry(news.slug, url(news), news.title, f"{news.published}T09:00:00+00:00")
            library.add_entry(feed.id, entry, analysis.id)
        library.set_read(analyses[GAZETTE.title].id)
