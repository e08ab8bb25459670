"""Exports, each checked by parsing it back with a real parser (csv, json, YAML, CommonMark)."""

from __future__ import annotations

import csv
import json
import re

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from test_store_fixtures import make_analysis, make_article

from reader.cli import cli
from reader.export import export, gather, parse_what
from reader.export.readwise import spreadsheet_safe
from reader.store import open_library
from reader.textsafety import visible, without_controls

ALL = parse_what("highlights,quotes,entities")

HOSTILE_TITLE = 'Breaking: "quotes", commas, # hash --- [link](x) `tick` {a: b} & *stars* - no'
HOSTILE_TEXT = (
    "---\ntitle: injected\n---\n\n"
    '"We will, as ever, say ""no""," said Mary Jones, the leader.\n\n'
    "# Not a heading\n\n"
    "- not a list, <script>alert(1)</script> [click](javascript:alert(1)) ![img](x.png)\n\n"
    "1. not numbered | a | table |\n\n"
    "    not code ``` `x` ``` **bold** _em_ ~~strike~~ ==mark== $x$ %%comment%% ^block\n\n"
    "[[Wiki Link]] #tag &amp; \\backslash > quote, then Peter Brown spoke.\r\n"
    "Escape \x1b[31mred\x1b[0m and C1 \x9b31m and bidi \u202eevil\u202c here."
)
HOSTILE_NOTE = 'A note, with "quotes",\nnew lines,\n---\nand `code` # and <b>html</b>'
HOSTILE_TAGS = ["to read", "a,b", '"q"', "#x"]


def hostile_library(tmp_path, text: str = HOSTILE_TEXT):
    """A library with one hostile article, its analysis and highlights; and the export dir."""
    path = tmp_path / "lib.db"
    article = make_article(
        text,
        title=HOSTILE_TITLE,
        source='https://news.example/a?b=1&c="d"',
        byline="Ann 'O' Reilly, \"Staff\"",
        published="2026-11-20",
    )
    with open_library(path) as library:
        library.save(make_analysis(article))
        spans = [("We will, as ever", None), ("<script>alert(1)</script>", None), ("---", 0)]
        for words, at in spans:
            start = text.index(words) if at is None else at
            library.add_highlight(
                article, start, start + len(words), note=HOSTILE_NOTE, tags=HOSTILE_TAGS
            )
        start = text.index("# Not")
        library.add_highlight(article, start, text.index("here."), note="", tags=[])
        highlights = library.highlights()
    return path, article, highlights, tmp_path / "out"


@pytest.fixture
def hostile(tmp_path):
    """The hostile text as it is, control characters and all (exports must stay safe)."""
    return hostile_library(tmp_path)


@pytest.fixture
def hostile_ingested(tmp_path):
    """The hostile text as ingest keeps it: control characters as visible stand-ins."""
    return hostile_library(tmp_path, without_controls(HOSTILE_TEXT))


def run_export(path, out, fmt):
    with open_library(path) as library:
        return export(gather(library), fmt, out, ALL)


def plain(text: str) -> str:
    """What a reader of the Markdown should see: line ends unified, controls made visible."""
    return " ".join(visible(text.replace("\r\n", "\n").replace("\r", "\n")).split())


def test_markdown_front_matter_parses_back(hostile):
    path, article, highlights, out = hostile
    [md] = run_export(path, out, "md")
    source = md.read_text(encoding="utf-8")
    assert source.startswith("---\n")
    front, _ = source[4:].split("\n---\n", 1)
    meta = yaml.safe_load(front)
    assert meta["title"] == HOSTILE_TITLE
    assert meta["source"] == article.source
    assert meta["author"] == article.byline
    assert meta["date"] == "2026-11-20"
    assert meta["reader_id"] == article.content_hash
    assert "reader" in meta["tags"] and "to-read" in meta["tags"]


