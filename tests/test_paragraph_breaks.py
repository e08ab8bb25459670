"""Paragraph breaks found through the attribute arrays set the sentence starts a plain loop over
the tokens sets, on texts written to put line breaks in every place a tokenizer can leave them."""

from __future__ import annotations

import pytest

from reader.nlp.paragraph_breaks import paragraph_breaks

TEXTS = [
    "Harbour union takes stock\n\nOwen Drask runs the kiosk. He is worried.",
    "\n\nLeading breaks, then words.\nA line.\n",
    "One line\r\nanother line\r\n\r\n  indented after spaces\n \n\tand a tab.",
    "Trailing break only\n",
    "\n",
    "",
    "No break at all in this one.",
    "A word\n\n\n\n“Quoted,” she said.\n- a list\n- of two\n\n3.5% of £20m.\nEnd",
    "Two  spaces\n  \n  then\u00a0a no-break space\n\u2028line separator\nlast",
]


def _loop(doc):
    """The rule as a loop over every token (how it was first written)."""
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
    return doc


@pytest.mark.parametrize("text", TEXTS)
def test_array_breaks_match_the_token_loop(nlp, text):
    expected = [t.is_sent_start for t in _loop(nlp.make_doc(text))]
    assert [t.is_sent_start for t in paragraph_breaks(nlp.make_doc(text))] == expected
