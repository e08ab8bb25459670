"""Quoted clauses inside paraphrase, and verbs of thinking as cues (British style).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import quote_with, quotes_of, speaker


def test_a_quoted_clause_with_no_cue_continues_the_paragraph_speaker(analyse):
    text = (
        "'We will not be rushed into a sale,' Maud Ferrant said. Any buyer would have to "
        "offer a price that 'the council is likely to regard as fair' and terms which "
        "'may be acceptable'.\n"
    )
    assert speaker(analyse, text, "likely to regard") == "Maud Ferrant"
    assert speaker(analyse, text, "may be acceptable") == "Maud Ferrant"


def test_a_quoted_clause_with_no_cue_is_the_words_of_its_sentence_subject(analyse):
    text = (
        "The depot was burgled on Friday.\n\n"
        "Maud Ferrant expressed her anger at the burglar who 'has never worked a day and "
        "wants what is ours'.\n"
    )
    assert speaker(analyse, text, "never worked") == "Maud Ferrant"


def test_a_quoted_word_with_no_verb_and_no_cue_is_still_no_quote(analyse):
    text = "Visitors queued for the 'floating' garden beside the old depot on Sunday.\n"
    assert quotes_of(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "It is a view shared by Ellis Harte, who believes 'if we can get through the "
            "winter, we will be fine'.\n",
            "get through the winter",
        ),
        ("Ellis Harte thought the new ledger was 'nowhere near ready for use'.\n", "nowhere near"),
    ],
)
def test_a_verb_of_thinking_cues_the_fragment_it_governs(analyse, text, words):
    assert speaker(analyse, text, words) == "Ellis Harte"


def test_a_verb_of_thinking_yields_to_a_reporting_verb(analyse):
    text = (
        "During his years on the council, Ellis Harte said, most residents have come to "
        "believe 'that the depot is a lost cause and should be sold'.\n"
    )
    assert speaker(analyse, text, "lost cause") == "Ellis Harte"


def test_a_speaker_named_after_the_quote_by_a_copula(analyse):
    text = (
        "'The council is keener on the plan than the ratepayers are,' is the blunt "
        "assessment of Ellis Harte, a councillor for the north ward.\n"
    )
    assert speaker(analyse, text, "keener on the plan") == "Ellis Harte"


def test_a_person_introduced_between_two_quotes_speaks_the_second(analyse):
    text = (
        "'We will fight on,' said Maud Ferrant. Her colleague, Ellis Harte, a councillor for "
        "the north ward, puts the blame on the ferry operator. 'They have let the island down "
        "for years.'\n"
    )
    assert speaker(analyse, text, "let the island down") == "Ellis Harte"


def test_she_after_an_unnamed_spokeswoman_with_a_long_body_name_is_unnamed(analyse):
    text = (
        "'The depot will stay open,' said Maud Ferrant.\n\n"
        "A Department for Harbours and Ferries spokeswoman confirmed the sale had been "
        "delayed. 'No date was ever agreed,' she said.\n"
    )
    assert speaker(analyse, text, "No date was ever agreed") is None


def test_an_article_speaks_for_the_organisation_that_published_it(analyse):
    text = (
        "The ferry company is under pressure.\n\n"
        "A Harbour Medical Journal article claimed 'missing' safety records had been "
        "destroyed.\n"
    )
    assert speaker(analyse, text, "missing") == "Harbour Medical Journal"


def test_an_as_clause_after_the_quote_names_its_speaker(analyse):
    text = (
        "The old harbour has become 'a sad ghost of its former self', as Ellis Harte put it "
        "on Monday.\n"
    )
    assert speaker(analyse, text, "sad ghost") == "Ellis Harte"


@pytest.mark.parametrize("name", ["Helen Marsh", "Stellan Moyo", "David Okafor"])
@pytest.mark.parametrize(
    ("reported", "lead_in", "words"),
    [
        (
            "Nobody can say which of the two channels will close first, {last} says.",
            "Even if the north channel was dredged in spring,",
            "the silt will be back by the autumn storms.",
        ),
        (
            "Nobody knows how long the old pumps will last, {last} said.",
            "Even if the council finds the money this year,",
            "the new ones would not arrive before the floods.",
        ),
    ],
)
def test_a_quote_after_a_reported_sentence_is_the_reporters(
    analyse, name, reported, lead_in, words
):
    """ "Nobody can say why, Roe says. Even if …, '…'": the quote's sentence names
    nobody, the sentence before reports Roe's words."""
    last = name.split()[-1]
    text = (
        "Harbour channels\n\n"
        f"{name} has studied the harbour for a decade.\n\n"
        f"{reported.format(last=last)} {lead_in} “{words}”\n"
    )
    assert speaker(analyse, text, words[:20]) == name


