"""Quotes next to the article's structure: headlines, paragraph breaks, lost breaks.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import speaker


def test_the_line_after_a_headline_starts_its_own_sentence(analyse):
    text = (
        "Harbour union takes stock\n\n"
        'Marta Quillon has told dock workers she is "confident" of a deal by Friday.'
    )
    assert speaker(analyse, text, "confident") == "Marta Quillon"


def test_paragraph_breaks_are_sentence_starts(nlp):
    doc = nlp("Harbour union takes stock\n\nOwen Drask runs the kiosk. He is worried.")
    owen = next(token for token in doc if token.text == "Owen")
    assert owen.is_sent_start
    assert owen.head.i >= owen.i  # not the object of "takes" in the headline


def test_a_colon_cue_holds_when_the_next_sentence_reports_someone_else(analyse):
    text = (
        'Ada Brenn said: "We will rebuild the pier by spring." Tomas Kell said the rebuild '
        "would take years."
    )
    assert speaker(analyse, text, "rebuild the pier") == "Ada Brenn"


def test_a_cue_ending_in_a_colon_introduces_the_next_quote_not_the_last(analyse):
    text = (
        "Ada Brenn said the pier would reopen in May. "
        '"We will rebuild it stone by stone." Tomas Kell, the harbour master, said: '
        '"Not this year, we won\'t."'
    )
    assert speaker(analyse, text, "stone by stone") == "Ada Brenn"
    assert speaker(analyse, text, "Not this year") == "Tomas Kell"


def test_a_new_sentence_after_a_full_stop_is_not_the_cue(analyse):
    text = (
        'Ada Brenn said: "The boats are ready." "The crew is ready too." Tomas Kell said '
        "the crew had not been paid since March."
    )
    assert speaker(analyse, text, "crew is ready too") == "Ada Brenn"


def test_a_quote_cut_by_a_lost_paragraph_break_keeps_its_speaker(analyse):
    text = (
        '"The harbour has never looked better," said Ada Brenn, the harbour master.\n\n'
        '"The boats are ready. The crew is ready. "But the weather is against us."\n\n'
        "The ferry company said it would decide on Friday."
    )
    assert speaker(analyse, text, "weather is against") == "Ada Brenn"


def test_the_cue_after_the_second_part_serves_the_first(analyse):
    text = (
        "The ferry company said it would decide on Friday.\n\n"
        '"The pier is gone. "We start again on Monday," said Ada Brenn.'
    )
    assert speaker(analyse, text, "pier is gone") == "Ada Brenn"


def test_a_question_set_off_by_spaced_hyphens_is_a_whole_quote(analyse):
    text = (
        'Ada Brenn lamented the delays - "why must we wait so long for a pier?" - while '
        "ferry passengers said they were unbothered."
    )
    assert speaker(analyse, text, "why must we wait") == "Ada Brenn"


def test_a_quote_credited_on_the_next_line_with_a_dash(analyse):
    text = (
        "Volunteers said the clean-up would take all summer.\n\n"
        '"You cannot sweep a river. You can only wait for it to leave."\n'
        "— Wilhelmina Crane, river warden, Eastwater Trust"
    )
    assert speaker(analyse, text, "sweep a river") == "Wilhelmina Crane"


@pytest.mark.parametrize("verb", ["pressed", "asked", "challenged", "grilled"])
def test_a_quote_only_paragraph_after_a_question_is_the_answer_of_the_one_asked(analyse, verb):
    text = (
        f"Margaret Quellington {verb} Benjamin Odum on the ferry contract, pointing to the "
        'missing invoices. "Who signed it off, and why was the board never told?" she said.\n\n'
        '"Well, the harbour master signed it, and the board had every paper it asked for."'
    )
    assert speaker(analyse, text, "harbour master signed") == "Benjamin Odum"


def test_a_quote_only_paragraph_after_a_statement_still_continues_its_speaker(analyse):
    text = (
        "Margaret Quellington praised Benjamin Odum for the harbour deal on Monday. "
        '"It was a fine piece of work," she said.\n\n'
        '"We should all be grateful for the new berths."'
    )
    assert speaker(analyse, text, "grateful") == "Margaret Quellington"
