"""A local Dask cluster in a process of its own, for the bench: prints the scheduler's address,
then runs until its stdin is closed. Usage: python bench/dask_cluster.py [WORKERS].

The cluster is the one ``reader analyze --engine dask`` starts (``reader.dask_runner``)."""

from __future__ import annotations

import sys

from reader.dask_runner import local_cluster


def main() -> None:
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    with local_cluster(workers) as cluster:
        print(cluster.scheduler_address, flush=True)
        sys.stdin.read()


if __name__ == "__main__":  # spawned workers import this file again
    main()
