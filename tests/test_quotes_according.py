"""A fragment whose own sentence ends "according to X" is X's, when no verb cues it. Every
text here is written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker

NAMES = ["Helen Marsh", "Stellan Moyo", "David Okafor"]
SENTENCES = [
    ("Turnout in the harbour ward was “{w},” according to {who}.", "disappointing"),
    ("Ferry bookings stayed “{w},” with “slight” summer gains, according to {who}.", "flat"),
    ("The winter timetable was “{w}” and the fares too high, according to {who}.", "a mess"),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("sentence", "word"), SENTENCES)
def test_a_fragment_before_according_to_is_that_source_s(analyse, name, sentence, word):
    who = f"{name}, the party's agent"
    text = "Harbour vote\n\nThe count ended at midnight.\n\n" + sentence.format(w=word, who=who)
    assert speaker(analyse, text + "\n", word) == name


@pytest.mark.parametrize("name", NAMES)
def test_according_to_in_the_next_sentence_is_not_the_fragment_s_source(analyse, name):
    text = (
        "Harbour vote\n\n"
        "Turnout in the harbour ward was “disappointing” and the count ran late. "
        f"According to {name}, the party's agent, the ballot boxes arrived at midnight.\n"
    )
    quotes = [q for q in analyse(text).quotes if "disappointing" in text[q.start : q.end]]
    assert all(q.speaker != name for q in quotes)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "sentence",
    [
        "In the words of {who}, “the count was {w}”.",
        "In the words of {who}: “The count was {w}.”",
    ],
)
def test_in_the_words_of_names_the_source(analyse, name, sentence):
    who = f"{name}, the party's agent"
    text = "Harbour vote\n\nThe count ended at midnight.\n\n" + sentence.format(w="a mess", who=who)
    assert speaker(analyse, text + "\n", "a mess") == name
