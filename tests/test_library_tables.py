"""The library as a dataset: plain tables with foreign keys, the text stored once, a migration
from the JSON-blob schema that keeps every highlight, and FTS over quotes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import fields

import pytest
from conftest import ROOT, SAMPLES
from test_store_fixtures import make_analysis, make_article

from reader.model import Quote
from reader.store import open_library
from reader.store.rows import QUOTE_COLUMNS


@pytest.fixture(scope="module")
def analysed(nlp):
    from reader.ingest import load_article
    from reader.nlp.pipeline import analyze

    return [analyze(load_article(str(path))) for path in sorted(SAMPLES.iterdir())]


def test_a_cached_analysis_reads_back_exactly_as_it_was_made(analysed, tmp_path):
    with open_library(tmp_path / "l.db") as library:
        for analysis in analysed:
            library.save(analysis)
        for analysis in analysed:
            again = library.cached(analysis.id, analysis.model, analysis.version)
            assert json.dumps(again.to_json()) == json.dumps(analysis.to_json())
            assert library.cached(analysis.id, analysis.model, "another version") is None


def test_every_quote_field_has_a_column():
    assert {f.name for f in fields(Quote)} <= set(QUOTE_COLUMNS)


def test_tables_read_without_json_functions_and_link_by_foreign_keys(analysed, tmp_path):
    from sqlite_utils import Database

    path = tmp_path / "l.db"
    with open_library(path) as library:
        for analysis in analysed:
            library.save(analysis)
    db = Database(sqlite3.connect(path))
    links = {(fk.table, fk.column): fk.other_table for t in db.tables for fk in t.foreign_keys}
    assert links == {
        ("entities", "article_id"): "articles",
        ("mentions", "entity"): "entities",
        ("mentions", "article_id"): "articles",
        ("quotes", "article_id"): "articles",
        ("quotes", "speaker_entity"): "entities",
        ("figures", "article_id"): "articles",
        ("highlights", "article_id"): "articles",
        ("analyses", "article_id"): "articles",
        ("feed_entries", "feed_id"): "feeds",
        ("feed_entries", "article_id"): "articles",
        ("echo_articles", "article_id"): "articles",
        ("echo_quotes", "article_id"): "articles",
        ("reading_positions", "article_id"): "articles",
        ("article_heads", "article_id"): "articles",
    }
    first = analysed[0]
    text = first.article.text
    quotes = list(db.query("select * from quotes where article_id = ? order by id", [first.id]))
    assert [(q["start"], q["end"], q["text"]) for q in quotes] == [
        (q.start, q.end, text[q.start : q.end]) for q in first.quotes
    ]
    named = db.execute(
        "select q.speaker, e.name from quotes q join entities e on e.id = q.speaker_entity"
    ).fetchall()
    assert named and all(speaker == name for speaker, name in named)
    mentions = db.execute(
        "select e.name, m.text from mentions m join entities e on e.id = m.entity"
    ).fetchall()
    assert len(mentions) == sum(len(e.mentions) for a in analysed for e in a.entities)
    figures = list(db.query("select * from figures where article_id = ?", [first.id]))
    assert [(f["text"], f["kind"], f["value"], f["unit"]) for f in figures] == [
        (f.text, f.kind, f.value, f.unit) for f in first.figures
    ]
    assert all(text[f["sentence_start"] : f["sentence_end"]] == f["sentence"] for f in figures)
    # The article's text is stored once: no other table holds a copy of it.
    for table in db.tables:
        if table.name != "articles" and not table.name.startswith("articles_fts"):
            for column in table.columns:
                if column.type == "TEXT":
                    longest = db.execute(
                        f'select max(length("{column.name}")) from "{table.name}"'
                    ).fetchone()[0]
                    assert (longest or 0) < len(text), f"{table.name}.{column.name}"


def test_quotes_have_full_text_search(analysed, tmp_path):
    with open_library(tmp_path / "l.db") as library:
        for analysis in analysed:
            library.save(analysis)
        quote = analysed[0].quotes[0]
        word = max(analysed[0].article.text[quote.start : quote.end].split(), key=len).strip(",.")
        found = library.conn.execute(
            "select q.start from quotes_fts f join quotes q on q.id = f.rowid"
            " where quotes_fts match ? and q.article_id = ?",
            [f'"{word}"', analysed[0].id],
        ).fetchall()
        assert (quote.start,) in found
        library.delete_article(analysed[0].id)
        count = "select count(*) from {}"
        left = library.conn.execute(count.format("quotes")).fetchone()[0]
        assert left == sum(len(a.quotes) for a in analysed[1:])
        assert library.conn.execute(count.format("quotes_fts")).fetchone()[0] == left


def _old_library(path, articles):
    """A library as reader wrote it before analyses were tables (migrations m001, m002): the
    analysis a JSON text holding the article again, with quote and entity index tables."""
    from sqlite_utils import Database

    from reader.store.migrations import migrations

    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m003_analysis_tables")
    for n, analysis in enumerate(articles):
        article = analysis.article
        db["articles"].insert(
            {
                "id": article.content_hash,
                "text": article.text,
                "title": article.title,
                "source": article.source,
                "extractor": article.extractor,
                "added_at": f"2024-0{n + 1}",
            }
        )
        for version in ("old.0", analysis.version):  # an older analysis too: the newest stays
            record = {
                **analysis.to_json(),
                "pipeline": {"model": analysis.model, "version": version},
            }
            db["analyses"].insert(
                {
                    "article_id": article.content_hash,
                    "model": analysis.model,
                    "version": version,
                    "data": json.dumps(record),
                    "people": 0,
                    "quotes": len(analysis.quotes),
                    "created_at": f"2024-0{n + 1}-0{1 + (version != 'old.0')}",
                }
            )
        for i in range(3):
            db["highlights"].insert(
                {
                    "id": f"h{n}-{i}",
                    "article_id": article.content_hash,
                    "start": i,
                    "end": i + 5,
                    "exact": article.text[i : i + 5],
                    "prefix": "",
                    "suffix": "",
                    "kind": "range",
                    "label": "yellow",
                    "note": f"note {i}",
                    "tags": json.dumps(["t"]),
                    "anchored": 1,
                    "created_at": "2024",
                    "updated_at": "2024",
                }
            )
    db.conn.commit()
    db.conn.close()


def test_an_old_library_is_migrated_without_losing_a_highlight(tmp_path):
    texts = [f'Story {n}. "We will stay," Ann Lee said of Port Town. ' * 20 for n in range(3)]
    analyses = [make_analysis(make_article(t, source=f"/tmp/{n}.txt")) for n, t in enumerate(texts)]
    path = tmp_path / "old.db"
    _old_library(path, analyses)
    before = sqlite3.connect(path).execute("select * from highlights order by id").fetchall()
    with open_library(path) as library:
        after = library.conn.execute("select * from highlights order by id").fetchall()
        assert after == before and len(after) == 9
        for analysis in analyses:
            again = library.latest(analysis.id)
            assert again.to_json() == analysis.to_json()
        tables = {row[0] for row in library.conn.execute("select name from sqlite_master")}
        assert not {"quote_index", "entity_index", "analyses_json"} & tables
        assert [h.note for h in library.highlights(analyses[0].id)] == [
            f"note {i}" for i in range(3)
        ]
        hits = library.quotes_by("Ann")
        assert len(hits) == sum(len(a.quotes) for a in analyses)


def test_cli_library_search_knows_the_apps_forms(analysed, tmp_path):
    db = tmp_path / "l.db"
    with open_library(db) as library:
        for analysis in analysed:
            library.save(analysis)
    speaker = next(q.speaker for q in analysed[0].quotes if q.speaker)
    entity = next(e for e in analysed[0].entities if e.label != "PERSON")

    def search(query: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-m", "reader", "library", "search", query, "--db", str(db)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        return done.stdout.splitlines()

    said = search(f"speaker:{speaker.split()[-1]}")
    assert said and all(f"{speaker}: “" in line for line in said)
    assert search(f"who:{speaker.split()[-1]}") == said
    mentioned = search(f"entity:{entity.name}")
    assert any(f"{entity.name} ({entity.label}): " in line for line in mentioned)
    assert any(line.startswith(analysed[0].id[:12]) for line in search(entity.name))
