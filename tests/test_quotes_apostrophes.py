"""Names with a curly apostrophe ("O’Rourke", "De’Shawn") are one person whichever
apostrophe the article typed: the speaker, their row and its type. Every text here is written
for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker


@pytest.mark.parametrize("first", ["Brett", "Maria", "Tomas"])
@pytest.mark.parametrize("last", ["O’Rourke", "O’Hara", "D’Souza"])
def test_a_surname_with_a_curly_apostrophe_names_its_speaker(analyse, first, last):
    text = (
        "Iowa tour\n\n"
        "The senator began the day in an unheated barn.\n\n"
        "“The bus tour is a poor way to spend the last week,” said "
        f"{first} {last}, chief strategist for the campaign four years ago.\n\n"
        f"“Would I do it again? I doubt it,” {last} said.\n"
    )
    assert speaker(analyse, text, "poor way") == f"{first} {last}"
    assert speaker(analyse, text, "do it again") == f"{first} {last}"
    rows = [e for e in analyse(text).entities if last in e.name]
    assert [e.label for e in rows] == ["PERSON"]
