"""``reader import`` cannot corrupt the library: every record is checked on its own, what the
library holds wins, a bad line is one problem line and the good ones are still imported."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest
from click.testing import CliRunner
from process_bounds import run_reader
from test_export import ALL, hostile_library, run_export
from test_store_fixtures import make_analysis, make_article

from reader.cli import cli
from reader.export.importer import import_jsonl
from reader.export.jsonl import record
from reader.export.textformat import json_text
from reader.ingest import content_hash
from reader.model import Entity, Quote
from reader.store import open_library
from reader.textsafety import without_controls

TEXT = 'Mary Jones spoke first. "We will go on," said Mary Jones.\n\nPeter Brown agreed.'


@pytest.fixture
def exported(tmp_path):
    """A library with the hostile article (as ingest keeps it) and its JSONL export."""
    from test_export import HOSTILE_TEXT

    path, article, highlights, out = hostile_library(tmp_path, without_controls(HOSTILE_TEXT))
    [jsonl] = run_export(path, out, "jsonl")
    return path, article, highlights, jsonl


def lines_of(*records: dict) -> str:
    return "".join(json_text(r) + "\n" for r in records)


def good_record(text: str = TEXT) -> dict:
    """The JSONL record of a new article with an analysis and one highlight."""
    from reader.export.gather import ExportItem
    from reader.model import Highlight

    article = make_article(text)
    start = text.index("Peter")
    highlight = Highlight(
        id=article.content_hash[::-1],
        article_id=article.content_hash,
        start=start,
        end=start + 11,
        exact="Peter Brown",
        created_at="2026-01-01T00:00:00",
        updated_at="2026-01-01T00:00:00",
    )
    item = ExportItem(article, "2026-01-01", [highlight], make_analysis(article))
    return record(item, ALL)


def test_jsonl_round_trips_through_import(exported, tmp_path):
    path, article, highlights, jsonl = exported
    with open_library(tmp_path / "empty.db") as fresh:
        report = import_jsonl(fresh, jsonl)
        assert (report.articles, report.highlights, report.problems) == (1, len(highlights), [])
        assert fresh.highlights() == highlights
        assert fresh.article(article.content_hash) == article
        with open_library(path) as original:
            assert asdict(fresh.latest(article.content_hash)) == asdict(
                original.latest(article.content_hash)
            )
        import_jsonl(fresh, jsonl)  # importing again changes nothing
        assert fresh.highlights() == highlights


def test_import_keeps_newer_local_edits_and_reports_bad_lines(exported, tmp_path):
    path, article, highlights, jsonl = exported
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        "\n".join(["{not json", '{"type": "other"}', lines[0], '{"type": "reader.article"}'])
        + "\n",
        encoding="utf-8",
    )
    with open_library(path) as library:
        newer = library.update_highlight(highlights[0].id, note="edited after the export")
        report = import_jsonl(library, broken)
        assert library.highlight(newer.id).note == "edited after the export"
    assert report.articles == 1
    assert [p.split(":")[0] for p in report.problems] == ["line 1", "line 2", "line 4"]


def test_an_id_that_is_not_the_hash_of_the_text_is_refused(tmp_path):
    """A record claiming an existing article's id with another text: today it replaced that
    article's analysis with a stranger's quotes and mentions."""
    mine = make_article(TEXT)
    with open_library(tmp_path / "lib.db") as library:
        library.save(make_analysis(mine))
        before = asdict(library.latest(mine.content_hash))
        stranger = good_record("Another text entirely, with Peter Brown in it.")
        stranger["article"]["id"] = mine.content_hash
        stranger["highlights"] = []
        file = tmp_path / "in.jsonl"
        file.write_text(lines_of(stranger), encoding="utf-8")
        report = import_jsonl(library, file)
        assert asdict(library.latest(mine.content_hash)) == before
        assert library.article(mine.content_hash) == mine
    [problem] = report.problems
    assert "not the hash of its text" in problem and report.articles == 0


def test_an_article_stored_with_another_text_is_not_replaced(tmp_path):
    """A library that already holds a wrong text under an id (written before ids were checked)
    keeps it, and keeps its analysis: the import of that id is refused."""
    true_record = good_record()
    with open_library(tmp_path / "lib.db") as library:
        wrong = make_article("A different text under a borrowed id.")
        borrowed = type(wrong)(**{**asdict(wrong), "content_hash": content_hash(TEXT)})
        library.save(make_analysis(borrowed))
        before = asdict(library.latest(borrowed.content_hash))
        file = tmp_path / "in.jsonl"
        file.write_text(lines_of(true_record), encoding="utf-8")
        report = import_jsonl(library, file)
        assert asdict(library.latest(borrowed.content_hash)) == before
    [problem] = report.problems
    assert "in the library with another text" in problem


def test_a_cached_analysis_of_the_same_pipeline_is_kept(tmp_path):
    article = make_article(TEXT)
    with open_library(tmp_path / "lib.db") as library:
        library.save(make_analysis(article))
        before = asdict(library.latest(article.content_hash))
        crafted = good_record()
        crafted["analysis"]["quotes"][0]["speaker"] = "Someone Else"
        file = tmp_path / "in.jsonl"
        file.write_text(lines_of(crafted), encoding="utf-8")
        report = import_jsonl(library, file)
        assert asdict(library.latest(article.content_hash)) == before
    assert report.problems == [] and report.articles == 1


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda a: a["entities"][0]["mentions"].append([5, 10_000]), "outside the text"),
        (lambda a: a["quotes"][0].update(start=70, end=9_999), "outside the text"),
        (lambda a: a["quotes"][0].update(speaker_start=3), "outside the text"),
        (lambda a: a["quotes"][0].update(speaker_entity="e99"), "is not an entity"),
        (lambda a: a["figures"].append(_figure(sentence=[0, 10**6])), "outside the text"),
    ],
    ids=["mention", "quote", "half an attribution", "speaker", "figure sentence"],
)
def test_an_analysis_that_cannot_describe_the_text_is_dropped(tmp_path, change, words):
    data = good_record()
    change(data["analysis"])
    file = tmp_path / "in.jsonl"
    file.write_text(lines_of(data), encoding="utf-8")
    with open_library(tmp_path / "lib.db") as library:
        report = import_jsonl(library, file)
        article_id = data["article"]["id"]
        assert library.article(article_id) is not None  # the article and highlight still come
        assert library.latest(article_id) is None
        assert len(library.highlights(article_id)) == 1
    [problem] = report.problems
    assert "analysis not imported" in problem and words in problem


def _figure(**changes) -> dict:
    return {"start": 0, "end": 4, "text": "Mary", "kind": "count", "sentence": [0, 4], **changes}


def test_a_highlight_id_of_another_article_is_refused(tmp_path):
    """Today the import moved the user's highlight onto the imported article."""
    mine = make_article("My own article, about Sam Lee and his garden.")
    with open_library(tmp_path / "lib.db") as library:
        library.save(make_analysis(mine))
        own = library.add_highlight(mine, 22, 29, note="my note")
        data = good_record()
        data["highlights"][0]["id"] = own.id
        data["highlights"][0]["updated_at"] = "2999-01-01T00:00:00"
        file = tmp_path / "in.jsonl"
        file.write_text(lines_of(data), encoding="utf-8")
        report = import_jsonl(library, file)
        assert library.highlight(own.id) == own
        assert library.article(data["article"]["id"]) is not None
    [problem] = report.problems
    assert "belongs to another article" in problem


