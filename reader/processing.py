"""Source → article → analysis → cache: the one path both the CLI and the app take."""

from __future__ import annotations

from collections.abc import Callable

from reader.errors import IngestError
from reader.ingest import display_source
from reader.ingest.limits import check_text
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
    """The analysis of ``article``: from the cache when it holds one, else made and cached.

    An article beyond the limits in ``reader.ingest.limits`` can still be read (the app shows
    its text) but is not analysed: that raises ``IngestError`` with a one-line reason.
    """
    model_name = resolve_model(model)
    if library is not None and use_cache:
        hit = cached_analysis(library, article, model_name)
        if hit is not None:
            return hit
    _check_analysable(article)
    from reader.nlp.pipeline import analyze

    analysis = analyze(article, model_name, progress)
    if library is not None:
        library.save(analysis)
    return analysis


def _check_analysable(article: Article) -> None:
    try:
        check_text(article.text)
    except IngestError as error:
        raise IngestError(f"{display_source(article.source or '')}: {error}") from None
