"""The quote-mark scanner on its own: which stretches of text are quoted (no spaCy needed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.nlp.quotes.marks import find_stretches


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_stretches(text)]


def test_curly_straight_and_guillemet_marks():
    text = 'He said “first one” and "second one" and «third one».'
    assert quoted(text) == ["first one", "second one", "third one"]


def test_uk_single_quotes_in_a_headline():
    text = "Minister insists 'no deal without the unions' as strike talks open"
    assert quoted(text) == ["no deal without the unions"]


def test_curly_single_quotes_with_apostrophes_inside():
    text = "Union boss says ‘we won’t be bullied by anyone’ at rally"
    assert quoted(text) == ["we won’t be bullied by anyone"]


def test_apostrophes_are_not_quote_marks():
    text = "It's the '90s again, and the Jones' house isn't for sale. Don't ask."
    assert quoted(text) == []


def test_single_quotes_nested_in_double_quotes_stay_inside():
    text = "\"I hate the phrase 'moving forward', frankly,\" she said."
    assert quoted(text) == ["I hate the phrase 'moving forward', frankly,"]


def test_quote_continued_over_paragraphs_is_one_stretch():
    text = (
        "She said: “We have waited long enough.\n\n"
        "“Nobody will wait any longer,” she added.\n\nThe end."
    )
    stretches = find_stretches(text)
    assert len(stretches) == 1
    only = stretches[0]
    assert text[only.start : only.end] == (
        "We have waited long enough.\n\n“Nobody will wait any longer,"
    )
    assert only.paragraphs == 2


def test_unclosed_quote_is_capped_at_its_paragraph():
    text = 'He said "this never ends.\n\nA second paragraph. With "a real quote" inside.'
    assert quoted(text) == ["this never ends.", "a real quote"]


def test_stray_closing_mark_swallows_nothing():
    text = "A stray” mark here.\n\nThen “a quote” there."
    assert quoted(text) == ["a quote"]


def test_mixed_straight_and_curly_do_not_continue_a_quote():
    text = '"Unclosed straight.\n\n“Curly one,” she said.'
    assert quoted(text) == ["Unclosed straight.", "Curly one,"]


def test_tex_style_double_marks():
    assert quoted("He said ``we will win'' loudly.") == ["we will win"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab '\"“”‘’«»\n.,", max_size=200))
def test_any_text_gives_ordered_stretches_inside_the_text(text):
    stretches = find_stretches(text)
    previous_end = -1
    for stretch in stretches:
        assert 0 <= stretch.start < stretch.end <= len(text)
        assert stretch.open_mark < stretch.start
        assert stretch.start >= previous_end
        previous_end = stretch.end


def test_many_marks_stay_linear():
    """A long paragraph full of stray marks is scanned in one pass (no quadratic look-ahead)."""
    text = ("word ' another “ odd ’ mark " * 20_000) + "\n"
    stretches = find_stretches(text)
    assert all(s.end <= len(text) for s in stretches)


def test_two_apostrophes_are_a_double_mark():
    text = "''The levee will hold,'' the engineer Corin Vale said. ''We built it twice.''"
    assert quoted(text) == ["The levee will hold,", "We built it twice."]


def test_two_apostrophes_after_a_nested_single_quote():
    text = "He called it ''a 'temporary' fix,'' and ''the 'last word.'''"
    assert quoted(text) == ["a 'temporary' fix,", "the 'last word.'"]


def test_two_apostrophes_between_words_are_not_a_mark():
    assert quoted("The ba''d scan and rock 'n' roll''s fans") == []


def test_a_continued_quote_reopened_again_in_its_paragraph_ends_at_the_new_mark():
    text = (
        'The skipper said: "We were unlucky.\n\n'
        '"The wind turned at the worst time. "We will be back next year." '
        'But the club said it was "very disappointed" by the result.'
    )
    assert quoted(text) == [
        'We were unlucky.\n\n"The wind turned at the worst time.',
        "We will be back next year.",
        "very disappointed",
    ]


def test_a_quote_never_closed_ends_before_the_sentence_that_introduces_the_next():
    text = (
        'Ms Tamsin Rook said: "The plan is a mess. Nobody asked the crews. '
        'Asked about the timetable, Mr. Rook said: "It will not survive the winter."'
    )
    assert quoted(text) == [
        "The plan is a mess. Nobody asked the crews.",
        "It will not survive the winter.",
    ]


@pytest.mark.parametrize("name", ["Will Marsh", "Ines Varga", "Tomas Reyes"])
@pytest.mark.parametrize("words", ["The ferry plan is a sham,", "We were never told."])
def test_two_right_single_marks_close_a_double_quote(name, words):
    """ "“The ferry plan is a sham,’’ X told …": a CMS typed ’’ for ”."""
    text = f"“{words}’’ {name} told the broadcaster. “And it is wrong.”\n"
    assert [text[s.start : s.end] for s in find_stretches(text)] == [words, "And it is wrong."]


@pytest.mark.parametrize("end", [".", "!", "?"])
@pytest.mark.parametrize("first", ["We", "Nothing", "It"])
def test_an_opening_mark_glued_to_the_sentence_before(end, first):
    text = f'"The berths were empty," said one skipper who asked for quiet{end}"{first} moved on."'
    assert quoted(text) == ["The berths were empty,", f"{first} moved on."]


def test_a_closing_mark_before_a_capital_still_closes():
    text = 'She called it "a farce."Critics agreed. "Nothing works," one said.'
    assert quoted(text) == ["a farce.", "Nothing works,"]
