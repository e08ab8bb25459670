"""Sources numbers from the real analysis of three articles, checked against a hand count."""

from datetime import date

import pytest
from news_articles import ARTICLES, GAZETTE, POST, WIRE

from reader.sources.dates import article_day, parse_day
from reader.sources.identity import resolve_speakers
from reader.sources.records import name_records, quote_records
from reader.sources.report import ArticleInfo, Filters, sources_report, word_count

TAGS = {GAZETTE.slug: {"water"}, POST.slug: {"water", "visits"}, WIRE.slug: set()}


@pytest.fixture(scope="module")
def corpus(nlp):
    from reader.ingest import article_from_text
    from reader.nlp.pipeline import analyze

    infos, names, quotes = [], [], []
    for news in ARTICLES:
        analysis = analyze(article_from_text(news.text, kind="text", source=news.slug))
        infos.append(
            ArticleInfo(
                analysis.id, news.outlet, parse_day(news.published), frozenset(TAGS[news.slug])
            )
        )
        names += name_records(analysis)
        quotes += quote_records(analysis)
    return infos, quotes, resolve_speakers(names)


def rows(report):
    return {
        r.name: (r.kind, r.quotes, r.words, len(r.articles), sorted(r.outlets), r.first, r.last)
        for r in report.speakers
    }


D2, D3, D5 = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 5)
GAZ, POS, WIR = "Harbour Gazette", "Valley Post", "North Wire"

# Counted by hand from tests/news_articles.py: the minister's four quotes have 23, 13, 23 and 12
# words ("We will not let another summer pass with empty taps in this valley" is 13).
HAND_COUNT = {
    "Ilse Marrow": ("person", 4, 71, 3, sorted([GAZ, POS, WIR]), D2, D5),
    "Tomas Greer": ("person", 1, 9, 1, [GAZ], D2, D2),
    "Daniel Greer": ("person", 1, 9, 1, [POS], D3, D3),
    "Ruth Calloway": ("person", 1, 8, 1, [WIR], D5, D5),
    "Ashby Farmers Union": ("organisation", 1, 6, 1, [GAZ], D2, D2),
    "unnamed sources": ("unnamed", 1, 7, 1, [GAZ], D2, D2),
}


def test_every_speaker_row_matches_the_hand_count(corpus):
    report = sources_report(*corpus)
    assert rows(report) == HAND_COUNT
    assert report.speakers[0].name == "Ilse Marrow"


def test_shares_per_library_outlet_and_day_match_the_hand_count(corpus):
    report = sources_report(*corpus)
    assert (report.total.quotes, len(report.total.articles)) == (9, 3)
    assert [round(report.total.share(k), 3) for k in ("person", "organisation", "unnamed")] == [
        round(7 / 9, 3),
        round(1 / 9, 3),
        round(1 / 9, 3),
    ]
    assert {name: (s.quotes, dict(s.counts)) for name, s in report.outlets.items()} == {
        GAZ: (4, {"person": 2, "organisation": 1, "unnamed": 1}),
        POS: (2, {"person": 2}),
        WIR: (3, {"person": 3}),
    }
    assert report.per_day == [(D2, 4), (D3, 2), (D5, 3)]


def test_filters_choose_articles_by_outlet_dates_and_tag(corpus):
    by_outlet = rows(sources_report(*corpus, Filters(outlet="valley POST")))
    assert by_outlet == {
        "Ilse Marrow": ("person", 1, 13, 1, [POS], D3, D3),
        "Daniel Greer": ("person", 1, 9, 1, [POS], D3, D3),
    }
    since = rows(sources_report(*corpus, Filters(since=D3)))
    assert since["Ilse Marrow"] == ("person", 3, 48, 2, sorted([POS, WIR]), D3, D5)
    assert "Tomas Greer" not in since
    until = rows(sources_report(*corpus, Filters(until=D2)))
    assert set(until) == {"Ilse Marrow", "Tomas Greer", "Ashby Farmers Union", "unnamed sources"}
    tagged = sources_report(*corpus, Filters(tag="water"))
    assert (tagged.total.quotes, len(tagged.total.articles)) == (6, 2)
    assert sources_report(*corpus, Filters(tag="nothing")).speakers == []


def test_json_rows_carry_the_documented_fields(corpus):
    data = sources_report(*corpus).to_json()
    assert data["speakers"][0] == {
        "speaker": "Ilse Marrow",
        "kind": "person",
        "quotes": 4,
        "words": 71,
        "articles": 3,
        "outlets": sorted([GAZ, POS, WIR]),
        "first": "2026-03-02",
        "last": "2026-03-05",
    }
    assert data["total"]["person_share"] == round(7 / 9, 4)


def test_word_count_counts_words_not_marks():
    assert word_count("We will not — and can't — wait, ever.") == 7


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-03-02", date(2026, 3, 2)),
        ("2026-03-02T23:10:00Z", date(2026, 3, 2)),
        ("Mon, 02 Mar 2026 10:00:00 GMT", date(2026, 3, 2)),
        ("2 March 2026", date(2026, 3, 2)),
        ("March 2, 2026", date(2026, 3, 2)),
        ("yesterday", None),
        ("12", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_day(text, day):
    assert parse_day(text) == day


def test_an_article_without_a_date_takes_the_day_it_was_added():
    assert article_day(None, "2026-04-01T10:00:00.000+00:00") == date(2026, 4, 1)
