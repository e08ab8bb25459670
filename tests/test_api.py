"""The Python API: reader.read / analyze / analyze_many / Library."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES
from test_startup import HEAVY, imported_after

import reader
from reader.errors import IngestError, ReaderError

STORY = '"We will not move," said Amira Khalid, the union leader, in Calderbay.\n'


def test_import_reader_and_its_api_names_import_nothing_heavy():
    loaded = imported_after("import reader\nreader.read, reader.analyze, reader.Library")
    assert loaded.isdisjoint(HEAVY + ("textual", "sqlite_utils", "warcio", "pyarrow", "dask"))


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError):
        reader.no_such_thing  # noqa: B018


def test_read_takes_paths_urls_and_text():
    path = SAMPLES / "harbour-strike.md"
    assert reader.read(path) == reader.read(str(path))
    assert reader.read(str(path)).extractor == "markdown"
    text = reader.read(STORY)
    assert text.text == STORY and text.source == "<text>"
    assert reader.read("Two words").text == "Two words"  # no such file, no article suffix


def test_read_reports_a_missing_file_in_one_line(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        reader.read(str(tmp_path / "gone.txt"))


def test_analyze_takes_text_or_an_article(nlp):
    by_text = reader.analyze(STORY)
    by_article = reader.analyze(reader.read(STORY))
    assert by_text.to_json() == by_article.to_json()
    assert [q.speaker for q in by_text.quotes] == ["Amira Khalid"]


def test_analyze_many_keeps_input_order_and_reports_errors_as_asked(nlp, tmp_path):
    items = [STORY, str(tmp_path / "gone.txt"), SAMPLES / "harbour-strike.md"]
    results = list(reader.analyze_many(items, errors="return"))
    assert isinstance(results[0], reader.Analysis) and results[0].article.text == STORY
    assert isinstance(results[1], ReaderError) and "no such file" in str(results[1])
    assert results[2].article.title == "Dock workers vote to strike as port talks collapse"
    with pytest.raises(ReaderError, match="no such file"):
        list(reader.analyze_many(items))


def test_a_library_keeps_analyses_and_searches_as_the_app_does(nlp, tmp_path):
    with reader.Library(tmp_path / "news.db") as library:
        added = library.add(STORY)
        again = library.add(reader.read(STORY))  # from the cache
        assert again.to_json() == added.to_json()
        assert [row.id for row in library.articles()] == [added.id]
        assert library.analysis(added.id).to_json() == added.to_json()
        hits = library.search("speaker:Khalid")
        assert [(h.kind, h.name, h.match) for h in hits] == [
            ("quote", "Amira Khalid", "We will not move,")
        ]
        assert [h.article_id for h in library.search("entity:Calderbay")] == [added.id]
        assert [h.kind for h in library.search("union leader")] == ["text"]
    assert Path(library.path).is_file()


def test_the_default_library_is_the_apps(nlp):
    from reader.config import library_path, load_config

    with reader.Library() as library:
        assert library.path == library_path(None, load_config())
