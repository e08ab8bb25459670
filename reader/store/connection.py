"""The SQLite connection under a library: opening it, one write transaction, busy errors.

Plain ``sqlite3`` only: reopening an article must not import sqlite-utils (it costs more
than everything else a reopen does).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.errors import LibraryError

BUSY_TIMEOUT_MS = 5_000
RETRY_SECONDS = 0.01


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def make_folder(path: Path) -> None:
    """Create the folder the library file lives in (on a new machine, nothing of reader's
    exists yet); a folder that cannot be created is one line, not a traceback."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(
            f"library folder {path.parent} cannot be created: {error.strerror}"
        ) from None


def connect(path: Path, busy_timeout: float, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the library file; ``read_only`` never creates or changes the file."""
    if read_only:
        conn = _read_only(path, busy_timeout)
    else:
        conn = sqlite3.connect(path, timeout=busy_timeout, check_same_thread=False)
    # A damaged text is shown with U+FFFD rather than failing the whole read.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    return conn


def _read_only(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """A read-only connection. Reading a WAL library needs its ``-shm`` file; in a folder where
    that cannot be made, the file is read as it is (``immutable``: nobody can be writing it)."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(
        f"{uri}?mode=ro", uri=True, timeout=busy_timeout, check_same_thread=False
    )
    try:
        conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        if "unable to open" not in str(error):
            return conn  # busy, say: the caller meets it again and says so
        conn.close()
        conn = sqlite3.connect(
            f"{uri}?mode=ro&immutable=1", uri=True, timeout=busy_timeout, check_same_thread=False
        )
    return conn


def read(conn: sqlite3.Connection, sql: str, params: Sequence[Any], timeout: float):
    """Run a read, trying again while another process holds the library for a moment.

    SQLite's busy timeout does not reach everywhere: FTS5 opens its tables inside the
    query, and one that meets a process creating the library fails at once.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            return conn.execute(sql, params)
        except sqlite3.OperationalError as error:
            if not _is_transient(error) or time.monotonic() > deadline:
                raise
            time.sleep(RETRY_SECONDS)


@contextmanager
def transaction(conn: sqlite3.Connection, path: Path, timeout: float) -> Iterator[None]:
    """One write transaction, taken up front so a busy library is waited for, not failed.

    Inside another transaction it is a savepoint: all of it or none of it, within the outer one.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT reader")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO reader")
            conn.execute("RELEASE reader")
            raise
        conn.execute("RELEASE reader")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise library_error(path, error, timeout) from error
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise library_error(path, error, timeout) from error


def is_busy(error: sqlite3.OperationalError) -> bool:
    """Another connection holds the library (the busy timeout ran out)."""
    return "locked" in str(error) or "busy" in str(error)


def _is_transient(error: sqlite3.OperationalError) -> bool:
    return is_busy(error) or "vtable constructor failed" in str(error)


def busy_message(path: Path, timeout: float) -> str:
    return (
        f"library {path} is busy: another program kept it locked for {timeout:g} s;"
        " try again when it is done"
    )


def library_error(path: Path, error: sqlite3.OperationalError, timeout: float) -> LibraryError:
    if is_busy(error):
        return LibraryError(busy_message(path, timeout))
    return LibraryError(f"library {path} cannot be used: {error}")
