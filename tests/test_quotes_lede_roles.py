"""Roles an article gives in its first lines and in reported clauses: "The transport minister
has been accused of 'abandoning' …" then "Jo Roe told MPs …" titles Roe, while "X said the
prime minister had …" refers to no one the sentences before were about. Every text here is
written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker

PEOPLE = ["Orla Penrose", "Kofi Brennan", "Tom Vail"]
OTHERS = ["Jo Keel", "Piet Halloran", "Ruth Adeyemi"]


def _lede(minister: str, rival: str) -> str:
    return (
        "Minister under fire over ferry cuts\n\n"
        'The transport minister has been accused of "abandoning" island communities after '
        "confirming cuts to ferry subsidies.\n\n"
        f"{minister} told MPs the savings were needed to protect other services.\n\n"
        f"{rival} called for an urgent review.\n\n"
        "Asked whether the cuts could be reversed, the minister replied: "
        '"We keep everything under review."\n'
    )


@pytest.mark.parametrize(("minister", "rival"), list(zip(PEOPLE, OTHERS, strict=True)))
def test_a_role_led_lede_with_a_scare_quote_titles_the_person_named_next(analyse, minister, rival):
    assert speaker(analyse, _lede(minister, rival), "under review") == minister


@pytest.mark.parametrize(("minister", "rival"), list(zip(PEOPLE, OTHERS, strict=True)))
def test_a_title_in_a_reported_clause_is_not_whom_the_sentences_before_were_about(
    analyse, minister, rival
):
    text = (
        f"Ferry cuts\n\n{minister} told MPs the savings were needed.\n\n"
        f"{rival} called for an urgent review.\n\n"
        'The council said the prime minister had "full confidence" in the plan.\n'
    )
    analysis = analyse(text)
    rows = {e.name: [text[a:b] for a, b in e.mentions] for e in analysis.entities}
    assert "prime minister" not in rows.get(rival, []), rows
    assert "prime minister" not in rows.get(minister, []), rows


@pytest.mark.parametrize("name", PEOPLE)
def test_a_title_with_another_qualifier_is_not_the_one_named_before(analyse, name):
    text = (
        "Ferry cuts\n\n"
        'The transport minister has been accused of "abandoning" the islands.\n\n'
        f"{name} told MPs the savings were needed.\n\n"
        'The council said the prime minister had "full confidence" in the plan.\n'
    )
    analysis = analyse(text)
    rows = {e.name: [text[a:b] for a, b in e.mentions] for e in analysis.entities}
    assert "prime minister" not in rows.get(name, []), rows


@pytest.mark.parametrize(
    "place", ["Pellow Street", "Tolland Square", "Fenwick Palace", "Harrow Road"]
)
def test_a_street_or_palace_that_speaks_is_no_person(analyse, place):
    text = f'Ferry cuts\n\n{place} said the prime minister had "full confidence" in the plan.\n'
    analysis = analyse(text)
    assert all(e.label != "PERSON" for e in analysis.entities if e.name == place)
