"""Where a sentence ends before a quote: searched from the end of a paragraph in steps, it must
find what a scan of the whole paragraph finds, on paragraphs of every length and mix."""

from __future__ import annotations

import random

import pytest

from reader.nlp.quotes.sentence_ends import SENTENCE_END, is_abbreviation, last_sentence_end

PIECES = [
    "The board met. ",
    "Sen. Ines Roe (D-Mo.) said ",
    "at 5 p.m. on Friday ",
    "in Dover, Del. and ",
    "state Del. Jo Roe ",
    "the U.S. plan ",
    "no? ",
    "wait… ",
    'he said." ',
    "word ",
    "a" * 700 + " ",
    "Mr. Roe ",
    "Jan. 5 ",
    "Zoë Ünal. ",
]


def _whole_scan(segment: str) -> int | None:
    last = None
    for match in SENTENCE_END.finditer(segment):
        if not is_abbreviation(segment, match.start()):
            last = match
    return None if last is None else last.end()


@pytest.mark.parametrize("seed", range(40))
def test_the_stepped_search_finds_what_a_whole_scan_finds(seed):
    rng = random.Random(seed)
    segment = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 400)))
    found = last_sentence_end(segment)
    assert (None if found is None else found.end()) == _whole_scan(segment)


def test_an_abbreviation_is_read_from_the_word_before_its_dot_only():
    """A long paragraph before the word changes nothing (the word is found backwards)."""
    for prefix in ["", "x" * 5000 + " ", "Dover, " + "y " * 3000]:
        text = prefix + "Sen. Roe"
        assert is_abbreviation(text, text.index("Sen.") + 3)
    text = "x" * 5000 + " the port of Dover, Del. The ferry"
    assert not is_abbreviation(text, text.index("Del.") + 3)  # a place, which may end a sentence
