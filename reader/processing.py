"""Source → article → analysis → cache: the one path both the CLI and the app take."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.errors import IngestError, ReaderError, picklable
from reader.ingest import HTML_SUFFIXES, display_source, is_url
from reader.ingest.limits import check_text
from reader.model import Analysis, Article, Highlight
from reader.nlp.versions import pipeline_version, resolve_model
from reader.store import Library

WORKER_BATCH = 8
"""Articles per task handed to a ``--jobs`` worker: enough to fill an ``nlp.pipe`` batch."""

Result = Analysis | Exception
"""An article's analysis, or why it has none: a ``ReaderError`` for the user, any other
exception for a bug on that one article (the batch goes on)."""
TimeLimit = Callable[[], Callable[[int, int], None]]


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
            article = _read_quickly(source) if source else None
        if article is None:
            return None
        if library is None:
            return Glance(article)
        analysis = cached_analysis(library, article, model)
        highlights = library.highlights(article.content_hash) if analysis is not None else []
        return Glance(article, analysis, highlights)
    except Exception:  # the background load meets it again and reports it
        return None
    finally:
        if library is not None:
            library.close()


def _read_quickly(source: str) -> Article | None:
    from reader.ingest import load_article

    if is_url(source) or source == "-":
        return None
    path = Path(source)
    if path.suffix.lower() in HTML_SUFFIXES or path.stat().st_size > QUICK_OPEN_BYTES:
        return None
    return load_article(source)


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


def process(
    article: Article,
    library: Library | None,
    model: str | None = None,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
    apart: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> Analysis:
    """The analysis of ``article``: from the cache when it holds one, else made and cached.

    ``apart`` runs the model in the model process (``reader.nlp.model_process``; ``cancelled()``
    stops it) instead of here. An article beyond the limits in ``reader.ingest.limits`` can
    still be read (the app shows its text) but is not analysed: that raises ``IngestError``.
    """
    model_name = resolve_model(model)
    if library is not None and use_cache:
        hit = cached_analysis(library, article, model_name)
        if hit is not None:
            return hit
    _check_analysable(article)
    if apart:
        from reader.nlp.model_process import model_process

        analysis = model_process(model_name).analyze(article, progress, cancelled)
    else:
        from reader.nlp.pipeline import analyze

        analysis = analyze(article, model_name, progress)
    if library is not None:
        library.save(analysis)
    return analysis


def process_sources(
    sources: Iterable[str],
    library: Library | None,
    model: str | None = None,
    use_cache: bool = True,
    jobs: int = 1,
    time_limit: TimeLimit | None = None,
) -> Iterator[Result]:
    """One result per source, in input order: its analysis, or the exception it raised.

    Analyses are saved to ``library`` (by this process, one short transaction each) as they
    arrive. With ``jobs > 1`` the reading and analysis run in that many worker processes, each
    loading the model once (``time_limit`` must then be a module-level function). Each
    article gets its own ``time_limit()`` progress check.
    """
    model_name = resolve_model(model)
    if jobs > 1:
        yield from _process_in_workers(
            list(sources), library, model_name, use_cache, jobs, time_limit
        )
        return
    for result, _ in _process_batch(sources, library, model_name, use_cache, time_limit):
        yield result


def _process_batch(
    sources: Iterable[str],
    library: Library | None,
    model: str,
    use_cache: bool,
    time_limit: TimeLimit | None = None,
    save: bool = True,
) -> Iterator[tuple[Result, bool]]:
    """Read each source, answer from the cache where it can, and stream the rest through
    ``analyze_many`` so short articles share spaCy batches. Yields ``(result, newly_analysed)``
    in input order; new analyses are saved to ``library`` first when ``save`` is set."""
    from reader.ingest import load_article
    from reader.nlp.pipeline import analyze_many

    pending: deque[list] = deque()  # [result or None, newly_analysed], in input order

    def to_analyse() -> Iterator[tuple[Article, list]]:
        for source in sources:
            slot: list = [None, False]
            pending.append(slot)
            try:
                article = load_article(source)
                hit = cached_analysis(library, article, model) if library and use_cache else None
                if hit is None:
                    _check_analysable(article)
            except Exception as error:  # ReaderError, or a bug on this one source
                slot[0] = error
                continue
            if hit is not None:
                slot[0] = hit
            else:
                yield article, slot

    def ready() -> Iterator[tuple[Result, bool]]:
        while pending and pending[0][0] is not None:
            result, is_new = pending.popleft()
            yield result, is_new

    for result, slot in analyze_many(to_analyse(), model, time_limit):
        is_new = isinstance(result, Analysis)
        if is_new and save and library is not None:
            try:
                library.save(result)
            except ReaderError as error:
                result, is_new = error, False
        slot[:] = [result, is_new]
        yield from ready()
    yield from ready()


def _process_in_workers(
    sources: list[str],
    library: Library | None,
    model: str,
    use_cache: bool,
    jobs: int,
    time_limit: TimeLimit | None,
) -> Iterator[Result]:
    batches = [sources[i : i + WORKER_BATCH] for i in range(0, len(sources), WORKER_BATCH)]
    db = str(library.path) if library is not None and use_cache else None
    tasks = [(batch, db, model, time_limit) for batch in batches]
    with _pool_context().Pool(min(jobs, len(batches) or 1), _worker_start, (model,)) as pool:
        for results in pool.imap(_worker_batch, tasks):
            for result, is_new in results:
                if is_new and library is not None:
                    try:
                        library.save(result)
                    except ReaderError as error:
                        result = error
                yield result


def _pool_context():
    """Workers never fork this process (it may hold SQLite connections and threads): where the
    platform has a fork server, they fork from one that has loaded spaCy and the default model
    (``reader.nlp.preload``); elsewhere they are spawned and each loads the model itself."""
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["reader.nlp.preload"])
        return context
    return multiprocessing.get_context("spawn")


_worker_error: ReaderError | None = None
"""Why this worker could not load the model: raised by its first task, so the parent reports it
(a failing Pool initializer would only be restarted, again and again)."""


def _worker_start(model: str) -> None:
    global _worker_error
    from reader.nlp.pipeline import load_nlp

    try:
        load_nlp(model)  # already loaded when forked from the preloaded fork server
    except ReaderError as error:
        _worker_error = error


def _worker_batch(
    task: tuple[list[str], str | None, str, TimeLimit | None],
) -> list[tuple[Result, bool]]:
    """Read, look up and analyse a batch of sources in a worker; the parent saves what is new."""
    if _worker_error is not None:
        raise _worker_error
    sources, db, model, time_limit = task
    library = Library(Path(db)) if db else None
    try:
        found = _process_batch(sources, library, model, library is not None, time_limit, save=False)
        return [
            (picklable(result) if isinstance(result, Exception) else result, is_new)
            for result, is_new in found
        ]
    finally:
        if library is not None:
            library.close()


def _check_analysable(article: Article) -> None:
    try:
        check_text(article.text)
    except IngestError as error:
        raise IngestError(f"{display_source(article.source or '')}: {error}") from None
