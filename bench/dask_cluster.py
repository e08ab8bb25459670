"""A local Dask cluster in a process of its own, for the bench: prints the scheduler's address,
then runs until its stdin is closed. Usage: python bench/dask_cluster.py [WORKERS]."""

from __future__ import annotations

import sys

from distributed import LocalCluster


def main() -> None:
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        print(cluster.scheduler_address, flush=True)
        sys.stdin.read()


if __name__ == "__main__":  # workers are spawned: they import this file again
    main()
