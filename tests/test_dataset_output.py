"""``reader analyze --out DIR``: Parquet tables and JSONL parts, append-safe and resumable."""

from __future__ import annotations

import json

from click.testing import CliRunner
from invented import write_folder, write_jsonl

from reader.cli import cli
from reader.tables import TABLES


def analyze(*args: str):
    result = CliRunner().invoke(cli, ["analyze", *args])
    assert result.exit_code == 0, result.output
    return result


def read_table(folder, table):
    import pyarrow.parquet as pq

    return pq.read_table(folder / table).to_pylist()


def ordered(rows):
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True))


def comparable(rows, names):
    """Rows as tuples of ``names``, numbers as floats (Parquet keeps a count of 34 as 34.0),
    in a fixed order."""

    def value(v):
        return float(v) if isinstance(v, int | float) else v

    return sorted((tuple(value(row[n]) for n in names) for row in rows), key=repr)


def test_parquet_tables_equal_the_librarys(nlp, tmp_path):
    import sqlite3

    corpus = write_folder(tmp_path / "corpus", 3)
    (corpus / "pronoun.txt").write_text(  # a quote with a runner-up speaker
        "Harbour talks stall\n\nMara Lind met Tom Reyes at the port on Monday."
        ' "We will not sign this," he said.\n'
    )
    db = tmp_path / "library.db"
    out = tmp_path / "out"
    analyze(str(corpus), "--out", str(out), "--format", "parquet", "--db", str(db))
    assert any(row["runner_up"] for row in read_table(out, "quotes"))
    assert all(0 < row["confidence"] <= 1 for row in read_table(out, "quotes"))
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    for table, columns in TABLES.items():
        # when each was written differs; meta is the dataset's own
        names = [n for n, _ in columns if n not in {"added_at", "created_at", "meta"}]
        quoted = ", ".join(f'"{n}"' for n in names)
        library = conn.execute(f"select {quoted} from {table}").fetchall()
        parquet = read_table(out, table)
        assert library, table
        assert comparable(parquet, names) == comparable(library, names), table
    assert conn.execute("select count(*) from articles").fetchone()[0] == 4


def test_a_rerun_skips_what_the_folder_holds_and_appends_the_rest(nlp, tmp_path):
    corpus = tmp_path / "news.jsonl"
    write_jsonl(corpus, 3)
    out = tmp_path / "out"
    args = [str(corpus), "--text-field", "body", "--out", str(out), "--format", "parquet"]
    first = analyze(*args)
    assert "wrote 3 articles" in first.stderr
    write_jsonl(corpus, 5)  # two more articles, the first three unchanged
    second = analyze(*args)
    assert "already holds 3 articles" in second.stderr
    assert "wrote 2 articles" in second.stderr and "skipped 3 articles" in second.stderr
    articles = read_table(out, "articles")
    assert len(articles) == len({row["id"] for row in articles}) == 5
    assert len(list((out / "articles").glob("part-*.parquet"))) == 2  # one part per run
    metas = sorted(json.loads(row["meta"])["doc"] for row in articles)
    assert metas == ["n0", "n1", "n2", "n3", "n4"]
    assert json.loads(articles[0]["meta"])["outlet"] == "The Wexley Post"
    entity_ids = [row["id"] for row in read_table(out, "entities")]
    assert len(entity_ids) == len(set(entity_ids))  # numbered on across runs, as in a library
    assert {row["entity"] for row in read_table(out, "mentions")} <= set(entity_ids)
    third = analyze(*args)
    assert "wrote 0 articles" in third.stderr and "skipped 5 articles" in third.stderr


def test_an_article_twice_in_the_input_is_written_once(nlp, tmp_path):
    corpus = write_folder(tmp_path / "corpus", 2)
    (corpus / "copy.txt").write_text((corpus / "article-0000.txt").read_text())
    out = tmp_path / "out"
    result = analyze(str(corpus), "--out", str(out))
    assert "wrote 2 articles" in result.stderr and "skipped 1 article" in result.stderr
    (part,) = (out / "analyses").glob("part-*.jsonl")
    assert len(part.read_text().splitlines()) == 2


