"""Snapshots of the article screen (fixed size and theme, hand-built analysis, no blinking).

Update with ``pytest tests/test_snapshots_article.py --snapshot-update`` and look at the SVGs
in tests/__snapshots__/ before committing them.
"""

from __future__ import annotations

import pytest
from article_samples import open_article, reader_app, settled, span, storm_analysis, with_head

from reader.tui.dialogs.highlight_editor import HighlightDialog

SIZE = (120, 36)


def opened(*keys: str, offset: int | None = None, analysis=None):
    """A ``run_before`` that opens the sample article (or ``analysis``), then presses ``keys``."""

    async def run_before(pilot) -> None:
        screen = await open_article(pilot.app, pilot, analysis)
        if offset is not None:
            screen.view.go_to(offset)
        await pilot.press(*keys)
        for input in pilot.app.screen.query("Input"):
            input.cursor_blink = False
        await pilot.pause()

    return run_before


def test_article_screen(snap_compare, tmp_path):
    assert snap_compare(reader_app(tmp_path), terminal_size=SIZE, run_before=opened())


def test_article_screen_wide_with_speakers_in_the_margin(snap_compare, tmp_path):
    assert snap_compare(reader_app(tmp_path), terminal_size=(160, 36), run_before=opened())


def test_article_screen_narrow(snap_compare, tmp_path):
    assert snap_compare(reader_app(tmp_path), terminal_size=(80, 24), run_before=opened())


def test_article_with_its_head_block(snap_compare, tmp_path):
    """Headline, standfirst, byline and date, credit: a head above a rule, not body text."""
    head = with_head(storm_analysis())
    assert snap_compare(reader_app(tmp_path), terminal_size=SIZE, run_before=opened(analysis=head))


def test_article_with_its_head_block_at_80_columns(snap_compare, tmp_path):
    head = with_head(storm_analysis())
    assert snap_compare(
        reader_app(tmp_path), terminal_size=(80, 24), run_before=opened(analysis=head)
    )


def test_people_and_quotes_hidden(snap_compare, tmp_path):
    assert snap_compare(reader_app(tmp_path), terminal_size=SIZE, run_before=opened("1", "5"))


def test_selected_person_and_next_mention(snap_compare, tmp_path):
    async def run_before(pilot) -> None:
        screen = await open_article(pilot.app, pilot)
        await pilot.press("h")
        screen.sidebar.move_cursor(screen.sidebar.sections["people"].rows[0])
        await pilot.press("enter", "n")

    assert snap_compare(reader_app(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_search_with_filter(snap_compare, tmp_path):
    assert snap_compare(
        reader_app(tmp_path), terminal_size=SIZE, run_before=opened("slash", *"pier", "enter", "f")
    )


def test_search_bar_open(snap_compare, tmp_path):
    assert snap_compare(
        reader_app(tmp_path), terminal_size=SIZE, run_before=opened("slash", *"fer")
    )


def test_quote_reason_dialog(snap_compare, tmp_path):
    assert snap_compare(
        reader_app(tmp_path),
        terminal_size=SIZE,
        run_before=opened("w", offset=span("Nobody will")[0]),
    )


def test_visual_selection(snap_compare, tmp_path):
    assert snap_compare(
        reader_app(tmp_path), terminal_size=SIZE, run_before=opened("j", "j", "v", "j", "j")
    )


def test_highlight_dialog(snap_compare, tmp_path):
    async def run_before(pilot) -> None:
        screen = await open_article(pilot.app, pilot)
        screen.view.go_to(span("Its chief")[0])
        await pilot.press("m", *"check the refund figure")
        dialog = pilot.app.screen
        assert isinstance(dialog, HighlightDialog)
        for input in dialog.query("Input"):
            input.cursor_blink = False
        await pilot.pause()

    assert snap_compare(reader_app(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_highlights_in_text_and_sidebar(snap_compare, tmp_path):
    async def run_before(pilot) -> None:
        screen = await open_article(pilot.app, pilot)
        screen.view.go_to(span("Its chief")[0])
        await pilot.press("m", *"refunds", "enter")
        await settled(pilot)
        screen.view.go_to(span("Kelloway")[0])
        await pilot.press("e")
        await pilot.click("#colour-pink")
        await pilot.press("ctrl+s")
        await settled(pilot)
        screen.sidebar.collapse("people")
        screen.sidebar.collapse("figures")
        await pilot.pause()

    assert snap_compare(reader_app(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_light_theme_restyles_the_marks(snap_compare, tmp_path):
    app = reader_app(tmp_path)
    app.theme = "reader-light"
    assert snap_compare(app, terminal_size=SIZE, run_before=opened("j", "j", "v", "j"))


@pytest.fixture
def fixed_config(monkeypatch):
    """The help names the config file: the same path on every machine."""
    monkeypatch.setenv("READER_CONFIG", "/home/you/.config/reader/config.toml")


def test_help_at_80_by_24(snap_compare, tmp_path, fixed_config):
    assert snap_compare(
        reader_app(tmp_path), terminal_size=(80, 24), run_before=opened("question_mark")
    )


def test_help_at_80_by_24_scrolled_to_the_end(snap_compare, tmp_path, fixed_config):
    assert snap_compare(
        reader_app(tmp_path), terminal_size=(80, 24), run_before=opened("question_mark", "G")
    )


def test_help_at_200_by_60(snap_compare, tmp_path, fixed_config):
    assert snap_compare(
        reader_app(tmp_path), terminal_size=(200, 60), run_before=opened("question_mark")
    )
