"""Snapshots of the app shell: library, library search results, help, delete dialog.

Fixed size, fixed theme, no cursor blink, a library filled with hand-built analyses (no spaCy).
Update with ``pytest tests/test_snapshots_shell.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

import pytest
from snapshot_apps.library import fill_library, library_ready, searched
from textual.widgets import Input

from reader.config import Config
from reader.tui.app import ReaderApp

SIZE = (110, 32)


def library_app(tmp_path, theme: str = "reader-dark") -> ReaderApp:
    db = tmp_path / "library.db"
    fill_library(db)
    return ReaderApp(db_path_override=str(db), config=Config(theme=theme))


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CONFIG", "/home/you/.config/reader/config.toml")
    return library_app(tmp_path)


async def no_blink(pilot) -> None:
    """The rows are read (by a worker) and no cursor blinks."""
    await library_ready(pilot)
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


def test_library(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=no_blink)


def test_library_light_theme(snap_compare, tmp_path):
    app = library_app(tmp_path, theme="reader-light")
    assert snap_compare(app, terminal_size=SIZE, run_before=no_blink)


def test_library_search_by_speaker(snap_compare, app):
    async def search(pilot) -> None:
        await no_blink(pilot)
        await pilot.press("slash", *"speaker:a", "enter")
        await searched(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=search)


def test_library_full_text_search(snap_compare, app):
    async def search(pilot) -> None:
        await no_blink(pilot)
        await pilot.press("slash", *"Kyiv", "enter")
        await searched(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=search)


def test_help(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, press=["question_mark"], run_before=no_blink)


def test_delete_confirmation(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, press=["d"], run_before=no_blink)


def test_export_dialog(snap_compare, app, monkeypatch):
    monkeypatch.setenv("HOME", "/home/you")  # the default folder is ~/reader-exports
    assert snap_compare(app, terminal_size=(110, 40), press=["x"], run_before=no_blink)
