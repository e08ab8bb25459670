"""Quotes next to the article's structure: headlines, paragraph breaks, lost breaks.

Every text here is written for these tests.
"""

from __future__ import annotations

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
