"""``reader analyze`` over corpora: JSONL files, WARC crawls, globs and folders of them."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from invented import article, write_jsonl

from reader.cli import cli
from reader.ingest.corpus import Item, iter_items

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body}</p></article></body></html>"""


def analyze(*args: str):
    result = CliRunner().invoke(cli, ["analyze", *args])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return result, records


def test_a_jsonl_file_is_one_article_a_line_with_its_other_fields_kept(nlp, tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", 3)
    result, records = analyze(
        str(path), "--text-field", "body", "--id-field", "doc", "--db", str(tmp_path / "l.db")
    )
    assert result.exit_code == 0, result.stderr
    assert [r["text"] for r in records] == [article(i) for i in range(3)]
    assert [r["meta"] for r in records] == [
        {"doc": f"n{i}", "outlet": "The Wexley Post"} for i in range(3)
    ]
    assert [r["source"] for r in records] == [f"{path}#n{i}" for i in range(3)]
    assert all(r["quotes"] for r in records)


def test_bad_jsonl_lines_are_one_line_each_and_the_others_go_on(nlp, tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": article(1)})
    path.write_text(f'{good}\nnot json\n["a list"]\n{{"title": "no text"}}\n\n{good}\n')
    result, records = analyze(str(path), "--db", str(tmp_path / "l.db"))
    assert result.exit_code == 1
    assert len(records) == 2
    problems = result.stderr.strip().splitlines()
    assert [line.split(": ", 2)[1] for line in problems] == [
        f"{path}:2",
        f"{path}:3",
        f"{path}:4",
    ]
    assert "not JSON" in problems[0] and "no text in field 'text'" in problems[2]


def warc(path, pages):
    """A WARC.gz with an HTML response per page, plus records that are not articles."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)

        def response(url, status, content_type, body: bytes):
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)

        for url, title, body in pages:
            asked = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True
            )
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""), http_headers=asked
            )
            writer.write_record(request)
            page = PAGE.format(title=title, body=body).encode("utf-8")
            response(url, "200 OK", "text/html; charset=utf-8", page)
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG...")
        response("https://news.example/gone", "404 Not Found", "text/html", b"<p>gone</p>")
    return path


def test_a_warc_crawl_gives_its_html_pages_only(nlp, tmp_path):
    pages = [
        (f"https://news.example/{i}", f"Story {i}", article(i).replace("\n\n", "</p><p>"))
        for i in range(2)
    ]
    path = warc(tmp_path / "crawl.warc.gz", pages)
    items = list(iter_items(str(path)))
    assert [item.source for item in items] == [url for url, _, _ in pages]
    result, records = analyze(str(path), "--db", str(tmp_path / "l.db"))
    assert result.exit_code == 0, result.stderr
    assert [r["source"] for r in records] == [url for url, _, _ in pages]
    assert [r["title"] for r in records] == ["Story 0", "Story 1"]
    assert "We were never told" in records[0]["text"]
    assert records[0]["meta"]["warc_record_id"].startswith("<urn:uuid:")
    assert records[0]["quotes"]


def test_a_file_that_is_not_a_crawl_is_one_line(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not a crawl")
    (item,) = iter_items(str(path))
    with pytest.raises(Exception, match="no HTML pages in it"):
        item.load()


def test_globs_and_folders_expand_to_their_corpus_files(tmp_path):
    (tmp_path / "a").mkdir()
    write_jsonl(tmp_path / "a" / "one.jsonl", 2)
    (tmp_path / "a" / "note.txt").write_text("A short note about Wexley.\n")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG")
    in_folder = [item.source for item in iter_items(str(tmp_path / "a"))]
    assert in_folder == [f"{tmp_path}/a/note.txt", *(f"{tmp_path}/a/one.jsonl:{n}" for n in (1, 2))]
    by_glob = [item.source for item in iter_items(str(tmp_path / "*" / "*.jsonl"))]
    assert by_glob == [f"{tmp_path}/a/one.jsonl:{n}" for n in (1, 2)]
    (nothing,) = iter_items(str(tmp_path / "*.warc"))
    with pytest.raises(Exception, match="no file matches"):
        nothing.load()


def test_a_corpus_folder_is_listed_within_the_bounds_of_every_folder(tmp_path):
    """Folders are walked as ``expand_sources`` walks them: JSONL and WARC files count as
    inputs, and a folder cut short or empty is one line each (an input that fails)."""
    from reader.ingest.limits import MAX_FOLDER_DEPTH

    root = tmp_path / "crawl"
    root.mkdir()
    write_jsonl(root / "day.ndjson", 1)
    deep = root.joinpath(*["d"] * (MAX_FOLDER_DEPTH + 2))
    deep.mkdir(parents=True)
    write_jsonl(deep / "lost.jsonl", 1)
    found = list(iter_items(str(root), text_field="body", id_field="doc"))
    assert [item.source for item in found if item.error is None] == [f"{root}/day.ndjson#n0"]
    [cut_short] = [item for item in found if item.error is not None]
    with pytest.raises(Exception, match=f"more than {MAX_FOLDER_DEPTH} levels down"):
        cut_short.load()
    (tmp_path / "empty").mkdir()
    result, records = analyze(str(tmp_path / "empty"))
    assert result.exit_code == 1 and not records
    [line] = result.stderr.splitlines()
    assert "no article files" in line and ".jsonl" in line and ".warc.gz" in line


def test_reading_a_corpus_is_lazy(tmp_path):
    """A million-line file is never read whole: the first item comes after one line."""
    path = tmp_path / "huge.jsonl"
    with path.open("w") as out:
        for index in range(20_000):
            out.write(json.dumps({"text": f"Story {index}."}) + "\n")
    stream = iter_items(str(path))
    first = next(stream)
    assert isinstance(first, Item) and first.text == "Story 0."
    assert first.load().content_hash
