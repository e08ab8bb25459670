"""Which words in the text a quote's speaker is read from (``speaker_start``/``speaker_end``).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import quote_with, speaker


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
            "Hours after the fire, an anonymous account cheered the blast on Chirper: "
            "\u201cWe have already arrived.\u201d",
            "already arrived",
            (None, "an anonymous account"),
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


@pytest.mark.parametrize("place", ["Harbourside", "Millbrook", "Finchley Vale", "Kelmscott"])
@pytest.mark.parametrize("count", [3, 40])
def test_a_colon_cue_after_a_clause_with_its_own_subject_is_the_later_clauses(
    analyse, place, count
):
    # The parser often makes the main clause a conjunct of the "after …" clause before it;
    # the subject before the colon is still the later clause's, not the victims'.
    text = (
        f"In the hours after {count} sailors were hurt in {place}, an anonymous account cheered "
        "the blast on a forum: \u201cWe will come back.\u201d"
    )
    assert mention(analyse, text, "come back") == (None, "an anonymous account")


@pytest.mark.parametrize(
    ("first", "second"),
    [("Ada Finch", "Ines Harrow"), ("Osric Venn", "Priya Okafor"), ("Dario Lind", "Maren Roe")],
)
def test_a_participle_describing_a_noun_speaks_for_nobody_in_the_clause_around_it(
    analyse, first, second
):
    # "questions asked of the speakers" were asked by someone unnamed, not by the two
    # people who are the subject of the sentence the participle sits in.
    text = (
        f"{first} and {second} traded barbs over fares on Friday, enlivening what is called a "
        "\u201cdebate\u201d but generally turns into separate questions asked of the speakers."
    )
    quote = quote_with(analyse, text, "debate")
    assert quote.speaker is None


def test_a_participle_describing_the_noun_a_quote_modifies_does_not_report_the_quote(analyse):
    # "announced" describes the cuts the quoted word describes: the cue is "said".
    text = (
        "Osric Venn, the union leader, said the dockers had walked out because of "
        "\u201creckless\u201d cuts announced by the treasury on Monday."
    )
    quote = quote_with(analyse, text, "reckless")
    assert (quote.speaker, quote.cue) == ("Osric Venn", "said")


@pytest.mark.parametrize(("count", "verb"), [("two", "write"), ("three", "say"), ("two", "argue")])
@pytest.mark.parametrize("pair", [("Ada Finch", "Lewis Harrow"), ("Osric Venn", "Priya Okafor")])
def test_the_two_write_after_a_quote_is_a_cue_though_tagged_as_a_noun(analyse, count, verb, pair):
    # "the two write" reads to the tagger as a noun phrase; a verb of saying right after
    # "the" and a number is still the cue, not the paragraph before.
    text = (
        f"{pair[0]} and {pair[1]} wrote to the minister in May.\n\n"
        f"\u201cYou have moved the goalposts without telling anyone,\u201d the {count} {verb}."
    )
    assert mention(analyse, text, "goalposts") == (None, count)


@pytest.mark.parametrize("name", ["Ada Finch", "Osric Venn", "Priya Okafor", "Dario Lind"])
def test_a_quoted_label_inside_the_attribution_does_not_end_it(analyse, name):
    # 'a "Keep the Ferry" banner' is a slogan inside the sentence that credits the quote; the
    # cue ("said") comes after it, and the speaker's words never take in the quote.
    text = (
        "Nobody was celebrating.\n\n"
        f"\u201cNobody on the quay expected this,\u201d ferry user {name}, carrying a flask and "
        "a \u201cKeep the Ferry\u201d banner, said quietly."
    )
    quote = quote_with(analyse, text, "Nobody on the quay")
    words = text[quote.speaker_start : quote.speaker_end]
    assert (quote.speaker, quote.cue) == (name, "said")
    assert words.endswith(name) and "\u201d" not in words


@pytest.mark.parametrize("count", ["three", "two", "fifteen"])
def test_the_three_are_several_people_not_the_last_one_named(analyse, count):
    # A number word is no role noun, even one that ends like "trustee".
    text = (
        "Ada Finch, Lewis Harrow and Maren Quenby wrote to the minister in May.\n\n"
        f"\u201cYou seem lost,\u201d the {count} said."
    )
    assert mention(analyse, text, "seem lost") == (None, f"the {count}")


@pytest.mark.parametrize("name", ["Ada Roe", "Osric Lindqvist", "Priya Okafor", "Dario Vail"])
@pytest.mark.parametrize(
    "told",
    [
        "told reporters: \u201cWe will not back down.\u201d",
        "firmly told a fisherman who argued that the levy might drive boats away for good that "
        "\u201cnobody is leaving this harbour.\u201d",
    ],
)
def test_a_name_set_off_before_its_verb_speaks_when_the_parse_loses_the_subject(
    analyse, name, told
):
    # After "in <place>," the parser often hangs the name on the place; the name before a
    # description in commas right before the verb is still its subject, and the people
    # told are never the speaker.
    text = (
        f"At a harbour meeting on Friday in Kelmscott, {name}, the head of the Quay Traders, {told}"
    )
    quoted = text[text.index("\u201c") + 1 : text.index("\u201d")]
    assert quote_with(analyse, text, quoted[:12]).speaker == name


@pytest.mark.parametrize("name", ["Ada Finch", "Tom Roe", "Priya Lindqvist", "Dario Quenby"])
@pytest.mark.parametrize("aside", ["asked about the repairs", "pressed on the cost"])
def test_a_participle_aside_after_the_name_keeps_the_name_the_subject(analyse, name, aside):
    # "asked" read as a verb with the name for its subject leaves "said" with none.
    text = f"The pier reopened on Monday.\n\n{name}, {aside}, said: \u201cWe will manage.\u201d"
    assert mention(analyse, text, "We will manage") == (name, name)


@pytest.mark.parametrize("surname", ["Finch", "Quenby", "Venn", "Lindqvist"])
@pytest.mark.parametrize("month", ["May", "June", "March"])
def test_a_month_in_the_speakers_aside_is_no_speaker(analyse, surname, month):
    text = (
        f"\u201cWe will manage,\u201d {surname}, who took the job in {month}, said on Monday, "
        "adding that the pier was safe."
    )
    assert speaker(analyse, text, "We will manage") == surname
