"""``reader sources`` over a real library: the hand-counted numbers in each format."""

import csv
import io
import json

import pytest
from click.testing import CliRunner
from news_articles import GAZETTE, POST
from news_library import build_news_library, site

from reader.cli import cli


@pytest.fixture(scope="module")
def db(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("sources") / "library.db"
    build_news_library(path)
    return str(path)


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["sources", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_table_lists_the_most_quoted_first_with_the_shares(db):
    out = run("--db", db).splitlines()
    assert out[0].split() == ["speaker", "kind", "quotes", "words", "articles", "outlets",
                              "first", "last"]  # fmt: skip
    assert out[2].split() == ["Ilse", "Marrow", "person", "4", "71", "3", "3", "2026-03-02",
                              "2026-03-05"]  # fmt: skip
    assert "9 quotes in 3 articles: named people 78%, organisations 11%, unnamed 11%" in out


def test_json_by_outlet_and_dates(db):
    data = json.loads(run("--db", db, "--format", "json", "--outlet", site(POST)))
    assert data["total"] == {
        "articles": 1,
        "quotes": 2,
        "person_share": 1.0,
        "organisation_share": 0.0,
        "unnamed_share": 0.0,
    }
    assert [s["speaker"] for s in data["speakers"]] == ["Ilse Marrow", "Daniel Greer"]
    since = json.loads(run("--db", db, "--format", "json", "--since", "2026-03-03"))
    assert since["total"]["quotes"] == 5
    until = json.loads(run("--db", db, "--format", "json", "--until", "2 March 2026"))
    assert list(until["outlets"]) == [site(GAZETTE)]


def test_csv_has_one_row_per_speaker(db):
    rows = list(csv.DictReader(io.StringIO(run("--db", db, "--format", "csv"))))
    assert len(rows) == 6
    assert rows[0]["speaker"] == "Ilse Marrow" and rows[0]["words"] == "71"
    assert rows[0]["outlets"].count(";") == 2


def test_tag_filter_uses_highlight_tags(db):
    from reader.store import open_library

    with open_library(db) as library:
        article = next(
            a for a in map(library.article, library.article_ids()) if "Minister" in a.title
        )
        library.add_highlight(article, 0, 10, tags=["reservoir"])
    data = json.loads(run("--db", db, "--format", "json", "--tag", "reservoir"))
    assert data["total"]["articles"] == 1 and data["total"]["quotes"] == 2


def test_a_bad_date_is_one_line():
    result = CliRunner().invoke(cli, ["sources", "--since", "soon"])
    assert result.exit_code == 2
    assert "not a date: 'soon' (use YYYY-MM-DD)" in result.output


def test_an_empty_library_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["sources", "--db", str(tmp_path / "new.db")])
    assert result.exit_code == 0 and "no quotes in the chosen articles" in result.output
