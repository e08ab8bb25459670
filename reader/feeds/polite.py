"""A polite delay between requests to the same host."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlsplit

HOST_DELAY_SECONDS = 1.0
"""Seconds between two requests to one host (feeds and their article pages)."""


class HostDelay:
    """Waits before a request until ``delay`` seconds have passed since the last one to that
    host; other hosts are not held up by it."""

    def __init__(
        self,
        delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = HOST_DELAY_SECONDS if delay is None else delay
        self.clock, self.sleep = clock, sleep
        self._last: dict[str, float] = {}

    def wait(self, url: str) -> float:
        """Sleep as long as politeness asks before requesting ``url``; return the wait."""
        host = (urlsplit(url).hostname or "").lower()
        last = self._last.get(host)
        now = self.clock()
        wait = 0.0 if last is None else max(0.0, last + self.delay - now)
        if wait:
            self.sleep(wait)
        self._last[host] = self.clock()  # when it was let go, however long the sleep took
        return wait
