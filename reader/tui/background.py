"""Long work that a thread worker can walk away from.

Textual runs thread workers in asyncio's default executor, and Python waits for those threads
when the app exits: quitting while spaCy chews a huge article would wait for its current batch.
The work runs instead in a daemon thread that the worker watches; when the worker is cancelled
(screen closed, app quitting) it returns at once and the daemon thread is left to stop at its
next progress check, or with the process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from textual.worker import Worker

from reader.errors import Cancelled
from reader.model import Analysis, Article

if TYPE_CHECKING:
    from reader.runners import ProgressFactory
    from reader.store import Library

T = TypeVar("T")

POLL_SECONDS = 0.05


def run_abandonable(work: Callable[[], T], worker: Worker, name: str = "reader-work") -> T:
    """``work()`` in a daemon thread; its result, its exception, or ``Cancelled`` when the
    worker was cancelled while the work was still running."""
    finished = threading.Event()
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # handed to the waiting worker, raised there
            outcome["error"] = error
        finally:
            finished.set()

    threading.Thread(target=run, name=name, daemon=True).start()
    while not finished.wait(POLL_SECONDS):
        if worker.is_cancelled:
            raise Cancelled
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def analyse_apart(
    article: Article,
    library: Library,
    model: str,
    worker: Worker,
    progress: ProgressFactory | None = None,
) -> Analysis:
    """``article``'s analysis by the one analysis path (``processing.analysis_for``): cached,
    or made in the model process and saved. For a thread worker: the screen stays quick while
    the model works, and a cancelled worker returns at once (``Cancelled``) and the model
    process stops its work."""
    from reader import processing
    from reader.runners import ModelProcess

    runner = ModelProcess(progress, cancelled=lambda: worker.is_cancelled)
    return run_abandonable(
        lambda: processing.analysis_for(article, library, runner, model=model),
        worker,
        name="reader-analysis",
    )
