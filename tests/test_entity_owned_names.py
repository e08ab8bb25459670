"""A name with a possessive inside ("the Harbour Board's Green Paper") is two names when the
article also names the owner on its own. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker


def _entities(analyse, text: str) -> dict[str, str]:
    return {e.name: e.label for e in analyse(text).entities}


@pytest.mark.parametrize("owner", ["Harbour Board", "Calder Water Authority", "Wexley Council"])
@pytest.mark.parametrize("owned", ["Green Paper", "Blue Book", "Winter Review"])
def test_an_owner_named_alone_elsewhere_is_split_from_what_it_owns(analyse, owner, owned):
    text = (
        "Ferry plan\n\n"
        f"The {owner}'s {owned} was published on Monday. It proposes higher fares.\n\n"
        f"The {owner} said the crossings lost money every winter.\n"
    )
    names = _entities(analyse, text)
    assert f"{owner}'s {owned}" not in names
    assert owner in names


@pytest.mark.parametrize("company", ["Boatmen's Holdings Inc.", "Fisher's Ropes Ltd"])
def test_a_company_name_with_a_possessive_stays_whole(analyse, company):
    owner = company.split("'")[0]
    text = (
        "Harbour deal\n\n"
        f"{company} agreed to buy the harbour yard on Monday. {owner} was founded in 1902.\n"
    )
    assert all(f"{owner}'s" not in name or name == company for name in _entities(analyse, text))


@pytest.mark.parametrize(
    ("full", "place", "pronoun"), [("Marty Welsby", "Boston", "he"), ("Ana Roiz", "Leeds", "she")]
)
def test_a_place_s_person_is_that_person(analyse, full, place, pronoun):
    """ "Boston's Welsby" is Marty Welsby, not a person called "Boston's Welsby"."""
    last = full.split()[-1]
    text = (
        "Mayor backs candidate\n\n"
        f"{place} Mayor {full} endorsed the candidate on Sunday.\n\n"
        f"{place}'s {last}, a former union leader, had close ties to the governor. "
        f"“We need someone who fights hard,” {pronoun} said.\n"
    )
    assert speaker(analyse, text, "fights hard") == full


@pytest.mark.parametrize("owner", ["Arlo Penhale", "Tomas Reyes", "Helen Marsh"])
@pytest.mark.parametrize("thing", ["Gull Harbour", "Blue Harbour", "Calder Robotics"])
def test_what_a_person_s_full_name_owns_is_not_a_person(analyse, owner, thing):
    text = (
        "Moon landers\n\n"
        f"The agency added SpaceX and {owner}’s {thing} to its list of lunar suppliers. "
        f"{thing} will build a lander. “We’re honoured,” said a spokesperson for {thing}.\n"
    )
    rows = {e.name: e.label for e in analyse(text).entities}
    assert not any("’s" in name for name in rows)
    assert rows.get(thing) != "PERSON"
