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


@pytest.mark.parametrize(
    ("headline", "words"),
    [
        ("Quillan: Lark Would Put Fishermen Out Of Work, \u2018I Fear The Worst\u2019", "Fear"),
        ("Harbour Chief Tobias Quillan On The Levy: \u2018We Will Not Pay.\u2019", "Not Pay"),
    ],
)
def test_a_headline_that_opens_with_a_name_and_a_colon_quotes_that_name(analyse, headline, words):
    text = headline + "\n\nTobias Quillan, who runs the harbour, spoke to fishermen on Monday."
    assert speaker(analyse, text, words) == "Tobias Quillan"


def test_a_headline_label_before_the_colon_is_no_speaker(analyse):
    text = (
        "The Latest: Quillan says levy is \u2018a disgrace\u2019\n\n"
        "Tobias Quillan, who runs the harbour, spoke to fishermen on Monday."
    )
    assert speaker(analyse, text, "a disgrace") == "Tobias Quillan"


@pytest.mark.parametrize("name", ["Moreno", "Okafor", "Lindqvist"])
@pytest.mark.parametrize(
    ("line", "words"),
    [
        (
            "{n} Said The Quay Repairs “Must Be Paid For By The Port Itself.”",
            "Port Itself",
        ),
        (
            "{n} Said The Levy Was A Tax The Town Needed “To Keep The Ferry Running.”",
            "Ferry Running",
        ),
        ("{n} Admitted The Plan Was “Rushed” But Defended The Timetable.", "Rushed"),
    ],
)
def test_a_title_case_subhead_quotes_its_speaker(analyse, name, line, words):
    """A roundup's Title Case subheads ("Roe Said X Was 'Needed'"): the quote is Roe's, not a
    title, though every word is capitalised."""
    text = (
        "Harbour speeches\n\n"
        "The transcripts were published on Friday.\n\n"
        f"{line.format(n=name)} “We had to move fast,” she said.\n"
    )
    assert speaker(analyse, text, words) == name


@pytest.mark.parametrize("show", ["Morning Harbour", "State Of The Coast", "Quayside Tonight"])
def test_a_show_named_after_a_day_and_a_channel_is_no_quote(analyse, show):
    text = f"Harbour row\n\nSunday on Harbour TV’s “{show},” the mayor defended the levy.\n"
    assert not [q for q in analyse(text).quotes if show.split()[0] in text[q.start : q.end]]


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Columnist", "attacks 'reckless' quay sale |"),
        ("Chief Executive", "attacks 'reckless' harbour deal |"),
        ("Political Columnist", "attacks 'reckless' harbour deal |"),
    ],
)
def test_a_standfirst_under_the_headline_attributes_its_quote_too(analyse, title, line):
    text = (
        "Harbour boss 'to sell the quays' in blow for the fishing fleet\n\n"
        f"{title} Greta Marlowe {line}\n\n"
        "HARWICK NEWS\n\nBy Tom Vail\n\nThe council met on Monday to discuss the sale."
    )
    assert speaker(analyse, text, "reckless") == "Greta Marlowe"


@pytest.mark.parametrize(
    "heading",
    ["'Tides Wait For Nobody.'", "\u201cFERRIES FIRST, FEES LAST\u201d", '"The Harbour Years"'],
)
def test_a_paragraph_of_a_quoted_title_case_phrase_is_a_subheading(analyse, heading):
    text = (
        '"If the tides keep rising, the quay will flood," Mayor Jo Marsh said.\n\n'
        f"{heading}\n\n"
        "Four years ago, Marsh won her seat."
    )
    assert [q.start for q in analyse(text).quotes] == [1]


@pytest.mark.parametrize("paragraph", ['"Never, ever."', '"We Will Win," Marsh said.'])
def test_a_quoted_paragraph_in_sentence_case_or_with_a_cue_is_still_a_quote(analyse, paragraph):
    text = (
        '"If the tides keep rising, the quay will flood," Mayor Jo Marsh said.\n\n'
        f"{paragraph}\n\n"
        "Four years ago, Marsh won her seat."
    )
    assert len(analyse(text).quotes) == 2


HOLDERS = ["Tom Vail", "Maren Okafor", "Chidi Okonkwo"]


@pytest.mark.parametrize("name", HOLDERS)
@pytest.mark.parametrize(
    ("described", "lede"),
    [
        ("says harbour boss", "Harbour master {name} said on Monday that fares would stay."),
        ("warns union chief", "{name}, who leads the ferry crews, said fares would stay."),
        ("says Dunmere manager", "Dunmere manager {name} said his side deserved a draw."),
    ],
)
def test_a_bare_description_in_the_headline_is_the_person_the_lede_names(
    analyse, name, described, lede
):
    text = f"Fares 'will not fall', {described}\n\n{lede.format(name=name)}\n"
    assert speaker(analyse, text, "will not fall") == name


@pytest.mark.parametrize("name", HOLDERS)
def test_a_bare_description_in_the_headline_is_not_someone_the_lede_merely_mentions(analyse, name):
    text = (
        "Fares 'will not fall', says harbour boss\n\n"
        f"An aide to {name} said on Monday that fares would stay.\n"
    )
    assert speaker(analyse, text, "will not fall") != name
