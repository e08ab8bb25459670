"""Processing sources from the library screen (``reader FOLDER``): each article read, analysed
in the model process and saved (``processing.analysis_for`` through ``analyse_apart``), in a
thread worker that posts its progress; one odd file never stops the others."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.message import Message
from textual.worker import get_current_worker

from reader.errors import Cancelled, ReaderError
from reader.textsafety import one_line
from reader.tui.background import analyse_apart
from reader.tui.library.messages import (
    ArticleProcessed,
    NotProcessed,
    ProcessingDone,
    ProcessingStarted,
    ProcessingStep,
)
from reader.tui.session import LibrarySession


def process_all(
    session: LibrarySession,
    sources: list[str],
    model: str | None,
    post: Callable[[Message], object],
) -> None:
    from reader.ingest import iter_sources, load_article
    from reader.nlp.versions import resolve_model

    worker = get_current_worker()
    paths = [path for source in sources for path in iter_sources(source)]
    if not paths:
        post(NotProcessed(f"no articles found in {', '.join(sources)}"))
        post(ProcessingDone(0, 0))
        return
    model_name = resolve_model(model)
    post(ProcessingStarted(len(paths)))
    done = failed = 0
    try:
        library = session.library()
        for index, path in enumerate(paths, 1):
            if worker.is_cancelled:
                return
            name = one_line(Path(path).name or path, 80)
            post(ProcessingStep(index, len(paths), name))
            try:
                analyse_apart(load_article(path), library, model_name, worker)
            except Cancelled:
                return
            except ReaderError as error:
                failed += 1
                post(NotProcessed(str(error)))
            except Exception as error:  # one odd file must not stop the others
                failed += 1
                post(NotProcessed(f"{name}: not processed ({type(error).__name__}: {error})"))
            else:
                done += 1
                post(ArticleProcessed())
    except ReaderError as error:
        post(NotProcessed(str(error)))
    post(ProcessingDone(done, failed))
