"""One library per app session: checked for damage once, used only from thread workers."""

from __future__ import annotations

import threading

import pytest
from article_samples import settled
from snapshot_apps.library import fill_library, library_ready, searched

import reader.store.recovery
from reader.tui.app import ReaderApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.session import LibrarySession


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """Every damage check (``PRAGMA quick_check``) this process runs, by thread name."""
    ran: list[str] = []
    real = reader.store.recovery._quick_check

    def counted(*args, **kwargs):
        ran.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(reader.store.recovery, "_quick_check", counted)
    return ran


async def wait_for(pilot, condition, tries: int = 250) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition never held")


async def test_a_session_of_reads_and_writes_checks_the_library_once(tmp_path, checks):
    db = tmp_path / "library.db"
    fill_library(db)
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=(110, 32)) as pilot:
        await library_ready(pilot)
        await pilot.press("slash", *"Putin")
        await searched(pilot)
        await pilot.press("escape")
        await pilot.press("enter")
        await wait_for(pilot, lambda: getattr(app.screen, "analysis", None) is not None)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        for line in range(3):  # three highlights, each written (and committed) on its own
            article.view.go_to(article.view.index.starts[line * 2])
            await pilot.press("M", "enter")
            await settled(pilot)
        assert len(article.highlights) == 3
        await pilot.press("d", "y")
        await settled(pilot)
        assert len(article.highlights) == 2
        await pilot.press("escape")
        await library_ready(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("d", "y")
        await wait_for(pilot, lambda: len(app.screen.rows) == 3)
    assert len(checks) == 1, checks
    assert checks[0] != threading.main_thread().name, "the check ran in a worker"


def test_the_session_is_not_for_the_ui_thread(tmp_path):
    session = LibrarySession(tmp_path / "library.db", on_recovery=print)
    with pytest.raises(RuntimeError, match="thread workers"):
        session.library()


def test_each_thread_has_its_own_connection_and_only_the_first_checks(tmp_path, checks):
    fill_library(tmp_path / "library.db")
    checks.clear()
    session = LibrarySession(tmp_path / "library.db", on_recovery=print)
    found: dict[str, object] = {}

    def use(name: str) -> None:
        first = session.library()
        assert session.library() is first, "one connection per thread, kept"
        found[name] = first
        assert len(first.articles()) == 4

    for name in ("one", "two"):
        thread = threading.Thread(target=use, args=(name,), name=name)
        thread.start()
        thread.join()
    assert found["one"] is not found["two"]
    assert checks == ["one"]
