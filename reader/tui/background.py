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
from typing import TypeVar

from textual.worker import Worker

from reader.model import Analysis, Article

T = TypeVar("T")

POLL_SECONDS = 0.05


class Abandoned(Exception):
    """The worker was cancelled while the work was still running."""


def run_abandonable(work: Callable[[], T], worker: Worker, name: str = "reader-work") -> T:
    """``work()`` in a daemon thread; its result, its exception, or ``Abandoned``."""
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
            raise Abandoned
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def analyse_apart(
    article: Article, model: str, worker: Worker, progress: Callable[[int, int], None]
) -> Analysis:
    """``article``'s analysis from the model process, for a thread worker: the screen stays
    quick while the model works, a cancelled worker returns at once (``Abandoned``) and the
    model process stops its work."""
    from reader import processing

    return run_abandonable(
        lambda: processing.process(
            article,
            None,
            model,
            progress=progress,
            apart=True,
            cancelled=lambda: worker.is_cancelled,
        ),
        worker,
        name="reader-analysis",
    )
