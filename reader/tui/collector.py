"""When the garbage collector walks every object: rarely, and while the reader is idle.

A full collection walks every object the app keeps (the library's rows, the lines each widget
keeps drawn: ~150,000 in a session over 10,000 articles) and stops the screen while it does. On
the latency bench Python's default cadence ran one about every ten keys, up to a second each on
a loaded machine: the long tail of every keypress. Here the automatic full collection comes ten
times rarer, and the one that falls due meanwhile runs once no key or click has come for a
moment. Young cycles are collected as often as before.
"""

from __future__ import annotations

import gc
import time

FULL_COLLECTION_AFTER = 100
"""Younger collections between two automatic full ones (Python's default is 10)."""
DUE_AFTER = 10
"""Younger collections after which a full one is due (Python's default): run when idle."""
IDLE_SECONDS = 1.0
"""No key or click for this long: the reader is reading, a full collection will not be felt."""


def collect_for_a_screen() -> None:
    """Turn the collector on (``reader open`` starts with it off, see there), full collections
    ten times rarer than Python's default."""
    gc.enable()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_AFTER)


class IdleCollector:
    """Runs the full collection that is due while the reader is idle (``tick``, on a timer)."""

    def __init__(self) -> None:
        self.last_input = time.monotonic()

    def input_seen(self) -> None:
        self.last_input = time.monotonic()

    def tick(self) -> bool:
        """Collect everything if a full collection is due and the reader has been idle for
        ``IDLE_SECONDS``; True when it did."""
        if not gc.isenabled() or gc.get_count()[2] < DUE_AFTER:
            return False
        if time.monotonic() - self.last_input < IDLE_SECONDS:
            return False
        gc.collect()
        return True
