"""Two people of one surname in one article: each keeps a row of their own, and the bare
surname goes to the one the article does not call by first name alone. Every name and text
here is invented for these tests; each builds its cases from a list of names."""

from __future__ import annotations

import pytest

from reader.nlp.entities.grouping import group_entities

COUPLES = [
    ("Ivo", "Helen", "Marsh"),
    ("Tomasz", "Ines", "Varga"),
    ("Peter", "Wanda", "Okri"),
    ("Stellan", "Agnes", "Holmqvist"),
]


def _people(result, text: str) -> dict[str, list[str]]:
    return {
        e.name: [text[s:t] for s, t in e.mentions] for e in result.entities if e.label == "PERSON"
    }


def _visit(first: str, other: str, surname: str) -> str:
    return (
        f"{surname} at the bedside of {other}\n\nCALDERBAY 2026-03-02\n\n"
        f"{first} {surname}, the city's mayor, sat with his wife {other} at the clinic on Monday, "
        f"his office said.\n\n{other} {surname}, 64, went into the clinic for knee surgery. "
        f"{surname} spent an hour with her.\n\n"
        f'"She is recovering well," {surname} told reporters. {other} {surname} is expected '
        f"home next week, and {other} has asked for privacy.\n"
    )


@pytest.mark.parametrize(("first", "other", "surname"), COUPLES)
def test_the_bare_surname_is_the_one_not_called_by_first_name(analyse, first, other, surname):
    text = _visit(first, other, surname)
    people = _people(analyse(text), text)
    assert sorted(people[f"{first} {surname}"]) == sorted(
        [f"{first} {surname}", surname, surname, surname]
    )
    assert surname not in people[f"{other} {surname}"]
    assert people[f"{other} {surname}"].count(other) == 3


@pytest.mark.parametrize(("first", "other", "surname"), COUPLES)
def test_two_people_of_one_surname_are_two_rows(analyse, first, other, surname):
    text = (
        f"{surname} at the bedside of {other}\n\nCALDERBAY 2026-03-02\n\n"
        f"{other} {surname}, 64, went into the clinic for knee surgery.\n\n"
        f"{first} {surname}, the city's mayor, sat with his wife {other} at the clinic on Monday, "
        "his office said.\n"
    )
    people = _people(analyse(text), text)
    assert sorted(people[f"{first} {surname}"]) == sorted([f"{first} {surname}", surname])
    assert sorted(people[f"{other} {surname}"]) == sorted([f"{other} {surname}", other, other])


def _marked(parsed, text: str, *marked: tuple[str, str]):
    doc = parsed(text)
    found, offset = [], 0
    for words, label in marked:
        start = doc.text.index(words, offset)
        found.append(doc.char_span(start, start + len(words), label))
        offset = start + len(words)
    return found


@pytest.mark.parametrize(("first", "other", "surname"), COUPLES)
def test_a_surname_joined_to_its_person_does_not_join_a_firm_ending_in_it(
    parsed, first, other, surname
):
    text = f"{first} {surname} left Kestrel {surname} on Monday. {surname} said it was time."
    marked = _marked(
        parsed,
        text,
        (f"{first} {surname}", "PERSON"),
        (f"Kestrel {surname}", "ORG"),
        (surname, "PERSON"),
    )
    rows = {e.name: len(e.mentions) for e in group_entities(marked)}
    assert rows == {f"{first} {surname}": 2, f"Kestrel {surname}": 1}


@pytest.mark.parametrize(("first", "other", "surname"), COUPLES)
def test_a_first_name_heading_a_list_of_one_family_is_not_a_first_name_alone(
    analyse, first, other, surname
):
    text = (
        f"Harbour inquiry\n\nThe board refused to investigate {first} and {other} {surname}.\n\n"
        f"{other} {surname} runs the harbour cafe. {first} {surname} chairs the council.\n\n"
        f"Officials said {surname} had done nothing wrong, and {surname} welcomed the decision.\n"
    )
    people = _people(analyse(text), text)
    assert surname not in people.get(f"{other} {surname}", [])


@pytest.mark.parametrize(("first", "other", "surname"), COUPLES)
@pytest.mark.parametrize("kin", ["brother", "sister", "son"])
def test_a_name_and_her_kin_of_the_same_surname_are_two_people(analyse, first, other, surname, kin):
    text = (
        "Harbour cafe row\n\nThe harbour plan was approved on Monday.\n\n"
        f"{other} {surname} and her {kin} {first} {surname} run the cafe on the quay.\n"
    )
    people = _people(analyse(text), text)
    assert f"{other} {surname}" in people
    assert f"{first} {surname}" in people