def test_a_part_left_half_written_is_ignored(nlp, tmp_path):
    corpus = write_folder(tmp_path / "corpus", 2)
    out = tmp_path / "out"
    (out / "analyses").mkdir(parents=True)
    (out / "analyses" / ".part-stopped-00001.jsonl.tmp").write_text('{"id": "half')
    result = analyze(str(corpus), "--out", str(out))
    assert "wrote 2 articles" in result.stderr


def test_jsonl_parts_hold_the_documented_records(nlp, tmp_path):
    corpus = write_folder(tmp_path / "corpus", 2)
    out = tmp_path / "out"
    analyze(str(corpus), "--out", str(out), "--format", "jsonl")
    (part,) = (out / "analyses").glob("part-*.jsonl")
    records = [json.loads(line) for line in part.read_text().splitlines()]
    assert [r["schema"] for r in records] == [1, 1] and all(r["entities"] for r in records)


def test_parquet_without_a_folder_is_a_usage_error():
    result = CliRunner().invoke(cli, ["analyze", "x.txt", "--format", "parquet"])
    assert result.exit_code == 2 and "--out DIR" in result.output


def test_jsonl_lines_are_written_as_they_come_and_parts_close_at_their_size(
    nlp, tmp_path, monkeypatch
):
    import gc
    import weakref

    from invented import texts

    from reader import dataset
    from reader.ingest import article_from_text
    from reader.nlp.pipeline import analyze_many
    from reader.nlp.versions import pipeline_version, resolve_model

    monkeypatch.setattr(dataset, "ARTICLES_PER_PART", 2)
    articles = (article_from_text(t, kind="text", source=f"s{i}") for i, t in enumerate(texts(5)))
    writer = dataset.DatasetWriter(tmp_path / "out", "jsonl", resolve_model(), pipeline_version())
    written = []
    for analysis, _ in analyze_many((article, None) for article in articles):
        assert writer.write(analysis)
        written.append(weakref.ref(analysis))
    del analysis
    gc.collect()
    assert [ref() for ref in written] == [None] * 5  # the writer holds none of them
    folder = tmp_path / "out" / "analyses"
    assert [p.name.startswith(".") for p in sorted(folder.iterdir())] == [True, False, False]
    writer.close()
    parts = sorted(folder.iterdir())
    assert [len(part.read_text().splitlines()) for part in parts] == [2, 2, 1]
    ids = [json.loads(line)["id"] for part in parts for line in part.read_text().splitlines()]
    assert len(set(ids)) == 5


def test_parquet_rows_are_written_a_row_group_at_a_time(nlp, tmp_path, monkeypatch):
    import gc
    import weakref

    import pyarrow.parquet as pq
    from invented import texts

    from reader import dataset
    from reader.ingest import article_from_text
    from reader.nlp.pipeline import analyze_many
    from reader.nlp.versions import pipeline_version, resolve_model

    articles = [article_from_text(t, kind="text", source=f"s{i}") for i, t in enumerate(texts(5))]
    found = [a for a, _ in analyze_many((article, None) for article in articles)]

    def write(out, per_part, per_group):
        monkeypatch.setattr(dataset, "ARTICLES_PER_PART", per_part)
        monkeypatch.setattr(dataset, "ARTICLES_PER_ROW_GROUP", per_group)
        writer = dataset.DatasetWriter(out, "parquet", resolve_model(), pipeline_version())
        for analysis in found:
            assert writer.write(analysis)
        return writer

    whole = write(tmp_path / "whole", 100, 100)  # nothing written yet: all in one row group
    grouped = write(tmp_path / "grouped", 3, 2)
    # after five articles: part 1 (three) complete, part 2 open with one row group written
    names = sorted(p.name for p in (tmp_path / "grouped" / "articles").iterdir())
    assert [name.startswith(".") for name in names] == [True, False]
    grouped.close()
    held = [weakref.ref(analysis) for analysis in found]
    found.clear()
    gc.collect()
    assert [ref() for ref in held] == [None] * 5  # the open row group keeps rows, not analyses
    whole.close()
    parts = sorted((tmp_path / "grouped" / "articles").iterdir())
    assert [pq.ParquetFile(part).metadata.num_row_groups for part in parts] == [2, 1]
    for table in dataset.TABLES:
        rows = pq.read_table(tmp_path / "grouped" / table).to_pylist()
        expected = pq.read_table(tmp_path / "whole" / table).to_pylist()
        for row in rows + expected:
            row.pop("created_at", None)
            row.pop("added_at", None)
        assert rows == expected, table
