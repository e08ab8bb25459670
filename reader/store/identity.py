"""Whose file is this? reader touches only its own libraries.

A library is marked in its SQLite header: ``application_id`` is ``APPLICATION_ID`` and
``user_version`` the schema version (the number of migrations applied). Libraries from before
the marks are recognised by their migration record. Anything else that is not empty (a
notes.txt, another program's database) is foreign: refused, never opened for writing. A file
whose header is damaged but that still holds reader's tables is ours, and recovery may save it.
"""

from __future__ import annotations

import re
import sqlite3
from enum import Enum
from pathlib import Path

from reader.errors import LibraryError

APPLICATION_ID = 0x52454144
"""``PRAGMA application_id`` of a reader library: "READ" in ASCII."""
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 100
SNIFF_BYTES = 4 << 20
"""How much of a file with a damaged header is searched for reader's schema."""
OUR_SCHEMA = (
    re.compile(rb"CREATE TABLE [\"\[`]?highlights[\"\]`]?", re.IGNORECASE),
    re.compile(rb"_sqlite_migrations"),
)


class ForeignFile(LibraryError):
    """The file is not a reader library; it was left exactly as it was."""


class Identity(Enum):
    NEW = "new"
    """Missing, or empty (a zero-byte file is a valid empty SQLite database)."""
    OURS = "ours"
    NEWER = "newer"
    """Ours, written by a newer reader: read it, never write it."""


def identify(path: Path, schema_version: int) -> tuple[Identity, int]:
    """What the file at ``path`` is, and its schema version; ``ForeignFile`` when it is not
    reader's. Only reads: the file is never changed here."""
    try:
        with path.open("rb") as file:
            header = file.read(HEADER_BYTES)
    except FileNotFoundError:
        return Identity.NEW, 0
    except IsADirectoryError:
        raise ForeignFile(f"library {path} is a folder, not a library file") from None
    except OSError as error:
        raise LibraryError(f"library {path} cannot be read: {error.strerror}") from None
    if not header:
        return Identity.NEW, 0
    if header.startswith(SQLITE_MAGIC) and len(header) == HEADER_BYTES:
        version = int.from_bytes(header[60:64], "big")
        application = int.from_bytes(header[68:72], "big")
        if application == APPLICATION_ID:
            return (Identity.NEWER if version > schema_version else Identity.OURS), version
        if application == 0:
            # In WAL mode the marks reach the file's header at a checkpoint; SQLite reads the
            # newest schema. No tables yet: a library that another process is creating.
            schema, version = _schema(path)
            if schema == "marked":
                return (Identity.NEWER if version > schema_version else Identity.OURS), version
            if schema == "empty":
                return Identity.NEW, 0
            if schema == "reader":
                return Identity.OURS, version
    if _looks_like_ours(path):
        return Identity.OURS, 0  # damaged where the marks are, but reader's: recovery decides
    raise ForeignFile(
        f"{path} is not a reader library (another program's file?); it was left as it was:"
        " give --db a new file name or an existing library"
    )


def _schema(path: Path) -> tuple[str, int]:
    """What SQLite itself reads (the WAL included): ``marked`` (reader's marks),
    ``empty`` (no tables yet: a library being created), ``reader`` (reader's migrations
    recorded: a library from before the marks), ``other`` or ``unreadable``; and the
    ``user_version``."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return "unreadable", 0
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
            return "marked", version
        tables = {name for (name,) in conn.execute("select name from sqlite_master")}
        if not tables:
            return "empty", version
        if (
            "_sqlite_migrations" in tables
            and conn.execute(
                "select count(*) from _sqlite_migrations where migration_set = 'reader'"
            ).fetchone()[0]
        ):
            return "reader", version
        return "other", version
    except sqlite3.Error:
        return "unreadable", 0
    finally:
        conn.close()


def _looks_like_ours(path: Path) -> bool:
    """reader's schema text in the file's first pages, where SQLite keeps its schema."""
    try:
        with path.open("rb") as file:
            start = file.read(SNIFF_BYTES)
    except OSError:
        return False
    return all(pattern.search(start) for pattern in OUR_SCHEMA)


def can_write(path: Path) -> bool:
    """Whether the library file (or, for a new one, its folder) can be written: a read-only
    file, an immutable one (``chattr +i``, which stops even root) or a read-only folder."""
    import tempfile

    try:
        if path.exists():
            with path.open("r+b"):
                pass
        with tempfile.TemporaryFile(dir=path.parent):  # WAL needs files beside the library
            pass
    except OSError:
        return False
    return True
