"""When the garbage collector walks the app's objects: in the pauses between keys, and seldom
over what lasts.

A full collection walks every object the collector tracks and stops the screen while it does;
Textual makes many (each drawn line is ~15 of them). Three things keep it out of the way of a
key. What the app holds for the session (Textual's imports, frozen by ``reader open``; the
library's rows and their drawn table, ``keep_out_of_collections``) is left out of the walk, so a
full collection walks only an open article and the garbage of the last few keys. The one that
falls due runs just after a key's answer is drawn (or in the first pause), half way to Python's
automatic one, so that one seldom lands inside a key. And after a long pause the collector walks
everything once (the objects kept out are put back first), so that a cycle that was kept out
and has since been dropped is freed too (at the latest at a short pause once ten things
were kept out since).

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
ANSWERED_SECONDS = 0.03
"""A key's answer has been on screen this long (its frame written out): a due collection runs
now, long before the reader can react to what the key showed, rather than in the next pause
(which the next key of a reader who knows where they are going may not leave)."""
READING_SECONDS = 1.0
"""No input for this long: the reader is reading; the one collection that walks everything runs
(the objects kept out put back first, then kept out again), if anything was collected or kept
out since the last one."""
KEPT_OUT_WALK = 10
"""... and at a short pause once this many things were kept out since it, so that what was kept
out and has since been dropped (a closed article's cycles, ~1.5 MB) stays bounded with no pause
at all."""


class _KeptOut:
    """What this process has left out of the walk. Counted here because asking Python
    (``gc.get_freeze_count``) walks every object left out: ~25 ms for the ~190,000 of a started
    app, which a tick every 0.1 s paid inside the keys it landed on."""

    active = False
    """The imports were left out at start (``reader open``): the app collects in pauses."""
    since_walk = 0
    """Things kept out since everything was last walked."""


def keep_imports_out() -> None:
    """At start, once the imports are done: what they made lives as long as the process."""
    gc.freeze()
    _KeptOut.active = True


def put_everything_back() -> None:
    """Undo ``keep_imports_out`` (a test that started like ``reader open``)."""
    gc.unfreeze()
    _KeptOut.active, _KeptOut.since_walk = False, 0


def collect_for_a_screen() -> None:
    """Turn the collector back on (``reader open`` starts with it off, see there)."""
    gc.enable()


def keep_out_of_collections() -> None:
    """Leave everything alive now out of the full collections until the next idle one: call it
    once something big and lasting is built. Only where the start-up kept the imports out
    (``reader open``): a process that never did (a test run) keeps Python's own bookkeeping."""
    if _KeptOut.active:
        gc.freeze()
        _KeptOut.since_walk += 1


class IdleCollector:
    """Runs full collections in the pauses between keys (``tick``, on a timer)."""

    def __init__(self, busy: Callable[[], bool] = lambda: False) -> None:
        self.busy = busy
        """True while the app works on the answer to a key: no pause yet."""
        self.last_input = time.monotonic()
        self.inputs = 0
        """Inputs seen so far: the number of the one whose answer is awaited."""
        self.answered_at: float | None = None
        """When the answer to the last input was drawn (None: not yet)."""
        self.since_everything = 0
        """Due collections since the last collection of everything."""

    def input_seen(self) -> int:
        """A key, a click or a screen change; returns its number for ``answer_drawn``."""
        self.last_input = time.monotonic()
        self.answered_at = None
        self.inputs += 1
        return self.inputs

    def answer_drawn(self, input_number: int) -> bool:
        """The frame answering input ``input_number`` is drawn; False if another came since."""
        if input_number != self.inputs:
            return False
        self.answered_at = time.monotonic()
        return True

    def tick(self) -> str | None:
        """Collect what is due if the reader has paused: "due" (what is not kept out), "all"
        (everything, after a long pause), None (nothing now)."""
        if not _KeptOut.active or not gc.isenabled() or self.busy():
            return None  # (nothing kept out at start: not `reader open`, Python's own cadence)
        now = time.monotonic()
        paused = now - self.last_input
        answered = self.answered_at is not None and now - self.answered_at >= ANSWERED_SECONDS
        if (answered or paused >= PAUSE_SECONDS) and gc.get_count()[2] >= DUE_AFTER:
            gc.collect()
            self.since_everything += 1
            return "due"
        kept_out = _KeptOut.since_walk
        reading = paused >= READING_SECONDS and (self.since_everything or kept_out)
        if reading or (paused >= PAUSE_SECONDS and kept_out >= KEPT_OUT_WALK):
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            self.since_everything, _KeptOut.since_walk = 0, 0
            return "all"
        return None
