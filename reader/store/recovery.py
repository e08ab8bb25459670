"""A damaged library file: detect it, move it aside (never delete it), save what can be read.

What is worth saving is what the user made or brought: article texts and highlights. The
analyses are a cache: those of a library from before analyses were tables (one JSON text each)
are kept when they still parse; an analysis spread over table rows may have lost some of them
with the damage, so it is redone when its article is opened.
Reading goes row by row (as sqlite3's ``.recover`` does), skipping past unreadable pages,
and works on a copy so the damaged file stays exactly as it was found.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.errors import LibraryError
from reader.model import Analysis
from reader.store.connection import busy_message, is_busy
from reader.store.highlights import reanchored
from reader.store.identity import SQLITE_MAGIC
from reader.store.library import Library
from reader.store.rows import highlight_from_row, highlight_row
from reader.wording import counted

SIDE_FILES = ("-wal", "-shm", "-journal")
MAX_SKIPS = 64
"""Unreadable stretches a table scan steps over (each time twice as far) before giving up."""

_healthy: set[tuple[str, int, int, int]] = set()
"""Files this process found healthy, by path, inode, size and mtime: the check runs again
only when the main file changed (in WAL mode that is at checkpoints, not at every write)."""


def is_damaged(path: Path, busy_timeout: float, *, remember: bool = True) -> str | None:
    """What is wrong with the library file, or None when it is healthy, new or empty.

    A zero-byte file is a valid empty SQLite database (and what a library looks like for an
    instant while another process creates it), so it is initialised, not moved aside.
    """
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise LibraryError(f"library {path} cannot be read: {error.strerror}") from None
    if stat.st_size == 0:
        return None
    key = (str(path.resolve()), stat.st_ino, stat.st_size, stat.st_mtime_ns)
    if remember and key in _healthy:
        return None
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return None  # moved aside by a recovery that is under way; the caller waits for it
    except OSError as error:
        raise LibraryError(f"library {path} cannot be read: {error.strerror}") from None
    if header != SQLITE_MAGIC:
        return "not a SQLite database"
    problem = _quick_check(path, busy_timeout)
    if problem is None:
        _healthy.add(key)
    return problem


def _known_healthy(path: Path, busy_timeout: float) -> bool:
    """The file was checked and found healthy as it is now (not merely missing or empty)."""
    if is_damaged(path, busy_timeout) is not None:
        return False
    try:
        stat = path.stat()
    except OSError:
        return False
    return (str(path.resolve()), stat.st_ino, stat.st_size, stat.st_mtime_ns) in _healthy


DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
"""The SQLite result codes that say the file itself is damaged. Every other failure (a full
disk, a file-size limit, an I/O error, no permission, no memory) is about the machine: the file
is left where it is and the user gets one line."""


def _quick_check(path: Path, busy_timeout: float) -> str | None:
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout)
    except sqlite3.Error as error:
        raise _unreadable(path, error) from None
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        if is_busy(error):
            raise LibraryError(busy_message(path, busy_timeout)) from None
        if _primary_code(error) not in DAMAGE_CODES:
            raise _unreadable(path, error) from None
        return str(error)
    finally:
        conn.close()
    if rows == [("ok",)]:
        return None
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    first = next((line for line in lines if not line.startswith("***")), "")
    return f"integrity check failed: {first[:120]}".rstrip(": ")


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _unreadable(path: Path, error: sqlite3.Error | OSError) -> LibraryError:
    return LibraryError(
        f"library {path} cannot be read here ({_reason(error)}); it was left as it is"
    )


def recover_if_damaged(path: Path, busy_timeout: float) -> str | None:
    """Recover the library at ``path`` when it is damaged: move the file aside and build a new
    library from what it still holds.

    Returns the one-line account for the user, or None when there was nothing to do (or
    another opener recovered it first). A file known to be healthy is let through without
    locking. Anything else (damage, or no file, which is what a library looks like while
    another opener moves it aside) is decided under the recovery lock, so of several openers
    exactly one recovers and the others wait for its new library.
    """
    if _known_healthy(path, busy_timeout):
        return None
    with _exclusive(_lock_path(path)):
        if not path.exists():
            return None
        _wait_for_writers(path, busy_timeout)
        damage = is_damaged(path, busy_timeout, remember=False)
        if damage is None:
            return None
        aside = _move_aside(path, damage)
        try:
            saved = salvage(aside)
            library = Library(path, busy_timeout=busy_timeout)
            try:
                counts = restore(library, saved)
            finally:
                library.close()
        except (OSError, sqlite3.Error, LibraryError) as error:
            _put_back(aside, path)
            raise LibraryError(
                f"library {path} looks damaged ({damage}) but could not be recovered here"
                f" ({_reason(error)}); it was left as it is"
            ) from None
    return (
        f"library {path} was damaged ({damage}); it was moved aside to {aside.name} and a new"
        f" library holds what could be read: {counted(counts['articles'], 'article')},"
        f" {counted(counts['highlights'], 'highlight')},"
        f" {counted(counts['analyses'], 'cached analysis')}"
    )


def _reason(error: BaseException) -> str:
    return (error.strerror if isinstance(error, OSError) else None) or str(error)


def _put_back(aside: Path, path: Path) -> None:
    """Undo a recovery that could not finish: the half-built new library goes, the damaged
    file returns to its place, so the next open (with room to work) recovers it in full."""
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    os.replace(aside, path)
    for suffix in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.replace(Path(f"{aside}{suffix}"), Path(f"{path}{suffix}"))


def wait_for_recovery(path: Path) -> None:
    """Return once no other opener is recovering the library at ``path`` (at once when none
    is, or when the folder cannot hold the lock file: then no one can be recovering)."""
    with contextlib.suppress(LibraryError), _exclusive(_lock_path(path)):
        pass


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".recovering")


def _wait_for_writers(path: Path, busy_timeout: float) -> None:
    """Let a writer that is busy with the file (creating a new library, say) finish first,
    so a half-written healthy file is never taken for a damaged one."""
    conn = sqlite3.connect(path, timeout=busy_timeout)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.DatabaseError:
        pass
    finally:
        conn.close()


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """One process at a time recovers a library (a no-op where ``fcntl`` is missing)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    while True:
        try:
            handle = lock_path.open("a")
        except OSError as error:
            raise LibraryError(
                f"library folder {lock_path.parent} cannot be written: {error.strerror}"
            ) from None
        fcntl.flock(handle, fcntl.LOCK_EX)
        # The holder before us unlinks the lock file while it still holds it; a lock taken on
        # that unlinked file excludes nobody who opens the path afresh, so take it again.
        try:
            current = os.stat(lock_path)
        except FileNotFoundError:
            current = None
        opened = os.fstat(handle.fileno())
        if current is not None and (current.st_dev, current.st_ino) == (
            opened.st_dev,
            opened.st_ino,
        ):
            break
        handle.close()
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            lock_path.unlink()  # while still held, so no one locks a file about to vanish
        handle.close()  # releases the lock


