"""Run the real console script in a process of its own and measure it: peak RSS (wait4), time,
exit code and stderr; for the tests that every input is bounded in memory and time."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

READER = Path(sys.executable).parent / "reader"
MAX_RSS_MB = 250
MAX_SECONDS = 60
SHORT_DEADLINE = "2"


@dataclass
class Run:
    code: int
    stderr: str
    rss_mb: float
    seconds: float


def run_reader(*args: str, cwd: Path, stdin_path: str | None = None) -> Run:
    """``reader args`` with a short source deadline; peak RSS of that process from wait4.

    The address space is capped at 3 GB so that a regression fails the test rather than the
    machine."""
    env = {**os.environ, "READER_SOURCE_SECONDS": SHORT_DEADLINE, "READER_DB": str(cwd / "l.db")}

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    err_path = cwd / "stderr.txt"
    with (
        open(stdin_path or os.devnull, "rb") as stdin,
        err_path.open("wb") as err,
    ):
        started = time.monotonic()
        process = subprocess.Popen(
            [str(READER), *args],
            cwd=cwd,
            env=env,
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            stderr=err,
            preexec_fn=limit,
        )
        killer = threading.Timer(MAX_SECONDS + 30, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
    return Run(process.returncode, err_path.read_text(), usage.ru_maxrss / 1024, seconds)


def assert_one_line_within_bounds(run: Run, *expected: str) -> str:
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, run.stderr[-3000:]
    assert run.code != 0
    assert "Traceback" not in run.stderr
    assert run.rss_mb < MAX_RSS_MB, f"peak RSS {run.rss_mb:.0f} MB"
    assert run.seconds < MAX_SECONDS
    for words in expected:
        assert words in lines[0], lines[0]
    return lines[0]
