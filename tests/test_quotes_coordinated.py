"""Quoted fragments joined by "and" or "or" share one speaker, even when a verb after the
second has someone else as its subject. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker

FRAMES = [
    # (sentence with {a} quoting two fragments and {b} after them, fragments)
    (
        "While {a} railed against “the ferry cartel” and “the forgotten harbour towns,” "
        "{b} said from the front row.",
        ("ferry cartel", "forgotten harbour towns"),
    ),
    (
        "{a} had compared the councillors to “sleepwalkers” and “card sharps”, {b} wrote in "
        "a column the next day.",
        ("sleepwalkers", "card sharps"),
    ),
    (
        "After {a} denounced the merger as “a raid on pensions” or “plain theft”, {b} "
        "told reporters the talks would go on.",
        ("a raid on pensions", "plain theft"),
    ),
]
PAIRS = [("Odile Brannagh", "Stellan Moyo"), ("Petra Vaskel", "Corin Adeyemi")]


@pytest.mark.parametrize(("frame", "fragments"), FRAMES)
@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_joined_fragments_share_the_first_ones_speaker(analyse, frame, fragments, a, b):
    text = "Harbour row deepens\n\n" + frame.format(a=a, b=b) + "\n"
    first, second = fragments
    assert speaker(analyse, text, first) == a
    assert speaker(analyse, text, second) == a


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_joined_fragments_cued_only_after_keep_that_speaker(analyse, a, b):
    """Nothing cues the first fragment before it: the verb after speaks for both."""
    text = (
        "Harbour row deepens\n\n"
        f"{a} spoke first. The plan is “a reckless gamble” and “a cruel joke”, {b} said.\n"
    )
    assert speaker(analyse, text, "reckless gamble") == b
    assert speaker(analyse, text, "cruel joke") == b
