"""Highlights: stored with offsets and a text anchor, re-anchored when the text changes,
never dropped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_store_fixtures import make_analysis, make_article

from reader.store.anchoring import locate

BASE = (
    "The council met on Tuesday to discuss the harbour.\n\n"
    '"We will not sell the harbour," said Mary Jones, the council leader.\n\n'
    "Dock workers had walked out after the port authority proposed new contracts. "
    "The harbour is the town's largest employer.\n\n"
    "Talks resume next week, the union said."
)


def find(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_highlight_keeps_note_tags_and_anchor(library):
    article = make_article(BASE)
    library.save(make_analysis(article))
    start, end = find(BASE, "We will not sell the harbour")
    made = library.add_highlight(
        article, start, end, kind="quote", label="green", note="key line", tags=["port", "x y"]
    )
    stored = library.highlight(made.id)
    assert stored == made
    assert stored.exact == "We will not sell the harbour"
    assert BASE.endswith(stored.suffix, 0, end + len(stored.suffix))
    assert BASE[start - len(stored.prefix) : start] == stored.prefix
    updated = library.update_highlight(made.id, note="changed", tags=["only"])
    assert (updated.note, updated.tags) == ("changed", ["only"])
    assert library.highlight(made.id).note == "changed"


def test_changing_a_range_recomputes_its_anchor(library):
    article = make_article(BASE)
    library.save(make_analysis(article))
    made = library.add_highlight(article, *find(BASE, "council met"))
    start, end = find(BASE, "Dock workers")
    moved = library.update_highlight(made.id, start=start, end=end)
    assert moved.exact == "Dock workers"
    with pytest.raises(ValueError):
        library.update_highlight(made.id, start=10, end=10_000)
    with pytest.raises(ValueError):
        library.update_highlight(made.id, id="other")
    assert library.highlight(made.id).exact == "Dock workers"


def test_delete_removes_only_that_highlight(library):
    article = make_article(BASE)
    library.save(make_analysis(article))
    first = library.add_highlight(article, 0, 3)
    second = library.add_highlight(article, 4, 11)
    library.delete_highlight(first.id)
    assert [h.id for h in library.highlights(article.content_hash)] == [second.id]


def test_highlight_outside_the_text_is_refused(library):
    article = make_article(BASE)
    with pytest.raises(ValueError):
        library.add_highlight(article, 5, len(BASE) + 1)


@pytest.mark.parametrize(
    ("new_text", "method"),
    [
        (BASE, "position"),
        ("Breaking news.\n\n" + BASE, "quote"),
        (BASE.replace("We will not sell the harbour", "We will never sell the harbour"), "context"),
        (
            BASE.replace(
                'discuss the harbour.\n\n"We will not sell the harbour," said',
                'talk.\n\n"We will never sell the harbour", they said',
            ),
            "fuzzy",
        ),
    ],
)
def test_locate_finds_the_words_again(new_text, method):
    start, end = find(BASE, "We will not sell the harbour")
    exact, prefix, suffix = BASE[start:end], BASE[start - 32 : start], BASE[end : end + 32]
    found = locate(new_text, exact, prefix, suffix, start)
    assert found is not None and found.method == method
    assert 0 <= found.start < found.end <= len(new_text)
    assert "sell the harbour" in new_text[found.start : found.end]


def test_locate_prefers_the_occurrence_with_matching_context():
    text = "the harbour. Then: the harbour is old. Later the harbour is new."
    start, end = find(text, "the harbour is new")
    start = text.index("the harbour", start)
    exact, prefix, suffix = "the harbour", text[start - 6 : start], text[start + 11 : start + 18]
    shifted = "Intro. " + text
    found = locate(shifted, exact, prefix, suffix, 0)
    assert found is not None
    assert shifted[found.end : found.end + 7] == " is new"


def test_locate_gives_up_on_words_that_are_gone():
    assert locate("Completely different words.", "the harbour strike", "", "", 3) is None


def test_new_text_from_the_same_source_moves_highlights_and_supersedes(library):
    old = make_article(BASE, source="https://news.example/harbour")
    library.save(make_analysis(old))
    kept = library.add_highlight(old, *find(BASE, "We will not sell the harbour"), note="n")
    edited = library.add_highlight(old, *find(BASE, "largest employer"), tags=["t"])
    lost = library.add_highlight(old, *find(BASE, "Talks resume next week"))
    new_text = "Updated 10:00.\n\n" + BASE.replace("largest employer", "biggest employer").replace(
        "Talks resume next week, the union said.", "The union has not commented."
    )
    new = make_article(new_text, source="https://news.example/harbour")
    library.save(make_analysis(new))

    moved = {h.id: h for h in library.highlights(new.content_hash)}
    assert set(moved) == {kept.id, edited.id, lost.id}
    assert library.highlights(old.content_hash) == []
    assert new_text[moved[kept.id].start : moved[kept.id].end] == kept.exact
    assert moved[kept.id].note == "n" and moved[kept.id].anchored
    assert moved[edited.id].anchored and moved[edited.id].tags == ["t"]
    assert "employer" in new_text[moved[edited.id].start : moved[edited.id].end]
    assert moved[lost.id].anchored is False
    assert moved[lost.id].exact == "Talks resume next week"
    assert 0 <= moved[lost.id].start <= moved[lost.id].end <= len(new_text)
    assert [row.id for row in library.articles()] == [new.content_hash]
    assert library.current_id(old.content_hash) == new.content_hash


def test_unrelated_text_from_the_same_source_is_a_second_article(library):
    first = make_article(BASE, source="https://news.example/live")
    library.save(make_analysis(first))
    highlight = library.add_highlight(first, 0, 11)
    other = make_article(
        "A storm closed the airport overnight and flights were cancelled across the region.",
        source="https://news.example/live",
    )
    library.save(make_analysis(other))
    assert library.highlight(highlight.id).article_id == first.content_hash
    assert len(library.articles()) == 2


def test_stdin_articles_never_supersede_each_other(library):
    first = make_article(BASE, source="<stdin>")
    library.save(make_analysis(first))
    library.save(make_analysis(make_article(BASE + "\n\nMore.", source="<stdin>")))
    assert len(library.articles()) == 2


def test_reanchor_by_hand(library):
    old = make_article(BASE, source=None)
    library.save(make_analysis(old))
    made = library.add_highlight(old, *find(BASE, "Mary Jones"))
    new = make_article("Preface.\n" + BASE, source=None)
    [moved] = library.reanchor(old.content_hash, new)
    assert moved.id == made.id and moved.anchored
    assert new.text[moved.start : moved.end] == "Mary Jones"


def test_dropping_the_cache_never_touches_highlights(library):
    article = make_article(BASE)
    library.save(make_analysis(article))
    made = library.add_highlight(article, *find(BASE, "harbour"), note="mine")
    library.drop_analyses()
    assert library.latest(article.content_hash) is None
    assert library.highlights() == [made]


def test_migrating_an_old_library_keeps_highlights(tmp_path):
    import sqlite3

    from sqlite_utils import Database

    from reader.store import open_library
    from reader.store.migrations import migrations

    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m002_superseded_articles")
    db["highlights"].insert(
        {
            "id": "h1",
            "article_id": "a1",
            "start": 0,
            "end": 3,
            "exact": "The",
            "prefix": "",
            "suffix": " c",
            "kind": "range",
            "label": "yellow",
            "note": "old",
            "tags": "[]",
            "anchored": 1,
            "created_at": "2020",
            "updated_at": "2020",
        }
    )
    db.close()
    with open_library(path) as library:
        [highlight] = library.highlights()
    assert (highlight.id, highlight.note, highlight.exact) == ("h1", "old", "The")


def test_reanalysis_with_a_new_pipeline_version_keeps_every_highlight(tmp_path, nlp, monkeypatch):
    from reader.ingest import article_from_text
    from reader.nlp import versions
    from reader.processing import analysis_for
    from reader.store import open_library

    article = article_from_text(BASE, kind="text", source="/tmp/harbour.txt")
    with open_library(tmp_path / "lib.db") as library:
        first = analysis_for(article, library)
        made = [
            library.add_highlight(article, *find(article.text, words), note=words)
            for words in ("council met", "Mary Jones", "largest employer")
        ]
        monkeypatch.setattr(versions, "QUOTES_VERSION", "999")
        monkeypatch.setattr(versions, "ENTITIES_VERSION", "999")
        second = analysis_for(article, library)
        assert second.version != first.version
        assert library.cached(article.content_hash, second.model, second.version) is not None
        assert library.highlights(article.content_hash) == sorted(made, key=lambda h: h.start)


WORDS = st.sampled_from(["the", "harbour", "strike", "Mary", "Jones", "said", ",", ".", "\n\n"])


@st.composite
def edited_texts(draw):
    words = draw(st.lists(WORDS, min_size=5, max_size=60))
    text = " ".join(words)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    cut = draw(st.integers(0, len(text)))
    insert = " ".join(draw(st.lists(WORDS, max_size=8)))
    drop = draw(st.integers(0, 12))
    return text, start, end, text[:cut] + insert + text[cut + drop :]


@settings(max_examples=300, deadline=None)
@given(edited_texts())
def test_locate_never_points_outside_the_new_text(case):
    old, start, end, new = case
    exact, prefix, suffix = old[start:end], old[max(0, start - 32) : start], old[end : end + 32]
    found = locate(new, exact, prefix, suffix, start)
    assert locate(old, exact, prefix, suffix, start).method == "position"
    if found is not None:
        assert 0 <= found.start < found.end <= len(new)
        if found.method in ("position", "quote"):
            assert new[found.start : found.end] == exact


def test_a_changed_source_file_carries_its_highlights_over(tmp_path, nlp):
    from reader.ingest import load_article
    from reader.processing import analysis_for
    from reader.store import open_library

    source = tmp_path / "harbour.txt"
    source.write_text(BASE, encoding="utf-8")
    with open_library(tmp_path / "lib.db") as library:
        first = analysis_for(load_article(str(source)), library)
        text = first.article.text
        made = library.add_highlight(first.article, *find(text, "Mary Jones"), note="speaker")
        source.write_text("Correction appended.\n\n" + BASE, encoding="utf-8")
        second = analysis_for(load_article(str(source)), library)
        assert second.id != first.id
        [moved] = library.highlights(second.id)
        assert (moved.id, moved.note, moved.anchored) == (made.id, "speaker", True)
        assert second.article.text[moved.start : moved.end] == "Mary Jones"
        assert [row.id for row in library.articles()] == [second.id]
