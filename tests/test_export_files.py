"""Exports never lose work and never write where they should not: no file is replaced unless
asked, nothing half-written is left on a full disk or a read-only folder, hostile ids stay in
the folder, colliding names get distinct files, and files follow the user's umask."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from test_export import ALL, HOSTILE_TEXT, hostile_library
from test_fresh_home import unwritable
from test_store_fixtures import make_analysis, make_article

from reader.cli import cli
from reader.errors import ReaderError
from reader.export import export, gather
from reader.export.readwise import FORMULA_STARTS, spreadsheet_safe
from reader.model import Article, Figure, Quote
from reader.store import open_library
from reader.textsafety import visible, without_controls

FORMATS = ("md", "jsonl", "readwise-csv", "w3c")


@pytest.fixture
def library_path(tmp_path):
    path, *_ = hostile_library(tmp_path, without_controls(HOSTILE_TEXT))
    return path


def run_export(path, out, fmt, **options):
    with open_library(path) as library:
        return export(gather(library), fmt, out, ALL, **options)


def listing(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_edited_export_is_never_replaced(library_path, tmp_path, fmt):
    out = tmp_path / "out"
    [first] = run_export(library_path, out, fmt)
    first.write_text("my own edits", encoding="utf-8")
    renamed = []
    [second] = run_export(library_path, out, fmt, on_renamed=lambda *pair: renamed.append(pair))
    assert first.read_text(encoding="utf-8") == "my own edits"
    assert second != first and second.parent == out
    assert second.name == first.name.replace(".", "-2.", 1) or second.stem.endswith("-2")
    assert renamed == [(first, second)]
    [third] = run_export(library_path, out, fmt, replace=True)
    assert third == first and first.read_text(encoding="utf-8") != "my own edits"


def test_cli_keeps_the_old_file_and_force_replaces_it(library_path, tmp_path):
    out = tmp_path / "out"
    args = ["export", "--all", "--format", "jsonl", "--out", str(out), "--db", str(library_path)]
    runner = CliRunner()
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    (out / "reader-export.jsonl").write_text("edited", encoding="utf-8")
    second = runner.invoke(cli, args)
    assert second.exit_code == 0
    assert "reader-export-2.jsonl" in second.output and "--force" in second.output
    assert (out / "reader-export.jsonl").read_text(encoding="utf-8") == "edited"
    forced = runner.invoke(cli, [*args, "--force"])
    assert forced.exit_code == 0
    assert (out / "reader-export.jsonl").read_text(encoding="utf-8") != "edited"
    assert listing(out) == ["reader-export-2.jsonl", "reader-export.jsonl"]


def test_a_read_only_folder_is_one_line_and_nothing_is_left(library_path, tmp_path):
    out = tmp_path / "locked"
    with unwritable(out):
        with pytest.raises(ReaderError) as caught:
            run_export(library_path, out, "md")
        assert listing(out) == []
    assert "\n" not in str(caught.value) and str(out) in str(caught.value)


def test_a_file_where_the_folder_should_be_is_one_line(library_path, tmp_path):
    out = tmp_path / "out"
    out.write_text("a file, not a folder")
    with pytest.raises(ReaderError, match="it is a file, not a folder"):
        run_export(library_path, out, "w3c")
    assert out.read_text() == "a file, not a folder"
    done = subprocess.run(
        [sys.executable, "-m", "reader", "export", "--all", "--out", str(out)],
        env={**os.environ, "READER_DB": str(library_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and done.stderr.strip().splitlines() == [
        f"reader: cannot write into {out}: it is a file, not a folder"
    ]


def test_a_folder_where_the_file_should_be_is_kept(library_path, tmp_path):
    out = tmp_path / "out"
    (out / "readwise.csv").mkdir(parents=True)
    [written] = run_export(library_path, out, "readwise-csv")
    assert written.name == "readwise-2.csv" and (out / "readwise.csv").is_dir()
    with pytest.raises(ReaderError, match="is a folder"):
        run_export(library_path, out, "readwise-csv", replace=True)
    assert not [name for name in listing(out) if name.startswith(".")]


FULL_DISK = """
import resource, sys
from pathlib import Path
from reader.export.files import write_files
resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))
try:
    write_files(Path(sys.argv[1]), [("small.md", "fits"), ("big.md", "x" * 300_000)])
