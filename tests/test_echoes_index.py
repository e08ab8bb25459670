"""The echo index finds exactly the echoes a comparison of every pair would, and forgets them."""

from itertools import combinations

import pytest
from echo_cases import DIFFERENT, GROUPS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    owners=st.lists(st.integers(0, 5), min_size=2, max_size=30),
    links=st.lists(st.tuples(st.integers(0, 29), st.integers(0, 29)), max_size=40),
    article=st.integers(0, 5),
    limit=st.sampled_from([1, 4, 5_000]),
)
def test_one_articles_component_is_every_pair_its_groups_are_made_of(
    index, owners, links, article, limit
):
    """Generated graphs: quotes owned by six articles, pairs between them at random. The pairs
    read for one article are those of the connected sets holding one of its quotes: all of
    them when they fit the limit; past it, no more than it allows, and every pair of each
    quote said to be followed."""
    index.clear()
    ids = []
    for owner in owners:
        cursor = index.conn.execute(
            'insert into echo_quotes (article_id, start, "end", size, hashes, words)'
            " values (?, 0, 1, 3, 1, 'a b c')",
            [f"a{owner}"],
        )
        ids.append(cursor.lastrowid)
    pairs = {(ids[a], ids[b]) for a, b in links if a < len(ids) and b < len(ids) and a < b}
    index.conn.executemany("insert into echo_pairs (a, b, score) values (?, ?, 1)", pairs)
    mine = {q for q, owner in zip(ids, owners, strict=True) if owner == article}
    keep = {q for group in connected(pairs) if mine & set(group) for q in group}
    expected = {(a, b) for a, b in pairs if a in keep}
    found, followed = index.component(f"a{article}", limit)
    read = {(p.a, p.b) for p in found}
    assert read <= expected and len(read) <= 4 * limit
    assert {pair for pair in expected if followed & set(pair)} <= read
    if 2 * len(expected) <= 4 * limit:  # each pair is read once from either end at most
        assert read == expected and followed >= keep


@pytest.mark.parametrize("copies", [30, 120])
def test_a_quote_echoed_past_the_limit_is_read_in_part_and_said_to_be(index, copies):
    """A wire quote copied by many outlets (every copy paired with every other: a clique, the
    most pairs a quote can make): the walk reads no more than the limit allows, and the group
    is marked as known in part; a quote echoed once beside it stays complete."""
    from reader.echoes.groups import Occurrence, groups_from_pairs

    index.clear()

    def quote(article: str) -> int:
        return index.conn.execute(
            'insert into echo_quotes (article_id, start, "end", size, hashes, words)'
            " values (?, 0, 1, 3, 1, 'a b c')",
            [article],
        ).lastrowid

    wire = [quote(f"a{n}") for n in range(copies)]
    twice = [quote("a0"), quote("b1")]
    pairs = [*combinations(wire, 2), tuple(twice)]
    index.conn.executemany("insert into echo_pairs (a, b, score) values (?, ?, 1)", pairs)
    limit = 10
    found, followed = index.component("a0", limit)
    assert len(found) <= 4 * limit < len(pairs)

    def occurrence(quote_id: int) -> Occurrence:
        article = (
            f"a{wire.index(quote_id)}" if quote_id in wire else ("a0", "b1")[twice.index(quote_id)]
        )
        return Occurrence(article, 0, 1, "a b c", None, None, "", None, None, None)

    groups = groups_from_pairs([(p.a, p.b) for p in found], occurrence, followed)
    by_size = sorted(groups, key=lambda g: g.articles)
    assert [(g.articles, g.complete) for g in by_size][0] == (2, True)
    assert not by_size[-1].complete and 2 < by_size[-1].articles <= copies
