"""Every hostile file from ../shared/eval/make_nasty.py through the real ``reader analyze``.

One CLI run analyses them all (spaCy loads once); each file is then checked by name: either
one clear stderr line naming it (and a non-zero exit), or a sane JSON record whose offsets
all lie inside its text. The broken library files (*.db) belong to the store's tests.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.ingest import display_source
from reader.model import Analysis
from reader.textsafety import visible

MAKE_NASTY = Path(__file__).resolve().parents[2] / "shared" / "eval" / "make_nasty.py"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

ERRORS = {
    "empty.txt": "no article text found",
    "whitespace.txt": "no article text found",
    "binary.txt": "not a text file",
    "png-named-txt.txt": "not a text file",
    "nul-bytes.txt": "NUL bytes",
    "long-line.txt": "too long to analyse (2,000,000 characters",
    "huge.txt": "too many paragraphs to analyse",
    "many-paragraphs.txt": "too many paragraphs",
    "script-only.html": "no article text found",
}


def check_cp1252(record: dict) -> None:
    assert (
        "\u201cIt\u2019s over,\u201d said Ren\u00e9e M\u00fcller \u2013 \u00a3300m."
        in record["text"]
    )


def check_latin1(record: dict) -> None:
    assert record["text"].startswith("Fran\u00e7ois Hollande d\u00e9clar\u00e9 \u00e0 Z\u00fcrich.")


def check_utf16(record: dict) -> None:
    assert record["text"].startswith("Prime Minister Sir Keir Starmer")
    assert "\x00" not in record["text"] and "\ufeff" not in record["text"]


def check_bom_crlf(record: dict) -> None:
    assert record["text"].startswith("Prime Minister")
    assert "\r" not in record["text"] and "\ufeff" not in record["text"]


def check_shift_jis(record: dict) -> None:
    assert "\u5cb8\u7530\u6587\u96c4\u9996\u76f8\u306f\u300c\u5e73\u548c\u300d" in record["text"]


def check_invalid_utf8(record: dict) -> None:
    assert record["text"].count("Keir Starmer met President Emmanuel Macron") == 2


def check_ansi(record: dict) -> None:
    assert "\u241b[2J" in record["text"]  # ESC shown as ␛, as less shows ^[
    assert "pwned title" in record["text"]


def check_rich_markup(record: dict) -> None:
    assert record["text"].startswith("[bold red]Not bold[/] [link=https://evil.example]link")
    assert "[@click=app.quit]quit[/]" in record["text"]


def check_bidi(record: dict) -> None:
    text = record["text"]
    assert "\u202e" in text and "\u200b" in text  # kept: RTL scripts and emoji need them
    shown = visible(text)
    assert len(shown) == len(text)
    assert not any(ch in shown for ch in "\u202e\u202c\u200b\u2066\u2069")


def check_unbalanced(record: dict) -> None:
    assert record["text"].startswith('He said, "this never closes.')
    assert record["text"].endswith('"')


def check_only_quotes(record: dict) -> None:
    assert record["text"] == '"' * 5000 + "\u201c\u201d" * 2000
    assert record["entities"] == []


def check_deep(record: dict) -> None:
    assert record["text"].startswith("Prime Minister Sir Keir Starmer met President")
    assert record["extractor"] == "html-text"


def check_broken(record: dict) -> None:
    assert "Keir Starmer" in record["text"] and "alert(1)" not in record["text"]
    assert record["title"] == "Broken & <b>bad"  # <title> text is literal, never markup


def check_html_named_txt(record: dict) -> None:
    assert record["extractor"] in {"trafilatura", "readability"}
    assert record["title"] == "Title" and "<" not in record["text"]


def check_text_named_html(record: dict) -> None:
    assert record["extractor"] == "text"
    assert record["text"].startswith("Prime Minister Sir Keir Starmer")


def check_charset_lie(record: dict) -> None:
    assert record["title"] == "Caf\u00e9" and "Caf\u00e9 cr\u00e8me" in record["text"]


def check_markdown(record: dict) -> None:
    assert record["title"] == "Title link"
    assert "javascript" not in record["title"] and "alert(1)" not in record["text"]
    # 100 backticks close the first fence; the second runs to the end: code, kept as typed
    assert record["text"].startswith('> "We will not give up an inch," she said.')


def check_weird_name(record: dict) -> None:
    assert record["source"].endswith("weird name \n\t;rm -rf.txt")
    assert record["text"].startswith("Prime Minister")


RESULTS = {
    "cp1252.txt": check_cp1252,
    "latin1.txt": check_latin1,
    "utf16-bom.txt": check_utf16,
    "utf8-bom-crlf.txt": check_bom_crlf,
    "shift-jis.txt": check_shift_jis,
    "invalid-utf8.txt": check_invalid_utf8,
    "ansi-escapes.txt": check_ansi,
    "rich-markup.txt": check_rich_markup,
    "bidi-zero-width.txt": check_bidi,
    "unbalanced-quotes.txt": check_unbalanced,
    "only-quotes.txt": check_only_quotes,
    "deep.html": check_deep,
    "broken.html": check_broken,
    "html-named-txt.txt": check_html_named_txt,
    "text-named-html.html": check_text_named_html,
    "meta-charset-lie.html": check_charset_lie,
    "markdown-tricks.md": check_markdown,
    "weird name \n\t;rm -rf.txt": check_weird_name,
}


def assert_offsets_inside(analysis: Analysis) -> None:
    """Every span inside the text; every speaker one of the article's entities, or none."""
    size = len(analysis.article.text)

    def inside(start: int | None, end: int | None) -> None:
        if start is None and end is None:
            return
        assert start is not None and end is not None
        assert 0 <= start <= end <= size, (start, end, size)

    names = {entity.name for entity in analysis.entities}
    ids = {entity.id for entity in analysis.entities}
    for entity in analysis.entities:
        for start, end in entity.mentions:
            inside(start, end)
    for quote in analysis.quotes:
        inside(quote.start, quote.end)
        inside(quote.speaker_start, quote.speaker_end)
        inside(quote.cue_start, quote.cue_end)
        assert quote.speaker is None or quote.speaker in names, quote.speaker
        assert quote.speaker_entity is None or quote.speaker_entity in ids
    for figure in analysis.figures:
        inside(figure.start, figure.end)
        inside(*figure.sentence)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[dict, dict, dict, subprocess.CompletedProcess]:
    """(manifest, records by file name, stderr lines by file name, the finished CLI run)."""
    if not MAKE_NASTY.is_file():
        pytest.skip(f"{MAKE_NASTY} is absent (the shared eval folder is not beside the project)")
    folder = tmp_path_factory.mktemp("nasty")
    subprocess.run([sys.executable, str(MAKE_NASTY), str(folder)], check=True, capture_output=True)
    manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
    names = [name for name in manifest if not name.endswith(".db")]
    run = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", "--no-cache", *names],
        cwd=folder,
        capture_output=True,
        env={**_environment(), "READER_DB": str(folder / "library.db")},
        timeout=600,
    )
    records = {}
    for line in run.stdout.decode("utf-8").splitlines():
        record = json.loads(line)
        records[Path(record["source"]).name] = record
    errors: dict[str, list[str]] = {}
    for line in run.stderr.decode("utf-8").splitlines():
        for name in names:
            shown = display_source(name)
            # Ingest names the file as given; analysis limits name the stored (absolute) source.
            if line.startswith((f"reader: {shown}: ", "reader: /")) and f"{shown}: " in line:
                errors.setdefault(name, []).append(line)
    return manifest, records, errors, run


