"""``--engine dask``: the analysis runner on a Dask cluster (``pip install 'reader[scale]'``).

It meets the runner contract of the one analysis path: ``run(items, model)`` takes
``(article, context)`` pairs lazily and yields ``(result, context)`` in input order, where a
result is the ``Analysis`` or the exception that article raised.

- Articles go out in partitions of ``partition`` (the last few in quarter partitions, so no
  worker idles long at the end); at most ``IN_FLIGHT_PER_WORKER`` partitions per worker are
  out at once, so the client holds a bounded window whatever the corpus size.
- Each worker loads the model once (``LoadModel``, a worker plugin, which the scheduler also
  runs on workers that join or restart later) and analyses a partition with ``nlp.pipe``
  (``analyze_many``). A local cluster's workers fork from a server that has loaded it already.
- A worker that dies mid-partition: the scheduler runs the partition again on another worker,
  and the client receives each partition's result once.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TypeVar

from reader.errors import ReaderError, picklable
from reader.model import Analysis, Article

try:
    import dask.config
    from distributed import Client, LocalCluster, WorkerPlugin
except ImportError:  # the optional extra is not installed
    raise ReaderError("--engine dask needs Dask: pip install 'reader[scale]'") from None

T = TypeVar("T")
Result = Analysis | Exception
TimeLimit = Callable[[], Callable[[int, int], None]]

PARTITION = 16
"""Articles per task: two ``nlp.pipe`` batches of news-length articles, a second or two of
work, so scheduling costs little next to it and a lost partition little to redo."""
IN_FLIGHT_PER_WORKER = 3
LOCAL_CLUSTER_CONFIG = {
    # (their dashboard's profile: ~1 % of a core)
    "distributed.worker.profile.enabled": False,
    # (the event-loop health check, every 20 ms by default, on each server: ~2 % of a core)
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    # Dask's 64 KiB malloc trim threshold, meant to hand memory back to the system at once, also
    # fixes glibc's mmap threshold: spaCy's arrays are then mapped, unmapped and their pages
    # faulted in again and again, 20-30 % more CPU an article. None: the variable is not set.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}
"""A local cluster's scheduler, nannies and workers share this machine's cores with the client:
their housekeeping is made rarer, so the CPU goes to the analysis (the dashboard still works).
The nannies run in this process; each hands the config to the worker it starts, and to the one
it starts again after a crash."""
NO_MESSAGE_LOGS = {"distributed.admin.low-level-log-length": 0}
"""Dask keeps the last 1,000 messages of each stream for debugging: the client's to the
scheduler hold the partitions it sent, articles and all, so the client's memory grew with the
corpus up to that many. None are kept (by the client; and by a local cluster's scheduler and
workers, which hold the partitions in their messages too)."""
ONE_BLAS_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
"""A worker's environment (and its fork server's): one worker per core already uses every core."""
WORKERS_RECOUNT_SECONDS = 5.0


class LoadModel(WorkerPlugin):
    """Load the model when a worker starts, once for all its partitions."""

    name = "reader-load-model"

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: object) -> None:
        from reader.nlp.pipeline import load_nlp

        load_nlp(self.model)


def local_cluster(workers: int | None) -> LocalCluster:
    config = dict(LOCAL_CLUSTER_CONFIG)
    if _start_fork_server():
        config["distributed.worker.multiprocessing-method"] = "forkserver"
    with dask.config.set(config):
        return LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=40,
            env=dict(ONE_BLAS_THREAD),
            # a copy (the ``with`` undoes its settings on exit); a nanny lays it over the
            # top-level sections of its config: give it whole ones
            config=dask.config.merge(dask.config.config),
        )


def _start_fork_server() -> bool:
    """Start the fork server the local workers will fork from, having it import Dask and spaCy
    and load the default model (``reader.nlp.preload``): it does so while this process starts
    the scheduler, once for all the workers, and their pages are shared. False where the
    platform has no fork server (the workers are spawned and each loads the model itself)."""
    import multiprocessing
    from multiprocessing import forkserver

    import distributed.utils

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    # Dask would give the fork server its own list, importing every package it knows of here
    # first (pandas among them): ours is set instead, and this process imports none of them.
    distributed.utils._forkserver_preload_set = True
    multiprocessing.get_context("forkserver").set_forkserver_preload(
        ["distributed", "reader.nlp.preload"]
    )
    with _environ(**ONE_BLAS_THREAD):
        forkserver.ensure_running()  # (returns at once: the server loads in the background)
    return True


@contextmanager
def _environ(**variables: str) -> Iterator[None]:
    """These environment variables set for a child started meanwhile."""
    before = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class DaskRunner:
    """Analyses on a Dask cluster: ``scheduler`` (``tcp://host:port``) or a ``LocalCluster``
    sized to this machine (one single-threaded worker per core). A context manager."""

    def __init__(
        self,
        scheduler: str | None = None,
        *,
        workers: int | None = None,
        partition: int = PARTITION,
        time_limit: TimeLimit | None = None,
        say: Callable[[str], None] | None = None,
    ) -> None:
        self.partition = partition
        self.time_limit = time_limit
        self._cluster = None
        with dask.config.set(NO_MESSAGE_LOGS):
            if scheduler:
                self.client = Client(scheduler)
            else:
                self._cluster = local_cluster(workers)
                self.client = Client(self._cluster)
        self._model: str | None = None
        self._workers, self._counted_at = 1, -WORKERS_RECOUNT_SECONDS
        if say is not None:
            say(f"Dask dashboard: {self.client.dashboard_link}")

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def _window(self) -> int:
        """Partitions out at once: ``IN_FLIGHT_PER_WORKER`` a worker, the workers counted
        again every few seconds (a cluster can grow, and a worker can die)."""
        now = time.monotonic()
        if now - self._counted_at > WORKERS_RECOUNT_SECONDS:
            workers = len(self.client.scheduler_info(n_workers=-1)["workers"])
            self._workers, self._counted_at = max(1, workers), now
        return self._workers * IN_FLIGHT_PER_WORKER

    def run(self, items: Iterable[tuple[Article, T]], model: str) -> Iterator[tuple[Result, T]]:
        if self._model != model:
            self.client.register_plugin(LoadModel(model))
            self._model = model
        window: deque = deque()
        self._window()
        tail = self._workers * self.partition
        for batch in partitions(iter(items), self.partition, tail, max(1, self.partition // 4)):
            articles = [article for article, _ in batch]
            future = self.client.submit(
                analyse_partition, articles, model, self.time_limit, pure=False
            )
            window.append((batch, future))
            if len(window) >= self._window():
                yield from _oldest(window)
        while window:
            yield from _oldest(window)


def _oldest(window: deque) -> Iterator[tuple[Result, T]]:
    """The oldest partition's results, with the articles the client kept put back."""
    sent, future = window.popleft()
    results = future.result()
    future.release()
    for (article, context), result in zip(sent, results, strict=True):
        if isinstance(result, Analysis):
            result = replace(result, article=article)
        yield result, context


def partitions(items: Iterator[T], size: int, tail: int, small: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size``, but the last ``tail`` of them in lists of ``small``:
    the workers then finish together, instead of one running a whole partition at the end
    while the others wait. (``tail`` items are read ahead to know which are the last.)"""
    held: deque = deque()
    for item in items:
        held.append(item)
        if len(held) >= tail + size:
            yield [held.popleft() for _ in range(size)]
    while held:
        yield [held.popleft() for _ in range(min(small, len(held)))]


def analyse_partition(
    articles: list[Article], model: str, time_limit: TimeLimit | None
) -> list[Result]:
    """On a worker: the articles' analyses (or exceptions), sharing ``nlp.pipe`` batches.

    An analysis travels back without its article (the client still holds it): the text goes
    over the wire once, not twice."""
    from reader.nlp.pipeline import analyze_many

    found = analyze_many(((article, None) for article in articles), model, time_limit)
    return [
        picklable(result) if isinstance(result, Exception) else replace(result, article=None)
        for result, _ in found
    ]
