"""Keypress → repaint in the real app over a big library (``make bench``, "latency").

Usage: python bench/app_latency.py [LIBRARY.db] [ROUNDS]  → JSON on stdout

Runs reader headless on LIBRARY.db (default: a synthetic library of 10,000 articles, over 150 MB,
built once into bench/results and copied for each run), the library screen first, sends keys
through the driver as a terminal would, and times each key to the first frame that shows its
result:

  sort            ``s``/``S`` on the library table: the frame with the rows in the new order
  search echo     a character typed into the library search: the frame showing it
  search results  the last character of a query: the frame showing its results
  open article    enter on a row: the frame with the article and every mark
  add highlight   enter in the new-highlight dialog: the frame with the highlight drawn
  delete highlight  ``y`` in the confirmation: the frame without it
  back to library escape from the article: the frame with the library table

It also counts the library damage checks (``PRAGMA quick_check``) the session ran, times its full
garbage collections (each stops the app), and says what else was running while keys were timed:
the articles the echo index still lacked when the session began (the app indexes them in a
background worker, in every session over a copy of an unsettled library: ``settle_library``
settles it once, in the library itself), and the app's workers running as each timed key was
drawn.

Nothing here is added to the app: the hook is a subclass that sees each frame (``App._display``),
started as ``reader open`` starts it (the collector off, the imports frozen). The probe never asks
for a frame itself: the frame timed is the one the app draws.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SIZE = (120, 40)
QUERIES = ("talks", "Grace Obi", "ceasefire", "speaker:Khalid", "xylophone")


LIBRARY_ARTICLES = 10_000


def build_library(count: int = LIBRARY_ARTICLES) -> Path:
    """A library of ``count`` synthetic articles (``library_search.synthetic_analysis``), each
    about 1.5 times the batch corpus's length so that 10,000 of them fill over 150 MB."""
    from corpus import RESULTS, texts
    from library_search import synthetic_analysis

    from reader.store import open_library

    path = RESULTS / f"library-latency-{count}.db"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in RESULTS.glob(partial.name + "*"):
        leftover.unlink()
    bodies = texts(count, seed=12)
    with open_library(partial) as library, _one_transaction(library):
        for index, text in enumerate(bodies):
            extra = bodies[(index + 1) % count].split("\n\n")[2:9]
            library.save(synthetic_analysis("\n\n".join([text.rstrip(), *extra]) + "\n", index))
    partial.rename(path)
    return path


