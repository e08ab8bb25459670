"""The garbage collector stops the screen seldom and briefly (``reader/tui/collector.py``), and
nothing keeps a closed screen's drawn lines alive (``release_styles_caches``)."""

from __future__ import annotations

import gc
import weakref
from contextlib import contextmanager

from snapshot_apps.library import fill_library, library_ready
from textual._styles_cache import StylesCache
from textual.color import Color
from textual.screen import Screen

from reader.tui.app import ReaderApp
from reader.tui.collector import (
    ANSWERED_SECONDS,
    DUE_AFTER,
    KEPT_OUT_WALK,
    PAUSE_SECONDS,
    READING_SECONDS,
    IdleCollector,
    keep_imports_out,
    keep_out_of_collections,
    put_everything_back,
)
from reader.tui.textual_internals import release_styles_caches


class Cycle:
    """An object only the collector can free (it refers to itself)."""

    def __init__(self) -> None:
        self.me = self


@contextmanager
def imports_frozen():
    """As ``reader open`` starts: what exists now is out of the collector's walk."""
    assert gc.get_freeze_count() == 0, "the test process froze nothing before"
    keep_imports_out()
    try:
        yield
    finally:
        put_everything_back()


def make_due() -> None:
    for _ in range(DUE_AFTER):
        gc.collect(1)  # as many younger collections as make a full one due


async def test_the_app_collects_garbage_again_after_its_first_frame(tmp_path):
    """`reader open` starts the app with the collector off (see cli.open_command)."""
    gc.disable()
    try:
        app = ReaderApp(db_path_override=str(tmp_path / "library.db"))
        async with app.run_test() as pilot:
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.enable()


async def test_the_app_reports_keys_and_screens_to_its_collector(tmp_path):
    app = ReaderApp(db_path_override=str(tmp_path / "library.db"))
    async with app.run_test() as pilot:
        await library_ready(pilot)
        collector = app.collector
        before = collector.last_input
        await pilot.press("j")
        assert collector.last_input > before, "a key is input"
        app._answering()  # the screen as it is now: seen
        assert not app._answering()
        await app.push_screen(Screen())
        assert app._answering(), "a screen opened: counted as a key"
        assert collector.last_input > before


def test_a_due_full_collection_runs_in_the_first_pause_after_a_key():
    with imports_frozen():
        collector = IdleCollector()
        assert collector.tick() is None, "no pause yet"
        gc.collect()
        collector.last_input -= READING_SECONDS
        collector.since_everything = 0
        assert collector.tick() is None, "nothing due, nothing collected since"
        make_due()
        collector.input_seen()
        assert collector.tick() is None, "the reader is at the keys"
        collector.last_input -= PAUSE_SECONDS
        assert collector.tick() == "due"
        assert gc.get_count()[2] == 0
        assert collector.tick() is None, "a long pause is not here yet"
        collector.last_input -= READING_SECONDS
        assert collector.tick() == "all"
        assert collector.tick() is None


def test_a_due_collection_runs_just_after_the_answer_is_drawn():
    """Not in the next pause: the reader's next key may come before it."""
    with imports_frozen():
        collector = IdleCollector()
        make_due()
        key = collector.input_seen()
        assert collector.tick() is None, "the answer is not on screen yet"
        assert collector.answer_drawn(key)
        assert collector.tick() is None, "its frame may still be being written out"
        collector.answered_at -= ANSWERED_SECONDS
        assert collector.tick() == "due"


def test_a_stale_answer_is_not_the_last_keys():
    with imports_frozen():
        collector = IdleCollector()
        make_due()
        first = collector.input_seen()
        collector.input_seen()
        assert not collector.answer_drawn(first), "a second key came before the first's frame"
        assert collector.answered_at is None
        assert collector.tick() is None


async def test_the_app_tells_its_collector_when_a_keys_answer_is_drawn(tmp_path):
    app = ReaderApp(db_path_override=str(tmp_path / "library.db"))
    async with app.run_test() as pilot:
        await library_ready(pilot)
        collector = app.collector
        await pilot.press("question_mark")
        await pilot.pause()
        assert collector.answered_at is not None
        assert collector.answered_at >= collector.last_input


