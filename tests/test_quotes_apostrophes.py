"""Names with a curly apostrophe ("O’Donnell", "De’Broski") are one person whichever
apostrophe the article typed: the speaker, their row and its type. Every text here is written
for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker


@pytest.mark.parametrize("first", ["Brett", "Maria", "Tomas"])
@pytest.mark.parametrize("last", ["O’Donnell", "O’Hara", "D’Souza"])
def test_a_surname_with_a_curly_apostrophe_names_its_speaker(analyse, first, last):
    text = (
        "Iowa tour\n\n"
        "The senator began the day in an unheated barn.\n\n"
        "“It may not be the most effective use of your campaign time,” said "
        f"{first} {last}, chief strategist for the campaign four years ago.\n\n"
        f"“Was that the best use of our time? I don’t think it was,” {last} said.\n"
    )
    assert speaker(analyse, text, "effective use") == f"{first} {last}"
    assert speaker(analyse, text, "best use") == f"{first} {last}"
    rows = [e for e in analyse(text).entities if last in e.name]
    assert [e.label for e in rows] == ["PERSON"]
