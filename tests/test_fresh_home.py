"""A newcomer's machine: the real ``reader`` console script with an empty HOME, no XDG_* and
no ``--db``, so nothing of reader's exists yet (the case the temp-dir ``--db`` tests hid)."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SAMPLES

READER = Path(sys.executable).parent / "reader"
ARTICLE = SAMPLES / "vaccine-trial.txt"


def fresh_env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "READER_")) and key != "HOME"
    }
    return {**env, "HOME": str(home), "TERM": "xterm-256color", "COLUMNS": "100"}


@pytest.fixture
def home(tmp_path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


def reader(home: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(READER), *args],
        env=fresh_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )


def default_library(home: Path) -> Path:
    located = reader(home, "locate", "db")
    assert located.returncode == 0, located.stderr
    path = Path(located.stdout.strip())
    assert path.is_relative_to(home), path
    return path


def test_analyze_creates_the_library_folder_and_caches(home):
    library = default_library(home)
    assert not library.parent.exists()
    first = reader(home, "analyze", str(ARTICLE))
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert json.loads(first.stdout)["quotes"]
    assert library.is_file()
    listed = reader(home, "library", "ls")
    assert listed.returncode == 0, listed.stderr
    assert "Malaria vaccine" in listed.stdout


@pytest.mark.parametrize(
    "command",
    [
        ("library", "ls"),
        ("library", "check"),
        ("library", "search", "vaccine"),
        ("export", "--all", "--format", "jsonl", "--out", "exports"),
    ],
    ids=" ".join,
)
def test_every_library_command_works_on_an_empty_home(home, command):
    done = reader(home, *command)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert default_library(home).is_file()


def test_import_into_an_empty_home(home, tmp_path):
    source_home = tmp_path / "elsewhere"
    source_home.mkdir()
    assert reader(source_home, "analyze", str(ARTICLE)).returncode == 0
    exported = reader(source_home, "export", "--all", "--format", "jsonl", "--out", "out")
    assert exported.returncode == 0, exported.stderr
    [dump] = (source_home / "out").glob("*.jsonl")
    done = reader(home, "import", str(dump))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Malaria vaccine" in reader(home, "library", "ls").stdout


def test_db_in_a_folder_that_does_not_exist_yet(home):
    db = home / "not" / "yet" / "library.db"
    done = reader(home, "analyze", "--db", str(db), str(ARTICLE))
    assert done.returncode == 0, done.stderr
    assert db.is_file()


@contextlib.contextmanager
def unwritable(folder: Path):
    """A folder even root cannot write to (chattr +i), or the test is skipped."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
        if made.returncode != 0:
            pytest.skip("chattr +i is not permitted here")
    else:
        folder.chmod(0o555)
    try:
        probe = folder / "probe"
        try:
            probe.touch()
        except OSError:
            pass
        else:
            probe.unlink()
            pytest.skip("the folder stayed writable")
        yield
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o755)


@pytest.mark.parametrize("command", [("library", "ls"), ("analyze", str(ARTICLE))], ids=" ".join)
def test_a_read_only_library_folder_is_one_line(home, command):
    folder = default_library(home).parent
    with unwritable(folder):
        done = reader(home, *command)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert str(folder) in line


def test_a_library_path_under_a_file_is_one_line(home):
    (home / "plain-file").write_text("not a folder")
    done = reader(home, "library", "ls", "--db", str(home / "plain-file" / "library.db"))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert "cannot be created" in line


def run_in_terminal(
    home: Path,
    *args: str,
    wait_for: bytes,
    then: Callable[[], bool],
    timeout: float = 90,
    quit_within: float = 30,
    env: dict[str, str] | None = None,
) -> bytes:
    """Start the console script on a pseudo-terminal (``env`` added to a fresh one), wait until
    ``wait_for`` is drawn and ``then()`` holds, press q, and return everything it drew; fails
    if it does not exit cleanly within ``quit_within`` seconds of the key."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [str(READER), *args],
        env={**fresh_env(home), **(env or {})},
        cwd=home,
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        close_fds=True,
    )
    os.close(secondary)
    drawn = b""
    deadline = time.monotonic() + timeout
    try:
        while not (wait_for in drawn and then()) and time.monotonic() < deadline:
            if process.poll() is not None:
                break
            ready, _, _ = select.select([main], [], [], 0.2)
            if ready:
                with contextlib.suppress(OSError):
                    drawn += os.read(main, 65536)
        assert wait_for in drawn and then(), drawn[-2000:]
        os.write(main, b"q")
        end = time.monotonic() + quit_within
        while process.poll() is None and time.monotonic() < end:
            ready, _, _ = select.select([main], [], [], 0.2)
            if ready:
                with contextlib.suppress(OSError):
                    drawn += os.read(main, 65536)
        assert process.poll() == 0, drawn[-2000:]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main)
    assert b"Traceback" not in drawn
    return drawn


def test_the_app_opens_an_article_on_an_empty_home(home):
    library = default_library(home)
    run_in_terminal(home, str(ARTICLE), wait_for=b"Malaria", then=library.is_file)


def test_the_library_screen_opens_on_an_empty_home(home):
    library = default_library(home)
    run_in_terminal(home, wait_for=b"library", then=library.is_file)
