"""Speakers named in the words around a quote with no "said" beside it: "'Flawed' was how Roe
described it", a quote-only paragraph after "The plan was welcomed by Roe.", and whose "her"
a role in an aside is. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker

PEOPLE = ["Orla Penrose", "Kofi Brennan", "Maeve Lindqvist", "Piet Halloran"]


@pytest.mark.parametrize("name", PEOPLE)
@pytest.mark.parametrize("words", ["Flawed", "A disaster", "Reckless and cruel"])
@pytest.mark.parametrize(
    "frame", ["was how {name} described it", "is what {name} called it", "was how {name} put it"]
)
def test_was_how_someone_described_it_names_them(analyse, name, words, frame):
    text = (
        "Harbour row\n\nThe ferry plan was published on Monday. "
        f'"{words}" {frame.format(name=name)}.\n'
    )
    assert speaker(analyse, text, words) == name


@pytest.mark.parametrize("name", PEOPLE)
@pytest.mark.parametrize("verb", ["welcomed", "criticised", "praised"])
def test_a_quote_on_its_own_after_a_passive_is_its_agent_s(analyse, name, verb):
    text = (
        f"Harbour row\n\nThe ferry plan was {verb} by harbour board chair {name}.\n\n"
        '"It changes everything for the town."\n'
    )
    assert speaker(analyse, text, "changes everything") == name


@pytest.mark.parametrize("name", PEOPLE)
def test_a_passive_inside_a_report_does_not_name_the_speaker(analyse, name):
    text = (
        f"Harbour row\n\nJo Keel said the ferry plan was backed by {name}. "
        '"It changes everything for the town."\n'
    )
    assert speaker(analyse, text, "changes everything") == "Jo Keel"


@pytest.mark.parametrize(
    ("first", "second"), [("Orla Penrose", "Tom Vail"), ("Kofi Brennan", "Maeve Lindqvist")]
)
def test_her_role_in_an_aside_is_the_person_before_s(analyse, first, second):
    # Nothing else says who is a man or a woman: "Y, her predecessor," makes X the woman.
    possessive, pronoun, other = (
        ("her", "he", "she") if first == "Orla Penrose" else ("his", "she", "he")
    )
    text = (
        f"Harbour row\n\n{first} has been mayor since 2019. {second}, {possessive} "
        f"predecessor, says {other} has ignored the harbour.\n\n"
        f'"Nobody comes down here any more," {pronoun} said.\n'
    )
    assert speaker(analyse, text, "Nobody comes") == second


@pytest.mark.parametrize("name", ["Orla Penrose", "Kofi Brennan", "Piet Halloran"])
@pytest.mark.parametrize("verb", ["warning", "insisting", "arguing"])
def test_with_someone_saying_before_a_colon_is_their_quote(analyse, name, verb):
    text = (
        f"Harbour row\n\nThe council approved the ferry plan, with {name} {verb}: "
        '"It will ruin the town."\n'
    )
    assert speaker(analyse, text, "ruin the town") == name
