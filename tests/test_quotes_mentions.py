"""Which words in the text a quote's speaker is read from (``speaker_start``/``speaker_end``).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import quote_with


def mention(analyse, text: str, words: str) -> tuple[str | None, str | None]:
    quote = quote_with(analyse, text, words)
    if quote.speaker_start is None:
        return quote.speaker, None
    return quote.speaker, text[quote.speaker_start : quote.speaker_end]


@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        (
            "Margaret Quenby said she had asked her aides to \u201clook into\u201d the fares.",
            "look into",
            "Margaret Quenby",
        ),
        (
            "At the harbour, Osric Venn assured his audience he would tell the \u201cbullies\u201d "
            "on the board to step aside.",
            "bullies",
            "Osric Venn",
        ),
        (
            "Osric Venn told reporters that he had spoken to the minister and that \u201cthe "
            "fares will come down.\u201d",
            "fares will come down",
            "Osric Venn",
        ),
    ],
)
def test_a_pronoun_cue_in_what_the_speaker_says_is_read_from_the_outer_subject(
    analyse, text, words, named
):
    assert mention(analyse, text, words) == (named, named)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        pytest.param(
            "Osric Venn said he backed the harbour bill, which he called \u201cthe best deal in "
            "a generation.\u201d",
            "best deal",
            ("Osric Venn", "he"),
            id="in-a-relative-clause",
        ),
        pytest.param(
            "Margaret Quenby said Tobias Lark had phoned her, and that he called the plan a "
            "\u201cshambles.\u201d",
            "shambles",
            ("Tobias Lark", "he"),
            id="for-someone-else",
        ),
        pytest.param(
            "Margaret Quenby spoke to the ferry board on Monday. She called the new timetable "
            "\u201ca shambles.\u201d",
            "a shambles",
            ("Margaret Quenby", "She"),
            id="in-a-sentence-of-its-own",
        ),
    ],
)
def test_a_pronoun_cue_keeps_its_own_mention(analyse, text, words, expected):
    assert mention(analyse, text, words) == expected


def test_a_bare_surname_is_not_a_relative_of_the_other_sex(analyse):
    text = (
        "Worried about turnout, President Quillan is rolling out a new message: "
        "\u201cThis one is about me.\u201d\n\n"
        "Mr. Quillan told a rally on Saturday that the vote mattered. Mr. Quillan's aides "
        "said the campaign would use him and the first lady, Margaret Quillan, as much as "
        "possible.\n\n"
        "\u201cWe will be everywhere,\u201d Mr. Quillan said."
    )
    assert quote_with(analyse, text, "about me").speaker == "Quillan"
    assert quote_with(analyse, text, "everywhere").speaker == "Quillan"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "One early supporter, Councillor Jane Whitlow, gave the idea a whirl in an "
            "interview with Harbour Radio on Tuesday: \u201cYou can argue the ferry board is "
            "a cartel.\u201d",
            "ferry board is",
            ("Jane Whitlow", "One early supporter"),
        ),
        (
            "Hours after the fire, a familiar voice celebrated the attack on Chirper: "
            "\u201cWe have already arrived.\u201d",
            "already arrived",
            (None, "a familiar voice"),
        ),
    ],
)
def test_a_colon_cue_is_the_clause_subjects_not_a_name_at_the_end_of_the_clause(
    analyse, text, words, expected
):
    assert mention(analyse, text, words) == expected


def test_a_share_of_people_is_no_speaker_but_the_poll_that_asked_them_is(analyse):
    text = (
        "A new harbour survey asked 600 fishermen about the levy. Asked whether the levy "
        "was \u201cfair to small boats,\u201d 75 percent of them said no."
    )
    assert mention(analyse, text, "fair to small boats") == (None, "A new harbour survey")


def test_a_share_of_people_with_no_poll_named_has_no_speaker(analyse):
    text = (
        "The levy came into force in May. Asked whether it was \u201cfair to small "
        "boats,\u201d 75 percent of fishermen at the quay said no."
    )
    quote = quote_with(analyse, text, "fair to small boats")
    assert (quote.speaker, quote.speaker_start) == (None, None)
