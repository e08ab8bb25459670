"""The search behind the library screen (core, no Textual) and its table cells."""

from __future__ import annotations

import pytest
from snapshot_apps.library import fill_library

from reader.search import open_offset, parse_query, search_library
from reader.store import open_library
from reader.tui.cells import match_cell, source_label


@pytest.fixture
def filled(tmp_path):
    analyses = fill_library(tmp_path / "library.db")
    with open_library(tmp_path / "library.db") as library:
        yield library, analyses


def test_query_prefixes():
    assert parse_query("speaker: Vladimir Putin") == ("speaker", "Vladimir Putin")
    assert parse_query("Who:Putin") == ("speaker", "Putin")
    assert parse_query("Entity:Kyiv") == ("entity", "Kyiv")
    assert parse_query("Putin") == ("text", "Putin")
    assert parse_query("speaker:") == ("speaker", "")
    assert parse_query("ratio: 3:1") == ("text", "ratio: 3:1")


def test_every_quote_by_a_speaker_across_the_library(filled):
    library, analyses = filled
    hits = search_library(library, "speaker:okafor")
    assert [(h.kind, h.name) for h in hits] == [("quote", "Maria Okafor")] * 2
    strike = analyses[0]
    assert sorted(h.offset for h in hits) == [q.start for q in strike.quotes]
    assert all(open_offset(library, h) == h.offset for h in hits)


def test_plain_words_find_quotes_then_text(filled):
    library, _ = filled
    assert [h.kind for h in search_library(library, "Putin")] == ["quote", "text"]
    assert search_library(library, "   ") == []
    assert len(search_library(library, "speaker:")) == 5  # every attributed quote
    assert search_library(library, '"unbalanced AND (') == []


def test_entity_hits_open_at_the_first_mention(filled):
    library, analyses = filled
    hits = search_library(library, "entity:Lindqvist")
    assert [(h.kind, h.name, h.label, h.match) for h in hits] == [
        ("entity", "Anna Lindqvist", "PERSON", "2 mentions")
    ]
    talks = analyses[1].article
    assert open_offset(library, hits[0]) == talks.text.index("Anna Lindqvist")


def test_text_hits_open_at_the_first_word(filled):
    library, analyses = filled
    [hit] = search_library(library, "flood barriers")
    flood = analyses[3].article
    assert open_offset(library, hit) == flood.text.index("flood")


def test_source_label_is_a_host_or_a_file_name():
    assert source_label("https://www.example.org/a/b?c=1") == "example.org"
    assert source_label("/news/harbour-strike.md") == "harbour-strike"
    assert source_label("/news/data.json") == "data.json"
    assert source_label("/news/\x1b[31mred.txt") == "␛[31mred"
    assert source_label(None) == ""


def test_match_cell_keeps_the_first_hit_in_view_and_underlines_it():
    snippet = "…" + "words " * 20 + "in Kyiv today."
    cell = match_cell(snippet, "kyiv", 40)
    assert len(cell.plain) <= 40
    start = cell.plain.index("Kyiv")
    assert [(s.start, s.end) for s in cell.spans] == [(start, start + 4)]
    assert match_cell("[bold]x[/]", "", 40).plain == "[bold]x[/]"
