"""What the app reads before its first frame: ``processing.glance`` and ``Library.peek``.

A glance never waits, never writes and never loads the model: anything slow or doubtful gives
None (or the text alone), and the background load does the rest.
"""

from __future__ import annotations

import sqlite3
import time

import pytest
from test_store_fixtures import make_analysis

from reader import processing
from reader.ingest import load_article
from reader.nlp.versions import pipeline_version
from reader.store import Library, open_library
from reader.store.connection import BUSY_TIMEOUT_MS

MODEL = "test-model"
TEXT = 'Harbour talks\n\nAnn Lee said "we are close" on Monday.\n'


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "talks.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def cache(path, db) -> str:
    """Store the article at ``path`` with an analysis and one highlight; its id."""
    article = load_article(str(path))
    with open_library(db) as library:
        library.save(make_analysis(article, version=pipeline_version()))
        library.add_highlight(article, 0, 13, note="headline")
    return article.content_hash


def test_a_cached_article_comes_with_its_analysis_and_highlights(tmp_path, article_file):
    db = tmp_path / "library.db"
    article_id = cache(article_file, db)
    glance = processing.glance(db, MODEL, source=str(article_file))
    assert glance is not None
    assert glance.article.content_hash == article_id
    assert glance.analysis is not None and glance.analysis.quotes[0].speaker == "Ann Lee"
    assert [h.note for h in glance.highlights] == ["headline"]
    by_id = processing.glance(db, MODEL, article_id=article_id)
    assert by_id is not None and by_id.analysis == glance.analysis


def test_another_model_or_version_is_text_only(tmp_path, article_file):
    db = tmp_path / "library.db"
    cache(article_file, db)
    glance = processing.glance(db, "another-model", source=str(article_file))
    assert glance is not None and glance.article.text == TEXT
    assert glance.analysis is None and glance.highlights == []


def test_without_a_library_it_shows_the_text_and_creates_nothing(tmp_path, article_file):
    db = tmp_path / "none" / "library.db"
    glance = processing.glance(db, MODEL, source=str(article_file))
    assert glance is not None and glance.analysis is None
    assert not db.parent.exists()


def test_reading_leaves_the_library_file_as_it_was(tmp_path, article_file):
    db = tmp_path / "library.db"
    cache(article_file, db)
    with sqlite3.connect(db) as conn:
        conn.execute("pragma wal_checkpoint(truncate)")
    before = db.read_bytes()
    assert processing.glance(db, MODEL, source=str(article_file)).analysis is not None
    assert db.read_bytes() == before


def test_slow_sources_are_left_to_the_background(tmp_path, article_file, monkeypatch):
    db = tmp_path / "library.db"
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Words.</p></body></html>", encoding="utf-8")
    assert processing.glance(db, MODEL, source="https://example.org/a") is None
    assert processing.glance(db, MODEL, source="-") is None
    assert processing.glance(db, MODEL, source=str(page)) is None
    monkeypatch.setattr(processing, "QUICK_OPEN_BYTES", len(TEXT.encode()) - 1)
    assert processing.glance(db, MODEL, source=str(article_file)) is None


def test_unreadable_sources_are_left_to_the_background_to_report(tmp_path):
    db = tmp_path / "library.db"
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    assert processing.glance(db, MODEL, source=str(empty)) is None
    assert processing.glance(db, MODEL, source=str(tmp_path / "missing.txt")) is None
    assert processing.glance(db, MODEL, article_id="0" * 32) is None


def test_a_damaged_or_foreign_library_is_not_read(tmp_path, article_file):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("create table notes (body text)")
    for db in (garbage, foreign):
        assert Library.peek(db) is None
        glance = processing.glance(db, MODEL, source=str(article_file))
        assert glance is not None and glance.analysis is None


def test_a_locked_library_is_not_waited_for(tmp_path, article_file):
    db = tmp_path / "library.db"
    cache(article_file, db)
    holder = sqlite3.connect(db)
    holder.execute("pragma locking_mode = exclusive")
    holder.execute("begin exclusive")
    holder.execute("update articles set opened_at = 'now'")
    try:
        started = time.monotonic()
        glance = processing.glance(db, MODEL, source=str(article_file))
        waited = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
    assert glance is None or glance.analysis is None
    assert waited < BUSY_TIMEOUT_MS / 1000, "a glance must not wait out the busy timeout"
