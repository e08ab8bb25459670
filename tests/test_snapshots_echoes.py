"""Snapshots of echoes on the article screen at 80×24: the echoed quotes marked (↻ and how many
other articles have them) below their paragraphs and in the sidebar, and the group dialog of a
quote that another outlet gives to someone else.

A library of hand-built analyses (no spaCy). Update with
``pytest tests/test_snapshots_echoes.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

import pytest
from news_articles import GAZETTE
from snapshot_apps.news import fill_news_library
from test_echoes_screen import open_with_echoes

from reader.config import Config
from reader.tui.app import ReaderApp

SIZE = (80, 24)


@pytest.fixture
def app(tmp_path):
    db = tmp_path / "library.db"
    analyses = fill_news_library(db)
    app = ReaderApp(db_path_override=str(db), config=Config(theme="reader-dark"))
    app.gazette = next(a for a in analyses if a.article.title == GAZETTE.title)
    return app


def opened(*keys: str, at: str | None = None):
    """A ``run_before`` that opens the Gazette's article, waits for its echoes, puts the
    cursor on the quote starting with ``at`` and presses ``keys``."""

    async def run_before(pilot) -> None:
        analysis = pilot.app.gazette
        screen = await open_with_echoes(pilot.app, pilot, analysis.id)
        if at is not None:
            screen.view.go_to(analysis.article.text.index(at))
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


def test_echoed_quotes_marked(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=opened())


def test_echo_group_of_a_misattributed_quote(snap_compare, app):
    assert snap_compare(
        app, terminal_size=SIZE, run_before=opened("o", at="Nobody asked the people")
    )
