"""Opening a library: the folder made, a damaged file recovered, then ``Library``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.errors import LibraryError
from reader.store.connection import BUSY_TIMEOUT_MS, make_folder
from reader.store.library import Library
from reader.store.recovery import recover_if_damaged


class LibraryRecovered(LibraryError):
    """The library file was damaged; it was moved aside and a new one holds what was saved.

    Raised by ``open_library`` (when no ``on_recovery`` callback is given) after the recovery
    has finished, so the next open just works.
    """


def open_library(
    path: str | Path,
    *,
    busy_timeout: float = BUSY_TIMEOUT_MS / 1000,
    on_recovery: Callable[[str], None] | None = None,
) -> Library:
    """Open (or create) the library at ``path``.

    A damaged file is moved aside (never deleted) and replaced by a new library holding
    every article and highlight SQLite could still read. The one-line account of that is
    passed to ``on_recovery``; without it, ``LibraryRecovered`` is raised once the new
    library is in place.
    """
    path = Path(path)
    make_folder(path)
    message = recover_if_damaged(path, busy_timeout)
    if message is not None:
        if on_recovery is None:
            raise LibraryRecovered(f"{message}; open it again to go on")
        on_recovery(message)
    return Library(path, busy_timeout=busy_timeout)
