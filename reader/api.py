"""The Python API: ``reader.read``, ``reader.analyze``, ``reader.analyze_many``, ``reader.Library``.

For notebooks and scripts. Each call goes through the same path as the command line and the
app (``reader.processing``); nothing here imports spaCy until an article is analysed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from os import PathLike
from pathlib import Path
from typing import Literal

from reader.errors import ReaderError
from reader.ingest.corpus import Item
from reader.model import Analysis, Article, Highlight
from reader.search import SearchHit, search_library
from reader.store.library import ArticleRow

Source = str | PathLike | Article
"""A path, a URL, article text, or an ``Article`` already read."""

__all__ = ["Analysis", "Article", "Library", "analyze", "analyze_many", "read"]


def read(source: str | PathLike) -> Article:
    """Read an article: a file (text, Markdown, HTML), a URL, or the article text itself.

    A string is taken for a path when it has no line break and names an existing file or ends
    like an article file (``.txt``, ``.md``, ``.html`` …); a missing one raises ``IngestError``.
    """
    return _item(source).load()


def _item(source: Source) -> Item:
    from reader.ingest import ARTICLE_SUFFIXES, is_url

    if isinstance(source, Article):
        return Item.of_article(source)
    if isinstance(source, PathLike):
        return Item(str(Path(source)))
    if is_url(source):
        return Item(source)
    if "\n" not in source and len(source) < 4096:
        path = Path(source).expanduser()
        if path.is_file() or path.suffix.lower() in ARTICLE_SUFFIXES:
            return Item(str(path))
    return Item("<text>", text=source)


def _article(item: Source) -> Article:
    return item if isinstance(item, Article) else read(item)


def analyze(item: Source, model: str | None = None) -> Analysis:
    """The analysis of one article (``item`` as ``read`` takes it, or an ``Article``)."""
    from reader.processing import analysis_for

    return analysis_for(_article(item), None, model=model)


def analyze_many(
    items: Iterable[Source],
    *,
    model: str | None = None,
    jobs: int = 1,
    errors: Literal["raise", "return"] = "raise",
) -> Iterator[Analysis | ReaderError]:
    """Analyses of ``items``, lazily and in input order; short articles share spaCy batches.

    ``jobs`` > 1 analyses in that many processes, each loading the model once. An item that
    cannot be read or analysed raises its ``ReaderError`` (``errors="raise"``) or takes its
    place in the output (``errors="return"``).
    """
    from contextlib import nullcontext

    from reader.processing import process_sources
    from reader.runners import WorkerPool

    with WorkerPool(jobs) if jobs > 1 else nullcontext() as runner:
        yield from _results(process_sources(map(_item, items), None, runner, model=model), errors)


def _results(results: Iterator, errors: str) -> Iterator[Analysis | ReaderError]:
    for result in results:
        if isinstance(result, Exception) and not isinstance(result, ReaderError):
            result = ReaderError(f"internal error ({type(result).__name__}: {result})")
        if isinstance(result, ReaderError) and errors == "raise":
            raise result
        yield result


class Library:
    """A reader library file: what the app shows, for scripts. ``Library()`` is the app's own.

    Use it as a context manager, or ``close()`` it.
    """

    def __init__(self, path: str | PathLike | None = None):
        from reader.config import library_path, load_config
        from reader.store import open_library

        chosen = Path(path) if path is not None else library_path(None, load_config())
        self._library = open_library(chosen, on_recovery=lambda _: None)
        self.path = self._library.path

    def add(self, item: Source, model: str | None = None) -> Analysis:
        """Read, analyse (or find the cached analysis) and keep an article; its analysis."""
        from reader.processing import analysis_for

        return analysis_for(_article(item), self._library, model=model)

    def articles(self) -> list[ArticleRow]:
        """Every current article, newest first."""
        return self._library.articles()

    def article(self, article_id: str) -> Article | None:
        return self._library.article(article_id)

    def analysis(self, article_id: str) -> Analysis | None:
        """The article's most recent analysis."""
        return self._library.latest(article_id)

    def highlights(self, article_id: str) -> list[Highlight]:
        return self._library.highlights(article_id)

    def search(self, query: str) -> list[SearchHit]:
        """Search as the library screen does: words, ``speaker:NAME``, ``entity:NAME``."""
        return search_library(self._library, query)

    def close(self) -> None:
        self._library.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"reader.Library({str(self.path)!r})"
