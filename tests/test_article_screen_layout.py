"""Wrapping into the line index: lines cover the text exactly, in order, within the width."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.tui.text.layout import (
    BLANK,
    LineIndex,
    display_text,
    paragraph_spans,
    sentence_at,
    wrap,
)

WORDS = st.text(
    alphabet=st.sampled_from(
        list("abc xyz,.\"'") + ["é", "中", "文", "🙂", "\u0301", "\t", "\x1b"]
    ),
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(text=WORDS, width=st.integers(min_value=1, max_value=40))
@example(text="a \u0301中", width=1)  # a combining mark before a wide char: two lines
def test_wrapped_lines_cover_the_text_and_fit(text, width):
    breaks = wrap(text, 0, len(text), width)
    assert breaks[0] == 0
    assert breaks == sorted(set(breaks))
    for start, end in zip(breaks, [*breaks[1:], len(text)], strict=True):
        line = display_text(text[start:end]).rstrip(" ")
        # a single character wider than the line (a CJK char at width 1) still gets a line
        assert cell_len(line) <= width or len(line) == 1 or not line.strip()


@settings(max_examples=100, deadline=None)
@given(
    paragraphs=st.lists(st.text(alphabet="ab cd.", min_size=1, max_size=120), max_size=8),
    width=st.integers(min_value=5, max_value=60),
)
def test_index_lines_point_into_their_paragraphs(paragraphs, width):
    text = "\n\n".join(paragraphs)
    spans = paragraph_spans(text)
    index = LineIndex.build(text, spans, width)
    shown = [n for n in index.para if n != BLANK]
    assert sorted(set(shown)) == list(range(len(spans)))
    for number, start, end in zip(index.para, index.starts, index.ends, strict=True):
        if number != BLANK:
            para_start, para_end = spans[number]
            assert para_start <= start <= end <= para_end


def test_ascii_wrap_breaks_after_spaces_and_cuts_long_words():
    text = "the quick brown fox " + "x" * 25
    breaks = wrap(text, 0, len(text), 10)
    lines = [text[s:e] for s, e in zip(breaks, [*breaks[1:], len(text)], strict=True)]
    assert lines == ["the quick ", "brown fox ", "x" * 10, "x" * 10, "x" * 5]


def test_line_at_finds_the_line_of_an_offset_and_skips_gaps():
    text = "aaaa bbbb cccc\n\ndddd"
    index = LineIndex.build(text, paragraph_spans(text), 5)
    assert [text[s:e] for s, e in zip(index.starts, index.ends, strict=True)] == [
        "aaaa ",
        "bbbb ",
        "cccc",
        "",
        "dddd",
    ]
    assert index.line_at(text.index("bbbb") + 2) == 1
    assert index.line_at(text.index("\n")) == 2
    assert index.line_at(text.index("dddd")) == 4


def test_filtered_index_only_has_the_chosen_paragraphs():
    text = "one\n\ntwo\n\nthree"
    index = LineIndex.build(text, paragraph_spans(text), 20, include={0, 2})
    assert [text[s:e] for s, e in zip(index.starts, index.ends, strict=True)] == [
        "one",
        "",
        "three",
    ]


def test_sentence_at_uses_punctuation_and_closing_quotes():
    text = 'He left. "It is over." She stayed! Then what'
    middle = text.index("is over")
    assert text[slice(*sentence_at(text, 0, len(text), middle))] == '"It is over."'
    assert text[slice(*sentence_at(text, 0, len(text), 0))] == "He left."
    assert text[slice(*sentence_at(text, 0, len(text), len(text) - 1))] == "Then what"
