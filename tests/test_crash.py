"""SIGKILL a writer at random moments, many times: the library stays whole, nothing is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT
from test_store_fixtures import make_analysis, make_article

from reader.store import open_library

KILLS = 60

WRITER = """
import random, sys
sys.path.insert(0, {tests!r})
from test_store_fixtures import make_analysis, make_article
from reader.store import open_library

run = sys.argv[1]
library = open_library({db!r})
library.db  # sqlite-utils is imported on first write: import it now, so kills land in writes
print("ready", flush=True)
for i in range(10_000):
    # Big enough that a kill often lands inside a transaction: 150 quotes, 150 names.
    names = ["Mary B" + chr(97 + j // 26) + chr(97 + j % 26) for j in range(150)]
    lines = [f'"Line {{j}}, run {{run}}, story {{i}}," said {{w}}.' for j, w in enumerate(names)]
    article = make_article("\\n\\n".join(lines), source=f"/tmp/crash-{{run}}-{{i}}.txt")
    library.save(make_analysis(article))
    highlight = library.add_highlight(article, 1, 20, note=f"run {{run}} story {{i}}")
    print(highlight.id, flush=True)
"""


@pytest.mark.slow
def test_sigkilled_writers_never_break_the_library(tmp_path):
    db = tmp_path / "crash.db"
    seed = make_article("Mary Jones said the harbour would stay open, and it did.")
    with open_library(db) as library:
        library.save(make_analysis(seed))
        kept = [library.add_highlight(seed, i, i + 5, note=f"seed {i}") for i in range(20)]
    code = WRITER.format(tests=str(ROOT / "tests"), db=str(db))
    rng = random.Random(20261125)
    committed: set[str] = set()
    kills = 0
    for run in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-c", code, str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        # Kill only once this writer has committed a story (it prints each highlight id after
        # its commit), then at a random moment of the next ones: no count depends on speed.
        first = writer.stdout.readline().strip()
        assert len(first) == 32, writer.stderr.read()
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(writer.pid, signal.SIGKILL)
        out, _ = writer.communicate()
        assert writer.returncode == -signal.SIGKILL
        kills += 1
        committed.add(first)
        committed.update(line for line in out.split() if len(line) == 32)

    assert kills >= 50
    with open_library(db) as library:
        assert library.integrity() == "ok"
        ids = {h.id for h in library.highlights()}
        assert {h.id for h in kept} <= ids
        assert committed <= ids  # every highlight a writer saw committed survived
        assert len(committed) >= KILLS  # each writer committed before it was killed
        _assert_no_half_written_analysis(library)
        # The seed plus at least one story per writer, each under its own source.
        assert len(library.article_ids()) > KILLS


def _assert_no_half_written_analysis(library) -> None:
    articles = set(library.article_ids())
    rows = list(library.db.query("select article_id, people, quotes from analyses"))
    quotes = _counts(library, "quotes")
    people = dict(
        library.conn.execute(
            "select article_id, count(*) from entities where label = 'PERSON' group by article_id"
        ).fetchall()
    )
    for row in rows:
        assert row["article_id"] in articles
        assert quotes.get(row["article_id"], 0) == row["quotes"]
        assert people.get(row["article_id"], 0) == row["people"]
    assert set(quotes) <= {row["article_id"] for row in rows}
    for highlight in library.highlights():
        assert highlight.article_id in articles


def _counts(library, table: str) -> dict[str, int]:
    sql = f"select article_id, count(*) as n from {table} group by article_id"
    return {row["article_id"]: row["n"] for row in library.db.query(sql)}
