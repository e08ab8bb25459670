"""When the garbage collector walks the app's objects: in the pauses between keys, and seldom
over what lasts.

A full collection walks every object the collector tracks and stops the screen while it does;
Textual makes many (each drawn line is ~15 of them). Three things keep it out of the way of a
key. What the app holds for the session (Textual's imports, frozen by ``reader open``; the
library's rows and their drawn table, ``keep_out_of_collections``) is left out of the walk, so a
full collection walks only an open article and the garbage of the last few keys. The one that
falls due runs in the first pause after a key's answer is drawn, half way to Python's automatic
one, so that one seldom lands inside a key. And after a long pause the collector walks
everything once (the objects kept out are put back first), so that a cycle that was kept out
and has since been dropped is freed too (at the latest once it is ten times what lives).

An open article is not kept out: it is dropped when the reader goes back, and a closed
article's cycles kept out until the next long pause cost ~1.5 MB each when articles are opened
one after another (30 in a row: 162 MB against 83 MB).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

DUE_AFTER = 5
"""Younger collections after which a full one is due: half way to Python's automatic one (10),
so that a pause usually comes first and the automatic one seldom runs inside a key."""
PAUSE_SECONDS = 0.1
"""No key or click for this long: the last key's answer is on screen, the reader is looking at
it (a person answers a screen in no less than ~0.2 s); a due collection runs now."""
READING_SECONDS = 1.0
"""No input for this long: the reader is reading; the one collection that walks everything runs
(the objects kept out put back first, then kept out again), if anything was collected or kept
out since the last one."""
OUTGROWN = 10
"""... and at a short pause once this many times as many objects are kept out as after the last
one, so that what was kept out and has since been dropped stays bounded with no pause at all."""


def collect_for_a_screen() -> None:
    """Turn the collector back on (``reader open`` starts with it off, see there)."""
    gc.enable()


def keep_out_of_collections() -> None:
    """Leave everything alive now out of the full collections until the next idle one: call it
    once something big and lasting is built. Only where the start-up froze the imports (``reader
    open``): a process that never froze (a test run) keeps Python's own bookkeeping."""
    if gc.get_freeze_count() > 0:
        gc.freeze()


class IdleCollector:
    """Runs full collections in the pauses between keys (``tick``, on a timer)."""

    def __init__(self, busy: Callable[[], bool] = lambda: False) -> None:
        self.busy = busy
        """True while the app works on the answer to a key: no pause yet."""
        self.last_input = time.monotonic()
        self.since_everything = 0
        """Due collections since the last collection of everything."""
        self.kept_out: int | None = None
        """How many objects were kept out right after it (at the first tick, before one)."""

    def input_seen(self) -> None:
        self.last_input = time.monotonic()

    def tick(self) -> str | None:
        """Collect what is due if the reader has paused: "due" (what is not kept out), "all"
        (everything, after a long pause), None (nothing now)."""
        if self.kept_out is None:  # what start-up froze is the first measure of what lives
            self.kept_out = gc.get_freeze_count()
        if not self.kept_out or not gc.isenabled() or self.busy():
            return None  # (nothing frozen at start: not `reader open`, Python's own cadence)
        paused = time.monotonic() - self.last_input
        if paused >= PAUSE_SECONDS and gc.get_count()[2] >= DUE_AFTER:
            gc.collect()
            self.since_everything += 1
            return "due"
        kept_out = gc.get_freeze_count()
        reading = paused >= READING_SECONDS and (self.since_everything or kept_out > self.kept_out)
        if reading or (paused >= PAUSE_SECONDS and kept_out > OUTGROWN * self.kept_out):
            gc.unfreeze()
            gc.collect()
            if kept_out:
                gc.freeze()
            self.since_everything, self.kept_out = 0, gc.get_freeze_count()
            return "all"
        return None
