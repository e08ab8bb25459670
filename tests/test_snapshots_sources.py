"""Snapshots of the Sources screen (charts included) and a speaker's quotes, at 80×24.

A library of hand-built analyses of the three test articles (no spaCy). Update with
``pytest tests/test_snapshots_sources.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

import pytest
from snapshot_apps.news import fill_news_library
from textual.widgets import Input

from reader.config import Config
from reader.tui.app import ReaderApp

SIZE = (80, 24)


@pytest.fixture
def app(tmp_path):
    db = tmp_path / "library.db"
    fill_news_library(db)
    return ReaderApp(db_path_override=str(db), config=Config(theme="reader-dark"))


async def open_sources(pilot) -> None:
    await pilot.press("w")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


def test_sources_screen_with_its_charts(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=open_sources)


def test_sources_filtered_to_one_outlet(snap_compare, app):
    async def filtered(pilot) -> None:
        await open_sources(pilot)
        await pilot.press("slash", "enter", "down", "down", "enter")  # the second outlet
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=filtered)


def test_a_speakers_quotes(snap_compare, app):
    async def speaker(pilot) -> None:
        await open_sources(pilot)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=speaker)


def test_sources_in_the_light_theme(snap_compare, tmp_path):
    db = tmp_path / "library.db"
    fill_news_library(db)
    app = ReaderApp(db_path_override=str(db), config=Config(theme="reader-light"))
    assert snap_compare(app, terminal_size=SIZE, run_before=open_sources)
