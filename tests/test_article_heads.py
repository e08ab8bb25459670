"""The library keeps a text or Markdown article's head (headline, standfirst, byline, date…)
as the head rules read it, so that reopening the article reads it from there: what is kept is
what reading the text gives, for any head; kept lines from other rules are read again and
replaced; a library from before (migration m008) gets them when an article opens again."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from reader.ingest import load_article
from reader.model import HEAD_RULES, Analysis
from reader.nlp.versions import pipeline_version, resolve_model
from reader.processing import glance
from reader.store import open_library

BODY = (
    "The council voted on Tuesday to raise the flood wall by a metre.\n\n"
    '"We cannot wait for the next storm," said Moira Dunlop, who chairs the committee.\n'
)
HEADLINES = [
    "Council backs higher flood wall after winter storms",
    "Ferry operator blasts 'ludicrous' timetable change",
    "Brannock: the town that keeps flooding",
    "Why the harbour strike ended in a week",
]
STANDFIRSTS = [
    "Residents say the plan comes too late for the homes already lost",
    "The vote follows three floods in two years",
]
BYLINES = [
    "By Elspeth Carr, Environment Correspondent",
    "By Jane Okafor and Tom Reyes",
    "Harriet Lowe Political Correspondent",
]
DATES = [
    "Published: 28/11/2025 - 15:41",
    "Thursday 28 November 2025 15.41 GMT",
    "Nov. 28, 2025",
    "Updated 3 hours ago",
    "14 March",
]
LABELS = ["World", "Politics | Europe", "Exclusive"]
CREDITS = ["Photograph: Jane Doe/Reuters", "Image caption: The harbour at dawn"]


def a_head(seed: int) -> str:
    """A head in one of the orders news copy uses, with a body under it."""
    pick = random.Random(seed)
    lines = [pick.choice(HEADLINES)]
    if pick.random() < 0.5:
        lines.insert(0, pick.choice(LABELS))
    if pick.random() < 0.5:
        lines.append(pick.choice(STANDFIRSTS))
    tail = [pick.choice(BYLINES), pick.choice(DATES)]
    pick.shuffle(tail)
    lines += tail[: pick.randint(1, 2)]
    if pick.random() < 0.3:
        lines.append(pick.choice(CREDITS))
    return "\n\n".join(lines) + "\n\n" + BODY


def save(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("seed", range(24))
def test_the_kept_head_is_the_one_reading_the_text_gives(tmp_path, seed):
    suffix = ".md" if seed % 3 == 0 else ".txt"
    path = save(tmp_path / f"a{suffix}", a_head(seed))
    read = load_article(str(path))
    with open_library(tmp_path / "l.db") as library:
        library.put_article(read)
        kept = load_article(str(path), known=library.article)
    assert kept.stored_head is not None and read.stored_head is None
    assert kept == read  # text, title, byline, date, source, extractor
    assert kept.head == read.head


def test_a_kept_head_is_used_only_where_these_rules_read_it(tmp_path):
    path = save(tmp_path / "a.txt", a_head(1))
    read = load_article(str(path))
    with open_library(tmp_path / "l.db") as library:
        library.put_article(read)
        library.conn.execute("update article_heads set rules = ?", [HEAD_RULES - 1])
        library.conn.execute("update articles set title = 'As older rules read it'")
        library.conn.commit()
        again = load_article(str(path), known=library.article)
        assert again.stored_head is None and again.title == read.title  # read again
        library.keep_head(again)  # what the app does once the article is on screen
        kept = library.article(read.content_hash)
    assert kept is not None and kept.stored_head == read.head
    assert kept.title == read.title


def test_deleting_an_article_deletes_its_head(library, tmp_path):
    article = load_article(str(save(tmp_path / "a.txt", a_head(2))))
    library.put_article(article)
    library.delete_article(article.content_hash)
    assert library.conn.execute("select count(*) from article_heads").fetchone() == (0,)


def test_an_html_page_keeps_no_head(library, tmp_path):
    page = "<html><body><h1>Flood wall</h1><p>" + "The council voted. " * 20 + "</p></body></html>"
    article = load_article(str(save(tmp_path / "a.html", page)))
    library.put_article(article)
    assert library.conn.execute("select count(*) from article_heads").fetchone() == (0,)


GLANCE = """
import sys
from pathlib import Path
from reader.processing import glance
found = glance(Path(sys.argv[1]), sys.argv[3], source=sys.argv[2])
assert found is not None and found.analysis is not None, found
print(found.article.title, found.article.published, len(found.article.head))
read_again = ("dateutil", "reader.ingest.dates", "reader.ingest.head")
print(",".join(m for m in read_again if m in sys.modules))
"""


def test_reopening_a_dated_article_reads_nothing_of_its_head_again(tmp_path):
    """A fresh interpreter, as `reader FILE` starts: the head patterns and the date parser
    (~15 ms of a reopen) are not imported when the library keeps the head."""
    head = [HEADLINES[0], BYLINES[0], DATES[0]]
    path = save(tmp_path / "a.txt", "\n\n".join(head) + "\n\n" + BODY)
    article = load_article(str(path))
    assert article.published == "2025-11-28T15:41"
    db = tmp_path / "l.db"
    model = resolve_model(None)
    with open_library(db) as library:
        library.save(Analysis(article, model, pipeline_version()))

    def imported() -> str:
        command = [sys.executable, "-c", GLANCE, str(db), str(path), model]
        out = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
        title, modules = out.stdout.split("\n")[:2]
        assert title == f"{article.title} {article.published} {len(article.head)}"
        return modules

    assert imported() == ""
    with sqlite3.connect(db) as conn:  # as a library from before m008 has it
        conn.execute("delete from article_heads")
    assert imported() == "dateutil,reader.ingest.dates,reader.ingest.head"


def test_a_library_from_before_gets_the_head_when_the_article_opens_again(tmp_path, monkeypatch):
    from sqlite_utils import Database

    from reader.store.migrations import migrations
    from reader.tui.article import loading
    from reader.tui.article.loading import Request, load
    from reader.tui.session import LibrarySession

    path = save(tmp_path / "a.txt", a_head(7))
    article = load_article(str(path))
    db = tmp_path / "l.db"
    model = resolve_model(None)
    with open_library(db) as library:
        library.save(Analysis(article, model, pipeline_version()))
    conn = sqlite3.connect(db)  # back to the schema before m008, with its rows
    conn.execute("drop table article_heads")
    conn.execute("delete from _sqlite_migrations where name = 'm008_article_heads'")
    conn.execute("pragma user_version = 7")
    conn.commit()
    conn.close()
    assert migrations.pending(Database(sqlite3.connect(db)))
    older = glance(db, model, source=str(path))  # an older schema: analysis after the frame
    assert older is not None and older.analysis is None
    with open_library(db) as library:  # migrated: the table is there, still empty
        assert library.article(article.content_hash).stored_head is None
    found = glance(db, model, source=str(path))
    assert found is not None and found.analysis is not None
    assert found.article.stored_head is None and found.article == article
    session = LibrarySession(db, on_recovery=print)
    request = Request(str(path), None, model, article=found.article, shown=found.analysis)
    posted = []
    monkeypatch.setattr(loading, "get_current_worker", lambda: SimpleNamespace(is_cancelled=False))
    worker = threading.Thread(target=load, args=(session, request, posted.append))
    worker.start()  # as the app does it: the session is used from thread workers only
    worker.join(timeout=30)
    session.close()
    assert posted == []  # already on screen: only bookkeeping
    again = glance(db, model, source=str(path))
    assert again is not None and again.article.stored_head == article.head
