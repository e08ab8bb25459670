"""Where the model runs. A runner turns a stream of articles into their analyses.

``processing.analyses_for`` is the one path from an article to its analysis (cache, then a
runner, then save); the runner is what it is given:

- ``InProcess``: spaCy in this process, short articles sharing ``nlp.pipe`` batches.
- ``ModelProcess``: the model in a child process (``reader.nlp.model_process``), for the app:
  its frames and typing never wait on spaCy.
- ``WorkerPool``: ``--jobs N`` worker processes, each loading the model once.
- ``DaskRunner`` (``reader.dask_runner``, ``--engine dask``): a Dask cluster, for corpora.

Every runner has the same contract, which a distributed engine (a Dask client) can meet as well:
``run(items, model)`` takes ``(article, context)`` pairs lazily, holding only a bounded number
in flight, and yields ``(result, context)`` in the order given, each as soon as it and those
before it are done. A result is the ``Analysis`` or the exception that article raised (the
others go on). ``progress``, when given, is called as each article starts and returns that
article's ``progress(done, total)`` check; raising ``ReaderError`` there fails the article,
raising ``Cancelled`` (or ``cancelled()`` turning true) stops the whole run with ``Cancelled``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Protocol, TypeVar

from reader.errors import Cancelled, ReaderError, picklable
from reader.model import Analysis, Article

T = TypeVar("T")

Result = Analysis | Exception
"""An article's analysis, or why it has none: a ``ReaderError`` for the user, any other
exception for a bug on that one article (the run goes on)."""
Progress = Callable[[int, int], None]
ProgressFactory = Callable[[], Progress | None]

WORKER_BATCH = 8
"""Articles per task handed to a pool worker: enough to fill an ``nlp.pipe`` batch."""
IN_FLIGHT_PER_WORKER = 2
"""Tasks queued per pool worker, so none waits for work while the parent stays bounded."""


class Runner(Protocol):
    def run(self, items: Iterable[tuple[Article, T]], model: str) -> Iterator[tuple[Result, T]]:
        """One ``(result, context)`` per item, in input order (see the module's docstring)."""
        ...

    def close(self) -> None:
        """Let go of what the runner started (worker processes, a cluster client)."""
        ...


class _Closing:
    """A runner is a context manager: ``with`` closes it."""

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pass


class InProcess(_Closing):
    """spaCy in this process (the CLI's default)."""

    def __init__(self, progress: ProgressFactory | None = None) -> None:
        self.progress = progress

    def run(self, items: Iterable[tuple[Article, T]], model: str) -> Iterator[tuple[Result, T]]:
        items = iter(items)
        first = next(items, None)
        if first is None:  # every article was cached: spaCy is never imported
            return
        from reader.nlp.pipeline import analyze_many

        yield from analyze_many(chain([first], items), model, self.progress)


class ModelProcess(_Closing):
    """One article at a time in this process's model process (``reader.nlp.model_process``).

    ``cancelled()`` is polled while the child works; when it turns true the child is stopped
    and ``Cancelled`` comes out. The child outlives the runner: it is shared by the app's
    screens and stopped when the app exits (``model_process.stop_all``).
    """

    def __init__(
        self,
        progress: ProgressFactory | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.progress = progress
        self.cancelled = cancelled

    def run(self, items: Iterable[tuple[Article, T]], model: str) -> Iterator[tuple[Result, T]]:
        from reader.nlp.model_process import model_process

        for article, context in items:
            if self.cancelled is not None and self.cancelled():
                raise Cancelled
            check = self.progress() if self.progress is not None else None
            try:
                result: Result = model_process(model).analyze(article, check, self.cancelled)
            except Cancelled:
                raise
            except Exception as error:  # that article's failure, reported for it
                result = error
            yield result, context


class WorkerPool(_Closing):
    """``jobs`` worker processes, started on first use, living until ``close``.

    ``progress`` must be a module-level function: it is sent to the workers.
    """

    def __init__(self, jobs: int, progress: ProgressFactory | None = None) -> None:
        self.jobs = jobs
        self.progress = progress
        self._pool = None
        self._model: str | None = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def _started(self, model: str):
        if self._pool is None or self._model != model:
            self.close()
            self._pool = _pool_context().Pool(self.jobs, _worker_start, (model,))
            self._model = model
        return self._pool

    def run(self, items: Iterable[tuple[Article, T]], model: str) -> Iterator[tuple[Result, T]]:
        items = iter(items)
        in_flight: deque = deque()
        while True:
            batch = list(islice(items, WORKER_BATCH))
            if batch:
                articles = [article for article, _ in batch]
                task = (articles, model, self.progress)
                pending = self._started(model).apply_async(_worker_batch, (task,))
                in_flight.append(([context for _, context in batch], pending))
            if in_flight and (not batch or len(in_flight) >= self.jobs * IN_FLIGHT_PER_WORKER):
                contexts, pending = in_flight.popleft()
                yield from zip(pending.get(), contexts, strict=True)
            elif not batch:
                return


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


def _worker_batch(task: tuple[list[Article], str, ProgressFactory | None]) -> list[Result]:
    """Analyse a batch of articles in a worker; the parent saves them."""
    if _worker_error is not None:
        raise _worker_error
    articles, model, progress = task
    found = InProcess(progress).run(((article, None) for article in articles), model)
    return [picklable(r) if isinstance(r, Exception) else r for r, _ in found]
