"""Two names read as one across "and" ("The Wrap and Deadline") are two rows when the article
names one of them alone; a name with "and" in it stays whole. Every text here is written for
these tests."""

from __future__ import annotations

import pytest


def _names(analyse, text: str) -> list[str]:
    return [e.name for e in analyse(text).entities]


@pytest.mark.parametrize(("first", "second"), [("Wrap", "Deadline"), ("Clarion", "Tribune")])
def test_two_titles_joined_by_and_are_two_when_one_stands_alone(analyse, first, second):
    text = (
        "Ferry film\n\n"
        "The studio is said to be in talks with Jane Roe to direct, according to "
        f"The {first} and {second}. The {first}’s report today claims that the cast will "
        f"return. There are three scripts, according to The {first}.\n"
    )
    names = _names(analyse, text)
    assert f"{first} and {second}" not in names
    assert first in names


def test_a_name_with_and_inside_stays_whole_when_no_part_stands_alone(analyse):
    text = (
        "Soap maker\n\n"
        "Shares in Procter and Gamble rose on Monday. Procter and Gamble said sales grew.\n"
    )
    names = _names(analyse, text)
    assert not {"Procter", "Gamble"} & set(names)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Richard Locksley", "Jakob von Moltke"),
        ("Michael Howitt", "Wendy Garrett"),
        ("Helen Marsh", "Daniel Okafor"),
    ],
)
def test_two_surnames_joined_by_a_hyphen_are_the_two_people(analyse, a, b):
    """ "the Locksley-von Moltke paper" names Richard Locksley and Jakob von Moltke."""
    last_a = a.split()[-1]
    last_b = b.split(maxsplit=1)[1] if " von " in b else b.split()[-1]
    text = (
        "Tuft cells\n\n"
        f"{a} worked with {b} on the gut.\n\n"
        f"The {last_a}-{last_b} paper came out in 2016. It changed the field.\n"
    )
    rows = {e.name: e for e in analyse(text).entities}
    assert f"{last_a}-{last_b}" not in rows
    assert len(rows[a].mentions) == 2 and len(rows[b].mentions) == 2
