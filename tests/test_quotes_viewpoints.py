"""Phrases with no verb of saying that still name whose words or view a quote gives:
"according to Roe", "in Roe's view", "in the words of Roe", "For Roe, …". Every text here is
written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import quote_with

NAMES = ["Orla Penrose", "Tom Vail", "Chidi Okonkwo"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "sentence",
    [
        'In {name}\'s view, the old pier is "a death trap".',
        'In the view of {name}, the old pier is "a death trap".',
        'In the words of {name}, the old pier is "a death trap".',
        'The old pier, in {name}\'s words, is "a death trap".',
        'The old pier is "a death trap", in {name}\'s view.',
        'For {name}, the old pier is "a death trap".',
        'To {name}, the old pier is "a death trap".',
    ],
)
def test_a_viewpoint_phrase_names_the_speaker_of_a_partial_quote(analyse, name, sentence):
    text = f"The harbour board met on Monday.\n\n{sentence.format(name=name)}\n"
    assert quote_with(analyse, text, "death trap").speaker == name


@pytest.mark.parametrize("name", NAMES)
def test_his_or_her_view_is_the_person_the_pronoun_stands_for(analyse, name):
    text = (
        f"{name} has inspected the old pier twice this year.\n\n"
        'In her view, the pier is "a death trap" and should close.\n'
    )
    assert quote_with(analyse, text, "death trap").speaker == name


@pytest.mark.parametrize("opener", ["For years", "To date", "For the council"])
def test_an_opening_phrase_that_names_no_person_names_no_speaker(analyse, opener):
    text = f'The harbour board met on Monday.\n\n{opener}, the old pier has been "a death trap".\n'
    quotes = [q for q in analyse(text).quotes if "death trap" in text[q.start : q.end]]
    assert all(q.speaker is None for q in quotes)


@pytest.mark.parametrize("body", ["the Harbour Trust", "Kestrel Labs", "the Dunmere Rowing Club"])
def test_for_a_body_opening_the_sentence_is_that_body_s_view(analyse, body):
    text = f'The harbour board met on Monday.\n\nFor {body}, the old pier is "a liability".\n'
    assert quote_with(analyse, text, "liability").speaker == body.removeprefix("the ")
