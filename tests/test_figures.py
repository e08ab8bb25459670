"""Figures: numbers with what they count, typed, valued, with their sentence."""

from __future__ import annotations

import pytest

from reader.nlp.numbers import currency_of, parse_value

ARTICLE = (
    "Russia has massed 600,000 troops near the border. Prices rose by more than 19 per cent "
    "in 34 countries.\n\n"
    "The deal is worth £64.6 billion, or $2.3bn a year. Sales fell 3.5 percentage points "
    "to €400m. About 1,200 people died on 3 March 2022. She ran 5 km in two days."
)


@pytest.fixture(scope="module")
def figures(nlp):
    from reader.nlp.pipeline import _parse

    return _parse(nlp, ARTICLE, None)._.reader_figures


def _by_text(figures, text):
    found = [f for f in figures if f.text == text]
    assert found, f"no figure {text!r} in {[f.text for f in figures]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("600,000 troops", "count", 600000, "troops"),
        ("more than 19 per cent", "percent", 19, "per cent"),
        ("34 countries", "count", 34, "countries"),
        ("£64.6 billion", "money", 64.6e9, "GBP"),
        ("$2.3bn", "money", 2.3e9, "USD"),
        ("3.5 percentage points", "percent", 3.5, "percentage points"),
        ("About 1,200 people", "count", 1200, "people"),
        ("5 km", "quantity", 5, "km"),
        ("3 March 2022", "date", 2022, None),
    ],
)
def test_figure(figures, text, kind, value, unit):
    figure = _by_text(figures, text)
    assert (figure.kind, figure.value, figure.unit) == (kind, pytest.approx(value), unit)
    assert ARTICLE[figure.start : figure.end] == text


def test_money_the_model_missed_is_read(figures):
    euros = [f for f in figures if f.text.startswith("€400")]
    assert euros and euros[0].kind == "money"
    assert euros[0].value == pytest.approx(400e6) and euros[0].unit == "EUR"


def test_each_figure_carries_its_sentence(figures):
    troops = _by_text(figures, "600,000 troops")
    assert ARTICLE[slice(*troops.sentence)] == "Russia has massed 600,000 troops near the border."
    for figure in figures:
        start, end = figure.sentence
        assert start <= figure.start < figure.end <= end


def test_figures_are_in_text_order_and_do_not_overlap(figures):
    for a, b in zip(figures, figures[1:], strict=False):
        assert a.end <= b.start


def test_bare_number_the_model_left_alone_is_a_count(nlp):
    from reader.nlp.pipeline import _parse

    text = "After bowling Dorset out for 94 in the first session, the hosts batted."
    found = _parse(nlp, text, None)._.reader_figures
    assert [(f.text, f.kind, f.value) for f in found if "94" in f.text] == [("94", "count", 94)]


def test_figures_reach_the_analysis(analyse):
    analysis = analyse("The army sent 4,000 soldiers to the border on Monday.")
    assert [(f.text, f.kind, f.unit) for f in analysis.figures] == [
        ("4,000 soldiers", "count", "soldiers")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("600,000", 600000),
        ("£64.6 billion", 64.6e9),
        ("$2.3bn", 2.3e9),
        ("€400m", 400e6),
        ("15 million pounds", 15e6),
        ("twenty-five", 25),
        ("three million", 3e6),
        ("half", 0.5),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("a quarter", 0.25),
        ("104th", 104),
        ("third", 3),
        ("no number", None),
    ],
)
def test_parse_value(text, value):
    assert parse_value(text) == (value if value is None else pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("£5", "GBP"),
        ("$5", "USD"),
        ("US$5", "USD"),
        ("HK$5", "HKD"),
        ("€5", "EUR"),
        ("5 pounds sterling", "GBP"),
        ("5 euros", "EUR"),
        ("EUR 5", "EUR"),
        ("5", None),
    ],
)
def test_currency_of(text, code):
    assert currency_of(text) == code


def test_numeric_dates_are_dates(nlp):
    from reader.nlp.pipeline import _parse

    text = "Published 28/11/2025 by the desk. The summit opened on 2025-11-30 in Geneva."
    found = _parse(nlp, text, None)._.reader_figures
    dates = [(f.text, f.kind, f.value) for f in found if f.kind == "date"]
    assert ("28/11/2025", "date", 2025) in dates
    assert ("2025-11-30", "date", 2025) in dates


