"""Source → article → analysis → cache: the one path the CLI and the app take.

``analyses_for`` (and ``analysis_for`` for one article) is the only place that decides
"cached, else analyse, then save"; where the model runs is the runner it is given
(``reader.runners``). ``glance`` and ``open_ahead`` are what the app reads before its first
frame.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import IngestError, ReaderError
from reader.ingest import HTML_SUFFIXES, display_source, is_url
from reader.ingest.limits import check_text
from reader.model import Analysis, Article, Highlight
from reader.nlp.versions import pipeline_version, resolve_model
from reader.runners import InProcess, Result, Runner
from reader.store import Library

if TYPE_CHECKING:
    from reader.ingest.corpus import Item  # gzip, glob: not for opening one article


def cached_analysis(library: Library, article: Article, model: str) -> Analysis | None:
    """The cached analysis for this article text, pipeline version and model, if any.

    Answers without importing spaCy, so a second open is a database read.
    """
    return library.cached(article.content_hash, model, pipeline_version())


QUICK_OPEN_BYTES = 1_000_000
"""Local text and Markdown files up to this size are read before the app's first frame; URLs,
HTML, stdin and larger files are read in the background, behind a screen already drawn."""


@dataclass
class Glance:
    """What can be shown at once: the article, and its cached analysis and highlights if any."""

    article: Article
    analysis: Analysis | None = None
    highlights: list[Highlight] = field(default_factory=list)
    position: int | None = None
    """Where the reader left the article last time, if they have read it before."""


def glance(
    library_path: Path, model: str, source: str | None = None, article_id: str | None = None
) -> Glance | None:
    """The article at ``source`` (or stored as ``article_id``), with its cached analysis, read
    without waiting for anything: no network, no HTML extraction, no large file, no busy
    library, no damage check, no model. None when any of that would be needed; the caller then
    loads the article in the background, where problems are also reported.
    """
    library = Library.peek(library_path)
    try:
        if article_id is not None:
            article = library.article(article_id) if library is not None else None
        else:
            article = _read_quickly(source, library) if source else None
        if article is None:
            return None
        if library is None:
            return Glance(article)
        analysis = cached_analysis(library, article, model)
        highlights = library.highlights(article.content_hash) if analysis is not None else []
        return Glance(article, analysis, highlights, library.reading_position(article.content_hash))
    except Exception:  # the background load meets it again and reports it
        return None
    finally:
        if library is not None:
            library.close()


def _read_quickly(source: str, library: Library | None) -> Article | None:
    """The article at a local text or Markdown file (its head as the library keeps it)."""
    from reader.ingest import load_article

    if is_url(source) or source == "-":
        return None
    path = Path(source)
    if path.suffix.lower() in HTML_SUFFIXES or path.stat().st_size > QUICK_OPEN_BYTES:
        return None
    return load_article(source, library.article if library is not None else None)


def open_ahead(source: str, library_path: Path, model: str) -> Glance | None:
    """``glance`` at ``source`` and, when its analysis is not cached, start the model process.

    Importing the app and drawing its first frame take a few hundred milliseconds; loading the
    model takes about a second. Started first, in a process of its own, the model is ready
    about when it would have been with no app at all.
    """
    found = glance(library_path, model, source=source)
    if found is not None and found.analysis is None:  # (None: a URL or HTML, not known yet)
        from reader.nlp.model_process import model_process

        model_process(model).start()
    return found


HIT_RUN = 32
"""Cache hits in a row after which the runner's stream is closed and they are handed back: a
re-run over a large cached corpus streams, instead of holding every hit until the end."""


def analyses_for(
    articles: Iterable[Article | Exception],
    library: Library | None,
    runner: Runner | None = None,
    *,
    model: str | None = None,
    use_cache: bool = True,
) -> Iterator[Result]:
    """The one path from an article to its analysis: one result per item, in input order.

    Each article's analysis comes from the cache when ``library`` holds one for this model and
    pipeline version (``use_cache``); the others are analysed by ``runner`` (in this process
    when None; see ``reader.runners``) and saved to ``library`` as they arrive (unless it is
    read-only: the analyses still come out). An exception among ``articles`` (a source that
    could not be read) passes through in its place, and so does an article beyond the limits
    in ``reader.ingest.limits`` (``IngestError``). A cancelled runner stops the stream with
    ``Cancelled``; nothing unfinished is saved.
    """
    model_name = resolve_model(model)
    runner = runner if runner is not None else InProcess()
    feed = _Feed(iter(articles), library if use_cache else None, model_name)
    while not feed.exhausted:
        for result, slot in runner.run(feed.to_analyse(), model_name):
            if isinstance(result, Analysis) and library is not None and not library.read_only:
                try:
                    library.save(result)
                except ReaderError as error:
                    result = error
            slot[0] = result
            yield from feed.ready()
        yield from feed.ready()


class _Feed:
    """The runner's input: the articles that need the model, each with a slot for its result.
    Every item takes a slot in ``done`` (input order); those answered without the model are
    filled at once and wait there for the analyses before them."""

    def __init__(
        self, items: Iterator[Article | Exception], cache: Library | None, model: str
    ) -> None:
        self.items, self.cache, self.model = items, cache, model
        self.done: deque[list] = deque()
        self.exhausted = False

    def to_analyse(self) -> Iterator[tuple[Article, list]]:
        hits_in_a_row = 0
        for item in self.items:
            slot: list = [None]
            self.done.append(slot)
            found = _without_runner(item, self.cache, self.model)
            if found is None:
                hits_in_a_row = 0
                yield item, slot  # type: ignore[misc]  (an Article: see _without_runner)
                continue
            slot[0] = found
            hits_in_a_row += 1
            if hits_in_a_row >= HIT_RUN:
                return  # the runner finishes what it has; the caller starts it again
        self.exhausted = True

    def ready(self) -> Iterator[Result]:
        while self.done and self.done[0][0] is not None:
            yield self.done.popleft()[0]


def _without_runner(item: Article | Exception, cache: Library | None, model: str) -> Result | None:
    """The item's result when no model is needed (cached, unreadable, too large), else None."""
    if isinstance(item, Exception):
        return item
    try:
        if cache is not None:
            hit = cached_analysis(cache, item, model)
            if hit is not None:
                return hit
        _check_analysable(item)
    except Exception as error:  # ReaderError, or a bug on this one article
        return error
    return None


