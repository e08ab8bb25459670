"""Getting an article onto the screen: what can be shown before the first frame, and the rest
from a thread worker that posts what it finds (``ArticleRead``, ``AnalysisProgress``,
``AnalysisReady`` or ``LoadFailed``).

A cached local article is read before the first frame and opens fully highlighted in one frame
(``glance``); anything slower (a URL, HTML, a big file, the model) comes after it (``load``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual.message import Message
from textual.worker import Worker, get_current_worker

from reader.errors import Cancelled, ReaderError
from reader.model import Analysis, Article
from reader.tui.article.messages import AnalysisProgress, AnalysisReady, ArticleRead, LoadFailed
from reader.tui.background import analyse_apart, run_abandonable
from reader.tui.session import LibrarySession

Post = Callable[[Message], object]
Progress = Callable[[int, int], None]


@dataclass
class Request:
    """Which article to load, and what the screen already shows of it."""

    source: str | None
    article_id: str | None
    model: str | None
    article: Article | None = None
    """The text already on screen (from ``glance``)."""
    shown: Analysis | None = None
    """The analysis already on screen: only ``opened_at`` is left to record."""
    given: Analysis | None = None
    """An analysis handed to the screen (tests, snapshots): the model never runs."""

    @classmethod
    def of(cls, screen) -> Request:
        """What an article screen asks for, and what it already shows."""
        return cls(
            screen.source,
            screen.article_id,
            screen.app.model,
            article=screen.article,
            shown=screen.analysis,
            given=screen.given_analysis,
        )


def waiting_words(source: str | None, article: Article | None) -> str:
    """What the status line says until the analysis is shown: a page still being fetched is
    named (with how to give up), anything else is being analysed."""
    from reader.ingest import is_url
    from reader.textsafety import one_line

    if article is None and source is not None and is_url(source):
        return f"Fetching {one_line(source, 60)}… (q quits) "
    return "Analysing… "


def glance(library_path: Path, request: Request):
    """The article and its cached analysis and highlights, read without waiting on anything
    (``processing.glance``), or None: then ``load`` does it all."""
    from reader import processing
    from reader.nlp.versions import resolve_model

    model = resolve_model(request.model)
    return processing.glance(library_path, model, request.source, request.article_id)


def load(session: LibrarySession, request: Request, post: Post) -> None:
    """For a thread worker: open the library (the session's one damage check), read the
    article, analyse it when no analysis is cached, and post each step."""
    worker = get_current_worker()

    def progress(done: int, total: int) -> None:
        if worker.is_cancelled:  # the screen closed or the app is quitting: stop the model
            raise Cancelled
        post(AnalysisProgress(done, total))

    try:
        library = session.library()
        if request.shown is not None:
            library.mark_opened(request.shown.id)
            if request.article is not None:  # read from its text: kept for the next time
                library.keep_head(request.article)
            return
        analysis = request.given or _analysis(library, request, worker, progress, post)
        highlights = library.highlights(analysis.id)
        position = library.reading_position(analysis.id)
    except Cancelled:
        return
    except ReaderError as error:
        post(LoadFailed(str(error)))
        return
    except Exception as error:  # an input the model chokes on: one line, not a crash
        if not worker.is_cancelled:
            post(LoadFailed(f"not analysed ({type(error).__name__}: {error})"))
        return
    if not worker.is_cancelled:
        post(AnalysisReady(analysis, highlights, position))


def _analysis(
    library, request: Request, worker: Worker, progress: Progress, post: Post
) -> Analysis:
    """The article's analysis (``processing.analysis_for``): cached, or made now in the model
    process (its text shown while the model works)."""
    from reader.ingest import load_article
    from reader.nlp.versions import resolve_model

    article = request.article
    if article is None:
        if request.article_id:
            article = library.article(request.article_id)
        else:  # a page that never answers must not hold the app's exit (an executor thread)
            source = request.source
            article = run_abandonable(lambda: load_article(source), worker, "reader-fetch")
        if article is None:
            raise ReaderError("that article is no longer in the library")
        post(ArticleRead(article))

    def started() -> Progress:  # not cached: the model starts, its progress shows
        post(AnalysisProgress(0, 1))
        return progress

    model = resolve_model(request.model)
    analysis = analyse_apart(article, library, model, worker, started)
    library.mark_opened(article.content_hash)
    return analysis
