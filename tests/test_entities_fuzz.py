"""Odd article text never breaks the entity and figure components, and offsets stay valid."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PIECES = [
    "Vladimir Putin",
    "Mr Putin's",
    "PUTIN",
    "the IMF",
    "International Monetary Fund (IMF)",
    " in Kyiv",
    " and ",
    ", ",
    "\n",
    "\n\n",
    "LONDON (Reuters) - ",
    "Photo: GETTY",
    "£64.6 billion",
    "$2.3bn",
    "more than 19 per cent",
    "600,000 troops",
    "5-2",
    "28/11/2025",
    " said ",
    "“",
    "”",
    "'",
    "(",
    ")",
    " - ",
    "The North",
    "Smith",
    "Bob Smith",
    "€400m.",
    "\u202e",
    "\t",
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25))
def test_components_survive_and_offsets_hold(nlp, pieces):
    from reader.nlp.pipeline import _parse

    text = "".join(pieces)
    doc = _parse(nlp, text, None)
    for entity in doc._.reader_entities:
        assert entity.mentions == sorted(entity.mentions)
        for start, end in entity.mentions:
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]
    for figure in doc._.reader_figures:
        assert text[figure.start : figure.end] == figure.text
        assert figure.sentence[0] <= figure.start < figure.end <= figure.sentence[1]
        assert figure.kind in {"count", "money", "percent", "date", "ordinal", "quantity", "time"}