except Exception as error:
    print(type(error).__name__, error, file=sys.stderr)
    sys.exit(2)
"""


def test_a_full_disk_leaves_no_file_at_all(tmp_path):
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(out)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("ReaderError") and "nothing was written" in line
    assert listing(out) == []  # neither the small file nor a temporary one


def test_cli_on_a_full_disk_is_one_line(library_path, tmp_path):
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))

    with open_library(library_path) as library:
        big = make_article("Long text, said Mary Jones. " * 4000)
        library.save(make_analysis(big))
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "reader", "export", "--all", "--format", "jsonl", "--out", str(out)],
        env={**os.environ, "READER_DB": str(library_path)},
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
    )
    assert done.returncode != 0 and "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert "nothing was written" in line
    assert listing(out) == []


@pytest.mark.parametrize("bad_id", ["../../escaped", "a/b/c", "nul\x00id", "/abs/path"])
def test_ids_with_slashes_or_nul_stay_in_the_folder(tmp_path, bad_id):
    article = Article(text="Some text.", title="../../etc/passwd", content_hash=bad_id)
    with open_library(tmp_path / "lib.db") as library:
        library.put_article(article)
    out = tmp_path / "out"
    for fmt in FORMATS:
        written = run_export(tmp_path / "lib.db", out, fmt)
        assert all(path.parent == out for path in written)
    assert all(not name.startswith(".") for name in listing(out))
    assert {p.name for p in tmp_path.iterdir()} <= {"lib.db", "lib.db-wal", "lib.db-shm", "out"}


def test_articles_whose_names_collide_get_distinct_files(tmp_path):
    with open_library(tmp_path / "lib.db") as library:
        for text in ("One text.", "Another text."):
            article = Article(text=text, title="Same Title", content_hash="abcdefgh" + text)
            library.put_article(article)
        library.put_article(Article(text="Third.", title="same title", content_hash="ABCDEFGH3"))
    written = run_export(tmp_path / "lib.db", tmp_path / "out", "md")
    assert len({path.name.casefold() for path in written}) == 3
    assert len(listing(tmp_path / "out")) == 3


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_exported_files_follow_the_umask(library_path, tmp_path, umask):
    old = os.umask(umask)
    try:
        written = run_export(library_path, tmp_path / "out", "md")
    finally:
        os.umask(old)
    assert {path.stat().st_mode & 0o777 for path in written} == {0o666 & ~umask}


# What is in the files ------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


def test_readwise_cells_never_start_a_formula(tmp_path):
    text = " ".join(FORMULAS) + ' "=1+1," said Mary Jones.'
    article = make_article(text, title="=cmd|' /C calc'!A0", byline="@Mary Jones")
    with open_library(tmp_path / "lib.db") as library:
        library.save(make_analysis(article))
        for formula in FORMULAS:
            start = text.index(formula)
            library.add_highlight(article, start, start + len(formula), note="-note", tags=["+t"])
    [path] = run_export(tmp_path / "lib.db", tmp_path / "out", "readwise-csv")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    highlights = {row[0] for row in rows[1:]}
    assert {spreadsheet_safe(visible(f)) for f in FORMULAS} <= highlights
    assert rows[1][1] == "'=cmd|' /C calc'!A0" and rows[1][2] == "'@Mary Jones"


def _with_unnamed_quote_and_figure(tmp_path):
    text = 'Prices rose 4.5 per cent. "It will not last," a source close to the talks said.'
    article = make_article(text, source="https://news.example/story")
    start = text.index("It will")
    quote = Quote(start, start + 18, speaker=None, speaker_text="a source close to the talks")
    figure = Figure(12, 24, "4.5 per cent", 4.5, "per cent", "percent", (0, 25))
    analysis = make_analysis(article)
    analysis.quotes, analysis.figures, analysis.entities = [quote], [figure], []
    with open_library(tmp_path / "lib.db") as library:
        library.save(analysis)
    return tmp_path / "lib.db", text


def test_an_unnamed_speaker_has_one_wording_in_every_format(tmp_path):
    path, _ = _with_unnamed_quote_and_figure(tmp_path)
    wording = "a source close to the talks (unnamed)"
    out = tmp_path / "out"
    files = {fmt: run_export(path, out, fmt)[0].read_text(encoding="utf-8") for fmt in FORMATS}
    assert f"> — {wording}" in files["md"]
    assert f"— {wording}" in files["readwise-csv"]
    [record] = [json.loads(line) for line in files["jsonl"].splitlines()]
    assert record["quotes"][0]["speaker_label"] == wording
    assert record["quotes"][0]["speaker_named"] is False and record["quotes"][0]["speaker"] is None
    annotations = json.loads(files["w3c"])["first"]["items"]
    assert wording in [a["body"]["value"] for a in annotations if a["motivation"] == "identifying"]


def test_figures_are_exported_with_kind_value_unit_and_sentence(tmp_path):
    path, text = _with_unnamed_quote_and_figure(tmp_path)
    out = tmp_path / "out"
    what = frozenset({"figures"})
    with open_library(path) as library:
        items = gather(library)
    md = export(items, "md", out, what)[0].read_text(encoding="utf-8")
    assert "## Figures" in md and "- 4\\.5 per cent (percent: 4.5 per cent)" in md
    assert "  > Prices rose 4.5 per cent." in md
    [record] = [json.loads(line) for line in export(items, "jsonl", out, what)[0].open()]
    assert record["figures"] == [
        {
            "text": "4.5 per cent",
            "kind": "percent",
            "value": 4.5,
            "unit": "per cent",
            "sentence": "Prices rose 4.5 per cent.",
            "start": 12,
            "end": 24,
        }
    ]
    csv_text = export(items, "readwise-csv", out, what)[0].read_text(encoding="utf-8")
    assert "Prices rose 4.5 per cent." in csv_text and ".figure" in csv_text
    w3c = json.loads(export(items, "w3c", out, what)[0].read_text(encoding="utf-8"))
    [figure] = w3c["first"]["items"]
    assert [b["value"] for b in figure["body"]] == ["percent", "percent: 4.5 per cent"]


def test_w3c_targets_count_in_reader_text_with_the_page_as_scope(tmp_path):
    path, text = _with_unnamed_quote_and_figure(tmp_path)
    [w3c] = run_export(path, tmp_path / "out", "w3c")
    for item in json.loads(w3c.read_text(encoding="utf-8"))["first"]["items"]:
        targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
        for target in targets:
            assert target["type"] == "SpecificResource"
            assert target["source"]["id"].startswith("urn:reader:article:")
            assert target["source"]["type"] == "Text"
            assert target["scope"] == "https://news.example/story"
            position = next(s for s in target["selector"] if s["type"] == "TextPositionSelector")
            exact = next(s for s in target["selector"] if s["type"] == "TextQuoteSelector")
            assert text[position["start"] : position["end"]] == exact["exact"]


def test_cli_defaults_are_the_dialog_constants():
    from reader.export import DEFAULT_FORMAT, DEFAULT_WHAT, WHAT_ORDER, default_out_dir

    command = cli.commands["export"]
    defaults = {param.name: param.get_default(click_context()) for param in command.params}
    assert defaults["fmt"] == DEFAULT_FORMAT
    assert set(defaults["what"].split(",")) == DEFAULT_WHAT
    assert defaults["out"] == str(default_out_dir())
    assert "figures" in WHAT_ORDER and "figures" not in DEFAULT_WHAT


def click_context():
    import click

    return click.Context(cli.commands["export"])
