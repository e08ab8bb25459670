"""Opening a library: whose file it is, whether it can be written, damage, then ``Library``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.errors import LibraryError
from reader.store.connection import BUSY_TIMEOUT_MS, make_folder
from reader.store.identity import ForeignFile, Identity, can_write, identify
from reader.store.library import SCHEMA_VERSION, Library


class LibraryRecovered(LibraryError):
    """The library file was damaged; it was moved aside and a new one holds what was saved.

    Raised by ``open_library`` (when no ``on_recovery`` callback is given) after the recovery
    has finished, so the next open just works.
    """


def _verdict(path: Path) -> tuple[Identity, int, bool]:
    """Whose file it is, its schema version, and whether this process can write it."""
    identity, version = identify(path, SCHEMA_VERSION)
    return identity, version, can_write(path)


def open_library(
    path: str | Path,
    *,
    busy_timeout: float = BUSY_TIMEOUT_MS / 1000,
    on_recovery: Callable[[str], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> Library:
    """Open (or create) the library at ``path``.

    A file that is not reader's is refused (``ForeignFile``) and left as it was. A library
    written by a newer reader, or one this process cannot write, opens read-only: reading
    works, and each write raises ``LibraryError`` (``on_notice`` hears of the newer schema).
    A damaged file is moved aside (never deleted) and replaced by a new library holding every
    article and highlight SQLite could still read. The one-line account of that is passed to
    ``on_recovery``; without it, ``LibraryRecovered`` is raised once the new library is in place.
    """
    path = Path(path)
    make_folder(path)
    try:
        identity, version, writable = _verdict(path)
    except (ForeignFile, FileNotFoundError):
        writable = False
    if not writable:
        # Taken while another opener recovers the file (moving it aside, building the new
        # library in its place), a verdict can be wrong; once no recovery runs, it is right.
        from reader.store.recovery import wait_for_recovery

        wait_for_recovery(path)
        identity, version, writable = _verdict(path)
    if identity is Identity.NEWER:
        reason = f"written by a newer reader, schema {version}; this one knows {SCHEMA_VERSION}"
        if on_notice is not None:
            on_notice(f"library {path} was {reason}: opened read-only")
        return Library(path, busy_timeout=busy_timeout, read_only=reason)
    if not writable:
        if identity is Identity.NEW:
            raise LibraryError(f"library {path} cannot be created: its folder is read-only")
        if version != SCHEMA_VERSION:
            raise LibraryError(
                f"library {path} is read-only and was written by an older reader: make it"
                " writable once so it can be brought up to date"
            )
        return Library(path, busy_timeout=busy_timeout, read_only="the file cannot be written")
    from reader.store.recovery import recover_if_damaged  # (shutil, tempfile: not for a glance)

    message = recover_if_damaged(path, busy_timeout)
    if message is not None:
        if on_recovery is None:
            raise LibraryRecovered(f"{message}; open it again to go on")
        on_recovery(message)
    return Library(path, busy_timeout=busy_timeout)
