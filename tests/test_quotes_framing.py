"""A framing verb ("go", "put", "call", "describe") cues only what it frames, not a quote
after a clause of its own. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker

NAMES = ["Helen Marsh", "Stellan Moyo", "David Okafor"]
CLAUSES = [
    "Much goes wrong for the valley in a dry summer; the farms could lose their crops "
    "“if the reservoirs fill too slowly and the pumps are left running.”",
    "It is one reason the figures were called into doubt; the board may face questions "
    "“if the pumps fail again before the winter.”",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("clause", CLAUSES)
def test_a_framing_verb_in_a_clause_of_its_own_does_not_cue_the_quote(analyse, name, clause):
    text = (
        "Reservoir warning\n\n"
        f"{name} warned that the reservoir might not recover.\n\n"
        f"“We may not always want to pump at full speed,” {name.split()[-1]} said. {clause}\n"
    )
    words = "pumps"
    assert speaker(analyse, text, words) == name


@pytest.mark.parametrize("name", NAMES)
def test_an_as_aside_still_frames_the_quote_in_its_sentence(analyse, name):
    text = (
        "Reservoir warning\n\n"
        f"As {name} put it, the new tariff is “a slow eviction of the valley's farms.”\n"
    )
    assert speaker(analyse, text, "slow eviction") == name


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    ("clause", "words"),
    [
        ("dismissed the chair as “the Harbour Wrecker.”", "Harbour Wrecker"),
        ("described the plan as “The Great Giveaway.”", "Great Giveaway"),
        ("branded the new board as “Captain Chaos And Crew.”", "Captain Chaos"),
    ],
)
def test_what_someone_is_called_as_is_their_words_even_in_title_case(analyse, name, clause, words):
    text = f"Harbour row\n\nThe meeting ran late. At one point, {name} {clause} Nobody laughed.\n"
    assert speaker(analyse, text, words) == name


@pytest.mark.parametrize("name", NAMES)
def test_a_so_called_title_after_as_is_still_no_quote(analyse, name):
    text = (
        "Harbour row\n\n"
        f"{name} opened the meeting in the hall known as “The Old Sail Loft.” It ran late.\n"
    )
    assert not [q for q in analyse(text).quotes if "Sail Loft" in text[q.start : q.end]]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    ("clause", "title"),
    [
        ("has a show called “Morning Sofa Hour” on Fridays", "Morning Sofa"),
        ("set up a website called “Harbour Refuge Now” last week", "Harbour Refuge"),
        ("joined a group named “The Quayside Few” in May", "Quayside Few"),
    ],
)
def test_what_a_participle_names_is_a_title_not_a_quote(analyse, name, clause, title):
    text = f"Harbour row\n\n{name} {clause}.\n"
    assert not [q for q in analyse(text).quotes if title in text[q.start : q.end]]


@pytest.mark.parametrize(
    ("caller", "other"), [("Tom Vail", "Orla Penrose"), ("Kofi Brennan", "Maeve Lindqvist")]
)
@pytest.mark.parametrize(
    "sentence",
    [
        'While {caller} called the decision "a kick in the teeth", {other} said it was fair.',
        'Although {caller} described the plan as "a kick in the teeth", {other} backed it.',
        '{other}, whom {caller} once called "a kick in the teeth", said she was leaving.',
        '{caller} called the decision "a kick in the teeth", {other} said.',
    ],
)
def test_a_fragment_is_the_word_of_the_clause_that_calls_it_so(analyse, caller, other, sentence):
    text = f"Harbour row\n\n{sentence.format(caller=caller, other=other)}\n"
    assert speaker(analyse, text, "kick in the teeth") == caller
