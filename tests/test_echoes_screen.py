"""Echoes on the article screen, in a library of two articles analysed by the real pipeline
that share two quotes (one of them given to another speaker): the echoed quotes are marked in
the text and the sidebar once a thread worker has read them, and ``o`` opens the quote's group."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from article_samples import screen_text
from news_articles import GAZETTE, WIRE
from news_library import build_news_library, site

from reader.config import Config
from reader.tui.app import ReaderApp
from reader.tui.dialogs.echoes import EchoGroupDialog
from reader.tui.screens.article import ArticleScreen

MINISTER = "We will not let another summer pass"
FARMER = "Nobody asked the people who actually use the water"
UNION = "remains deeply concerned about the cost"


@pytest.fixture(scope="module")
def library(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("echoes-screen") / "library.db"
    return path, build_news_library(path, (GAZETTE, WIRE))


async def open_with_echoes(app: ReaderApp, pilot, article_id: str) -> ArticleScreen:
    screen = ArticleScreen(article_id=article_id)
    await app.push_screen(screen)
    for _ in range(300):
        await pilot.pause(0.02)
        if screen.echo_groups is not None:
            break
    await pilot.pause()
    assert screen.echo_groups is not None, "the echoes worker never answered"
    return screen


def quote_starting(screen: ArticleScreen, words: str):
    text = screen.analysis.article.text
    return next(q for q in screen.analysis.quotes if text[q.start :].startswith(words))


def sidebar_quote_rows(screen: ArticleScreen) -> list[str]:
    sidebar = screen.sidebar
    return [sidebar.row_text(node) for node in sidebar.sections["quotes"].rows]


async def test_echoed_quotes_are_marked_and_o_opens_the_group(library):
    path, ids = library
    app = ReaderApp(db_path_override=str(path), config=Config(theme="reader-dark"))
    async with app.run_test(size=(100, 36)) as pilot:  # narrow: speakers below paragraphs
        screen = await open_with_echoes(app, pilot, ids[GAZETTE.slug])
        minister, farmer = quote_starting(screen, MINISTER), quote_starting(screen, FARMER)
        assert set(screen.echo_groups) == {minister.start, farmer.start}

        shown = screen_text(screen)
        assert "— Ilse Marrow ↻1" in shown and "— Tomas Greer ↻1" in shown
        assert "Farmers Union ↻" not in shown
        rows = sidebar_quote_rows(screen)
        assert sum("↻1" in row for row in rows) == 2
        assert not any("↻" in row for row in rows if UNION.split()[0] in row)

        screen.view.go_to(quote_starting(screen, UNION).start)
        await pilot.press("o")  # a quote no other article has: a note, no dialog
        assert not isinstance(app.screen, EchoGroupDialog)

        screen.view.go_to(farmer.start)
        await pilot.press("o")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EchoGroupDialog)
        assert [o.outlet for o in dialog.group.occurrences] == [site(GAZETTE), site(WIRE)]
        warning = str(dialog.query_one("#echo-disagreement").render())
        assert f"{site(GAZETTE)} attributes this to Tomas Greer" in warning
        assert f"{site(WIRE)} to Ruth Calloway" in warning

        await pilot.press("down", "enter")  # the other outlet's article, at the quote
        for _ in range(200):
            await pilot.pause(0.02)
            shown = app.screen
            if isinstance(shown, ArticleScreen) and shown is not screen and shown.analysis:
                break
        other = app.screen
        assert isinstance(other, ArticleScreen) and other.analysis.id == ids[WIRE.slug]
        wire_text = other.analysis.article.text
        assert wire_text[other.view.cursor_offset :].startswith("Nobody asked the people")


async def test_a_library_saved_before_the_echo_index_is_indexed_in_the_worker(library, tmp_path):
    path, ids = library
    old = tmp_path / "old.db"
    shutil.copy(path, old)
    with sqlite3.connect(old) as conn:
        for table in ("echo_pairs", "echo_shingles", "echo_quotes", "echo_articles"):
            conn.execute(f"delete from {table}")
    app = ReaderApp(db_path_override=str(old), config=Config(theme="reader-dark"))
    async with app.run_test(size=(100, 36)) as pilot:
        screen = await open_with_echoes(app, pilot, ids[WIRE.slug])
        assert len(screen.echo_groups) == 2
        assert "— Ruth Calloway ↻1" in screen_text(screen)


async def test_an_article_quoted_nowhere_else_is_not_redrawn_when_its_echoes_arrive(
    library, tmp_path, monkeypatch
):
    """The echoes are looked up after the first frame; finding none changes nothing drawn (the
    article is not restyled when the answer comes)."""
    from reader.tui.article import echoes

    path, ids = library
    alone = tmp_path / "alone.db"
    shutil.copy(path, alone)
    with sqlite3.connect(alone) as conn:
        conn.execute("delete from echo_pairs")
    asked: list[str] = []
    restyled_after: list[str] = []
    look_up, restyle = echoes.look_up, ArticleScreen._restyle

    def looking_up(screen, article_id):
        asked.append(article_id)
        look_up(screen, article_id)

    def restyling(screen):
        if asked:
            restyled_after.append(screen.analysis.id)
        restyle(screen)

    monkeypatch.setattr(echoes, "look_up", looking_up)
    monkeypatch.setattr(ArticleScreen, "_restyle", restyling)
    app = ReaderApp(db_path_override=str(alone), config=Config(theme="reader-dark"))
    async with app.run_test(size=(100, 36)) as pilot:
        screen = await open_with_echoes(app, pilot, ids[GAZETTE.slug])
        assert screen.echo_groups == {}
        assert asked == [ids[GAZETTE.slug]]
        assert restyled_after == []
        assert "↻" not in screen_text(screen)


async def test_a_group_known_in_part_says_at_least(library):
    """A quote echoed more widely than the index follows (``EchoIndex.component``) has its
    group read in part: the dialog's count is a floor, and says so."""
    path, ids = library
    app = ReaderApp(db_path_override=str(path), config=Config(theme="reader-dark"))
    async with app.run_test(size=(100, 36)) as pilot:
        screen = await open_with_echoes(app, pilot, ids[GAZETTE.slug])
        farmer = quote_starting(screen, FARMER)
        for complete, title in ((True, "in 2 articles"), (False, "in at least 2 articles")):
            screen.echo_groups[farmer.start].complete = complete
            screen.view.go_to(farmer.start)
            await pilot.press("o")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, EchoGroupDialog)
            shown = str(dialog.query_one(".dialog-title").render())
            assert shown.endswith(title) and ("at least" in shown) is not complete
            await pilot.press("escape")
            await pilot.pause()