def test_a_highlight_naming_another_article_is_refused_alone(tmp_path):
    data = good_record()
    data["highlights"].append({**data["highlights"][0], "id": "b" * 32, "article_id": "c" * 32})
    file = tmp_path / "in.jsonl"
    file.write_text(lines_of(data), encoding="utf-8")
    with open_library(tmp_path / "lib.db") as library:
        report = import_jsonl(library, file)
        assert [h.id for h in library.highlights()] == [data["highlights"][0]["id"]]
    assert len(report.problems) == 1 and report.articles == 1


def test_highlight_offsets_outside_the_text_are_found_again_by_their_words(tmp_path):
    data = good_record()
    data["highlights"][0].update(start=5_000, end=5_011)
    file = tmp_path / "in.jsonl"
    file.write_text(lines_of(data), encoding="utf-8")
    with open_library(tmp_path / "lib.db") as library:
        import_jsonl(library, file)
        [highlight] = library.highlights()
    assert (highlight.start, highlight.end) == (TEXT.index("Peter"), TEXT.index("Peter") + 11)


BAD_TYPES = {
    "offset as a string": lambda r: r["highlights"][0].update(start="3"),
    "offset as true": lambda r: r["highlights"][0].update(end=True),
    "negative offset": lambda r: r["highlights"][0].update(start=-1),
    "text as a number": lambda r: r["article"].update(text=12),
    "no id": lambda r: r["article"].pop("id"),
    "tags not a list": lambda r: r["highlights"][0].update(tags="a,b"),
    "highlight id with a slash": lambda r: r["highlights"][0].update(id="../../x"),
    "mentions not pairs": lambda r: r["analysis"]["entities"][0].update(mentions=[[1, 2, 3]]),
    "quote speaker a list": lambda r: r["analysis"]["quotes"][0].update(speaker=["a"]),
    "article a list": lambda r: r.update(article=[]),
    "newer schema": lambda r: r.update(export_schema="2"),
    "highlights an object": lambda r: r.update(highlights={"a": 1}),
}