def _move_aside(path: Path, damage: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    try:
        os.replace(path, aside)
        for suffix in SIDE_FILES:
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
    except OSError as error:
        raise LibraryError(
            f"library {path} is damaged ({damage}) and could not be moved aside:"
            f" {error.strerror}; move it away by hand and start again"
        ) from None
    return aside


def salvage(damaged: Path) -> dict[str, list[dict[str, Any]]]:
    """Every readable row of the tables worth saving, read from a scratch copy."""
    with tempfile.TemporaryDirectory(prefix="reader-recover-") as scratch:
        copy = Path(scratch) / "damaged.db"
        shutil.copyfile(damaged, copy)
        with copy.open("r+b") as file:  # a damaged header may still front readable pages
            file.write(SQLITE_MAGIC)
        wal = Path(f"{damaged}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        conn = sqlite3.connect(copy)
        # A file shorter than its header says is refused as corrupt unless the schema is
        # writable; with it, SQLite reads the pages that are there (as .recover does).
        conn.execute("PRAGMA writable_schema = ON")
        conn.text_factory = lambda data: data.decode("utf-8", "replace")
        try:
            return {
                table: list(read_rows(conn, table).values())
                for table in ("articles", "highlights", "analyses")
            }
        finally:
            conn.close()


def read_rows(conn: sqlite3.Connection, table: str) -> dict[int, dict[str, Any]]:
    """Rows of ``table`` by rowid, scanning forward and then backward past damaged pages."""
    try:
        columns = [row[1] for row in conn.execute(f'pragma table_info("{table}")')]
    except sqlite3.DatabaseError:
        return {}
    if not columns:
        return {}
    select = ", ".join(f'"{column}"' for column in columns)
    rows: dict[int, dict[str, Any]] = {}

    def scan(sql: str, bound: int, direction: int) -> None:
        step = 1
        for _ in range(MAX_SKIPS):
            try:
                for row in conn.execute(sql, [bound]):
                    if direction < 0 and row[0] in rows:
                        return  # met the forward scan
                    rows[row[0]] = dict(zip(columns, row[1:], strict=True))
                    bound = row[0]
                return
            except sqlite3.DatabaseError:
                bound += direction * step
                step *= 2
                if not 0 <= bound < 2**62:
                    return

    scan(f'select rowid, {select} from "{table}" where rowid > ? order by rowid', 0, 1)
    try:
        top = conn.execute(f'select max(rowid) from "{table}"').fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    top = (top if isinstance(top, int) else 2**40) + 1
    scan(f'select rowid, {select} from "{table}" where rowid < ? order by rowid desc', top, -1)
    return rows


def restore(library: Library, saved: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """Write salvaged rows into a new library in one transaction; counts of what was kept."""
    counts = {"articles": 0, "highlights": 0, "analyses": 0}
    with library.transaction():
        for row in saved.get("articles", []):
            if not isinstance(row.get("id"), str) or not isinstance(row.get("text"), str):
                continue
            _insert(library, "articles", row)
            counts["articles"] += 1
        for row in saved.get("highlights", []):
            try:
                record = {**row, "tags": json.dumps(_tags(row.get("tags")), ensure_ascii=False)}
                highlight = highlight_from_row({"anchored": 1, **record})
                if not all(isinstance(v, int) for v in (highlight.start, highlight.end)):
                    raise TypeError("offsets")
                if not isinstance(highlight.exact, str):
                    raise TypeError("exact")
            except (TypeError, ValueError):
                continue
            article = library.article(highlight.article_id)
            if article is not None and article.text[highlight.start : highlight.end] != (
                highlight.exact
            ):
                highlight = reanchored(highlight, article)
            _insert(library, "highlights", highlight_row(highlight))
            counts["highlights"] += 1
        for row in saved.get("analyses", []):
            try:  # (a KeyError without "data": a row of today's analyses table)
                analysis = Analysis.from_json(json.loads(row["data"]))
            except (TypeError, ValueError, KeyError):
                continue
            if library.article(analysis.id) is None:
                continue
            library.store_analysis(analysis)
            counts["analyses"] += 1
    return counts


def _insert(library: Library, table: str, row: dict[str, Any]) -> None:
    """The row's values for the columns ``table`` has; a row already there is kept."""
    columns = [name for (_, name, *_) in library.conn.execute(f'pragma table_info("{table}")')]
    known = [name for name in columns if name in row]
    names = ", ".join(f'"{name}"' for name in known)
    marks = ", ".join("?" for _ in known)
    library.conn.execute(
        f'insert or ignore into "{table}" ({names}) values ({marks})', [row[n] for n in known]
    )


def _tags(raw: Any) -> list[str]:
    try:
        tags = json.loads(raw) if isinstance(raw, str) else []
    except ValueError:
        return []
    return [str(tag) for tag in tags] if isinstance(tags, list) else []
