"""Decoding, limits, Markdown and error wording of ingest, on small texts written here."""

from __future__ import annotations

import pytest

from reader.errors import IngestError, ReaderError
from reader.ingest import article_from_bytes, display_source, load_article
from reader.ingest.decode import decode_bytes
from reader.ingest.limits import MAX_PARAGRAPHS, MAX_TEXT_CHARS, check_text, deadline
from reader.ingest.markdown import markdown_to_text

LINE = "Die Bürgermeisterin sagte, das Café öffne am Montag wieder."


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1", "utf-16"])
def test_short_western_text_in_any_common_encoding(encoding):
    assert decode_bytes(LINE.encode(encoding)) == LINE


def test_japanese_legacy_encoding():
    text = "首相は会見で「平和」と述べた。"
    assert decode_bytes(text.encode("shift_jis")) == text


def test_utf8_with_a_few_broken_bytes_stays_utf8():
    data = LINE.encode() + b"\xff" + LINE.encode()
    assert decode_bytes(data) == LINE + "\ufffd" + LINE


def test_declared_charset_is_used_when_utf8_fails():
    assert decode_bytes("Grüße".encode("cp1252"), declared="windows-1252") == "Grüße"


def test_nul_bytes_mean_binary():
    with pytest.raises(IngestError, match="NUL"):
        decode_bytes(b"text\x00with nul")


def test_control_characters_become_stand_ins_one_for_one():
    data = "Head\x1b[2Jline\x07\n\nBody \x9b31m text.".encode()
    article = article_from_bytes(data, kind=None, source="s")
    assert article.text == "Head\u241b[2Jline\u2407\n\nBody \ufffd31m text."
    assert article.title == "Head\u241b[2Jline\u2407"


def test_text_with_an_html_suffix_but_no_tags_is_text():
    article = article_from_bytes(LINE.encode(), kind="html", source="a.html")
    assert article.extractor == "text" and article.text == LINE


def test_errors_name_the_file_on_one_line(tmp_path):
    path = tmp_path / "odd\nname.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError) as caught:
        load_article(str(path))
    assert "\n" not in str(caught.value)
    assert display_source(str(path)) in str(caught.value)
    assert "odd\u2424name.txt" in str(caught.value)


def test_limits():
    check_text("Short.\n\nText.")
    with pytest.raises(IngestError, match="too many paragraphs"):
        check_text("P.\n\n" * (MAX_PARAGRAPHS + 1))
    with pytest.raises(IngestError, match="too long"):
        check_text("x" * (MAX_TEXT_CHARS + 1))


def test_deadline_stops_between_parts():
    deadline(3600)(1, 5)
    with pytest.raises(ReaderError, match="analysis stopped"):
        deadline(-1)(1, 5)
    deadline(-1)(5, 5)  # the last part done: nothing left to stop


def test_markdown_blocks_links_html_and_tables():
    source = (
        "# The [pier](javascript:alert(1)) closes\n\n"
        "The **harbour** board met on *Tuesday*.\n\n"
        "<script>alert(1)</script>\n\n"
        "- first point\n- second point\n\n"
        "> A quoted line\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    converted = markdown_to_text(source)
    text, title = converted.text, converted.title
    assert title == "The pier closes"
    assert text.split("\n\n") == [
        "The harbour board met on Tuesday.",
        "first point",
        "second point",
        "A quoted line",
        "a | b\n1 | 2",
    ]
