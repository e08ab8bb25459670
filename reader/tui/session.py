"""The app's library for one session: opened, and checked for damage, once.

Opening a library runs SQLite's ``quick_check`` (about 1 s on a 175 MB file) and recovers a
damaged file; doing that on every write or search made the reader wait, and ran the check again
whenever a WAL checkpoint touched the file. Here the first open checks; every later one only
connects. Each thread gets its own connection (SQLite's rule for sharing one between threads is
"don't", and WAL lets readers and the one writer proceed side by side), and only threads use it:
event handlers hand store work to thread workers, so the screen never waits on the file.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from reader.store import Library, open_library


class LibrarySession:
    def __init__(self, path: Path, on_recovery: Callable[[str], None]) -> None:
        self.path = path
        self._on_recovery = on_recovery
        self._ui_thread = threading.get_ident()
        self._lock = threading.Lock()
        self._checked = False
        self._local = threading.local()

    def library(self) -> Library:
        """This thread's connection to the library; the session's first one checks the file
        (and recovers a damaged one). Raises ``ReaderError`` when the library cannot be used.

        Not for the UI thread: run store work in a thread worker.
        """
        if threading.get_ident() == self._ui_thread:
            raise RuntimeError("the library is used from thread workers, not the UI thread")
        library = getattr(self._local, "library", None)
        if library is None:
            with self._lock:
                if self._checked:
                    library = Library(self.path)
                else:
                    library = open_library(self.path, on_recovery=self._on_recovery)
                    self._checked = True
            self._local.library = library
        return library

    def close(self) -> None:
        """Let go of the connections (when the app exits). Each closes when no thread uses it
        any more: closing one under a worker that is still reading crashes SQLite. Then the
        write-ahead log is copied into the library file, so that the file alone holds every
        article and highlight once the app has quit (a copy of it without its ``-wal`` beside
        it would otherwise lack the session's writes)."""
        with self._lock:
            self._local = threading.local()
            if self._checked:
                _checkpoint(self.path)


def _checkpoint(path: Path) -> None:
    try:
        with closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=1)
        ) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # busy with another program, or read-only: the next close checkpoints it