@pytest.mark.parametrize("reporter", ["Odum said", "he said", "Odum argues", "Benjamin Odum said"])
@pytest.mark.parametrize(
    "clause", ["the fares stay low all winter.", "people have already made up their minds."]
)
def test_a_quoted_clause_after_a_sentence_that_reports_someone_is_theirs(analyse, reporter, clause):
    text = (
        "Benjamin Odum, a historian, studies harbour towns.\n\n"
        f"Ferries lose out to the new bridge, {reporter}. Boats can still hold on, "
        f'but only where "{clause}"'
    )
    assert speaker(analyse, text, clause[:12]) == "Benjamin Odum"


def test_a_quoted_term_after_a_sentence_that_reports_someone_is_still_no_quote(analyse):
    text = (
        "Benjamin Odum, a historian, studies harbour towns.\n\n"
        'Ferries lose out to the new bridge, Odum said. Boats hold on only where "cheap".'
    )
    assert [q for q in analyse(text).quotes if "cheap" in text[q.start : q.end]] == []


@pytest.mark.parametrize(
    "words",
    [
        "my failure to calm the harbour rows",
        "our fishermen and their families",
        "me and the crews",
    ],
)
def test_a_first_person_fragment_with_no_cue_is_the_subjects_words(analyse, words):
    text = (
        "Benjamin Odum spoke at the harbour on Wednesday. "
        f'Mr. Odum voiced his sorrow over "{words}" in his last speech.'
    )
    assert speaker(analyse, text, words[:10]) == "Benjamin Odum"


def test_a_title_in_the_first_person_is_still_no_quote(analyse):
    text = 'Benjamin Odum went to see the musical "My Fair Harbour" on Wednesday.'
    assert [q for q in analyse(text).quotes if "Fair" in text[q.start : q.end]] == []


@pytest.mark.parametrize("thing", ["The choice", "The question", "The plan"])
def test_a_fragment_framed_by_a_thing_stays_the_paragraph_speakers(analyse, thing):
    text = (
        "Benjamin Odum, the harbour board's spokesman, wrote that the board had to act in May "
        '"before the boats left for good." '
        f'{thing} was to go after Hale as "a danger to every crew" or to praise his rival.'
    )
    assert speaker(analyse, text, "danger to every crew") == "Benjamin Odum"


@pytest.mark.parametrize("document", ["The piece", "The editorial", "The column"])
def test_a_document_framing_a_fragment_is_no_thing_to_look_past(analyse, document):
    text = (
        'The paper\'s editorial board wrote that "the mayor has earned a rest." '
        f'{document} went after Hale as "a danger to every crew" on Monday.'
    )
    quote = quote_with(analyse, text, "danger to every crew")
    assert text[quote.speaker_start : quote.speaker_end] == document


def test_a_company_that_calls_something_a_word_speaks_itself(analyse):
    text = (
        'Benjamin Odum has said that he hopes for "cheaper berths" after the merger. Last '
        "spring, Calder Media sold two ferries (the company would not give the price but "
        'called it "a fair one") and Harwick sold three.'
    )
    assert speaker(analyse, text, "a fair one") != "Benjamin Odum"