def test_per_cent_is_a_percentage_whatever_the_model_says(analyse):
    analysis = analyse("The union said 87 per cent of members backed the strike on Monday.")
    assert [(f.text, f.kind, f.unit) for f in analysis.figures] == [
        ("87 per cent", "percent", "per cent of members")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7/32", 7 / 32),
        ("1-1/2 years", 1.5),
        ("over 2-3/4 miles", 2.75),
        ("4 1/2", 4.5),
        ("2½ hours", 2.5),
        ("¾", 0.75),
        ("9/11", 9),  # no fraction: a name
        ("24/7", 24),
        ("28/11/2025", 28),
    ],
)
def test_fractions_have_their_value(text, value):
    assert parse_value(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The bond fell 5/32 on Friday.", ("5/32", "count", 5 / 32, None)),
        ("The note rose 2-1/2 points.", ("2-1/2 points", "count", 2.5, "points")),
        ("The repairs took 3½ hours.", ("3½ hours", "quantity", 3.5, "hours")),
        (
            "Rebels hold more than 23 per cent of Norland.",
            ("more than 23 per cent", "percent", 23, "per cent of Norland"),
        ),
        (
            "Nearly 30 per cent of the health budget is spent.",
            ("Nearly 30 per cent", "percent", 30, "per cent of health budget"),
        ),
        ("Turnout rose to 64 per cent on Monday.", ("64 per cent", "percent", 64, "per cent")),
        (
            "We survived floods and two changes of owner, he said.",
            ("two changes", "count", 2, "changes"),
        ),
    ],
)
def test_what_a_figure_counts(analyse, text, figure):
    found = [(f.text, f.kind, f.value, f.unit) for f in analyse(text).figures]
    assert found == [(*figure[:2], pytest.approx(figure[2]), figure[3])]


@pytest.mark.parametrize(
    "text",
    [
        "Phase 2 of the scheme begins next spring.",
        "Ministers invoked Article 7 of the treaty.",
        "The airline grounded its Skyliner 320 jets.",
        "Trials are one thing; supply is another.",
        "Only one of the bridges was open.",
    ],
)
def test_labels_and_the_word_one_are_not_figures(analyse, text):
    assert [f.text for f in analyse(text).figures] == []


@pytest.mark.parametrize("rank", ["first", "second", "third", "fifth", "tenth"])
@pytest.mark.parametrize(
    "sentence",
    [
        "The {rank} round of talks opened in Geneva on Monday.",
        "It was her {rank} visit to the coast since the storm.",
        "He finished {rank} in the regional final.",
    ],
)
def test_a_rank_in_words_is_not_a_figure(nlp, rank, sentence):
    from reader.nlp.pipeline import _parse

    figures = _parse(nlp, sentence.format(rank=rank), None)._.reader_figures
    assert [f.text for f in figures if rank in f.text] == []


@pytest.mark.parametrize(
    ("words", "value"),
    [("a third", 1 / 3), ("a fifth", 0.2), ("two thirds", 2 / 3), ("one tenth", 0.1)],
)
def test_a_fraction_in_words_is_one_figure_with_its_value(nlp, words, value):
    from reader.nlp.pipeline import _parse

    text = f"Deaths among young children fell by {words} in the trial districts last year."
    figures = [f for f in _parse(nlp, text, None)._.reader_figures if words in f.text]
    assert figures, f"no figure for {words!r}"
    assert figures[0].value == pytest.approx(value)


@pytest.mark.parametrize("name", ["Vladimir Putin", "Angela Merkel", "Ruth Okafor"])
@pytest.mark.parametrize("figure", ["600,000 troops", "34 countries", "1,200 people"])
def test_a_figure_never_runs_into_the_next_sentence(nlp, name, figure):
    from reader.nlp.pipeline import _parse

    glued = f"{name}\n{figure}{name}"  # text pasted without a space: the parse spans both
    for found in _parse(nlp, glued, None)._.reader_figures:
        assert found.sentence[0] <= found.start < found.end <= found.sentence[1], found