def analysis_for(
    article: Article,
    library: Library | None,
    runner: Runner | None = None,
    *,
    model: str | None = None,
    use_cache: bool = True,
) -> Analysis:
    """``article``'s analysis by ``analyses_for``: cached, or made by ``runner`` and saved.

    Raises what the analysis raised (``ReaderError`` for the user, ``Cancelled``).
    """
    [result] = analyses_for([article], library, runner, model=model, use_cache=use_cache)
    if isinstance(result, Exception):
        raise result
    return result


def process_sources(
    sources: Iterable[str | Item],
    library: Library | None,
    runner: Runner | None = None,
    *,
    model: str | None = None,
    use_cache: bool = True,
) -> Iterator[Result]:
    """One result per source, in input order: its analysis, or the exception it raised.

    Sources are read here, one at a time as the runner asks for more; see ``analyses_for``.
    """
    return analyses_for(read_sources(sources), library, runner, model=model, use_cache=use_cache)


def read_sources(sources: Iterable[str | Item]) -> Iterator[Article | Exception]:
    """Each source's article, or the exception reading it raised (the others go on)."""
    for source in sources:
        try:
            yield read_input(source)
        except Exception as error:  # ReaderError, or a bug on this one source
            yield error


def read_input(source: str | Item) -> Article:
    """A source (path, URL, ``-``) or a corpus item (a JSONL record, a WARC response) read."""
    if isinstance(source, str):
        from reader.ingest import load_article

        return load_article(source)
    return source.load()


def _check_analysable(article: Article) -> None:
    try:
        check_text(article.text)
    except IngestError as error:
        raise IngestError(f"{display_source(article.source or '')}: {error}") from None
