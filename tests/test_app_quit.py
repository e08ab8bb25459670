"""Quitting while a long analysis runs: the app exits at once, the model is left behind."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from conftest import ROOT

SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    import reader.processing
    from reader.tui.app import ReaderApp
    from reader.tui.screens.article import ArticleScreen

    started = threading.Event()
    analysis_threads = []

    def endless_process(article, library, runner=None, **_):
        analysis_threads.append(threading.current_thread())
        started.set()
        threading.Event().wait()  # a spaCy batch that never ends

    reader.processing.analysis_for = endless_process
    source, db = sys.argv[1], sys.argv[2]
    app = ReaderApp(sources=[source], db_path_override=db)

    async def auto_pilot(pilot):
        while not started.is_set():
            await pilot.pause(0.05)
        if not Path(source).is_dir():
            assert isinstance(app.screen, ArticleScreen) and app.screen.analysis is None
        await pilot.press("q")

    app.run(headless=True, size=(100, 30), auto_pilot=auto_pilot)
    [thread] = analysis_threads
    print("exited; analysis still running:", thread.is_alive(), "daemon:", thread.daemon)
    """
)


@pytest.mark.parametrize("opened", ["file", "folder"])
def test_q_exits_while_the_analysis_is_still_running(tmp_path, opened):
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "long.txt"
    article.write_text("A long article.\n\nIt takes the model a while.\n", encoding="utf-8")
    source = article if opened == "file" else folder
    script = tmp_path / "quit_mid_analysis.py"
    script.write_text(SCRIPT, encoding="utf-8")
    # Before the fix, Python waited for the executor thread at exit: this never returned.
    done = subprocess.run(
        [sys.executable, str(script), str(source), str(tmp_path / "l.db")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "exited; analysis still running: True daemon: True" in done.stdout


async def test_leaving_the_screen_cancels_the_analysis_worker(tmp_path, monkeypatch):
    import threading

    import reader.processing
    from reader.tui.app import ReaderApp
    from reader.tui.screens.article import ArticleScreen
    from reader.tui.screens.library import LibraryScreen

    started, release = threading.Event(), threading.Event()
    stopped = []

    def slow_process(article, library, runner=None, **_):
        started.set()
        release.wait(30)
        try:
            runner.progress()(1, 2)  # the next chunk boundary: the model is told to stop here
        except Exception as error:
            stopped.append(type(error).__name__)
            raise
        raise AssertionError("the analysis went on after its screen closed")

    monkeypatch.setattr(reader.processing, "analysis_for", slow_process)
    source = tmp_path / "a.txt"
    source.write_text("Some words.\n", encoding="utf-8")
    app = ReaderApp(sources=[str(source)], db_path_override=str(tmp_path / "l.db"))
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            while not started.is_set():
                await pilot.pause(0.02)
            screen = app.screen
            assert isinstance(screen, ArticleScreen)
            [worker] = [w for w in app.workers if w.node is screen]
            await pilot.press("escape")
            assert isinstance(app.screen, LibraryScreen)
            assert worker.is_cancelled
            release.set()
            for _ in range(200):
                if stopped:
                    break
                await pilot.pause(0.02)
            assert stopped == ["Cancelled"]
            assert app.is_running and not any(n.severity == "error" for n in app._notifications)
    finally:
        release.set()
