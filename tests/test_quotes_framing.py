"""A framing verb ("go", "put", "call", "describe") cues only what it frames, not a quote
after a clause of its own. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker

NAMES = ["Helen Marsh", "Stellan Moyo", "David Okafor"]
CLAUSES = [
    "That may be part of what goes wrong in dry summers: there could be trouble "
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
