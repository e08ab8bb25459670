"""Echoes across three articles written for the tests, analysed by the real pipeline: the
minister's words trimmed and re-punctuated are one group; a farmer's words given to someone
else by another outlet are flagged; a different statement sharing words is not an echo."""

import sqlite3

import pytest
from news_articles import ARTICLES, GAZETTE, POST, WIRE

from reader.echoes.groups import Occurrence, groups_from_pairs
from reader.echoes.index import SCHEMA, EchoIndex, QuoteSpan
from reader.sources.dates import parse_day
from reader.sources.identity import resolve_speakers
from reader.sources.records import name_records


@pytest.fixture(scope="module")
def groups(nlp):
    from reader.ingest import article_from_text
    from reader.nlp.pipeline import analyze

    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    index = EchoIndex(conn)
    # Stored in the order they were read, not published: "earliest" must go by date.
    analyses = {
        news.slug: analyze(article_from_text(news.text, kind="text", source=news.slug))
        for news in reversed(ARTICLES)
    }
    for analysis in analyses.values():
        text = analysis.article.text
        index.add_article(
            analysis.id, [QuoteSpan(q.start, q.end, text[q.start : q.end]) for q in analysis.quotes]
        )
    speakers = resolve_speakers(r for a in analyses.values() for r in name_records(a))
    news_of = {analyses[n.slug].id: n for n in ARTICLES}
    by_id = {a.id: a for a in analyses.values()}

    def occurrence(quote_id):
        article_id, start, end = index.quotes([quote_id])[quote_id]
        analysis, news = by_id[article_id], news_of[article_id]
        quote = next(q for q in analysis.quotes if q.start == start)
        speaker = speakers.get((article_id, quote.speaker)) if quote.speaker else None
        return Occurrence(
            article_id, start, end, analysis.article.text[start:end],
            speaker.name if speaker else None, speaker.key if speaker else None,
            news.outlet, news.slug, news.published, parse_day(news.published),
        )  # fmt: skip

    found = groups_from_pairs(((p.a, p.b) for p in index.pairs()), occurrence)
    conn.close()
    return found


def test_two_groups_the_most_echoed_first(groups):
    assert [g.articles for g in groups] == [3, 2]


def test_the_ministers_words_trimmed_and_repunctuated_are_one_group_earliest_first(groups):
    minister = groups[0]
    assert [o.outlet for o in minister.occurrences] == [GAZETTE.outlet, POST.outlet, WIRE.outlet]
    assert minister.quote.startswith("We will not let another summer pass")
    assert minister.first_seen.isoformat() == GAZETTE.published
    assert minister.wording_differs
    assert not minister.speakers_disagree and minister.disagreement() is None
    assert {o.speaker for o in minister.occurrences} == {"Ilse Marrow"}
    trimmed, repunctuated = minister.diffs()
    assert trimmed.endswith(
        "in this valley, [-The reservoir is the answer, and we will build it,-]"
    )
    assert repunctuated == ""  # the same words, other marks


def test_a_misattribution_is_flagged_with_who_says_who(groups):
    farmer = groups[1]
    assert farmer.speakers_disagree and farmer.wording_differs
    assert [o.speaker for o in farmer.occurrences] == ["Tomas Greer", "Ruth Calloway"]
    assert farmer.disagreement() == (
        f"{GAZETTE.outlet} attributes this to Tomas Greer, {WIRE.outlet} to Ruth Calloway"
    )
    assert farmer.diffs() == ["Nobody asked the people who [-actually-] use the water,"]


def test_a_different_statement_sharing_words_is_no_echo(groups):
    texts = [o.text for g in groups for o in g.occurrences]
    assert not any("new dam" in text for text in texts)


def test_json_has_the_documented_fields(groups):
    data = groups[1].to_json()
    assert set(data) == {
        "quote",
        "occurrences",
        "first_seen",
        "speakers_disagree",
        "wording_differs",
    }
    assert set(data["occurrences"][0]) >= {
        "article_id",
        "start",
        "end",
        "speaker",
        "source",
        "published",
    }
    assert data["first_seen"] == GAZETTE.published and data["speakers_disagree"] is True