@pytest.mark.parametrize("spoil", BAD_TYPES.values(), ids=BAD_TYPES.keys())
def test_a_record_of_wrong_types_is_one_line_and_the_good_ones_are_kept(tmp_path, spoil):
    bad = good_record()
    spoil(bad)
    good = good_record("A second good article, by Peter Brown of the port.")
    file = tmp_path / "in.jsonl"
    file.write_text(lines_of(bad, good), encoding="utf-8")
    with open_library(tmp_path / "lib.db") as library:
        report = import_jsonl(library, file)
        assert library.article(good["article"]["id"]) is not None
    assert report.articles == 1
    [problem] = report.problems
    assert problem.startswith("line 1: ") and "\n" not in problem


def test_control_characters_in_an_imported_text_are_refused(tmp_path):
    data = good_record("Escape \x1b[31m in a text, Peter Brown wrote, that ingest cleans.")
    file = tmp_path / "in.jsonl"
    file.write_text(lines_of(data), encoding="utf-8")
    with open_library(tmp_path / "lib.db") as library:
        report = import_jsonl(library, file)
        assert library.article_ids() == []
    assert "control characters" in report.problems[0]


def test_bytes_that_are_not_utf8_a_bom_and_a_huge_line(tmp_path):
    first, second = good_record(), good_record("Another good one, from Peter Brown.")
    file = tmp_path / "in.jsonl"
    with file.open("wb") as handle:
        handle.write(b"\xef\xbb\xbf" + lines_of(first).encode())  # an editor's BOM: harmless
        handle.write(b'{"type": "reader.article", "x": "caf\xe9"}\n')
        handle.write(b'{"type": "' + b"x" * (64 << 20) + b'"}\n')
        handle.write(lines_of(second).encode())
    with open_library(tmp_path / "lib.db") as library:
        report = import_jsonl(library, file)
    assert report.articles == 2
    assert [p.split(":")[0] for p in report.problems] == ["line 2", "line 3"]
    assert "not UTF-8" in report.problems[0] and "longer than" in report.problems[1]


def test_cli_import_of_dev_zero_and_bad_lines_is_one_line_each(tmp_path):
    run = run_reader("import", "/dev/zero", cwd=tmp_path)
    problems = [line for line in run.stderr.splitlines() if line.startswith("reader:")]
    assert len(problems) == 1 and "binary data" in problems[0], run.stderr
    assert run.code != 0 and "Traceback" not in run.stderr
    assert run.rss_mb < 250


def test_cli_import_reports_each_bad_line_and_keeps_the_rest(tmp_path):
    good = good_record()
    bad = good_record("Not to be imported, this one, says Peter Brown.")
    bad["article"]["id"] = "0" * 32
    file = tmp_path / "in.jsonl"
    file.write_text(lines_of(bad, good) + "[1, 2]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(file), "--db", str(tmp_path / "lib.db")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert [line.split(": line ")[1][:1] for line in lines[:-1]] == ["1", "3"]
    assert lines[-1] == "imported 1 article, 1 highlight"
    assert "Traceback" not in result.output


def test_a_fifo_nobody_writes_to_is_one_line(tmp_path):
    import os

    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    run = run_reader("import", str(fifo), cwd=tmp_path)
    [line] = run.stderr.strip().splitlines()
    assert "nothing arrived" in line and run.code != 0


def test_jsonl_records_are_valid_for_the_schema(exported):
    from reader.export.schema import ExportRecord

    *_, jsonl = exported
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        ExportRecord.model_validate_json(line)
        assert json.loads(line)["type"] == "reader.article"


def test_entities_and_quotes_from_the_real_pipeline_pass_the_checks(analyse):
    from reader.export.schema import analysis_problem

    analysis = analyse(TEXT + ' "It is done," he said.')
    assert analysis.quotes and analysis.entities
    assert analysis_problem(analysis) is None
    assert isinstance(analysis.entities[0], Entity) and isinstance(analysis.quotes[0], Quote)
