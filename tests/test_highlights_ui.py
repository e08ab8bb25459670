"""Highlights from the keyboard: create (sentence, paragraph, quote, mention, selection),
edit, delete; stored through the Library and listed in the sidebar."""

from __future__ import annotations

from article_samples import TEXT, open_article, reader_app, settled, span

from reader.store import open_library
from reader.tui.dialogs.confirm import ConfirmDialog
from reader.tui.dialogs.highlight_editor import HighlightDialog, parse_tags


def stored(tmp_path):
    with open_library(tmp_path / "library.db") as library:
        return library.highlights("storm0000000000000000000000000000")


def test_tags_are_split_on_commas_and_spaces_without_duplicates():
    assert parse_tags("#ferry, storm  ferry,,pier") == ["ferry", "storm", "pier"]


async def test_mark_sentence_with_note_and_tags(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        screen.view.go_to(span("Its chief executive")[0])
        await pilot.press("m")
        assert isinstance(app.screen, HighlightDialog)
        await pilot.press(*"quick refund promise", "tab", *"ferry, money", "enter")
        await settled(pilot)
        assert app.screen is screen
        [highlight] = stored(tmp_path)
        assert highlight.kind == "sentence"
        assert highlight.exact == (
            "Its chief executive, Arjun Patel, promised refunds within 14 days."
        )
        assert highlight.note == "quick refund promise"
        assert highlight.tags == ["ferry", "money"]
        assert highlight.label == "yellow"
        assert screen.highlights == [highlight]
        assert [
            screen.sidebar.row_text(n) for n in screen.sidebar.sections["highlights"].children
        ] == ["■ Its chief executive, Arj… ✎"]
        marks = screen.view.mark_layers.highlights.marks
        assert marks == [(highlight.start, highlight.end, "article--highlight-yellow")]


async def test_mark_paragraph_quote_and_mention(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        screen.view.go_to(span("Nobody will")[0])
        await pilot.press("M", "enter")
        await pilot.press("Q", "enter")
        await pilot.press("e", "enter")
        await settled(pilot)
        kinds = {h.kind: h.exact for h in stored(tmp_path)}
        assert kinds == {
            "paragraph": '"Nobody will be left out of pocket," Patel said.',
            "quote": "Nobody will be left out of pocket,",
            "entity": "Patel",
        }


async def test_cancelled_dialog_stores_nothing(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("m", "escape")
        assert stored(tmp_path) == []


async def test_visual_selection_highlights_whole_lines(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        view = screen.view
        await pilot.press("v", "j")
        assert view.selection == (view.index.starts[0], view.index.ends[1])
        assert "SELECT" in str(screen.query_one("#article-status").render())
        await pilot.press("v")
        assert isinstance(app.screen, HighlightDialog)
        await pilot.click("#colour-blue")
        await pilot.press("ctrl+s")
        await settled(pilot)
        [highlight] = stored(tmp_path)
        assert highlight.kind == "range"
        assert highlight.label == "blue"
        assert highlight.start == 0
        assert highlight.exact == TEXT[view.index.starts[0] : view.index.ends[1]].strip()
        assert view.anchor is None


async def test_escape_cancels_a_selection(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("v", "j", "escape")
        assert screen.view.anchor is None
        assert app.screen is screen
        assert stored(tmp_path) == []


async def test_edit_then_delete_a_highlight(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("m", *"first", "enter")
        await settled(pilot)
        await pilot.press("E")
        dialog = app.screen
        assert isinstance(dialog, HighlightDialog)
        await pilot.click("#colour-green")
        dialog.query_one("#highlight-note").value = "second thoughts"
        await pilot.click("#save")
        await settled(pilot)
        [highlight] = stored(tmp_path)
        assert (highlight.label, highlight.note) == ("green", "second thoughts")
        assert screen.highlights == [highlight]
        assert screen.view.mark_layers.highlights.marks[0][2] == "article--highlight-green"

        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert len(stored(tmp_path)) == 1
        await pilot.press("d", "y")
        await settled(pilot)
        assert stored(tmp_path) == []
        assert screen.highlights == []
        assert len(screen.sidebar.sections["highlights"].children) == 0


async def test_sidebar_row_jumps_to_the_highlight_then_e_edits_and_deletes(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        screen.view.go_to(span("Moira Dunlop said the council")[0])
        await pilot.press("m", "enter")
        await settled(pilot)
        screen.view.go_to(0)
        sidebar = screen.sidebar
        await pilot.press("h")
        sidebar.move_cursor(sidebar.sections["highlights"].children[0])
        await pilot.pause()
        assert screen.view.index.para[screen.view.cursor] == 5
        await pilot.press("enter")
        assert app.screen is screen and screen.view.has_focus
        await pilot.press("E")
        assert isinstance(app.screen, HighlightDialog)
        await pilot.click("#delete")
        await settled(pilot)
        assert stored(tmp_path) == []


async def test_highlights_already_stored_show_when_the_article_opens(tmp_path):
    from article_samples import storm_analysis

    analysis = storm_analysis()
    with open_library(tmp_path / "library.db") as library:
        library.add_highlight(analysis.article, *span("Kelloway"), label="pink", note="where?")
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, analysis)
        assert [h.note for h in screen.highlights] == ["where?"]
        assert screen.view.mark_layers.highlights.marks == [
            (*span("Kelloway"), "article--highlight-pink")
        ]


async def test_a_highlight_that_lost_its_anchor_is_flagged(tmp_path):
    from article_samples import storm_analysis

    analysis = storm_analysis()
    with open_library(tmp_path / "library.db") as library:
        highlight = library.add_highlight(analysis.article, *span("Kelloway"))
        library.update_highlight(highlight.id, anchored=False)
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, analysis)
        [row] = screen.sidebar.sections["highlights"].children
        assert screen.sidebar.row_text(row).startswith("■ ⚠ moved? Kelloway")
