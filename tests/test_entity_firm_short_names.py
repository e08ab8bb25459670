"""A firm named in full and then by its first word ("Kestrel Labs" … "Kestrel said") is one
organisation, unless a person's full name ends with that word. Every text here is written for
these tests."""

from __future__ import annotations

import pytest

FIRMS = ["Kestrel", "Pellow", "Quenby", "Finch", "Roe"]


def _rows(analysis):
    return {
        e.name: (e.label, [analysis.article.text[a:b] for a, b in e.mentions])
        for e in analysis.entities
    }


@pytest.mark.parametrize("firm", FIRMS)
@pytest.mark.parametrize("business", ["Labs", "Technologies", "Industries", "Airways"])
def test_a_firm_s_first_word_that_speaks_is_the_firm(analyse, firm, business):
    analysis = analyse(
        f"{firm} {business} unveiled its winter timetable on Tuesday.\n\n"
        f'"This is our busiest winter yet," {firm} said in a statement.\n'
    )
    rows = _rows(analysis)
    assert rows[f"{firm} {business}"] == ("ORG", [f"{firm} {business}", firm])
    quote = analysis.quotes[0]
    assert quote.speaker == f"{firm} {business}"


@pytest.mark.parametrize("firm", FIRMS)
def test_the_founder_s_surname_stays_the_founder_s(analyse, firm):
    analysis = analyse(
        f"{firm} Industries cut 300 jobs on Monday. Its founder, Tom {firm}, was angry.\n\n"
        f'"The market is weak," {firm} said.\n'
    )
    rows = _rows(analysis)
    assert rows[f"Tom {firm}"][0] == "PERSON"
    assert analysis.quotes[0].speaker == f"Tom {firm}"


@pytest.mark.parametrize(
    ("firm", "line"),
    [
        ("We Company", "We have no choice, staff said. We will strike."),
        ("Alarm Labs", "Alarm bells rang at the quay. The alarm was false."),
    ],
)
def test_a_firm_whose_first_word_is_a_common_word_does_not_own_that_word(analyse, firm, line):
    analysis = analyse(f"{firm} cut 300 jobs on Monday.\n\n{line}\n")
    rows = _rows(analysis)
    assert rows[firm][1] == [firm]


@pytest.mark.parametrize("firm", FIRMS)
@pytest.mark.parametrize("full", ["{firm} Marine Supplies Inc", "{firm} Harbour Holdings Ltd"])
def test_a_registered_firm_s_first_word_is_the_firm(analyse, firm, full):
    name = full.format(firm=firm)
    analysis = analyse(
        f"{name} agreed to buy the ferry yard for $40 million on Monday.\n\n"
        f"{firm} said the deal would close in May. The yard, {firm} added, would stay open.\n"
    )
    rows = _rows(analysis)
    assert rows[name][0] == "ORG"
    assert rows[name][1].count(firm) == 2
