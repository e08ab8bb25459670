"""The model in a process of its own: the same analyses as in-process, progress, cancelling."""

from __future__ import annotations

import os

import pytest
from conftest import SAMPLES

from reader import processing
from reader.errors import Cancelled, ReaderError
from reader.ingest import load_article
from reader.nlp.model_process import ModelProcess, model_process
from reader.nlp.pipeline import analyze
from reader.nlp.versions import resolve_model
from reader.store import open_library

ARTICLE = SAMPLES / "uk-ceasefire-talks.txt"


@pytest.fixture(scope="module")
def shared():
    """The test process's model process, as the app uses it (the model loads once here)."""
    return model_process(resolve_model())


def test_the_child_makes_the_same_analysis_as_this_process(shared, nlp):
    article = load_article(str(ARTICLE))
    steps = []
    made_apart = shared.analyze(article, progress=lambda done, total: steps.append((done, total)))
    assert made_apart.to_json() == analyze(article).to_json()
    assert made_apart.quotes, "the sample article has quotes"
    assert steps == [(1, 1)]


def test_a_cancelled_analysis_stops_the_child_and_the_next_starts_a_new_one(shared):
    article = load_article(str(ARTICLE))
    shared.analyze(article)
    first = shared._child
    with pytest.raises(Cancelled):
        shared.analyze(article, cancelled=lambda: True)
    assert first.poll() is not None
    assert shared.analyze(article).quotes
    assert shared._child is not first and shared._child.poll() is None


def test_progress_that_raises_stops_the_child(shared):
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        raise Stop

    article = load_article(str(ARTICLE))
    shared.analyze(article)
    child = shared._child
    with pytest.raises(Stop):
        shared.analyze(article, progress=progress)
    assert child.poll() is not None


def test_a_missing_model_is_one_clear_error_each_time():
    missing = ModelProcess("no_such_spacy_pipeline")
    article = load_article(str(ARTICLE))
    try:
        for _ in range(2):  # the child stays up and says it again
            with pytest.raises(ReaderError, match="'no_such_spacy_pipeline' is not installed"):
                missing.analyze(article)
    finally:
        missing.stop()


def test_a_child_that_dies_between_articles_is_replaced_before_use(shared):
    article = load_article(str(ARTICLE))
    shared.analyze(article)
    shared._child.kill()
    shared._child.wait()
    assert shared.analyze(article).quotes


def test_a_child_that_dies_mid_analysis_is_one_clear_error(shared):
    article = load_article(str(ARTICLE))
    shared.analyze(article)

    def kill_the_child() -> bool:  # asked while the analysis is under way
        shared._child.kill()
        shared._child.wait()
        return False

    with pytest.raises(ReaderError, match="model process stopped unexpectedly"):
        shared.analyze(article, cancelled=kill_the_child)
    assert shared.analyze(article).quotes


def test_open_ahead_starts_the_model_only_for_an_article_without_analysis(tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(ModelProcess, "start", lambda self: started.append(self.model))
    db = tmp_path / "library.db"
    source = tmp_path / "note.txt"
    source.write_text("A note\n\nThe council met on Monday.\n", encoding="utf-8")
    model = resolve_model()

    first = processing.open_ahead(str(source), db, model)
    assert first is not None and first.analysis is None and started == [model]

    with open_library(db) as library:
        library.save(analyze(first.article))
    again = processing.open_ahead(str(source), db, model)
    assert again is not None and again.analysis is not None and started == [model]

    assert processing.open_ahead("https://example.org/a", db, model) is None
    assert started == [model], "a URL is not known to need the model until it is fetched"


STARTED_AHEAD = """
import sys
from reader.nlp.model_process import model_process, stop_all
process = model_process(sys.argv[1])
process.start()
print("multiprocessing" in sys.modules)
stop_all()
assert process._fd is None and process._child is None
"""


def test_starting_the_model_ahead_imports_no_multiprocessing(tmp_path):
    """`reader FILE` starts the model before the app's first frame; wrapping our end of the
    socket (and importing multiprocessing for it, ~3 ms) waits for the first analysis."""
    import subprocess
    import sys

    command = [sys.executable, "-c", STARTED_AHEAD, resolve_model()]
    out = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["False"]


def test_a_child_started_ahead_and_stopped_unused_leaves_no_socket(shared):
    shared.stop()
    shared.start()
    fd = shared._fd
    assert fd is not None and shared._connection is None
    shared.stop()
    with pytest.raises(OSError):
        os.fstat(fd)  # closed with the child
    article = load_article(str(ARTICLE))
    assert shared.analyze(article).quotes  # and the next analysis starts a new one
