"""Never touch a file that is not a reader library; read-only and newer libraries; a broken
config never sends a command to the default library (issue #14)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES
from test_fresh_home import unwritable
from test_store_fixtures import make_analysis, make_article

from reader.store import open_library
from reader.store.identity import APPLICATION_ID
from reader.store.library import SCHEMA_VERSION

ARTICLE = SAMPLES / "harbour-strike.md"


def reader(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with the hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def one_line(done: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    [line] = done.stderr.strip().splitlines()
    return line


def another_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("create table notes (id integer primary key, body text)")
    conn.executemany("insert into notes (body) values (?)", [(f"note {i}",) for i in range(50)])
    conn.commit()
    conn.close()


FOREIGN = {
    "notes.txt": lambda path: path.write_text("my notes\n" * 100, encoding="utf-8"),
    "other.sqlite": another_programs_database,
    "tiny.bin": lambda path: path.write_bytes(b"\x00\x01"),
}
COMMANDS = {
    "library ls": ("library", "ls"),
    "library search": ("library", "search", "harbour"),
    "library check": ("library", "check"),
    "analyze": ("analyze", str(ARTICLE)),
    "export": ("export", "--all", "--format", "jsonl", "--out", "{out}"),
    "import": ("import", "{jsonl}"),
}


@pytest.mark.parametrize("command", COMMANDS, ids=str)
@pytest.mark.parametrize("kind", FOREIGN, ids=str)
def test_a_file_that_is_not_a_library_is_refused_and_left_byte_for_byte(tmp_path, kind, command):
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / kind
    FOREIGN[kind](path)
    before = state(folder)
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text("", encoding="utf-8")
    args = [a.format(out=tmp_path / "out", jsonl=jsonl) for a in COMMANDS[command]]
    done = reader(*args, "--db", str(path))
    assert done.returncode == 2
    assert "not a reader library" in one_line(done)
    assert done.stdout == ""
    assert state(folder) == before  # no tables, no WAL, no side files, nothing moved aside
    if kind == "other.sqlite":
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
        assert [r[0] for r in conn.execute("select name from sqlite_master")] == ["notes"]


def test_libraries_are_marked_and_an_unmarked_old_library_is_still_ours(tmp_path):
    path = tmp_path / "lib.db"
    with open_library(path) as library:
        library.save(make_analysis(make_article('"Yes," Ann Lee said.')))
        marks = [
            library.conn.execute(f"pragma {p}").fetchone()[0]
            for p in ("application_id", "user_version")
        ]
    assert marks == [APPLICATION_ID, SCHEMA_VERSION]
    conn = sqlite3.connect(path)
    conn.execute("pragma application_id = 0")
    conn.execute("pragma user_version = 0")
    conn.close()
    with open_library(path) as library:  # as written before the marks: recognised, marked
        assert len(library.articles()) == 1
        assert library.conn.execute("pragma application_id").fetchone()[0] == APPLICATION_ID


def _library(path: Path) -> None:
    done = reader("analyze", str(ARTICLE), "--db", str(path))
    assert done.returncode == 0, done.stderr
    with open_library(path) as library:
        [row] = library.articles()
        library.add_highlight(library.article(row.id), 0, 5, note="mine")


def test_a_library_from_a_newer_reader_is_read_but_never_written(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    path = folder / "lib.db"
    _library(path)
    conn = sqlite3.connect(path)
    conn.execute(f"pragma user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = state(folder)
    listed = reader("library", "ls", "--db", str(path))
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 1
    assert "newer reader" in one_line(listed) and "read-only" in one_line(listed)
    out = tmp_path / "out"
    exported = reader("export", "--all", "--format", "jsonl", "--out", str(out), "--db", str(path))
    assert exported.returncode == 0, exported.stderr
    [jsonl] = out.iterdir()
    imported = reader("import", str(jsonl), "--db", str(path))
    assert imported.returncode != 0 and "Traceback" not in imported.stderr
    assert any("read-only" in line for line in imported.stderr.splitlines())
    assert state(folder)["lib.db"] == before["lib.db"]  # (SQLite may add its -shm beside it)


def test_a_read_only_library_reads_refuses_writes_in_one_line_and_analyze_still_prints(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    path = folder / "lib.db"
    _library(path)
    before = state(folder)
    other = SAMPLES / "vaccine-trial.txt"
    with unwritable(folder):  # (chattr +i: as root, chmod would not stop a write)
        listed = reader("library", "ls", "--db", str(path))
        found = reader("library", "search", "harbour", "--db", str(path))
        analysed = reader("analyze", str(ARTICLE), str(other), "--db", str(path))
        jsonl = tmp_path / "in.jsonl"
        jsonl.write_text(analysed.stdout.splitlines()[0] + "\n", encoding="utf-8")
        imported = reader("import", str(jsonl), "--db", str(path))
        after = state(folder)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 1, listed.stderr
    assert found.returncode == 0 and found.stdout, found.stderr
    assert analysed.returncode == 0, analysed.stderr
    assert len(analysed.stdout.splitlines()) == 2  # the cached one and one not saved
    assert "read-only" in one_line(analysed)
    assert imported.returncode != 0 and "Traceback" not in imported.stderr
    assert after == before


DUPLICATED = '[library]\ndb = "{db}"\n[library]\ndb = "{db}"\n'


def test_a_broken_config_is_said_and_never_falls_back_to_the_default_library(tmp_path):
    named = tmp_path / "named.db"
    _library(named)
    config = tmp_path / "config.toml"
    config.write_text(DUPLICATED.format(db=named), encoding="utf-8")
    backup = tmp_path / "backup"
    backup.mkdir()
    (backup / "reader-export.jsonl").write_text("precious\n", encoding="utf-8")
    env = {"READER_CONFIG": str(config), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("READER_DB", None)
    for args in (
        ("library", "ls"),
        ("export", "--all", "--format", "jsonl", "--out", str(backup)),
        ("analyze", str(ARTICLE)),
    ):
        done = reader(*args, env=env)
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert all("config" in line for line in lines) and "Traceback" not in done.stderr
        assert any("--db" in line for line in lines)
    assert (backup / "reader-export.jsonl").read_text(encoding="utf-8") == "precious\n"
    assert not (tmp_path / "data").exists()  # no default library was made
    done = reader("library", "ls", "--db", str(named), env=env)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 1


def test_the_app_refuses_another_programs_file_before_its_first_screen(tmp_path):
    path = tmp_path / "notes.txt"
    FOREIGN["notes.txt"](path)
    before = state(tmp_path)
    done = reader("open", str(ARTICLE), "--db", str(path))
    assert done.returncode == 2
    assert "not a reader library" in one_line(done)
    assert state(tmp_path) == before


async def test_the_app_shows_an_article_of_a_newer_library_without_an_error(tmp_path, monkeypatch):
    from test_app_shell import cache

    from reader.store.library import Library
    from reader.tui.app import ReaderApp
    from reader.tui.screens.article import ArticleScreen

    db = tmp_path / "lib.db"
    cache(str(ARTICLE), db)
    conn = sqlite3.connect(db)
    conn.execute(f"pragma user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    marked = []
    mark_opened = Library.mark_opened

    def spy(library, article_id):
        marked.append(article_id)
        return mark_opened(library, article_id)

    monkeypatch.setattr(Library, "mark_opened", spy)
    app = ReaderApp(sources=[str(ARTICLE)], db_path_override=str(db))
    async with app.run_test(size=(110, 32)) as pilot:
        for _ in range(500):  # the background load opens the library, marks the article read
            await pilot.pause(0.02)
            if marked:
                break
        else:
            raise AssertionError("the article's background load did not mark it")
        for _ in range(10):
            await pilot.pause(0.02)
        assert isinstance(app.screen, ArticleScreen) and app.screen.analysis is not None
        assert not [n.message for n in app._notifications if n.severity == "error"]
