"""A credit after a quote ("'…' — Ines Roe, harbour board chair") and a headline that opens
with its speaker and a verb ("Roe blasts 'ludicrous' deal") name the speaker whatever the model
made of the name. Every name and text here is invented; names are built from given names and
surnames the model does not know."""

from __future__ import annotations

import itertools

import pytest

HEAD = "Harbour plan row\n\nThe harbour plan was approved on Monday after a long debate.\n\n"


def _names(given: list[str], family: list[str]) -> list[str]:
    return [f"{g} {f}" for g, f in itertools.product(given, family)]


@pytest.mark.parametrize("name", _names(["Ines", "Oyelaran"], ["Varga", "Quispe", "Adeyemi-Cole"]))
def test_a_dash_credit_right_after_the_quote_names_its_speaker(analyse, name):
    result = analyse(HEAD + f'"We cannot keep paying." — {name}, harbour board chair\n')
    assert [q.speaker for q in result.quotes] == [name]
    assert name in {e.name for e in result.entities if e.label == "PERSON"}


@pytest.mark.parametrize("name", _names(["Sunniva", "Tom", "Mara"], ["Brekkestad", "Reyes"]))
def test_a_headline_that_opens_with_a_named_person_and_a_verb_quotes_them(analyse, name):
    surname = name.split()[-1]
    text = (
        f"{surname} blasts 'ludicrous' harbour deal\n\n"
        f"{name}, the harbour board chair, has criticised the deal.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [name]


@pytest.mark.parametrize("start", ["Voters tell Reyes", "Brexit Hits Reyes"])
def test_a_headline_whose_verb_is_not_after_the_name_quotes_nobody(analyse, start):
    text = f"{start} 'enough'\n\nTom Reyes, the harbour board chair, has criticised the deal.\n"
    assert [q.speaker for q in analyse(text).quotes] in ([], [None])


@pytest.mark.parametrize("name", _names(["Ines", "Oyelaran"], ["Brekkestad", "Adeyemi-Cole"]))
def test_a_name_with_its_title_beside_it_is_a_person(analyse, name):
    result = analyse(HEAD + f"{name}, the harbour board chair, said the plan was flawed.\n")
    assert name in {e.name for e in result.entities if e.label == "PERSON"}


@pytest.mark.parametrize("name", ["Ines Varga", "Ines Brekkestad", "Ines Reyes"])
def test_a_name_read_as_a_product_after_its_role_is_a_person(analyse, name):
    text = (
        HEAD
        + f"The chancellor, {name}, set out the budget. The chancellor said taxes would rise.\n"
    )
    assert name in {e.name for e in analyse(text).entities if e.label == "PERSON"}