@pytest.mark.parametrize("before", ["Bob Smith", "The North said", "600,000 troops"])
@pytest.mark.parametrize("money", ["€400m.", "£2bn.", "$35m."])
@pytest.mark.parametrize("after", ["the fund", "the IMF", "Ruth Okafor"])
def test_money_glued_to_the_next_sentence_stays_in_its_own(nlp, before, money, after):
    """A currency sign the parse splits off as a sentence of its own, before an amount glued to
    the next sentence's first word ("€400m.the"), must not make a figure across the break."""
    from reader.nlp.pipeline import _parse

    glued = f"{before}\n{money}{after}"
    for found in _parse(nlp, glued, None)._.reader_figures:
        assert found.sentence[0] <= found.start < found.end <= found.sentence[1], found


@pytest.mark.parametrize("rank", ["second", "third", "seventh", "tenth"])
@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor won a {rank} term in the spring.",
        "Shares rose for a {rank} straight session on Tuesday.",
        "Exports fell for a {rank} consecutive month.",
    ],
)
def test_a_rank_after_a_is_no_fraction(nlp, rank, sentence):
    """ "a seventh straight session" ranks the session; "a seventh of the budget" is 1/7."""
    from reader.nlp.pipeline import _parse

    figures = _parse(nlp, sentence.format(rank=rank), None)._.reader_figures
    assert [f.text for f in figures if rank in f.text] == []


@pytest.mark.parametrize(
    "text",
    [
        "The H&C 300 index was little changed on Tuesday.",
        "Harbour crude HOc1 fell to $41.20 per barrel.",
        "Calder gas NGc2 was last at $3.15 a unit.",
    ],
)
def test_index_names_and_market_codes_are_not_counts(analyse, text):
    assert [f.kind for f in analyse(text).figures] in ([], ["money"])


@pytest.mark.parametrize(
    ("words", "whole"),
    [("Two thirds", "seats"), ("A third", "voters"), ("Four fifths", "ferry crossings")],
)
def test_a_fraction_counts_what_it_is_a_share_of(analyse, words, whole):
    text = f"{words} of the {whole} went unused last winter.\n"
    found = [f for f in analyse(text).figures if f.text.startswith(words)]
    assert found and found[0].unit == whole


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("One in five children lives near the harbour.", "One in five children", 0.2, "children"),
        ("Nearly 1 in 4 adults use the ferry.", "Nearly 1 in 4 adults", 0.25, "adults"),
        ("One in every ten homes is empty.", "One in every ten homes", 0.1, "homes"),
        (
            "About 6 in 10 registered voters backed it.",
            "About 6 in 10 registered voters",
            0.6,
            "voters",
        ),
        ("More than 4 in 10 said the ferry was late.", "More than 4 in 10", 0.4, None),
        ("Two in three traders agreed.", "Two in three traders", 2 / 3, "traders"),
    ],
)
def test_one_in_five_is_a_share_of_what_it_counts(nlp, sentence, text, value, unit):
    from reader.nlp.pipeline import _parse

    found = _parse(nlp, f"Harbour survey\n\n{sentence}\n", None)._.reader_figures
    assert [(f.text, f.unit) for f in found] == [(text, unit)]
    assert found[0].value == pytest.approx(value)


def test_a_number_in_some_minutes_is_not_a_ratio(nlp):
    from reader.nlp.pipeline import _parse

    found = _parse(nlp, "Cup tie\n\nThey scored 3 in 5 minutes.\n", None)._.reader_figures
    assert [f.text for f in found] == ["3", "5 minutes"]


@pytest.mark.parametrize("name", ["Meridian One", "Tidewater One", "Cobalt One"])
def test_a_number_word_ending_a_name_is_no_numerator(nlp, name):
    from reader.nlp.pipeline import _parse

    text = f"Harbour deals\n\nThe port took control of {name} in three separate deals.\n"
    found = _parse(nlp, text, None)._.reader_figures
    assert [(f.text, f.value) for f in found] == [("three separate deals", 3.0)]


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "The yard employs 300 people, and 40 per cent of them live here.",
            "40 per cent",
            "per cent",
        ),
        ("The ferry carries 9,000 passengers; half of them are tourists.", "half", None),
        ("Six boats sailed, and two thirds of them came back late.", "two thirds", None),
    ],
)
def test_a_share_of_a_pronoun_counts_no_them(analyse, text, figure, unit):
    found = {f.text: f.unit for f in analyse(text).figures}
    assert found[figure] == unit, found
