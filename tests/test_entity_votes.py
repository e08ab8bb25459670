"""One name, one type: the vote of its mentions. Spans are labelled by hand, as the model might
read them, so only the rule is tested. Every name here is invented."""

# ruff: noqa: F811  (tests take the imported ``parsed`` fixture as an argument)

from __future__ import annotations

import pytest
from test_entities_rules import spans

from reader.nlp.entities import consistency


def NONE(_):
    return False


def _labels(doc, *marked):
    found = spans(doc, *marked)
    people = consistency.person_words(found, NONE)
    labels = consistency.vote_labels(found, people, NONE)
    return [s.label_ for s in consistency.relabel(found, labels)]


@pytest.mark.parametrize(
    "others", [("ORG", "GPE"), ("ORG",), ("GPE", "ORG"), ("NORP",)], ids=lambda o: "+".join(o)
)
def test_a_one_word_name_read_as_a_person_no_more_often_than_not_is_not_one(parsed, others):
    words = ["Tidewater"] * (2 + len(others))
    doc = parsed(". ".join(f"{w} rose" for w in words) + ".")
    marked = [("Tidewater", "PERSON")] * 2 + [("Tidewater", label) for label in others]
    if len(others) == 1:
        marked = marked[1:]  # PERSON once, the other once
    got = _labels(doc, *marked)
    assert "PERSON" not in got and len(set(got)) == 1
    if "ORG" in others:
        assert got[0] == "ORG"  # a tie goes to the organisation


def test_a_one_word_name_mostly_read_as_a_person_stays_one(parsed):
    doc = parsed("Tidewater rose. Tidewater rose. Tidewater rose.")
    marked = [("Tidewater", "PERSON"), ("Tidewater", "PERSON"), ("Tidewater", "ORG")]
    assert _labels(doc, *marked) == ["PERSON"] * 3


def test_a_surname_of_a_full_name_stays_a_person_however_it_was_read(parsed):
    doc = parsed("Ines Tidewater spoke. Tidewater left. Tidewater rose.")
    marked = [("Ines Tidewater", "PERSON"), ("Tidewater", "PERSON"), ("Tidewater", "ORG")]
    assert _labels(doc, *marked) == ["PERSON"] * 3
