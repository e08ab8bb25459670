"""``reader analyze``: inputs through a runner into stdout, a dataset folder or the library.

Nothing here holds the whole input: sources expand lazily into corpus items, runners keep a
bounded window of work, and the writer buffers one part at a time. Results are written by this
process alone (one writer), so a library or folder is never written from two places.
"""

from __future__ import annotations

import json
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from reader.dataset import DatasetWriter
from reader.errors import ReaderError
from reader.ingest.corpus import Item, iter_items
from reader.language import NOT_ENGLISH, looks_english
from reader.model import Analysis, Article
from reader.processing import analyses_for
from reader.runners import InProcess, Runner, WorkerPool
from reader.store import Library
from reader.textsafety import one_line
from reader.wording import counted

TimeLimit = Callable[[], Callable[[int, int], None]]
Result = Analysis | Exception


@dataclass
class Request:
    """What ``reader analyze`` was asked to do."""

    sources: tuple[str, ...]
    model: str
    version: str
    use_cache: bool = True
    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None
    out: Path | None = None
    fmt: str = "jsonl"
    text_field: str = "text"
    id_field: str = "id"
    time_limit: TimeLimit | None = None


@dataclass
class Counts:
    analysed: int = 0
    skipped: int = 0
    failed: int = 0


def items(request: Request) -> Iterator[Item]:
    for source in request.sources:
        yield from iter_items(source, request.text_field, request.id_field)


def run(request: Request, library: Library | None, say: Callable[[str], None]) -> Counts:
    """Analyse every input; ``say`` reports to the user (stderr). Returns what happened."""
    counts = Counts()
    progress = Progress(sys.stderr)
    say = progress.around(say)
    writer = None
    if request.out is not None:
        writer = DatasetWriter(request.out, request.fmt, request.model, request.version)
        if writer.found:
            say(f"{request.out} already holds {counted(writer.found, 'article')} of this pipeline")

    def failed(source: str, error: Exception) -> None:
        counts.failed += 1
        say(_problem(source, error))
        progress.show(counts)

    def articles() -> Iterator[tuple[Article, str]]:
        """Each input read here, one at a time as the runner asks for more; what the output
        already holds is counted and left out."""
        for item in items(request):
            try:
                article = item.load()
            except Exception as error:  # ReaderError, or a bug on this one input
                failed(item.source, error)
                continue
            if writer is not None and writer.seen(article.content_hash):
                counts.skipped += 1
                progress.show(counts)
                continue
            yield article, item.source

    try:
        for result, source in _results(request, library, articles(), say):
            if isinstance(result, Exception):
                failed(source, result)
                continue
            if not looks_english(result.article.text):
                say(_not_english(source))
            if writer is None:
                sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            elif not writer.write(result):  # the same text twice in this run's input
                counts.skipped += 1
                continue
            counts.analysed += 1
            progress.show(counts)
    finally:
        progress.close(counts)
        if writer is not None:
            writer.close()
    if writer is not None:
        say(f"wrote {counted(counts.analysed, 'article')} to {request.out} ({request.fmt})")
    if counts.skipped:
        say(f"skipped {counted(counts.skipped, 'article')} already analysed with this pipeline")
    return counts


def _results(
    request: Request,
    library: Library | None,
    articles: Iterator[tuple[Article, str]],
    say: Callable[[str], None],
) -> Iterator[tuple[Result, str]]:
    """(result, source) per article, in input order: the one analysis path, with the runner
    of the chosen engine (cached analyses come from ``library``, new ones are saved there)."""
    sources: deque[str] = deque()

    def feed() -> Iterator[Article]:
        for article, source in articles:
            sources.append(source)
            yield article

    with _runner(request, say) as runner:
        found = analyses_for(
            feed(), library, runner, model=request.model, use_cache=request.use_cache
        )
        for result in found:
            yield result, sources.popleft()


def _runner(request: Request, say: Callable[[str], None]) -> Runner:
    if request.engine == "dask":
        from reader.dask_runner import DaskRunner

        workers = request.jobs if request.jobs > 1 else None
        return DaskRunner(
            request.scheduler, workers=workers, time_limit=request.time_limit, say=say
        )
    if request.jobs > 1:
        return WorkerPool(request.jobs, request.time_limit)
    return InProcess(request.time_limit)


def _not_english(source: str) -> str:
    from reader.ingest import display_source

    return one_line(f"{display_source(source)}: {NOT_ENGLISH}")


def _problem(source: str, error: Exception) -> str:
    if isinstance(error, ReaderError):
        return one_line(str(error), 400)
    from reader.ingest import display_source

    where = display_source(source)
    return one_line(f"{where}: internal error, please report it ({type(error).__name__}: {error})")


class Progress:
    """A running count on a terminal's stderr (the total is not known in advance: inputs are
    streamed), ending with the final count; silent when stderr is not a terminal."""

    every = 0.2
    """Seconds between updates."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream if stream.isatty() else None
        self.started = self.last = time.monotonic()
        self.width = 0

    def show(self, counts: Counts, force: bool = False) -> None:
        now = time.monotonic()
        if self.stream is None or (now - self.last < self.every and not force):
            return
        self.last = now
        done = counts.analysed + counts.skipped + counts.failed
        rate = done / max(now - self.started, 1e-6)
        line = (
            f"analysing: {counts.analysed:,} done, {counts.skipped:,} skipped,"
            f" {counts.failed:,} failed ({rate:.1f}/s)"
        )
        self._write(f"\r{line.ljust(self.width)}")
        self.width = len(line)

    def around(self, say: Callable[[str], None]) -> Callable[[str], None]:
        """``say``, with the count taken off the line first (a message gets a line of its own;
        the count comes back with the next update)."""

        def said(message: str) -> None:
            if self.width:
                self._write(f"\r{' ' * self.width}\r")
                self.width = 0
            say(message)

        return said

    def close(self, counts: Counts) -> None:
        self.show(counts, force=True)
        if self.width:
            self._write("\n")
            self.width = 0

    def _write(self, text: str) -> None:
        assert self.stream is not None
        self.stream.write(text)
        self.stream.flush()
