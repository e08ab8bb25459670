"""Export from the app: the dialog on both screens writes real files, parsed back here."""

from __future__ import annotations

import csv
import json

import pytest
import yaml
from snapshot_apps.library import fill_library, library_ready

from reader.store import open_library
from reader.tui.app import ReaderApp
from reader.tui.dialogs.export_dialog import ExportDialog
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.library import LibraryScreen

SIZE = (110, 40)


async def wait_for(pilot, condition, tries: int = 200) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition never held")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.db"
    fill_library(path)
    return path


def stored_titles(path) -> dict[str, str]:
    with open_library(path) as library:
        return {row.id: row.title for row in library.articles()}


async def choose(pilot, app, fmt: str, out_dir, what: set[str], whole: bool = False) -> None:
    """Fill the export dialog the way a user would, then press Export."""
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    await pilot.click(f"#format-{fmt}")
    for name in ("highlights", "quotes", "entities"):
        box = dialog.query_one(f"#what-{name}")
        box.value = name in what
    if whole:
        dialog.query_one("#export-all").value = True
    dialog.query_one("#export-folder").value = str(out_dir)
    await pilot.click("#export")


def export_notes(app) -> list[str]:
    return [n.message for n in app._notifications if n.message.startswith("Exported")]


async def test_library_x_exports_the_selected_article_as_jsonl(db, tmp_path):
    out = tmp_path / "out"
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        assert isinstance(app.screen, LibraryScreen)
        selected = app.screen.current_article_id()
        await pilot.press("x")
        await choose(pilot, app, "jsonl", out, {"highlights", "quotes", "entities"})
        await wait_for(pilot, lambda: export_notes(app))
        [note] = export_notes(app)
    [path] = out.iterdir()
    assert str(path) in note
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert [r["article"]["id"] for r in records] == [selected]
    assert records[0]["quotes"] and records[0]["entities"]
    assert all(q["speaker"] is None or isinstance(q["speaker"], str) for q in records[0]["quotes"])


async def test_library_export_of_the_whole_library_as_readwise_csv(db, tmp_path):
    out = tmp_path / "csv out"
    with open_library(db) as library:
        first = library.article(library.articles()[0].id)
        library.add_highlight(first, 0, 20, note='a "note", with commas')
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        await choose(pilot, app, "readwise-csv", out, {"highlights", "quotes"}, whole=True)
        await wait_for(pilot, lambda: export_notes(app))
    [path] = out.iterdir()
    rows = list(csv.DictReader(path.open(newline="", encoding="utf-8")))
    assert {"Highlight", "Title", "Author", "URL", "Note", "Location"} <= set(rows[0])
    titles = set(stored_titles(db).values())
    assert {row["Title"] for row in rows} <= titles
    assert len({row["Title"] for row in rows}) > 1  # more than the selected article
    assert any(row["Note"].startswith('a "note", with commas') for row in rows)


async def test_article_x_exports_markdown_and_w3c(db, tmp_path):
    out = tmp_path / "notes"
    article_id = next(iter(stored_titles(db)))
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        app.open_article(article_id)
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen) and app.screen.analysis)
        await pilot.press("x")
        assert isinstance(app.screen, ExportDialog)
        assert not app.screen.query("#export-all")  # one article only from here
        await choose(pilot, app, "md", out, {"quotes", "entities"})
        await wait_for(pilot, lambda: export_notes(app))
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("x")
        # The dialog remembers the last choices; only the format changes.
        assert app.screen.query_one("#export-folder").value == str(out)
        assert app.screen.query_one("#what-quotes").value
        assert not app.screen.query_one("#what-highlights").value
        await pilot.click("#format-w3c")
        await pilot.click("#export")
        await wait_for(pilot, lambda: len(export_notes(app)) == 2)
    markdown = next(out.glob("*.md"))
    front, _, body = markdown.read_text().removeprefix("---\n").partition("\n---\n")
    meta = yaml.safe_load(front)
    assert meta["title"] == stored_titles(db)[article_id]
    assert body.strip()
    collection = json.loads(next(out.glob("*.json")).read_text())
    assert collection["type"] == "AnnotationCollection"
    assert collection["total"] == len(collection["first"]["items"]) > 0


async def test_nothing_ticked_or_no_folder_keeps_the_dialog_open(db, tmp_path):
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("x")
        await choose(pilot, app, "md", tmp_path / "never", set())
        assert isinstance(app.screen, ExportDialog)
        assert "Tick at least one" in str(app.screen.query_one("#export-problem").render())
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
    assert not (tmp_path / "never").exists()


async def test_an_unwritable_folder_is_a_one_line_error(db, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("x")
        await choose(pilot, app, "jsonl", blocker / "sub", {"quotes"})
        await wait_for(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        [error] = [n.message for n in app._notifications if n.severity == "error"]
    assert "export failed" in error and "\n" not in error and "Traceback" not in error


async def test_help_and_palette_list_export(db):
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        [export] = [
            row for row in app.screen.sections["Library"] if row.binding_id == "library.export"
        ]
        assert export.keys == ["x"]
        await pilot.press("escape", "ctrl+p")
        await pilot.press(*"library: export")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))


async def test_the_dialog_starts_from_the_command_lines_defaults(db, tmp_path, monkeypatch):
    from textual.widgets import Checkbox, Input, RadioSet

    from reader.export import DEFAULT_FORMAT, DEFAULT_WHAT, WHAT_ORDER, default_out_dir

    monkeypatch.setenv("HOME", str(tmp_path))
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        pressed = dialog.query_one("#export-format", RadioSet).pressed_button
        assert pressed is not None and pressed.id == f"format-{DEFAULT_FORMAT}"
        ticked = {w for w in WHAT_ORDER if dialog.query_one(f"#what-{w}", Checkbox).value}
        assert ticked == set(DEFAULT_WHAT)
        assert dialog.query_one("#export-folder", Input).value == str(default_out_dir())


async def test_enter_moves_through_the_fields_and_exports_from_the_last(db, tmp_path):
    from textual.widgets import Checkbox, Input

    from reader.export import WHAT_ORDER

    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        dialog.query_one("#export-folder", Input).value = str(tmp_path / "out")
        boxes = list(dialog.query(Checkbox))
        before = [box.value for box in boxes]
        visited = []
        while app.focused.id != "export-folder" and len(visited) < 10:
            visited.append(app.focused.id)
            await pilot.press("enter")
            assert isinstance(app.screen, ExportDialog), f"exported early, from {visited[-1]}"
        assert visited == ["export-format", *(f"what-{w}" for w in WHAT_ORDER)]
        assert [box.value for box in boxes] == before  # Enter ticked nothing on its way
        assert app.focused.id == "export-folder"
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, ExportDialog))
        await wait_for(pilot, lambda: export_notes(app))
    assert list((tmp_path / "out").iterdir())


async def test_a_ticked_box_looks_different_from_an_empty_one(db):
    from textual.widgets import Checkbox

    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        box = app.screen.query_one("#what-figures", Checkbox)
        looks = {}
        for value in (False, True):
            box.value = value
            await pilot.pause()
            style = box.get_visual_style("toggle--button")
            looks[value] = (style.foreground, style.background)
        off_fg, off_bg = looks[False]
        on_fg, on_bg = looks[True]
        assert off_fg == off_bg, "an empty box shows no mark"
        assert on_fg != on_bg, "a ticked box shows its mark"