async def test_a_tick_while_the_app_closes_collects_nothing(tmp_path):
    """The timer set once an answer is drawn may fire when no screen is left."""
    app = ReaderApp(db_path_override=str(tmp_path / "library.db"))
    async with app.run_test() as pilot:
        await library_ready(pilot)
    assert not app.screen_stack, "closed"
    assert app._answering()
    assert app.collector.tick() is None


def test_no_collection_while_the_app_works_on_an_answer():
    with imports_frozen():
        collector = IdleCollector(busy=lambda: True)
        make_due()
        collector.last_input -= READING_SECONDS
        assert collector.tick() is None


def test_a_process_that_froze_nothing_keeps_pythons_cadence():
    collector = IdleCollector()
    make_due()
    collector.last_input -= READING_SECONDS
    assert collector.tick() is None
    assert gc.get_count()[2] >= DUE_AFTER


def test_lasting_objects_leave_the_walk_only_where_the_imports_were_frozen():
    keep_out_of_collections()
    assert gc.get_freeze_count() == 0, "a process that never froze keeps Python's bookkeeping"
    with imports_frozen():
        frozen = gc.get_freeze_count()
        lasting = [[index] for index in range(1000)]
        keep_out_of_collections()
        assert gc.get_freeze_count() >= frozen + len(lasting)


def test_the_long_pause_frees_a_cycle_dropped_after_it_was_left_out():
    with imports_frozen():
        collector = IdleCollector()
        collector.tick()
        dropped = Cycle()
        alive = weakref.ref(dropped)
        keep_out_of_collections()
        del dropped
        gc.collect()
        assert alive() is not None, "left out of the walk, not freed by a collection"
        collector.last_input -= READING_SECONDS
        assert collector.tick() == "all"
        assert alive() is None
        assert gc.get_freeze_count() > 0, "what lives is left out again"


def test_garbage_kept_out_stays_bounded_with_no_long_pause():
    """Without a long pause, everything is walked at a short one once ``KEPT_OUT_WALK`` things
    were kept out since the last such walk."""
    with imports_frozen():
        collector = IdleCollector()
        gc.collect()
        collector.last_input -= PAUSE_SECONDS
        for _ in range(KEPT_OUT_WALK - 1):
            keep_out_of_collections()
            assert collector.tick() is None, "fewer kept out than the bound: fine"
        keep_out_of_collections()
        assert collector.tick() == "all"
        assert collector.tick() is None, "counted again from the walk"


def test_a_tick_never_counts_what_is_kept_out(monkeypatch):
    """Python counts the objects left out by walking them all (~25 ms in a started app): a
    tick, every 0.1 s, must not ask, whatever state the collector is in."""
    with imports_frozen():
        collector = IdleCollector()

        def walks_them_all() -> int:
            raise AssertionError("gc.get_freeze_count() walks every object kept out")

        monkeypatch.setattr(gc, "get_freeze_count", walks_them_all)
        for pause in (0, PAUSE_SECONDS, READING_SECONDS, PAUSE_SECONDS):
            collector.last_input -= pause
            make_due()
            collector.tick()
            keep_out_of_collections()
            collector.tick()


async def test_the_library_rows_leave_the_walk_once_shown(tmp_path):
    db = tmp_path / "library.db"
    fill_library(db)
    with imports_frozen():
        app = ReaderApp(db_path_override=str(db))
        async with app.run_test() as pilot:
            frozen = gc.get_freeze_count()
            await library_ready(pilot)
            await pilot.pause()
            rows = app.screen.rows
            assert rows and gc.get_freeze_count() > frozen
            assert all(walked is not rows for walked in gc.get_objects())


def test_a_styles_cache_goes_with_its_widget():
    """Textual keeps up to 1,024 of them alive, with their drawn lines, through an
    ``lru_cache`` on a method (Textualize/textual#6665)."""
    release_styles_caches()
    cache = StylesCache()
    gone = weakref.ref(cache)
    inner, outer = cache.get_inner_outer(Color(10, 20, 30), Color(200, 100, 0, 0.5))
    assert inner.background == Color(10, 20, 30) + Color(200, 100, 0, 0.5)
    assert outer.background == Color(10, 20, 30)
    del cache
    assert gone() is None
