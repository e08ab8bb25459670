"""Broken and busy libraries: a clear message, nothing deleted, highlights saved."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from conftest import ROOT, SHARED
from test_store_fixtures import make_analysis, make_article

from reader.errors import LibraryError
from reader.store import LibraryRecovered, open_library
from reader.store.identity import ForeignFile

MAKE_NASTY = SHARED / "eval" / "make_nasty.py"
BROKEN = ["garbage.db", "truncated.db", "bitflip.db"]


@pytest.fixture(scope="module")
def nasty(tmp_path_factory):
    if not MAKE_NASTY.exists():
        pytest.skip(f"{MAKE_NASTY} is absent: the hostile-input generator is not checked out")
    out = tmp_path_factory.mktemp("nasty")
    subprocess.run([sys.executable, str(MAKE_NASTY), str(out)], check=True, capture_output=True)
    return out


@pytest.fixture
def nasty_copy(nasty, tmp_path):
    def copy(name: str):
        target = tmp_path / name
        target.write_bytes((nasty / name).read_bytes())
        return target

    return copy


def test_manifest_lists_the_broken_libraries(nasty):
    manifest = json.loads((nasty / "MANIFEST.json").read_text())
    assert set(BROKEN) | {"empty.db"} <= set(manifest)


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_file_that_is_not_a_library_is_refused_and_left_as_it_was(nasty_copy, name):
    """The generator's broken files were never reader's (garbage, another program's tables)."""
    path = nasty_copy(name)
    original = path.read_bytes()
    with pytest.raises(ForeignFile) as raised:
        open_library(path)
    assert "\n" not in str(raised.value) and "not a reader library" in str(raised.value)
    assert path.read_bytes() == original
    assert sorted(p.name for p in path.parent.iterdir()) == [name]


def test_empty_file_is_a_new_library(nasty_copy):
    path = nasty_copy("empty.db")
    with open_library(path) as library:
        assert library.integrity() == "ok"
        assert library.articles() == []
    assert not list(path.parent.glob("empty.db.damaged-*"))


def _damaged_header(path):
    """A reader library whose first bytes were overwritten: not SQLite any more, though its
    tables are still there to read."""
    _library_with_highlights(path, articles=2)
    data = bytearray(path.read_bytes())
    data[:16] = b"this is not SQL!"
    path.write_bytes(bytes(data))


def test_a_library_with_a_damaged_header_is_recovered_and_the_cli_says_so(tmp_path):
    path = tmp_path / "lib.db"
    _damaged_header(path)
    original = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "reader", "library", "ls", "--db", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("reader: library") and "moved aside" in line and "40 highlights" in line
    [aside] = tmp_path.glob("lib.db.damaged-*")
    assert aside.read_bytes() == original  # never deleted, never changed
    assert len(result.stdout.splitlines()) == 2


def test_recovery_can_be_raised_instead_of_reported(tmp_path):
    path = tmp_path / "lib.db"
    _damaged_header(path)
    with pytest.raises(LibraryRecovered) as raised:
        open_library(path)
    assert "\n" not in str(raised.value) and "moved aside" in str(raised.value)
    with open_library(path) as library:  # the next open just works
        assert library.integrity() == "ok"
        assert len(library.highlights()) == 40


def _library_with_highlights(path, articles=12):
    """Highlights first (early pages), then big article texts filling the rest of the file."""
    made = []
    with open_library(path) as library:
        texts = [
            f"Story {i}: Mary Jones said the harbour will stay open. " * 400
            for i in range(articles)
        ]
        stored = [make_article(text, source=f"/tmp/{i}.txt") for i, text in enumerate(texts)]
        for article in stored[:1]:
            library.save(make_analysis(article))
        for n in range(40):
            made.append(library.add_highlight(stored[0], n, n + 10, note=f"note {n}", tags=["t"]))
        for article in stored[1:]:
            library.save(make_analysis(article))
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return made


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_highlights_are_recovered_from_a_damaged_library(tmp_path, damage):
    path = tmp_path / "lib.db"
    made = _library_with_highlights(path)
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) * 2 // 3]
    else:
        pages = len(data) // 4096
        for page in range(pages // 2, pages):  # break the b-tree pages of the later articles
            data[page * 4096] ^= 0xFF
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        (tmp_path / f"lib.db{side}").unlink(missing_ok=True)

    told = []
    with open_library(path, on_recovery=told.append) as library:
        assert library.integrity() == "ok"
        recovered = {h.id: h for h in library.highlights()}
        assert recovered == {h.id: h for h in made}
        assert library.article(made[0].article_id) is not None
        for highlight in recovered.values():  # offsets hold in the recovered text
            text = library.article(highlight.article_id).text
            assert text[highlight.start : highlight.end] == highlight.exact
    assert len(told) == 1 and f"{len(made)} highlights" in told[0]


def _hold_write_lock(path, seconds, locked: threading.Event):
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.isolation_level = None
    conn.execute("BEGIN EXCLUSIVE")
    locked.set()
    time.sleep(seconds)
    conn.execute("ROLLBACK")
    conn.close()


def test_busy_library_waits_then_says_so(tmp_path):
    path = tmp_path / "lib.db"
    article = make_article("Mary Jones spoke at the harbour on Tuesday.")
    with open_library(path) as library:
        library.save(make_analysis(article))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with open_library(path, busy_timeout=0.3) as library:
            assert library.articles()  # WAL: reading goes on while another program writes
            with pytest.raises(LibraryError, match="busy"):
                library.add_highlight(article, 0, 4)
    finally:
        holder.communicate("")
    with open_library(path) as library:
        library.add_highlight(article, 0, 4)
        assert len(library.highlights()) == 1


def test_short_lock_is_waited_for(tmp_path):
    path = tmp_path / "lib.db"
    article = make_article("Mary Jones spoke at the harbour on Tuesday.")
    with open_library(path) as library:
        library.save(make_analysis(article))
        locked = threading.Event()
        holder = threading.Thread(target=_hold_write_lock, args=(path, 0.3, locked))
        holder.start()
        locked.wait()
        library.add_highlight(article, 0, 4)  # waits for the lock instead of failing
        holder.join()
        assert len(library.highlights()) == 1


WRITER = """
import sys
sys.path.insert(0, {tests!r})
from test_store_fixtures import make_analysis, make_article
from reader.store import open_library
name, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    with open_library({db!r}, busy_timeout=60) as library:
        article = make_article(f"Writer {{name}} story {{i}}: Mary Jones said \\"yes\\" today.",
                               source=f"/tmp/{{name}}-{{i}}.txt")
        library.save(make_analysis(article))
        library.add_highlight(article, 0, 6, note=name)
"""

READER = """
import sys, time
from reader.store import open_library
deadline = time.time() + 60
seen = 0
while seen < {total} and time.time() < deadline:
    with open_library({db!r}, busy_timeout=60) as library:
        seen = len(library.highlights())
        library.articles()
        library.search("Mary")
print(seen)
"""


def test_two_writers_and_a_reader_at_once(tmp_path):
    # What two writers leave is the point here, not how long one waits (that is
    # test_short_lock_is_waited_for): on a loaded machine a writer can hold the lock past the
    # default 5 s, so these processes wait up to a minute.
    db = str(tmp_path / "shared.db")  # created by whichever process comes first
    count = 25
    env_code = {"tests": str(ROOT / "tests"), "db": db}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER.format(**env_code), name, str(count)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    procs.append(
        subprocess.Popen(
            [sys.executable, "-c", READER.format(total=2 * count, db=db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    )
    outputs = [proc.communicate(timeout=120) for proc in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    assert outputs[2][0].strip() == str(2 * count)
    with open_library(db) as library:
        assert library.integrity() == "ok"
        assert len(library.articles()) == 2 * count
        notes = sorted(h.note for h in library.highlights())
        assert notes == ["a"] * count + ["b"] * count


def test_two_openers_of_a_broken_library_recover_it_once(tmp_path):
    path = tmp_path / "lib.db"
    _damaged_header(path)
    told: list[str] = []
    errors: list[BaseException] = []

    def opener():
        try:
            open_library(path, on_recovery=told.append).close()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=opener) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(told) == 1
    assert len(list(path.parent.glob("lib.db.damaged-*"))) == 1