def _environment() -> dict[str, str]:
    import os

    return dict(os.environ)


def test_every_hostile_file_has_an_expectation(hostile):
    manifest = hostile[0]
    assert {name for name in manifest if not name.endswith(".db")} == set(ERRORS) | set(RESULTS)


def test_run_exits_non_zero_without_traceback(hostile):
    run = hostile[3]
    assert run.returncode == 1
    assert b"Traceback" not in run.stderr
    assert len(run.stderr.decode().splitlines()) == len(ERRORS)


def test_no_control_sequence_reaches_stdout(hostile):
    assert not re.search(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]", hostile[3].stdout)


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_hostile_file_gives_one_clear_error(hostile, name):
    _, records, errors, _ = hostile
    assert name not in records
    assert len(errors.get(name, [])) == 1, errors.get(name)
    assert ERRORS[name] in errors[name][0]


@pytest.mark.parametrize("name", sorted(RESULTS, key=repr))
def test_hostile_file_gives_a_sane_result(hostile, name):
    _, records, errors, _ = hostile
    assert name not in errors
    record = records[name]
    RESULTS[name](record)
    for field in ("text", "title", "byline"):
        assert not CONTROL.search(record[field] or ""), field
    assert_offsets_inside(Analysis.from_json(record))


def test_an_unexpected_error_is_one_line_and_the_batch_goes_on(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import reader.ingest
    from reader.cli import cli

    def broken(path: str):
        raise RuntimeError("boom\n  with a second line")

    monkeypatch.setattr(reader.ingest, "load_article", broken)
    result = CliRunner().invoke(
        cli, ["analyze", "--db", str(tmp_path / "l.db"), "one.txt", "two\n.txt"]
    )
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    said = "internal error, please report it (RuntimeError: boom with a second line)"
    assert lines == [f"reader: one.txt: {said}", f"reader: two\u2424.txt: {said}"]
