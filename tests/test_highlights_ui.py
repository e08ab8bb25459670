"""Highlights from the keyboard: create (sentence, paragraph, quote, mention, selection),
edit, delete; stored through the Library and listed in the sidebar."""

from __future__ import annotations

from article_samples import open_article, reader_app, settled, span

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
        assert [screen.sidebar.row_text(n) for n in screen.sidebar.sections["highlights"].rows] == [
            "■ Its chief executive, Arj… ✎"
        ]
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


async def save_selection(app, pilot, colour: str = "blue") -> None:
    """v or enter has opened the highlight dialog: save it in ``colour``."""
    assert isinstance(app.screen, HighlightDialog)
    await pilot.click(f"#colour-{colour}")
    await pilot.press("ctrl+s")
    await settled(pilot)


async def test_a_selection_by_words_and_characters_highlights_exactly_that_phrase(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        view = screen.view
        view.go_to(span("3,400")[0])
        await pilot.press("v", "w", "w", "l", "right", "h")
        assert view.selection == (span("3,400")[0], span("3,400 passengers ")[1])
        assert "SELECT" in str(screen.query_one("#article-status").render())
        await pilot.press("b", "ctrl+right", "ctrl+left", "ctrl+right")
        assert view.selection == span("3,400 passengers")
        await pilot.press("v")
        await save_selection(app, pilot)
        [highlight] = stored(tmp_path)
        assert (highlight.kind, highlight.label) == ("range", "blue")
        assert (highlight.start, highlight.end) == span("3,400 passengers")
        assert highlight.exact == "3,400 passengers"
        assert view.anchor is None
        assert "SELECT" not in str(screen.query_one("#article-status").render())


async def test_a_selection_extends_by_sentence_across_lines_and_back(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        view = screen.view
        view.go_to(span("The Brannock Ferry")[0])
        await pilot.press("v", "right_parenthesis", "right_parenthesis")
        first, second = span("The Brannock Ferry")[0], span("within 14 days.")[1]
        assert view.selection == (first, second)
        await pilot.press("left_parenthesis")
        assert view.selection == (first, span("Its chief")[0])
        await pilot.press("enter")
        await save_selection(app, pilot, "green")
        [highlight] = stored(tmp_path)
        assert highlight.exact == "The Brannock Ferry Company said 3,400 passengers were affected."


async def test_outside_a_selection_h_l_w_b_keep_their_jobs(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("h")
        assert screen.focused is not screen.view, "h: the sidebar"
        await pilot.press("l")
        assert screen.focused is screen.view
        screen.view.go_to(span("Nobody will")[0])
        await pilot.press("w")
        assert app.screen is not screen, "w: why this speaker"


async def test_dragging_the_mouse_selects_exactly_the_text_under_it(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        view = screen.view

        def cell(offset: int) -> tuple[int, int]:
            line = view.index.line_at(offset)
            left, _ = view.columns(view.scrollable_content_region.width)
            x = left + offset - view.index.starts[line]
            return x, line + view.header_height - view.scroll_offset.y

        start, end = span("harbour manager")
        await pilot.mouse_down(view, cell(start))
        await pilot.hover(view, cell(start + 5))
        await pilot.mouse_up(view, cell(end - 1))
        await pilot.pause()
        assert view.selection == (start, end)
        assert "SELECT" in str(screen.query_one("#article-status").render())
        await pilot.press("enter")
        await save_selection(app, pilot)
        [highlight] = stored(tmp_path)
        assert (highlight.start, highlight.end, highlight.exact) == (start, end, "harbour manager")

        backwards = span("waves like this")
        await pilot.mouse_down(view, cell(backwards[1] - 1))
        await pilot.mouse_up(view, cell(backwards[0]))
        assert view.selection == backwards
        await pilot.click(view, cell(span("Kelloway")[0]))
        assert view.selection is None, "a plain click ends a selection"
        assert app.screen is screen and len(stored(tmp_path)) == 1


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
        assert len(screen.sidebar.sections["highlights"].rows) == 0


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
        sidebar.move_cursor(sidebar.sections["highlights"].rows[0])
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
        [row] = screen.sidebar.sections["highlights"].rows
        assert screen.sidebar.row_text(row).startswith("■ ⚠ moved? Kelloway")


async def test_a_highlight_is_drawn_before_the_library_has_stored_it(tmp_path, monkeypatch):
    import threading

    from reader.store.library import Library

    written, release = threading.Event(), threading.Event()
    real_put = Library.put_highlight

    def slow_put(self, highlight):
        release.wait(10)
        real_put(self, highlight)
        written.set()

    monkeypatch.setattr(Library, "put_highlight", slow_put)
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("m", "enter")
        await pilot.pause()
        assert not written.is_set()
        [highlight] = screen.highlights
        assert screen.view.mark_layers.highlights.marks[0][:2] == (highlight.start, highlight.end)
        assert len(screen.sidebar.sections["highlights"].rows) == 1
        release.set()
        await settled(pilot)
        assert stored(tmp_path) == [highlight]


async def test_a_highlight_the_library_cannot_store_is_taken_back_with_one_line(
    tmp_path, monkeypatch
):
    from reader.errors import LibraryError
    from reader.store.library import Library

    def refused(*args, **kwargs):
        raise LibraryError("library is busy: another program is writing to it")

    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("m", "enter")
        await settled(pilot)
        [kept] = screen.highlights
        monkeypatch.setattr(Library, "put_highlight", refused)
        monkeypatch.setattr(Library, "delete_highlight", refused)
        screen.view.go_to(span("Moira Dunlop said the council")[0])
        await pilot.press("m", "enter")
        await settled(pilot)
        assert screen.highlights == [kept]
        assert screen.view.mark_layers.highlights.marks[0][:2] == (kept.start, kept.end)
        screen.view.go_to(kept.start)
        await pilot.press("d", "y")
        await settled(pilot)
        assert screen.highlights == [kept]
        assert len(screen.sidebar.sections["highlights"].rows) == 1
        assert stored(tmp_path) == [kept]
        messages = [n.message for n in app._notifications]
        assert messages.count("library is busy: another program is writing to it") == 2


async def test_a_highlight_added_or_deleted_just_before_quitting_is_stored_so(tmp_path):
    """The write runs after the highlight is drawn: quitting at once must not lose it."""
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("m", "enter", "q")
    [highlight] = stored(tmp_path)

    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        assert screen.highlights == [highlight]
        screen.view.go_to(highlight.start)
        await pilot.press("d", "y", "q")
    assert stored(tmp_path) == []


async def test_after_quitting_the_library_file_alone_holds_the_sessions_writes(tmp_path):
    """A copy of library.db without its -wal beside it (a backup, a colleague's copy) must not
    lack what the session wrote."""
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("m", "enter", "q")
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "library.db").write_bytes((tmp_path / "library.db").read_bytes())
    assert len(stored(copy)) == 1
    assert stored(copy) == stored(tmp_path)
