"""Enter on a sidebar quote or highlight jumps to it in the text; there (or still in the
sidebar) `w` explains that quote and `E` edits that highlight, even when it shares its line;
the editor never pre-selects the note, so a stray key cannot replace it."""

from __future__ import annotations

import pytest
from article_samples import open_article, reader_app, settled, span

from reader.model import Analysis, Article, Entity, Quote
from reader.store import open_library
from reader.tui.dialogs.highlight_editor import HighlightDialog
from reader.tui.dialogs.quote_reason import QuoteReasonDialog

TEXT = (
    "Council vote\n\n"
    '"Yes," said Ann Lee. "No," said Bob Roe. Both spoke after the vote on the new pier.\n\n'
    "The pier opens in May, the council said.\n"
)


def said(words: str, speaker: str, entity: str) -> Quote:
    start, end = span(words, text=TEXT)
    return Quote(start, end, speaker, entity, speaker.split()[-1], reason=f"named {speaker}")


def two_quotes_on_a_line() -> Analysis:
    article = Article(text=TEXT, title="Council vote", content_hash="jumps" + "0" * 27)
    people = [
        Entity("e1", "PERSON", "Ann Lee", [span("Ann Lee", text=TEXT)]),
        Entity("e2", "PERSON", "Bob Roe", [span("Bob Roe", text=TEXT)]),
    ]
    quotes = [said("Yes,", "Ann Lee", "e1"), said("No,", "Bob Roe", "e2")]
    return Analysis(article, "hand-built", "test", entities=people, quotes=quotes)


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def reason(app) -> str:
    assert isinstance(app.screen, QuoteReasonDialog)
    return str(app.screen.query_one("#quote-reason-body").render())


async def test_enter_on_a_sidebar_quote_jumps_and_w_explains_that_quote(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_article(app, pilot, two_quotes_on_a_line())
        sidebar = screen.sidebar
        await pilot.press("h")
        sidebar.move_cursor(sidebar.sections["quotes"].rows[1])  # Bob Roe's "No,"
        await pilot.press("enter")
        assert app.screen is screen, "enter jumps; it does not open the explanation"
        assert screen.view.has_focus
        assert screen.view.cursor_offset == span("No,", text=TEXT)[0]
        await pilot.press("w")
        assert "Bob Roe" in reason(app) and "Ann Lee" not in reason(app)


async def test_w_in_the_sidebar_explains_the_quote_under_its_cursor(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_article(app, pilot, two_quotes_on_a_line())
        sidebar = screen.sidebar
        await pilot.press("h")
        sidebar.move_cursor(sidebar.sections["quotes"].rows[1])
        await pilot.pause()
        await pilot.press("w")
        assert "Bob Roe" in reason(app) and "Ann Lee" not in reason(app)


async def test_enter_on_a_sidebar_highlight_jumps_and_e_edits_without_losing_the_note(tmp_path):
    analysis = two_quotes_on_a_line()
    with open_library(tmp_path / "library.db") as library:
        library.add_highlight(analysis.article, *span("Yes,", text=TEXT), note="first")
        library.add_highlight(analysis.article, *span("the new pier", text=TEXT), note="where?")
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_article(app, pilot, analysis)
        sidebar = screen.sidebar
        await pilot.press("h")
        sidebar.move_cursor(sidebar.sections["highlights"].rows[1])  # "the new pier"
        await pilot.press("enter")
        assert app.screen is screen, "enter jumps; it does not open the editor"
        assert screen.view.has_focus
        assert screen.view.cursor_offset == span("the new pier", text=TEXT)[0]
        await pilot.press("E")
        assert isinstance(app.screen, HighlightDialog)
        assert app.screen.highlight.note == "where?"
        await pilot.press("x", "enter")  # a stray key adds to the note
        await settled(pilot)
        with open_library(tmp_path / "library.db") as library:
            notes = sorted(h.note for h in library.highlights(analysis.id))
        assert notes == ["first", "where?x"]
