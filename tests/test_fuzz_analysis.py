"""Property tests over the whole analysis: random Unicode and quote-mark soup never raise,
every offset stays inside the text, every speaker is one of the article's entities or none."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_hostile_files import assert_offsets_inside

from reader.errors import IngestError

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

SOUP = st.lists(
    st.sampled_from(
        [
            '"',
            "\u201c",
            "\u201d",
            "'",
            "\u2018",
            "\u2019",
            "\u00ab",
            "\u00bb",
            "\u201e",
            " ",
            ", ",
            ".",
            ":",
            "\u2014",
            "\n",
            "\n\n",
            "said",
            "she said",
            "he told reporters",
            "according to",
            "Maria Lopez",
            "Mr Lopez",
            "Lopez",
            "the BBC",
            "Kyiv",
            "We will win",
            "3",
            "40%",
            "Ms",
            "who",
            "it",
        ]
    ),
    max_size=80,
).map("".join)


def analyse_or_skip(analyse, text):
    try:
        return analyse(text)
    except IngestError:
        return None


@FUZZ
@given(st.text(max_size=600))
def test_random_unicode_analysis(analyse, text):
    analysis = analyse_or_skip(analyse, text)
    if analysis is not None:
        assert_offsets_inside(analysis)


@FUZZ
@given(SOUP)
def test_quote_mark_soup(analyse, text):
    analysis = analyse_or_skip(analyse, text)
    if analysis is not None:
        assert_offsets_inside(analysis)
