"""Quotes in a headline: a headline that attributes a quote, and one that only sets words off.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import quotes_of, speaker


def test_a_headline_verb_attributes_its_quote_to_the_name_before_it(analyse):
    text = (
        "Marlowe blasts 'ludicrous' harbour deal\n\n"
        "Greta Marlowe, the fishermen's leader, attacked the new harbour deal on Monday."
    )
    assert speaker(analyse, text, "ludicrous") == "Greta Marlowe"


@pytest.mark.parametrize(
    "headline",
    ["Harbour levy 'to hit small boats'", "Council 'risks breaking' harbour pledge"],
)
def test_a_single_quoted_headline_phrase_with_no_speaker_is_not_a_quote(analyse, headline):
    text = headline + "\n\nThe council will raise the harbour levy, officials confirmed on Monday."
    assert quotes_of(analyse, text) == []