def settle_library(path: Path) -> int:
    """Leave the library with nothing for the app to do in the background, once: a bench library
    is measured settled. Returns how many articles it settled (0: settled already).

    The one thing the app does in the background over a library from before the echo index is
    index its echoes (in a worker, when an article is opened). Indexed for real, these synthetic
    articles (paragraphs of one corpus, so a quote recurs in hundreds of articles) make ~10^8
    echo pairs: at 4,579 of the 10,000 the index held 15.5 M pairs after 28 minutes (a loaded
    machine) and 7 GB of write-ahead log, and each article opened would then read every pair
    (``echo_groups``). So the articles go into the index as sharing no quotes, which is what the
    app finds in a library whose articles quote nobody in common. A library built since saving
    an analysis indexes its echoes (``Library.save``) holds those pairs (54 M, 1.8 GB): they are
    dropped first."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        dropped = conn.execute("select exists (select 1 from echo_quotes)").fetchone()[0]
        if dropped:
            for table in ("echo_pairs", "echo_shingles", "echo_quotes", "echo_articles"):
                conn.execute(f"delete from {table}")  # no triggers: SQLite empties it at once
        added = conn.execute(
            "insert into echo_articles (article_id)"
            " select a.id from articles a join analyses n on n.article_id = a.id"
            " where a.id not in (select article_id from echo_articles)"
        ).rowcount
    if dropped:  # the file as large as what it holds (the bench's row says its size)
        sqlite3.connect(path, isolation_level=None).execute("vacuum").connection.close()
    conn.close()
    return added


def pending_echoes(path: Path) -> int:
    """Articles of the library that the echo index lacks (the app indexes them in the
    background when an article is opened)."""
    from reader.echoes.library import pending_articles
    from reader.store import Library

    library = Library(path)
    try:
        return len(pending_articles(library))
    finally:
        library.close()


def _one_transaction(library):
    """One write transaction for the whole build (``transaction()``; sqlite-utils' ``atomic()``
    in reader before it had one, so the same probe measures the code before this bench)."""
    transaction = getattr(library, "transaction", None)
    return transaction() if transaction is not None else library.db.atomic()


def current(path: Path) -> None:
    """Make the stored analyses this pipeline version's, so that opening one is a cache hit
    (the synthetic analyses stand for the model's, whatever version wrote them)."""
    import sqlite3

    from reader.nlp.versions import pipeline_version, resolve_model

    with sqlite3.connect(path) as conn:
        conn.execute(
            "update analyses set model = ?, version = ?", [resolve_model(), pipeline_version()]
        )
    conn.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main(db: str, rounds: int, cleanup: Callable[[], None] = lambda: None) -> None:
    started = float(os.environ.get("BENCH_T0", time.time()))
    gc.disable()  # as `reader open` starts the app (cli.open_command); the app turns it on
    from textual import events

    import reader.store.recovery as recovery
    from reader.tui.app import ReaderApp
    from reader.tui.collector import keep_imports_out
    from reader.tui.screens.article import ArticleScreen
    from reader.tui.screens.library import LibraryScreen

    pending = pending_echoes(Path(db))
    checks = {"quick_check": 0}
    real_check = recovery._quick_check

    def counted_check(*args, **kwargs):
        checks["quick_check"] += 1
        return real_check(*args, **kwargs)

    recovery._quick_check = counted_check
    samples: dict[str, list[float]] = defaultdict(list)
    cpu_samples: dict[str, list[float]] = defaultdict(list)
    full_collections: list[float] = []
    """How long each full garbage collection of the session stopped the app (ms)."""
    collection_started = [0.0]

    def collection(phase: str, info: dict) -> None:
        if info["generation"] == 2 and phase == "start":
            collection_started[0] = time.perf_counter()
        elif info["generation"] == 2:
            full_collections.append((time.perf_counter() - collection_started[0]) * 1000)

    gc.callbacks.append(collection)
    running: dict[str, int] = defaultdict(int)
    """Each worker group → timed keys drawn while one of it ran (the probe's own aside)."""
    """The process's CPU time (all threads) over the same intervals: what the load of other
    programs on the machine moves much less than the wall time."""

    class Probe(ReaderApp):
        waiters: list[tuple[Callable[[], bool], asyncio.Future]] = []
        started = False

        def _display(self, screen, renderable) -> None:
            super()._display(screen, renderable)
            if renderable is None:
                return
            now = time.perf_counter()
            for waiter in list(self.waiters):
                check, future = waiter
                if check():
                    self.waiters.remove(waiter)
                    future.set_result(now)
            if not self.started:
                self.started = True
                self.run_worker(self.script(), exclusive=True, group="probe")

        async def frame_where(
            self, check: Callable[[], bool], timeout: float = 30, ask: bool = False
        ) -> float:
            """The time of the first frame drawn while ``check()`` holds; with ``ask``, a
            full-screen frame is asked for (set-up steps only: a timed key waits for the frame
            the app draws, never for one the probe asked for)."""
            future = asyncio.get_running_loop().create_future()
            self.waiters.append((check, future))
            if ask:
                self.refresh()
            return await asyncio.wait_for(future, timeout)

        async def press(self, key: str, until: Callable[[], bool], name: str | None) -> float:
            self.step = f"{key} ({name or 'setup'})"
            character = " " if key == "space" else key if len(key) == 1 else None
            start, cpu = time.perf_counter(), time.process_time()
            self._driver.send_message(events.Key(key, character))
            seconds = await self.frame_where(until, ask=not name) - start
            if name:
                samples[name].append(seconds * 1000)
                cpu_samples[name].append((time.process_time() - cpu) * 1000)
                for worker in self.workers:
                    if worker.is_running and worker.group != "probe":
                        running[worker.group] += 1
            return seconds

        async def settle(self) -> None:
            await asyncio.sleep(0.15)

        # The script ------------------------------------------------------------------------

        async def script(self) -> None:
            try:
                await self.run_script()
            except BaseException as error:  # report it, then leave with a failure
                step = getattr(self, "step", "start")
                print(f"latency probe failed at {step}: {error!r}", file=sys.stderr)
                sys.stderr.flush()
                cleanup()
                os._exit(1)
            print(json.dumps(self.report()))
            sys.stdout.flush()
            cleanup()
            os._exit(0)  # at once: the app's exit is not what is measured

        def table(self):
            return self.screen.query_one("#articles")

        def rows_shown(self) -> bool:
            if not isinstance(self.screen, LibraryScreen):
                return False
            table = self.table()
            return table.row_count > 0 and table.display

        async def run_script(self) -> None:
            await self.frame_where(self.rows_shown, timeout=120)
            samples["library shown at start"].append((time.time() - started) * 1000)
            await self.settle()
            await self.sorts()
            await self.searches()
            for round_ in range(rounds):
                await self.article_round(round_)

        def row_id(self, index: int) -> str:
            table = self.table()
            if hasattr(table, "items"):  # reader's own table
                return table.items[index].id
            return table.coordinate_to_cell_key((index, 0)).row_key.value  # a DataTable

        def first_row(self) -> str:
            return self.row_id(0)

        async def sorts(self) -> None:
            for key in ["s"] * 10 + ["S"] * 10:
                screen = self.screen
                before = (screen.sort_key, screen.sort_reverse, self.first_row())

                def sorted_again(screen=screen, before=before) -> bool:
                    after = (screen.sort_key, screen.sort_reverse)
                    return after != before[:2] and self._sorted_as(screen)

                await self.press(key, sorted_again, "sort")
                await self.settle()

        def _sorted_as(self, screen) -> bool:
            """The table's first two rows are in the screen's current order."""
            from reader.tui.screens.library import SORTS

            table = self.table()
            if table.row_count < 2:
                return True
            by_id = {row.id: row for row in screen.rows}
            first, second = (by_id[self.row_id(i)] for i in (0, 1))
            key = SORTS[screen.sort_key][1]
            if screen.sort_reverse:
                return key(first) >= key(second)
            return key(first) <= key(second)

        async def searches(self) -> None:
            screen = self.screen
            search = screen.query_one("#search")
            results = screen.query_one("#results")
            await self.press("slash", lambda: search.has_focus, None)
            for query in QUERIES:
                typed = ""
                for character in query:
                    typed += character
                    key = "space" if character == " " else character

                    def echoed(typed=typed) -> bool:
                        return search.value == typed

                    start = time.perf_counter()
                    await self.press(key, echoed, "search echo")
                    await asyncio.sleep(0.06)  # a quick typist: ~16 characters a second

                def found(query=query) -> bool:
                    return screen.query_text == query and (
                        results.display or screen.query_one("#empty").display
                    )

                samples["search results"].append((await self.frame_where(found) - start) * 1000)
                await self.settle()
                await self.press("escape", lambda: not screen.query_text, None)
                await self.press("slash", lambda: search.has_focus, None)
                await self.settle()
            await self.press("escape", lambda: self.table().has_focus, None)
            await self.settle()

        async def article_round(self, round_: int) -> None:
            library = self.screen
            await self.press("j", lambda: True, None)
            await self.settle()

            def article_ready() -> bool:
                screen = self.screen
                return isinstance(screen, ArticleScreen) and screen.analysis is not None

            await self.press("enter", article_ready, "open article")
            await self.settle()
            article = self.screen
            view = article.view
            view.go_to(view.index.starts[min(len(view.index) - 1, 2 + round_ % 5)])
            await self.settle()
            count = len(view.mark_layers.highlights)
            await self.press("m", lambda: self.screen is not article, None)
            await self.settle()

            def added() -> bool:
                return self.screen is article and len(view.mark_layers.highlights) == count + 1

            await self.press("enter", added, "add highlight")
            await self.settle()
            await self.press("d", lambda: self.screen is not article, None)
            await self.settle()

            def deleted() -> bool:
                return self.screen is article and len(view.mark_layers.highlights) == count

            await self.press("y", deleted, "delete highlight")
            await self.settle()

            def back() -> bool:
                return self.screen is library and self.rows_shown()

            await self.press("escape", back, "back to library")
            await self.settle()

        def report(self) -> dict:
            result = {
                name: {
                    "n": len(values),
                    "p50_ms": statistics.median(values),
                    "p95_ms": percentile(values, 0.95),
                    "max_ms": max(values),
                }
                for name, values in samples.items()
            }
            result["quick_checks"] = checks["quick_check"]
            result["echoes_pending_at_start"] = pending
            result["workers_while_timed"] = dict(running)
            result["full_collections_ms"] = full_collections
            result["samples"] = samples
            result["cpu_p50_ms"] = {k: statistics.median(v) for k, v in cpu_samples.items()}
            result["cpu_p95_ms"] = {k: percentile(v, 0.95) for k, v in cpu_samples.items()}
            return result

    probe = Probe(db_path_override=db)
    keep_imports_out()  # as `reader open` does
    probe.run(headless=True, size=SIZE)
    print("the app exited before the probe finished", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "-" else build_library()
    settle_library(source)
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    scratch = tempfile.mkdtemp(prefix="reader-latency-")
    copy = Path(scratch) / "library.db"
    shutil.copy(source, copy)  # the run adds and deletes highlights: never in the original
    current(copy)
    main(str(copy), rounds, cleanup=lambda: shutil.rmtree(scratch, ignore_errors=True))
