"""A quote followed by the one it was put to: "'…?' Roe was asked (by Doe)", "'…,' Roe was
told". The passive subject of a verb of address heard the words; the agent, if any, spoke them.
Every text here is written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import quote_with

LISTENERS = ["Tobias Renk", "Maren Okafor", "Osric Lindqvist"]
ASKERS = ["Greta Marlowe", "Dario Quenby", "Priya Harrow"]


@pytest.mark.parametrize("listener", LISTENERS)
@pytest.mark.parametrize("asker", ASKERS)
@pytest.mark.parametrize("verb", ["asked", "told", "warned"])
def test_the_agent_of_a_passive_verb_of_address_after_the_quote_speaks(
    analyse, listener, asker, verb
):
    text = (
        f"{listener} and {asker} met at the ferry office on Monday.\n\n"
        f'"Where has the harbour money gone?" {listener} was {verb} by {asker}.'
    )
    assert quote_with(analyse, text, "harbour money").speaker == asker


@pytest.mark.parametrize("listener", LISTENERS)
@pytest.mark.parametrize("verb", ["asked", "told", "warned"])
def test_a_passive_verb_of_address_with_no_agent_names_nobody(analyse, listener, verb):
    text = (
        f"{listener} ran the ferry office for six years.\n\n"
        f'"The office closes on Friday," {listener} was {verb} on Monday.'
    )
    assert quote_with(analyse, text, "office closes").speaker is None


@pytest.mark.parametrize("listener", LISTENERS)
def test_a_pronoun_that_was_told_is_not_the_speaker(analyse, listener):
    text = (
        f"{listener} ran the ferry office for six years.\n\n"
        '"The office closes on Friday," he was told by the harbour board.'
    )
    assert quote_with(analyse, text, "office closes").speaker != listener


@pytest.mark.parametrize("speaker", LISTENERS)
@pytest.mark.parametrize("verb", ["quoted as saying", "heard to say", "reported to have said"])
def test_a_passive_verb_of_report_still_names_the_speaker(analyse, speaker, verb):
    text = f'{speaker} was {verb}: "The office closes on Friday."'
    assert quote_with(analyse, text, "office closes").speaker == speaker
