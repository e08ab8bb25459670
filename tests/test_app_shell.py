"""The app shell: start-up modes, folder processing, config (keymap, theme), help, palette."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from snapshot_apps.library import fill_library, library_ready

import reader.processing
from reader.ingest import load_article
from reader.model import Analysis
from reader.nlp.versions import pipeline_version, resolve_model
from reader.store import open_library
from reader.tui.app import ReaderApp
from reader.tui.dialogs.confirm import ConfirmDialog
from reader.tui.dialogs.export_dialog import ExportDialog
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.help import HelpScreen, KeyRow
from reader.tui.screens.library import LibraryScreen

SIZE = (110, 32)


async def wait_for(pilot, condition, tries: int = 250) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition never held")


def notes(app: ReaderApp) -> list:
    return list(app._notifications)


async def settled_notes(pilot, app: ReaderApp, count: int = 1) -> list:
    """The notifications, once ``count`` have arrived (``notify`` posts a message)."""
    await wait_for(pilot, lambda: len(notes(app)) >= count)
    await pilot.pause()
    return notes(app)


def help_rows(screen: HelpScreen) -> dict[str, KeyRow]:
    return {row.binding_id: row for rows in screen.sections.values() for row in rows}


def use_config(tmp_path: Path, monkeypatch, text: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("READER_CONFIG", str(path))


def cache(path: str, db: Path) -> Analysis:
    """Store an (empty) analysis as the app would make it, so opening it needs no spaCy."""
    analysis = Analysis(load_article(path), model=resolve_model(), version=pipeline_version())
    with open_library(db) as library:
        library.save(analysis)
    return analysis


async def test_no_arguments_opens_the_library(tmp_path):
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one("#empty").display


async def test_a_file_opens_the_article_alone_and_escape_goes_to_the_library(tmp_path):
    article = tmp_path / "note.txt"
    article.write_text("A short note\n\nThe council met on Monday.\n", encoding="utf-8")
    db = tmp_path / "l.db"
    cache(str(article), db)
    app = ReaderApp(sources=[str(article)], db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.analysis is not None, "a cached article is highlighted at once"
        assert len(app.screen_stack) == 1, "the library is built only when it is shown"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one("#articles").row_count == 1
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen), "escape in the library stays there"


@pytest.fixture
def gated_process(monkeypatch):
    """``analysis_for`` without spaCy that waits for the test to let each article through."""
    gate = threading.Semaphore(0)

    def process(article, library, runner=None, **_):
        assert gate.acquire(timeout=10)
        analysis = Analysis(article, model="fake", version="fake")
        library.save(analysis)
        return analysis

    monkeypatch.setattr(reader.processing, "analysis_for", process)
    return gate


async def test_a_folder_is_processed_with_progress_and_rows_appear(tmp_path, gated_process):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-first.md").write_text("# First\n\nOne paragraph.\n", encoding="utf-8")
    (folder / "b-second.txt").write_text("Second\n\nAnother one.\n", encoding="utf-8")
    (folder / "[bold]broken.txt").write_text("   \n", encoding="utf-8")
    app = ReaderApp(sources=[str(folder)], db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        label = screen.query_one("#progress-label")
        table = screen.query_one("#articles")
        await wait_for(pilot, lambda: "2/3 a-first.md" in str(label.render()))
        assert screen.query_one("#progress").display
        assert screen.query_one("#progress-bar").total == 3
        errors = [n for n in await settled_notes(pilot, app) if n.severity == "error"]
        assert len(errors) == 1
        assert "[bold]broken.txt" in errors[0].message
        assert errors[0].markup is False
        assert table.row_count == 0
        gated_process.release()
        await wait_for(pilot, lambda: "3/3 b-second.txt" in str(label.render()))
        await wait_for(pilot, lambda: table.row_count == 1)  # the rows are read by a worker
        gated_process.release()
        await wait_for(pilot, lambda: not screen.query_one("#progress").display)
        await wait_for(pilot, lambda: table.row_count == 2)
        done = "Processed 2 articles, 1 failed"  # notify() posts a message: wait for it
        await wait_for(pilot, lambda: done in [n.message for n in notes(app)])


async def test_an_empty_folder_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    app = ReaderApp(sources=[str(tmp_path / "empty")], db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=SIZE) as pilot:
        assert "no articles found" in (await settled_notes(pilot, app))[0].message


async def test_the_keymap_in_the_config_remaps_keys_and_help_shows_them(tmp_path, monkeypatch):
    use_config(tmp_path, monkeypatch, '[keymap]\n"library.delete" = "delete"\n"app.help" = "f1"\n')
    db = tmp_path / "l.db"
    fill_library(db)
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n", "question_mark")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        rows = help_rows(app.screen)
        assert rows["library.delete"].keys == ["del"]
        assert rows["app.help"].keys == ["f1"]
        assert rows["library.delete"] in app.screen.sections["Library"]
        assert rows["app.help"] in app.screen.sections["Everywhere"]
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_an_unknown_keymap_id_is_reported(tmp_path, monkeypatch):
    use_config(tmp_path, monkeypatch, '[keymap]\n"library.nuke" = "x"\n"app.help" = "f1"\n')
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=SIZE) as pilot:
        [note] = await settled_notes(pilot, app)
        assert "'library.nuke'" in note.message
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_a_keymap_clash_and_a_nonsense_key_are_reported(tmp_path, monkeypatch):
    use_config(
        tmp_path, monkeypatch, '[keymap]\n"library.sort" = "d"\n"library.export" = "ctrl+xx"\n'
    )
    db = tmp_path / "l.db"
    fill_library(db)
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        messages = [note.message for note in await settled_notes(pilot, app, 2)]
        assert any("'library.sort'" in m and "'library.delete'" in m for m in messages)
        assert any("'ctrl+xx' is not a key name" in m for m in messages)
        await library_ready(pilot)
        await pilot.press("x")  # library.export kept its key
        assert isinstance(app.screen, ExportDialog)


async def test_a_missing_file_is_reported_over_the_library(tmp_path):
    app = ReaderApp(sources=[str(tmp_path / "gone.txt")], db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, LibraryScreen)
        [note] = await settled_notes(pilot, app)
        assert note.message.endswith("gone.txt: no such file") and note.markup is False


async def test_help_lists_every_described_key_of_the_screen_and_the_app(tmp_path):
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        sections = app.screen.sections
        library = {row.binding_id for row in sections["Library"]}
        for binding_id in ("library.search", "library.sort", "library.delete", "library.open"):
            assert binding_id in library
        everywhere = {row.binding_id for row in sections["Everywhere"]}
        assert {"app.quit", "app.help", "app.theme", "app.palette"} <= everywhere


async def test_a_bad_config_is_one_plain_notification_and_defaults(tmp_path, monkeypatch):
    use_config(tmp_path, monkeypatch, "[display\ntheme = [bold]\n")
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "reader-dark"
        [note] = await settled_notes(pilot, app)
        assert note.severity == "error" and note.markup is False
        assert "\n" not in note.message and "using defaults" in note.message


async def test_theme_from_config_and_ctrl_t_switches(tmp_path, monkeypatch):
    use_config(tmp_path, monkeypatch, '[display]\ntheme = "reader-light"\n')
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "reader-light"
        await pilot.press("ctrl+t")
        assert app.theme == "reader-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "reader-light"


async def test_an_unknown_theme_falls_back_with_a_notification(tmp_path, monkeypatch):
    use_config(tmp_path, monkeypatch, '[display]\ntheme = "[red]nope"\n')
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "reader-dark"
        assert "unknown theme '[red]nope'" in (await settled_notes(pilot, app))[0].message


async def test_the_palette_offers_the_screen_commands_by_area(tmp_path):
    db = tmp_path / "l.db"
    fill_library(db)
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"sort by title")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen.sort_key == "title")
        await pilot.press("ctrl+p", *"light theme")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.theme == "reader-light")


async def test_q_quits(tmp_path):
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert app._exit


async def test_a_damaged_library_is_said_once_and_shown(tmp_path):
    db = tmp_path / "l.db"
    open_library(db).close()  # an empty library whose header is then overwritten
    damaged = bytearray(db.read_bytes())
    damaged[:16] = b"this is not SQL!"
    db.write_bytes(bytes(damaged))
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "x", "escape")
        errors = [n for n in await settled_notes(pilot, app) if "damaged" in n.message]
        assert len(errors) == 1
        assert "moved aside" in errors[0].message
        assert list(tmp_path.glob("l.db.damaged-*")), "the damaged file is kept"
        assert "library is empty" in str(app.screen.query_one("#empty").render())
