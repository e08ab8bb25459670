"""``reader echoes`` over a real library of the three test articles."""

import json

import pytest
from click.testing import CliRunner
from news_articles import GAZETTE, WIRE
from news_library import build_news_library, site

from reader.cli import cli


@pytest.fixture(scope="module")
def db(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("echoes-cli") / "library.db"
    build_news_library(path)
    return str(path)


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["echoes", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_json_groups_have_the_documented_fields(db):
    groups = json.loads(run("--db", db, "--format", "json"))
    assert [len(g["occurrences"]) for g in groups] == [3, 2]
    farmer = groups[1]
    assert farmer["speakers_disagree"] is True and farmer["wording_differs"] is True
    assert farmer["first_seen"] == GAZETTE.published
    first = farmer["occurrences"][0]
    assert set(first) >= {"article_id", "start", "end", "speaker", "source", "published"}
    assert first["speaker"] == "Tomas Greer" and first["source"].endswith(GAZETTE.slug)


def test_table_shows_each_group_with_its_disagreement_and_diffs(db):
    out = run("--db", db)
    assert f"! {site(GAZETTE)} attributes this to Tomas Greer, {site(WIRE)} to Ruth Calloway" in out
    assert "first seen 2026-03-02, in 3 articles (wording differs)" in out
    assert "[-actually-]" in out


def test_a_library_from_before_the_echo_index_is_indexed_first(tmp_path, nlp):
    from reader.echoes.index import EchoIndex
    from reader.store import open_library

    path = tmp_path / "library.db"
    build_news_library(path)
    with open_library(path) as library, library.transaction():
        EchoIndex(library.conn).clear()  # as a library migrated from before m005 has it
    groups = json.loads(run("--db", str(path), "--format", "json"))
    assert [len(g["occurrences"]) for g in groups] == [3, 2]


def test_no_echoes_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["echoes", "--db", str(tmp_path / "new.db")])
    assert result.exit_code == 0
    assert "no quote appears in more than one article" in result.output
