"""Source → article → analysis → cache: the one path both the CLI and the app take."""

from __future__ import annotations

from collections.abc import Callable

from reader.model import Analysis, Article
from reader.nlp.versions import pipeline_version, resolve_model
from reader.store import Library


def cached_analysis(library: Library, article: Article, model: str) -> Analysis | None:
    """The cached analysis for this article text, pipeline version and model, if any.

    Answers without importing spaCy, so a second open is a database read.
    """
    return library.cached(article.content_hash, model, pipeline_version())


def process(
    article: Article,
    library: Library | None,
    model: str | None = None,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> Analysis:

    model_name = resolve_model(model)
    if library is not None and use_cache:
        hit = cached_analysis(library, article, model_name)
        if hit is not None:
            return hit
    from reader.nlp.pipeline import analyze

    analysis = analyze(article, model_name, progress)
    if library is not None:
        library.save(analysis)
    return analysis
