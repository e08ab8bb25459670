"""Property tests: whatever bytes, text, HTML or Markdown comes in, ingest gives clean text or
one clear ``IngestError``, never another exception."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import IngestError
from reader.ingest import article_from_bytes, article_from_text
from reader.textsafety import visible

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FUZZ = settings(max_examples=60, deadline=None)

WORDS = st.sampled_from(
    [
        "Anna Berg",
        "said",
        "the",
        "minister",
        "Oslo",
        "42",
        "per cent",
        "£3m",
        "\u201c",
        "\u201d",
        '"',
        "'",
        "&amp;",
        "&#x110000;",
        "&bogus;",
        "<",
        ">",
        "\u202e",
        "\u200b",
        "\x1b[2J",
        "\x00",
        "é",
        "日本",
        " ",
        "\n",
        "\n\n",
        "\r\n",
    ]
)
TAGS = st.sampled_from(
    [
        "p",
        "div",
        "span",
        "article",
        "main",
        "nav",
        "footer",
        "h1",
        "title",
        "script",
        "style",
        "table",
        "tr",
        "td",
        "ul",
        "li",
        "a",
        "br",
        "i",
        "b",
        "scr<script>ipt",
        "!--",
        "meta",
    ]
)


@st.composite
def html_fragments(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(TAGS)
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(f'<{tag} class="{draw(WORDS)}" href="javascript:x">')
        else:
            parts.append(" ".join(draw(st.lists(WORDS, max_size=12))))
    body = "".join(parts)
    return draw(st.sampled_from([body, f"<html><body>{body}</body></html>", f"<p>{body}"]))


MARKDOWN = st.lists(
    st.one_of(
        WORDS,
        st.sampled_from(
            [
                "# ",
                "## ",
                "* ",
                "- ",
                "1. ",
                "> ",
                "```",
                "~~~",
                "`",
                "**",
                "_",
                "[",
                "](",
                ")",
                "![",
                "|",
                "|---|",
                "<script>",
                "</script>",
                "    ",
                "\\",
                "---",
            ]
        ),
    ),
    max_size=60,
).map("".join)


def assert_clean(article) -> None:
    assert article.text.strip()
    assert not CONTROL.search(article.text)
    assert not CONTROL.search(article.title or "")
    assert len(visible(article.text)) == len(article.text)


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([None, "text", "html", "markdown"]))
def test_random_bytes(data, kind):
    try:
        article = article_from_bytes(data, kind=kind, source="fuzz")
    except IngestError as error:
        assert "\n" not in str(error)
        return
    assert_clean(article)


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(["text", "html", "markdown"]))
def test_random_unicode(text, kind):
    try:
        article = article_from_text(text, kind=kind, source="fuzz")
    except IngestError:
        return
    assert_clean(article)


@FUZZ
@given(html_fragments())
def test_random_html(html):
    try:
        article = article_from_text(html, kind="html", source="fuzz.html")
    except IngestError:
        return
    assert_clean(article)


@FUZZ
@given(MARKDOWN)
def test_random_markdown(source):
    try:
        article = article_from_text(source, kind="markdown", source="fuzz.md")
    except IngestError:
        return
    assert_clean(article)
