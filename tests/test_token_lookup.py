"""token_indexes finds the same tokens whatever container the wanted values come in."""

from __future__ import annotations

import pytest

from reader.nlp.token_lookup import FEW_VALUES, lower_case_texts, token_indexes

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india"]


@pytest.mark.parametrize("wanted", [WORDS[:2], WORDS])
@pytest.mark.parametrize("container", [list, tuple, set, frozenset])
def test_token_indexes_matches_a_plain_scan(nlp, wanted, container):
    assert len(WORDS) > FEW_VALUES  # both the per-value and the isin branches run
    doc = nlp.make_doc("Alpha met bravo, then India and echo; zulu saw golf and alpha again.")
    expected = [t.i for t in doc if t.lower_ in wanted]
    assert token_indexes(doc, "LOWER", container(wanted)) == expected
    assert expected  # the text holds some of the words


def test_token_indexes_with_values_the_vocab_has_never_seen(nlp):
    doc = nlp.make_doc("Nothing here matches.")
    assert token_indexes(doc, "ORTH", frozenset({"qzxvword", "wqxzword"})) == []
    assert token_indexes(doc, "ORTH", []) == []


def test_lower_case_texts(nlp):
    doc = nlp.make_doc("Said Ann Bell: the plan said nothing, NATO said.")
    assert lower_case_texts(doc) == {"the", "plan", "said", "nothing"}
