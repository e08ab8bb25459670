"""A library holding the three test articles as if read from their outlets' web sites."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from news_articles import ARTICLES, NewsArticle


def site(news: NewsArticle) -> str:
    return news.outlet.lower().replace(" ", "-") + ".example"


def url(news: NewsArticle) -> str:
    return f"https://www.{site(news)}/{news.slug}"


def build_news_library(path: Path, articles: tuple[NewsArticle, ...] = ARTICLES) -> dict[str, str]:
    """Analyse and save ``articles`` into a library at ``path``; slug → article id."""
    from reader.ingest import article_from_text
    from reader.nlp.pipeline import analyze
    from reader.store import open_library

    ids = {}
    with open_library(path) as library:
        for news in articles:
            article = article_from_text(news.text, kind="text", source=url(news))
            analysis = analyze(replace(article, published=news.published))
            library.save(analysis)
            ids[news.slug] = analysis.id
    return ids