def test_markdown_body_shows_hostile_text_literally(hostile):
    path, article, highlights, out = hostile
    [md] = run_export(path, out, "md")
    body = md.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    tokens = MarkdownIt("commonmark").enable("strikethrough").enable("table").parse(body)
    kinds = {t.type for t in tokens}
    inline_kinds = {c.type for t in tokens if t.children for c in t.children}
    assert not {"html_block", "code_block", "fence", "table_open", "hr"} & kinds
    assert not {"html_inline", "link_open", "image", "s_open"} & inline_kinds
    for emphasised in _emphasised(tokens):  # only the export's own labels are emphasised
        assert re.fullmatch(r"Note:|yellow · characters \d+–\d+", emphasised)
    assert not {"code_inline"} & inline_kinds
    headings = [_text(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == [
        HOSTILE_TITLE,
        "Highlights",
        "Quotes",
        "People, places and organisations",
    ]
    quotes = _blockquote_texts(tokens)
    for highlight in highlights:
        assert plain(highlight.exact) in quotes
    assert "\x1b" not in body and "\x9b" not in body and "\u202e" not in body


def _text(inline) -> str:
    return "".join(child.content for child in inline.children or [])


def _emphasised(tokens) -> list[str]:
    found = []
    for token in tokens:
        depth, parts = 0, []
        for child in token.children or []:
            if child.type in ("em_open", "strong_open"):
                depth += 1
            elif child.type in ("em_close", "strong_close"):
                depth -= 1
                if depth == 0:
                    found.append("".join(parts))
                    parts = []
            elif depth:
                parts.append(child.content)
    return found


def _blockquote_texts(tokens) -> list[str]:
    texts, depth, parts = [], 0, []
    for token in tokens:
        if token.type == "blockquote_open":
            depth += 1
            parts = []
        elif token.type == "blockquote_close":
            depth -= 1
            texts.append(" ".join(" ".join(parts).split()))
        elif depth and token.type == "inline":
            parts.append(
                "".join(
                    child.content if child.type == "text" else " " for child in token.children or []
                )
            )
    return texts


def test_readwise_csv_parses_back(hostile):
    path, article, highlights, out = hostile
    [csv_path] = run_export(path, out, "readwise-csv")
    with csv_path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"]
    quote_rows = [row for row in rows if row["Note"].endswith("\n.quote")]
    by_location = {int(row["Location"]): row for row in rows if row not in quote_rows}
    for highlight in highlights:
        row = by_location[highlight.start]
        assert row["Highlight"] == spreadsheet_safe(visible(highlight.exact))
        assert row["Title"] == HOSTILE_TITLE
        assert row["Author"] == article.byline
        assert row["URL"] == article.source
        if highlight.note:
            assert row["Note"].startswith(HOSTILE_NOTE)
            assert row["Note"].splitlines()[-1].split() == [".to-read", ".a-b", ".q", ".x"]
    assert quote_rows and all("Ann Lee" in row["Note"] for row in quote_rows)


def test_w3c_annotations_parse_back_and_point_at_the_text(hostile):
    path, article, highlights, out = hostile
    [w3c] = run_export(path, out, "w3c")
    collection = json.loads(w3c.read_text(encoding="utf-8"))
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    assert collection["total"] == len(items)
    by_exact = {}
    for item in items:
        assert item["@context"] == "http://www.w3.org/ns/anno.jsonld"
        assert item["type"] == "Annotation"
        targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
        for target in targets:
            selectors = {s["type"]: s for s in target["selector"]}
            quote = selectors["TextQuoteSelector"]
            position = selectors["TextPositionSelector"]
            assert article.text[position["start"] : position["end"]] == quote["exact"]
            assert article.text[: position["start"]].endswith(quote["prefix"])
            assert article.text[position["end"] :].startswith(quote["suffix"])
            by_exact.setdefault(quote["exact"], item)
    for highlight in highlights:
        item = by_exact[highlight.exact]
        assert item["motivation"] == ("commenting" if highlight.note else "highlighting")
        bodies = item.get("body", [])
        assert [b["value"] for b in bodies if b["purpose"] == "tagging"] == highlight.tags
        assert [b["value"] for b in bodies if b["purpose"] == "commenting"] == (
            [highlight.note] if highlight.note else []
        )
    motivations = {item["motivation"] for item in items}
    assert {"identifying", "classifying"} <= motivations


def test_exports_write_no_raw_control_characters(hostile):
    path, _, _, out = hostile
    for fmt in ("md", "jsonl", "readwise-csv", "w3c"):
        for written in run_export(path, out, fmt):
            data = written.read_bytes().decode("utf-8")
            assert not any(c in data for c in "\x1b\x9b\u202e\x07"), (fmt, written.name)


def test_cli_export_and_import(hostile_ingested, tmp_path):
    path, article, highlights, out = hostile_ingested
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "export",
            article.content_hash[:6],
            "--format",
            "jsonl",
            "--out",
            str(out),
            "--db",
            str(path),
        ],
    )
    assert result.exit_code == 0, result.output
    written = result.output.strip()
    assert written.endswith("reader-export.jsonl")
    fresh = tmp_path / "fresh.db"
    result = runner.invoke(cli, ["import", written, "--db", str(fresh)])
    assert result.exit_code == 0, result.output
    with open_library(fresh) as library:
        assert library.highlights() == highlights
    for fmt in ("md", "readwise-csv", "w3c"):
        result = runner.invoke(
            cli,
            [
                "export",
                "--all",
                "--format",
                fmt,
                "--out",
                str(out),
                "--db",
                str(path),
                "--what",
                "highlights",
            ],
        )
        assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["library", "ls", "--db", str(path)])
    assert article.content_hash[:12] in result.output and "\x1b" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "md"],  # neither ids nor --all
        ["export", "--all", "abc", "--format", "md"],
        ["export", "--all", "--what", "everything"],
        ["export", "zzzz"],
    ],
)
def test_cli_export_refuses_unclear_requests(hostile, args):
    path, _, _, out = hostile
    from reader.cli import main

    result = CliRunner().invoke(cli, [*args, "--out", str(out), "--db", str(path)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    del main


MARKUP_SOUP = st.lists(
    st.sampled_from(
        list("abc XYZ 123 \\`*_[](){}<>#+-.!|~=$%^&:;'\"/@\t")
        + ["http://x.y", "www.x.com", "&amp;", "&#65;", "---", "***", "1.", "2)", "\x1b", "\u202e"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(MARKUP_SOUP)
def test_markdown_escaping_leaves_only_literal_text(line):
    from reader.export.textformat import markdown_text

    tokens = MarkdownIt("commonmark").enable("strikethrough").parse(markdown_text(line))
    expected = visible(line).strip()
    if not expected:
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert {c.type for c in children} <= {"text"}
    assert "".join(c.content for c in children) == expected


def test_cli_library_search_and_check(hostile):
    path, article, _, _ = hostile
    runner = CliRunner()
    result = runner.invoke(cli, ["library", "search", "Peter Brown", "--db", str(path)])
    assert result.exit_code == 0
    assert article.content_hash[:12] in result.output
    assert "\x1b" not in result.output and "\u202e" not in result.output
    result = runner.invoke(cli, ["library", "check", "--db", str(path)])
    assert result.exit_code == 0 and result.output.strip().endswith(": ok")


@pytest.mark.parametrize(
    "title",
    [
        "- starts like a list\nand: spans lines",
        "null",
        "yes",
        "1e3",
        "!!python/object:os.system",
        "'single' \"double\" \\ back\u2028line\u0085next\ufeffbom",
        "---\n...\n---",
        "\x1b]0;title\x07 \u202eevil",
    ],
)
def test_front_matter_survives_yaml_special_titles(tmp_path, title):
    from reader.export.markdown import front_matter

    article = make_article("Body text.", title=title, source="/tmp/x: y #z.txt")
    with open_library(tmp_path / "lib.db") as library:
        library.save(make_analysis(article))
        [item] = gather(library)
    lines = front_matter(item)
    assert lines[0] == "---" and lines[-2] == "---"
    meta = yaml.safe_load("\n".join(lines[1:-2]))
    assert meta["title"] == title
    assert meta["source"] == "/tmp/x: y #z.txt"
    assert not any(c in "\n".join(lines) for c in "\x1b\x07\u202e\u2028\x85\ufeff")