@pytest.mark.parametrize(
    ("teller", "person_told", "quoted"),
    [
        (
            "Ada Finch told",
            "a trader who claimed that fares were too high",
            "the ferry is not a charity and never will be",
        ),
        ("Tom Vail assured", "a reporter who asked about the levy", "nobody here pays more"),
        (
            "Priya Lindqvist warned",
            "a resident who complained that the pier was unsafe",
            "the repairs will take until May",
        ),
    ],
)
def test_the_one_who_tells_speaks_not_the_person_told_in_a_relative_clause(
    analyse, teller, person_told, quoted
):
    # The parse hangs the quoted clause on the reporting verb inside "who …"; the clause
    # that follows the person told is what the teller said.
    text = f"At the meeting, {teller} {person_told} that \u201c{quoted}.\u201d"
    assert speaker(analyse, text, quoted) == teller.rsplit(" ", 1)[0]


def test_a_relative_clause_verb_right_before_the_quote_keeps_it(analyse):
    text = (
        "Ada Finch told a resident who then said that \u201cthe repairs will take until "
        "May\u201d to wait."
    )
    quote = quote_with(analyse, text, "repairs will take")
    assert quote.speaker is None
    assert text[quote.speaker_start : quote.speaker_end] == "a resident"


@pytest.mark.parametrize(
    "naming",
    [
        "That was the verdict of {name}, the harbour master.",
        "That was how {name} put it on Monday.",
        "Those were the words of {name} at the quay.",
        "So said {name}, the harbour master.",
        "That is what {name} told the crowd.",
        "That, at least, was the view of {name}.",
        "This was {name}'s message to the council.",
    ],
)
@pytest.mark.parametrize("name", ["Ada Finch", "Osric Lindqvist"])
def test_a_quote_is_named_by_the_sentence_after_it(analyse, naming, name):
    # The paragraph before is about someone else: the sentence that follows the quote,
    # not the last person named, says whose words they were.
    text = (
        "Tom Vail spoke first.\n\n"
        f"\u201cWe will fight on to the end.\u201d {naming.format(name=name)}"
    )
    assert speaker(analyse, text, "fight on") == name


@pytest.mark.parametrize(
    "naming",
    [
        "that was the verdict of {name}, the harbour master.",
        "that was how {name} put it on Monday.",
        "those were the words of {name} at the quay.",
    ],
)
@pytest.mark.parametrize("dash", [" - ", " \u2014 ", "\u2014"])
@pytest.mark.parametrize("name", ["Ada Finch", "Osric Lindqvist"])
def test_a_quote_is_named_by_the_words_after_a_dash(analyse, naming, dash, name):
    text = (
        "Tom Vail spoke first.\n\n"
        f"\u201cWe will fight on to the end\u201d{dash}{naming.format(name=name)}"
    )
    assert speaker(analyse, text, "fight on") == name


def test_a_sentence_after_the_quote_about_something_else_names_nobody(analyse):
    text = "Tom Vail spoke first.\n\n\u201cWe will fight on.\u201d That is what the board wants."
    assert speaker(analyse, text, "fight on") == "Tom Vail"


@pytest.mark.parametrize(
    "beside",
    [
        "{name} was less sure of the plan. Her verdict: \u201cIt is a disgrace.\u201d",
        "\u201cIt is a disgrace\u201d - the words of council leader {name} - were met with "
        "silence.",
        "{name}'s message to the council - \u201cit is a disgrace\u201d - was blunt.",
        "\u201cIt is a disgrace.\u201d It was a blunt message from {name}.",
    ],
)
@pytest.mark.parametrize("name", ["Ada Finch", "Maren Lindqvist"])
def test_a_quote_set_beside_someones_verdict_or_words_is_theirs(analyse, beside, name):
    text = "Tom Vail spoke first.\n\n" + beside.format(name=name)
    assert speaker(analyse, text, "is a disgrace") == name
