"""Run the real console script in a process of its own and measure it: peak RSS (wait4), time,
exit code and stderr; for the tests that every input is bounded in memory and time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
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


MEASURE = """
import os, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as report:
    report.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""
"""A small process that starts the command and reports its exit code and peak RSS. Linux keeps
a process's peak RSS across exec, so the command must be forked from a small process, not
from pytest (whose worker may hold the spaCy model): as ``/usr/bin/time`` does it."""


def run_reader(*args: str, cwd: Path, stdin_path: str | None = None) -> Run:
    """``reader args`` with a short source deadline; its peak RSS from wait4.

    The address space is capped at 3 GB so that a regression fails the test rather than the
    machine."""
    env = {**os.environ, "READER_SOURCE_SECONDS": SHORT_DEADLINE, "READER_DB": str(cwd / "l.db")}
    err_path, report = cwd / "stderr.txt", cwd / "measured.txt"
    with (
        open(stdin_path or os.devnull, "rb") as stdin,
        err_path.open("wb") as err,
    ):
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-c", MEASURE, str(report), str(READER), *args],
            cwd=cwd,
            env=env,
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,
        )
        try:
            process.wait(timeout=MAX_SECONDS + 30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise
        seconds = time.monotonic() - started
    code, rss_kb = report.read_text().split()
    return Run(int(code), err_path.read_text(), int(rss_kb) / 1024, seconds)


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
