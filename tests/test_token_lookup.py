"""token_indexes finds the same tokens whatever container the wanted values come in; is_in
answers as numpy.isin."""

from __future__ import annotations

import numpy
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.nlp.token_lookup import FEW_VALUES, is_in, lower_case_texts, token_indexes

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


HASHES = st.one_of(
    st.integers(0, 2**64 - 1), st.sampled_from([0, 1, 2**63 - 1, 2**63, 2**63 + 1, 2**64 - 1])
)


@given(st.lists(HASHES, max_size=60), st.lists(HASHES, max_size=30))
def test_is_in_answers_as_numpy_isin(column, wanted):
    """Hash-sized values (beyond 2**63 too), repeats, values past either end of the wanted
    ones, and few or many wanted values (both branches)."""
    column = numpy.array(column, dtype=numpy.uint64)
    wanted = numpy.array(wanted, dtype=numpy.uint64)
    expected = numpy.isin(column, wanted)
    assert is_in(column, numpy.unique(wanted)).tolist() == expected.tolist()
