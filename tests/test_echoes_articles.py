"""Echoes across three articles written for the tests, analysed by the real pipeline: the
minister's words trimmed and re-punctuated are one group; a farmer's words given to someone
else by another outlet are flagged; a different statement sharing words is not an echo."""

import pytest
from news_articles import GAZETTE, POST, WIRE
from news_library import build_news_library, site

from reader.echoes.library import echo_groups


@pytest.fixture(scope="module")
def library_path(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("echoes") / "library.db"
    build_news_library(path)  # saving each analysis indexes its quotes
    return path


@pytest.fixture(scope="module")
def groups(library_path):
    from reader.store import open_library

    with open_library(library_path) as library:
        return echo_groups(library)


def test_two_groups_the_most_echoed_first(groups):
    assert [g.articles for g in groups] == [3, 2]


def test_the_ministers_words_trimmed_and_repunctuated_are_one_group_earliest_first(groups):
    minister = groups[0]
    assert [o.outlet for o in minister.occurrences] == [site(GAZETTE), site(POST), site(WIRE)]
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
        f"{site(GAZETTE)} attributes this to Tomas Greer, {site(WIRE)} to Ruth Calloway"
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


def test_the_groups_of_one_article(library_path, groups):
    from reader.store import open_library

    with open_library(library_path) as library:
        post = next(a for a in library.article_ids() if "Minister" in library.article(a).title)
        mine = echo_groups(library, post)
    assert [g.quote for g in mine] == [groups[0].quote]  # the farmer's words are not in it


def test_deleting_an_article_takes_its_echoes_with_it(tmp_path, nlp):
    from reader.store import open_library

    ids = build_news_library(tmp_path / "library.db")
    with open_library(tmp_path / "library.db") as library:
        library.delete_article(ids[GAZETTE.slug])
        left = echo_groups(library)
    assert [g.articles for g in left] == [2]  # the minister's words, in the other two
