"""Shared fixtures: the real spaCy pipeline (loaded once per session) and a real library file."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Keep every test away from the user's real config and library."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("READER_DB", raising=False)
    monkeypatch.delenv("READER_MODEL", raising=False)
    monkeypatch.delenv("READER_CONFIG", raising=False)


@pytest.fixture(scope="session")
def nlp():
    from reader.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture
def library(tmp_path):
    from reader.store import open_library

    with open_library(tmp_path / "library.db") as lib:
        yield lib


@pytest.fixture
def parsed(nlp):
    """A doc with the statistical pipes run (tags and sentences) but entities left empty."""

    def run(text):
        statistical = [n for n in nlp.pipe_names if not n.startswith("reader_")]
        with nlp.select_pipes(enable=statistical):
            doc = nlp(text)
        doc.set_ents([])
        return doc

    return run


@pytest.fixture
def analyse(nlp):
    """Analyse a text written in the test: ``analyse("...") -> Analysis``."""
    from reader.ingest import article_from_text
    from reader.nlp.pipeline import analyze

    def run(text: str):
        return analyze(article_from_text(text, kind="text", source="test"))

    return run
