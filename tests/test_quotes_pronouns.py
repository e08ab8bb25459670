"""Who "he" and "she" are when a quote's cue is a pronoun.

Every text here is written for these tests.
"""

from __future__ import annotations

from quote_helpers import quote_with, speaker


def test_he_after_a_quote_is_the_main_subject_not_a_name_inside_the_clause(analyse):
    text = (
        "Mr Corwin Abt chairs the harbour board.\n\n"
        'But board member Mr Dennis Faraday said he was "astonished" Mr Abt was still '
        'in charge. "We were told he was leaving in the spring," he said.'
    )
    assert speaker(analyse, text, "leaving in the spring") == "Dennis Faraday"


def test_he_after_a_passive_main_clause(analyse):
    text = (
        "Mr Corwin Abt quit the harbour board in May.\n\n"
        "On Monday Mr Lionel Faraday was asked why Mr Abt had been allowed to resign. "
        'He replied: "He decided it was time to move on."'
    )
    assert speaker(analyse, text, "time to move on") == "Lionel Faraday"


def test_he_in_the_next_paragraph_is_the_last_main_subject(analyse):
    text = (
        "Sir Ambrose Kell, who chairs the ferry committee, said that when Mr Corwin Abt "
        'had announced the fare rise, he got the "clear impression" it was temporary.\n\n'
        'He added his committee was "duty bound" to review it.'
    )
    assert speaker(analyse, text, "duty bound") == "Ambrose Kell"


def test_inside_one_sentence_he_is_the_nearer_subject(analyse):
    text = (
        'Retired admiral Petra Lund said Mr Osric Venn was "quite right" when he said '
        'on Tuesday that "the fleet has been neglected for a decade."'
    )
    assert speaker(analyse, text, "fleet has been neglected") == "Osric Venn"


def test_she_after_an_unnamed_spokeswoman_names_nobody(analyse):
    text = (
        'Mr Tarquin Bellweather, the ferry minister, said: "The timetable stands."\n\n'
        "A spokeswoman for the Kestrel Passengers Union said the timetable was unfair. "
        'She added: "Nobody asked the people who use the ferry."'
    )
    quote = quote_with(analyse, text, "Nobody asked")
    assert quote.speaker is None
    assert quote.speaker_text == "She"
    assert "not named" in quote.reason


def test_he_after_an_unnamed_spokesman_names_nobody(analyse):
    text = (
        'Mr Osbert Fenwick said: "We will appeal."\n\n'
        "A harbour spokesman later said the appeal would fail. "
        '"The board has already voted," he said.'
    )
    assert speaker(analyse, text, "already voted") is None


def test_he_and_she_as_surnames_are_not_pronouns(analyse):
    text = (
        'Mr Corwin Abt, the port director, said the levy was "fair".\n\n'
        'He Jianxiong, a former harbour official, said the levy was "a tax on every '
        'fisherman". Mr Abt disagreed with him. "Nobody asked the boats," Mr He said.\n\n'
        'She Meiling, who runs the fish market, said: "We will pay twice."'
    )
    assert speaker(analyse, text, "Nobody asked the boats") == "He Jianxiong"
    assert speaker(analyse, text, "pay twice") == "She Meiling"
    assert speaker(analyse, text, "tax on every") == "He Jianxiong"
