"""Where the time of ``reader analyze --engine dask`` goes, phase by phase.

Usage: python bench/dask_breakdown.py [ARTICLES [WORKERS]] (default 200 articles, 2 workers).

Runs what ``reader analyze CORPUS --out DIR --format parquet --engine dask --jobs WORKERS`` runs,
in this process, over the bench's generated corpus, and reports: seconds from process start to
the cluster being up and to every worker having loaded the model; each worker's tasks (compute
time, idle gaps between them, waiting for the first one); the tail (the last partition running
while the other workers idle); and CPU seconds of the client's main thread (by part: reading
inputs, writing the output, waiting), of its other threads (scheduler, nannies, comms: they run
in this process) and of each worker. Per-phase figures, not wall-clock ratios: they hold up on a
busy machine.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from collections import defaultdict
from contextlib import suppress
from pathlib import Path

import psutil

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
STARTED = psutil.Process().create_time()

timers: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
"""name -> [wall seconds, main-thread CPU seconds, calls]"""


def timed(owner: object, name: str, label: str) -> None:
    """Wrap ``owner.name`` to add its wall and thread CPU time to ``timers[label]``."""
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            entry = timers[label]
            entry[0] += time.perf_counter() - wall
            entry[1] += time.thread_time() - cpu
            entry[2] += 1

    setattr(owner, name, wrapper)


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    from corpus import write_corpus

    corpus = write_corpus(articles)
    import distributed

    import reader.dask_runner as dask_runner
    from reader import batch, dataset
    from reader.ingest import corpus as corpus_items
    from reader.nlp.versions import pipeline_version, resolve_model

    class TimedLoadModel(dask_runner.LoadModel):
        def setup(self, worker) -> None:
            began, cpu = time.time(), time.process_time()
            super().setup(worker)
            worker._reader_load = (began, time.time(), cpu, time.process_time())

    dask_runner.LoadModel = TimedLoadModel
    timed(corpus_items.Item, "load", "read inputs (Item.load)")
    timed(dataset.DatasetWriter, "write", "writer.write (incl. part flushes)")
    timed(dataset.DatasetWriter, "flush", "  of which part flushes (parquet)")
    timed(distributed.Future, "result", "wait for results (Future.result)")
    timed(distributed.Client, "register_plugin", "register_plugin (model load)")
    stream: list = []
    marks: dict[str, float] = {}
    original_init = dask_runner.DaskRunner.__init__

    def init(self, *args, **kwargs) -> None:
        marks["runner"] = time.time()
        original_init(self, *args, **kwargs)
        marks["cluster"] = time.time()
        marks["cluster cpu"] = _client_cpu()
        self._stream = distributed.get_task_stream(self.client)
        stream.append(self._stream.__enter__())
        stream.append(self)

    original_close = dask_runner.DaskRunner.close

    def close(self) -> None:
        marks["done"] = time.time()
        marks["done cpu"] = _client_cpu()
        self._stream.__exit__(None, None, None)
        stream.append(self.client.run(_worker_facts))
        original_close(self)
        marks["closed"] = time.time()

    dask_runner.DaskRunner.__init__ = init
    dask_runner.DaskRunner.close = close
    with tempfile.TemporaryDirectory() as scratch:
        request = batch.Request(
            sources=(str(corpus),),
            model=resolve_model(),
            version=pipeline_version(),
            jobs=workers,
            engine="dask",
            out=Path(scratch) / "out",
            fmt="parquet",
        )
        marks["main"] = time.time()
        counts = batch.run(request, None, lambda line: print(f"reader: {line}", file=sys.stderr))
    marks["end"] = time.time()
    report(articles, counts, marks, stream[0].data, stream[2])


def _client_cpu() -> tuple[float, float]:
    """CPU seconds of this process: its main thread, and its other threads."""
    main_id = threading.main_thread().native_id
    main = sum(t.user_time + t.system_time for t in psutil.Process().threads() if t.id == main_id)
    total = psutil.Process().cpu_times()
    return main, total.user + total.system - main


def _worker_facts(dask_worker) -> dict:
    process = psutil.Process()
    cpu = process.cpu_times()
    names = {t.native_id: t.name for t in threading.enumerate()}
    return {
        "born": process.create_time(),
        "load": getattr(dask_worker, "_reader_load", None),
        "cpu": cpu.user + cpu.system,
        "threads": {
            names.get(t.id, str(t.id)): round(t.user_time + t.system_time, 2)
            for t in process.threads()
        },
    }


def report(articles: int, counts, marks: dict, tasks: list, facts: dict) -> None:
    def at(t: float) -> str:
        return f"{t - STARTED:7.2f}"

    print(f"\n{counts.analysed} analysed over {articles} articles")
    print(f"process start -> main() begins          {at(marks['main'])} s")
    print(f"  -> DaskRunner() begins                {at(marks['runner'])} s")
    print(f"  -> cluster up (LocalCluster + Client) {at(marks['cluster'])} s")
    by_worker: dict[str, list] = defaultdict(list)
    for task in tasks:
        for step in task["startstops"]:
            if step["action"] == "compute":
                by_worker[task["worker"]].append((step["start"], step["stop"]))
    ends = []
    for name, fact in sorted(facts.items()):
        spans = sorted(by_worker.get(name, []))
        load = fact["load"]
        print(f"worker {name}: process born {at(fact['born'])} s", end="")
        if load:
            print(
                f", model load {at(load[0])} -> {at(load[1])} ({load[1] - load[0]:.2f} s);"
                f" CPU {load[2]:.2f} s before it, {load[3] - load[2]:.2f} s in it"
            )
        else:
            print(", model loaded elsewhere")
        if not spans:
            continue
        busy = sum(stop - start for start, stop in spans)
        gaps = [b[0] - a[1] for a, b in zip(spans, spans[1:], strict=False)]
        print(
            f"  {len(spans)} tasks, first starts {at(spans[0][0])} s, last ends {at(spans[-1][1])}"
            f" s; compute {busy:.2f} s ({busy / len(spans):.2f} s a task); idle between tasks"
            f" {sum(gaps):.2f} s (largest {max(gaps, default=0):.2f} s); CPU {fact['cpu']:.2f} s"
        )
        print(f"  CPU by thread: {fact['threads']}")
        ends.append(spans[-1][1])
    if len(ends) > 1:
        ends.sort()
        print(f"tail: last worker ends {ends[-1] - ends[-2]:.2f} s after the one before")
    print(f"run finished -> client closed           {at(marks['closed'])} s")
    print(f"process end                             {at(marks['end'])} s")
    for mark, label in (("cluster cpu", "cluster up"), ("done cpu", "run done"), (None, "end")):
        main_cpu, other = marks[mark] if mark else _client_cpu()
        print(f"client CPU at {label:10}: main thread {main_cpu:.2f} s, other threads {other:.2f}")
    print("  (the scheduler, the nannies and the comms run in the other threads)")
    for label, (wall, cpu, calls) in timers.items():
        print(f"  {label:40} {calls:6} calls  wall {wall:7.2f} s  CPU {cpu:6.2f} s")
    for child in psutil.Process().children(recursive=True):  # the fork server, if any
        with suppress(psutil.Error):
            cpu = child.cpu_times()
            name = " ".join(child.cmdline())[-60:]
            print(f"child process still alive: CPU {cpu.user + cpu.system:.2f} s  …{name}")


if __name__ == "__main__":
    main()
