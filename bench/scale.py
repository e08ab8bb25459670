"""Corpus throughput and the Dask client's memory (``bench/run.py --only scale,scalemem``).

- scale: articles/s over the same generated corpus (≥ 2,000 articles) for bare ``nlp.pipe``,
  ``reader analyze --out`` in one process, with ``--jobs 2``, and with ``--engine dask`` on a
  local cluster of two workers (its start-up included).
- scale1: the first row of scale alone (bare ``nlp.pipe`` and one process, interleaved).
- scalemem: peak memory of the Dask client alone (the cluster runs in a process of its own)
  over 2,000 and 20,000 short inputs from a JSONL file: flat means the client holds a window,
  not the corpus.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PY = sys.executable
READER = [PY, "-m", "reader"]


def bench_scale(
    runs: int,
    work: Path,
    articles: int,
    alternate: Callable,
    row: Callable,
    notes: list[str],
    engines: bool = True,
) -> None:
    """``engines`` False (``--only scale1``): bare ``nlp.pipe`` and one process only, the
    first row of ``scale`` (medians of 5 of it take ~30 minutes on an idle machine)."""
    from corpus import write_corpus

    from reader.nlp.pipeline import BATCH_SIZE
    from reader.nlp.versions import resolve_model

    corpus = write_corpus(articles)
    out = work / "scale-out"

    def fresh(_: str) -> None:
        shutil.rmtree(out, ignore_errors=True)

    analyze = [*READER, "analyze", str(corpus), "--out", str(out), "--format", "parquet"]
    floor = [PY, str(BENCH / "floor_pipe.py"), str(corpus), resolve_model(), str(BATCH_SIZE)]
    load = os.getloadavg()[0]
    commands = {"floor": (floor, None), "one": (analyze, None)}
    if engines:
        commands["jobs"] = ([*analyze, "--jobs", "2"], None)
        commands["dask"] = ([*analyze, "--engine", "dask", "--jobs", "2"], None)
    series = alternate(runs, commands, before=fresh)
    rate = {name: articles / s.wall for name, s in series.items()}
    row(
        f"`reader analyze --out` over {articles:,} articles, one process",
        f"bare nlp.pipe {rate['floor']:.1f} articles/s",
        f"{rate['one']:.1f} articles/s",
        f"{rate['one'] / rate['floor']:.2f}×",
        "≥ 1.0×",
        rate["one"] >= rate["floor"],
        series["floor"].cpu / series["one"].cpu,
    )
    per_article = series["one"].cpu / articles
    notes.append(
        f"scale: medians of {runs} runs, the {len(commands)} commands interleaved run by run;"
        f" load average {load:.1f} at start, {os.getloadavg()[0]:.1f} at the end; at each"
        " run's start: " + "; ".join(f"{name} {s.loads}" for name, s in series.items())
    )
    notes.append(
        f"scale: one process {per_article * 1000:.0f} ms CPU an article (floor"
        f" {series['floor'].cpu / articles * 1000:.0f} ms), peak RSS {series['one'].rss_mb:.0f} MB"
        f" (floor {series['floor'].rss_mb:.0f} MB); CPU ms an article, run by run: "
        + "; ".join(
            f"{name} " + " ".join(f"{r.cpu / articles * 1000:.1f}" for r in s.runs)
            for name, s in series.items()
        )
    )
    if not engines:
        return
    row(
        "… `--jobs 2`",
        f"one process {rate['one']:.1f} articles/s",
        f"{rate['jobs']:.1f} articles/s",
        f"{rate['jobs'] / rate['one']:.2f}×",
        "≥ 1.7×",
        rate["jobs"] >= 1.7 * rate["one"],
    )
    row(
        "… `--engine dask`, 2 local workers (start-up included)",
        f"one process {rate['one']:.1f} articles/s",
        f"{rate['dask']:.1f} articles/s",
        f"{rate['dask'] / rate['one']:.2f}×",
        "≥ 1.8×",
        rate["dask"] >= 1.8 * rate["one"],
    )


def bench_client_memory(
    runs: int,
    work: Path,
    sizes: tuple[int, ...],
    timed: Callable,
    row: Callable,
    notes: list[str],
) -> None:
    """The client's peak RSS with the cluster outside it (``bench/dask_cluster.py``): medians
    of ``runs`` runs for each size, the sizes alternating run by run."""
    load = os.getloadavg()[0]
    cluster = subprocess.Popen(
        [PY, str(BENCH / "dask_cluster.py"), "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        address = cluster.stdout.readline().strip()
        if not address.startswith("tcp://"):
            raise RuntimeError("bench/dask_cluster.py did not start a cluster")
        corpora = {size: short_corpus(work / f"short-{size}.jsonl", size) for size in sizes}
        found: dict[int, list] = {size: [] for size in sizes}
        for _ in range(runs):
            for size, corpus in corpora.items():
                out = work / f"mem-out-{size}"
                command = [*READER, "analyze", str(corpus), "--out", str(out)]
                found[size].append(timed([*command, "--scheduler", address]))
                shutil.rmtree(out, ignore_errors=True)
        peaks = {size: statistics.median(r.rss_mb for r in done) for size, done in found.items()}
    finally:
        cluster.stdin.close()
        cluster.wait(timeout=60)
    small, large = sizes[0], sizes[-1]
    ratio = peaks[large] / peaks[small]
    row(
        f"Dask client peak memory, {large:,} vs {small:,} inputs",
        f"{small:,} inputs {peaks[small]:.0f} MB",
        f"{peaks[large]:.0f} MB",
        f"{ratio:.2f}×",
        "flat (≤ 1.1×)",
        ratio <= 1.1,
    )
    notes.append(
        f"scalemem: medians of {runs} runs each; load average {load:.1f} at start; peaks (MB)"
        " and load at each run's start: "
        + "; ".join(
            f"{size:,}: " + ", ".join(f"{r.rss_mb:.0f} (load {r.load:.1f})" for r in done)
            for size, done in found.items()
        )
    )


def short_corpus(path: Path, count: int) -> Path:
    """``count`` one-paragraph articles, each different, as JSONL."""
    import random

    from corpus import quote_paragraph

    rng = random.Random(count)
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            text = f"Short item {index}\n\n{quote_paragraph(rng)}\n"
            out.write(json.dumps({"id": index, "text": text}) + "\n")
    return path


if __name__ == "__main__":  # a quick look without the rest of the bench
    sys.path.insert(0, str(BENCH))
    with tempfile.TemporaryDirectory() as scratch:
        print(short_corpus(Path(scratch) / "x.jsonl", 3).read_text())
