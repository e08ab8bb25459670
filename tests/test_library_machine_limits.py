"""A machine that cannot give SQLite room (a file-size limit, a full disk) is not a damaged
library: the file stays where it is, unchanged, and the user gets one line. A recovery that
cannot finish puts the damaged file back, so a later open with room recovers it in full."""

from __future__ import annotations

import hashlib
import resource
import subprocess
import sys

import pytest
from conftest import ROOT
from test_library_recovery import _damaged_header, _library_with_highlights

LIMIT_BYTES = 10 * 1024
"""Below the 32 KiB shared-memory file SQLite makes beside a WAL library, and below any copy."""


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reader_with_file_size_limit(*args: str) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT_BYTES, LIMIT_BYTES))

    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        preexec_fn=limit,
        timeout=120,
    )


def _without_side_files(path) -> None:
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)


@pytest.mark.parametrize("command", [("library", "ls"), ("library", "check")], ids=" ".join)
def test_a_healthy_library_on_a_machine_without_room_is_left_alone(tmp_path, command):
    path = tmp_path / "lib.db"
    _library_with_highlights(path, articles=3)
    _without_side_files(path)
    before = _digest(path)
    done = _reader_with_file_size_limit(*command, "--db", str(path))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert "left as it is" in line
    assert not list(tmp_path.glob("lib.db.damaged-*"))
    assert _digest(path) == before
    listed = subprocess.run(  # with room again, everything is there
        [sys.executable, "-m", "reader", "library", "ls", "--db", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3


def test_a_recovery_that_cannot_finish_puts_the_damaged_file_back(tmp_path):
    path = tmp_path / "lib.db"
    _damaged_header(path)
    _without_side_files(path)
    before = _digest(path)
    done = _reader_with_file_size_limit("library", "ls", "--db", str(path))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert "could not be recovered here" in line
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.db"]
    recovered = subprocess.run(
        [sys.executable, "-m", "reader", "library", "ls", "--db", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert recovered.returncode == 0
    assert "moved aside" in recovered.stderr and "40 highlights" in recovered.stderr
