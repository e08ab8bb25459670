"""Echo similarity: the threshold holds on the quotes written for it; wordings and diffs."""

import sys

import pytest
from conftest import ROOT

from reader.echoes.diff import ADDED, REMOVED, SAME, diff_text, word_diff
from reader.echoes.similarity import THRESHOLD, is_echo, similarity
from reader.echoes.words import normalised, quote_words

sys.path.insert(0, str(ROOT / "bench"))


def test_threshold_keeps_precision_and_recall_on_the_written_cases():
    from echo_threshold import precision_recall

    precision, recall, _, _ = precision_recall(THRESHOLD)
    assert precision >= 0.95
    assert recall >= 0.9


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("We won’t back down, and we can't.", "we will not back down and we cannot"),
        ("Ninety per cent — it’s true!", "90 percent: it is true"),
        ("the co-operative CAFÉ", "The co operative cafe"),
    ],
)
def test_house_style_is_not_wording(a, b):
    assert normalised(a) == normalised(b)


def test_trimmed_quote_is_an_echo_of_the_whole():
    whole = quote_words("The harbour will stay open all winter, whatever the board decides.")
    assert is_echo(quote_words("the harbour will stay open all winter"), whole)


def test_short_quotes_echo_only_the_same_words():
    assert similarity(quote_words("fake news"), quote_words("Fake news!")) == 1.0
    assert similarity(quote_words("stay open"), quote_words("we stay open all year")) == 0.0


def test_scattered_common_words_do_not_make_an_echo():
    a = quote_words("We are going to look at the figures again in the spring")
    b = quote_words("We are not going to the figures of the ministry in the end")
    assert similarity(a, b) < THRESHOLD


def test_word_diff_shows_what_changed_in_the_texts_own_words():
    ops = word_diff(
        "We will not let another summer pass, the reservoir is the answer.",
        "We won't let another summer pass - the dam is the answer",
    )
    assert (REMOVED, "will not") in ops and (ADDED, "won't") in ops
    assert (REMOVED, "reservoir") in ops and (ADDED, "dam") in ops
    assert not any(words == "-" for _, words in ops)
    assert ops[0] == (SAME, "We")
    assert diff_text(ops).startswith("We [-will not-] {+won't+} let another summer pass")


def test_word_diff_of_one_wording_is_all_same():
    assert word_diff("Nobody asked us.", "nobody asked US") == [(SAME, "nobody asked US")]
