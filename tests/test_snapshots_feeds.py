"""Snapshots of the Feeds screen at 80×24: feeds with unread counts, a feed's entries.

A library of hand-built analyses with two feeds (no spaCy, no network). Update with
``pytest tests/test_snapshots_feeds.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

import pytest
from snapshot_apps.news import fill_news_feeds

from reader.config import Config
from reader.tui.app import ReaderApp

SIZE = (80, 24)


@pytest.fixture
def app(tmp_path):
    db = tmp_path / "library.db"
    fill_news_feeds(db)
    return ReaderApp(db_path_override=str(db), config=Config(theme="reader-dark"))


async def settle(pilot) -> None:
    """Until the screen's loads are done (a newer load cancels an older one)."""
    for _ in range(100):
        await pilot.pause(0.05)
        if not any(worker.is_running for worker in pilot.app.screen.workers):
            return


async def open_feeds(pilot) -> None:
    await pilot.press("f")
    await settle(pilot)


def test_feeds_screen(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=open_feeds)


def test_feeds_screen_another_feeds_entries(snap_compare, app):
    async def second(pilot) -> None:
        await open_feeds(pilot)
        await pilot.press("down")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=second)
