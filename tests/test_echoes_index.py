"""The echo index finds exactly the echoes a comparison of every pair would, and forgets them."""

from itertools import combinations

import pytest
from echo_cases import DIFFERENT, GROUPS

from reader.echoes.groups import connected
from reader.echoes.index import EchoIndex, QuoteSpan, shingles
from reader.echoes.similarity import is_echo
from reader.echoes.words import quote_words


@pytest.fixture
def index(library):
    """The echo tables of a real library (no articles needed: the index keys on their ids)."""
    return EchoIndex(library.conn)


REPEATING = [
    "No, no, no, no, no, no, no.",
    "no no no no no no no no no no",
    "Go, go, go, go, go - go home, go home, go home now.",
    "go go go go go go home go home go home now",
]


def every_quote() -> list[str]:
    quotes = [q for group in GROUPS for q in group] + REPEATING
    return quotes + [q for pair in DIFFERENT for q in pair if q not in quotes]


def test_the_index_finds_every_pair_that_comparing_all_pairs_finds(index):
    quotes = every_quote()
    ids = {}
    for number, text in enumerate(quotes):  # one article per quote
        index.add_article(f"article-{number}", [QuoteSpan(0, len(text), text)])
        ids[number] = index.conn.execute("select max(id) from echo_quotes").fetchone()[0]
    found = {(p.a, p.b) for p in index.pairs()}
    expected = {
        (ids[i], ids[j])
        for i, j in combinations(range(len(quotes)), 2)
        if is_echo(quote_words(quotes[i]), quote_words(quotes[j]))
    }
    assert found == expected
    assert len(found) >= 60


def test_quotes_of_one_article_are_not_echoes_of_each_other(index):
    text = "The harbour will stay open all winter, whatever the board decides."
    pairs = index.add_article("a1", [QuoteSpan(0, 10, text), QuoteSpan(20, 30, text)])
    assert pairs == [] and index.pairs() == []


def test_readding_an_article_replaces_its_quotes_and_removing_it_forgets_them(index):
    text = "The harbour will stay open all winter, whatever the board decides."
    index.add_article("a1", [QuoteSpan(0, 60, text)])
    assert (
        len(index.add_article("a2", [QuoteSpan(5, 40, "the harbour will stay open all winter")]))
        == 1
    )
    index.add_article("a2", [QuoteSpan(5, 40, "the harbour will stay open all winter")])
    assert len(index.pairs()) == 1
    assert len(index.pairs("a1")) == 1 and index.pairs("nothing") == []
    index.remove_article("a1")
    assert index.pairs() == []
    left = index.conn.execute("select count(*) from echo_shingles").fetchone()[0]
    assert left == len(shingles(quote_words("the harbour will stay open all winter")))


def test_quotes_too_short_to_echo_are_not_indexed(index):
    assert index.add_article("a1", [QuoteSpan(0, 9, "fake news")]) == []
    assert index.conn.execute("select count(*) from echo_quotes").fetchone()[0] == 0


def test_connected_joins_chains_into_one_group():
    assert connected([(1, 2), (3, 4), (2, 5), (9, 4)]) == [[1, 2, 5], [3, 4, 9]]
