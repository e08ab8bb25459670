"""Descriptions of someone in charge ("the cafe owner", "the Dunmere boss") and descriptions
beside "him" or "her" ("Sentencing him, the judge said"). Every text here is written for
these tests."""

from __future__ import annotations

import pytest
from quote_helpers import quote_with

PEOPLE = ["Orla Penrose", "Kofi Brennan", "Maeve Lindqvist", "Piet Halloran"]
THINGS = [("cafe", "shop"), ("bakery", "garage"), ("boatyard", "pub")]


def _two_owners(first: str, second: str, things: tuple[str, str], described: str) -> str:
    return (
        "Harbour row\n\n"
        f"{first} runs the {things[0]}. {second} owns the {things[1]} next door.\n\n"
        f'"We will never sell," the {described} owner said.\n'
    )


@pytest.mark.parametrize("things", THINGS)
@pytest.mark.parametrize("first", PEOPLE[:2])
def test_the_owner_of_a_thing_is_who_runs_it_not_the_last_subject(analyse, first, things):
    second = PEOPLE[3] if first == PEOPLE[0] else PEOPLE[2]
    text = _two_owners(first, second, things, things[0])
    assert quote_with(analyse, text, "never sell").speaker == first


@pytest.mark.parametrize("things", THINGS)
def test_the_owner_of_the_second_thing_is_its_owner(analyse, things):
    text = _two_owners(PEOPLE[0], PEOPLE[1], things, things[1])
    assert quote_with(analyse, text, "never sell").speaker == PEOPLE[1]


@pytest.mark.parametrize("name", PEOPLE)
def test_the_owner_of_a_thing_run_by_someone_is_that_someone(analyse, name):
    text = (
        "Harbour row\n\n"
        f"Minister Jo Keel visited the boatyard run by {name}.\n\n"
        '"We are not going anywhere," the boatyard owner said.\n'
    )
    assert quote_with(analyse, text, "anywhere").speaker == name


@pytest.mark.parametrize("group", ["side", "men", "team"])
@pytest.mark.parametrize("leader", ["boss", "manager"])
@pytest.mark.parametrize("name", PEOPLE)
def test_the_boss_of_a_side_is_whose_side_it_is(analyse, name, group, leader):
    text = (
        "Cup upset\n\n"
        f"Dunmere were beaten 2-0 at home. {name}'s {group} were sloppy throughout.\n\n"
        f'"We did not turn up," admitted the Dunmere {leader}.\n'
    )
    assert quote_with(analyse, text, "turn up").speaker == name


@pytest.mark.parametrize("name", PEOPLE)
def test_someone_s_lawyer_is_not_that_someone(analyse, name):
    text = (
        "Harbour row\n\n"
        f"{name}'s lawyer spoke to reporters on Monday.\n\n"
        '"It is a travesty," the lawyer said.\n'
    )
    assert quote_with(analyse, text, "travesty").speaker is None


@pytest.mark.parametrize("name", PEOPLE)
@pytest.mark.parametrize(
    "cue",
    [
        'Sentencing {pronoun}, the judge said: "You showed no remorse."',
        '"You showed no remorse," the judge told {pronoun}.',
    ],
)
def test_a_description_is_not_whom_its_own_him_or_her_stands_for(analyse, name, cue):
    pronoun = "her" if name in {"Orla Penrose", "Maeve Lindqvist"} else "him"
    text = f"Court\n\n{name} was jailed for six years.\n\n" + cue.format(pronoun=pronoun) + "\n"
    assert quote_with(analyse, text, "remorse").speaker is None


@pytest.mark.parametrize("name", ["Kofi Brennan", "Piet Halloran"])
def test_him_stands_for_the_person_not_every_mention_of_them(analyse, name):
    text = (
        "Court\n\n"
        f'{name} was arrested on Monday. "I am innocent," he said.\n\n'
        '"You will be charged," the officer told him.\n'
    )
    assert quote_with(analyse, text, "innocent").speaker == name
    assert quote_with(analyse, text, "charged").speaker is None


@pytest.mark.parametrize("name", PEOPLE)
def test_with_no_pronoun_the_description_still_refers_back(analyse, name):
    text = (
        "Court\n\n"
        f"{name} was appointed to the bench in 2010.\n\n"
        '"It is a sad case," the judge said.\n'
    )
    assert quote_with(analyse, text, "sad case").speaker == name


@pytest.mark.parametrize("name", PEOPLE)
@pytest.mark.parametrize("role", ["prosecutor", "judge", "chairman"])
def test_a_description_is_not_whom_its_own_quote_calls_he_or_she(analyse, name, role):
    pronoun = "She" if name in {"Orla Penrose", "Maeve Lindqvist"} else "He"
    text = (
        f"Court\n\n{name}, 34, denies fraud. The court heard the accounts had been altered.\n\n"
        f'"{pronoun} planned every step," the {role} said.\n'
    )
    assert quote_with(analyse, text, "every step").speaker is None


@pytest.mark.parametrize("name", PEOPLE)
def test_a_description_whose_quote_says_i_still_refers_back(analyse, name):
    text = (
        f"Court\n\n{name}, 34, was cleared of fraud. The court heard the accounts were sound.\n\n"
        '"I planned every step," the accountant said.\n'
    )
    assert quote_with(analyse, text, "every step").speaker == name


@pytest.mark.parametrize("name", PEOPLE)
@pytest.mark.parametrize("role", ["senior vice president", "chief engineer", "spokesman"])
def test_a_body_s_role_is_not_whoever_spoke_last(analyse, name, role):
    text = (
        f"Harbour row\n\n{name} said the ferry firm had cut its timetable.\n\n"
        f'"Demand has collapsed," its {role} said.\n'
    )
    assert quote_with(analyse, text, "collapsed").speaker is None


@pytest.mark.parametrize("name", ["Orla Penrose", "Kofi Brennan", "Piet Halloran"])
def test_a_quote_s_him_may_be_someone_named_in_its_own_sentence(analyse, name):
    text = (
        f'Harbour row\n\n"The ferry is late again," {name} said at the rally.\n\n'
        "Jo Keel is so reckless, the chairman said, that "
        '"I would stand up to him any day."\n'
    )
    assert quote_with(analyse, text, "stand up").speaker == name
