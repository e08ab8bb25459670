"""Bytes from a local file, pipe, device or stdin, and article files from a folder tree: bounded.

Nothing is read whole and checked afterwards. A regular file larger than the limit is refused
from its size alone (a 1 GB sparse file costs nothing); anything else is read a chunk at a time
and refused as soon as it passes the limit (``/dev/zero``, ``/dev/urandom``). A pipe or device
must finish within ``source_seconds()`` (a FIFO nobody writes to would wait for ever). A folder
tree is walked without recursion, to a bounded depth and number of entries.
"""

from __future__ import annotations

import os
import select
import stat
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from reader.errors import IngestError
from reader.ingest.limits import (
    MAX_BYTES,
    MAX_FOLDER_DEPTH,
    MAX_FOLDER_ENTRIES,
    READ_CHUNK,
    source_seconds,
)

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}


def too_large(size: int | None = None) -> IngestError:
    if size is None:
        return IngestError(f"too large (over the limit of {MAX_BYTES:,} bytes)")
    return IngestError(f"file is too large ({size:,} bytes; the limit is {MAX_BYTES:,})")


def read_file(path: Path) -> bytes:
    """The bytes of the file, FIFO or device at ``path``."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IngestError("is a folder")
        if stat.S_ISREG(info.st_mode):
            if info.st_size > MAX_BYTES:
                raise too_large(info.st_size)
            with path.open("rb") as handle:
                return _checked(handle.read(MAX_BYTES + 1))
        # A FIFO opened for reading blocks until a writer comes: open without waiting.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise IngestError("no such file") from None
    except OSError as error:
        raise IngestError(f"cannot read ({error.strerror})") from None
    try:
        return read_stream(fd, source_seconds())
    finally:
        os.close(fd)


def read_stdin() -> bytes:
    """Standard input: a file redirected to it, a pipe, or what is typed (no time limit then)."""
    fd = sys.stdin.fileno()
    info = os.fstat(fd)
    if stat.S_ISREG(info.st_mode) and info.st_size > MAX_BYTES:
        raise too_large(info.st_size)
    return read_stream(fd, None if os.isatty(fd) else source_seconds())


def read_stream(fd: int, seconds: float | None) -> bytes:
    """Read ``fd`` to its end, refusing past ``MAX_BYTES`` or after ``seconds`` (None: wait)."""
    stop_at = None if seconds is None else time.monotonic() + seconds
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    data = bytearray()
    while True:
        if stop_at is not None:
            left = stop_at - time.monotonic()
            if left <= 0 or not poller.poll(left * 1000):
                raise IngestError(_stalled(seconds or 0, len(data)))
        try:
            chunk = os.read(fd, READ_CHUNK)
        except BlockingIOError:  # a FIFO whose writer has not written yet
            time.sleep(0.01)
            continue
        except OSError as error:
            raise IngestError(f"cannot read ({error.strerror})") from None
        if not chunk:
            return bytes(data)
        data += chunk
        if len(data) > MAX_BYTES:
            raise too_large()


def _checked(data: bytes) -> bytes:
    if len(data) > MAX_BYTES:  # it grew after it was measured
        raise too_large()
    return data


def _stalled(seconds: float, received: int) -> str:
    if received:
        return f"gave up after {seconds:g} s ({received:,} bytes read, and no end)"
    return f"nothing arrived in {seconds:g} s (a pipe nobody writes to?)"


@dataclass
class Expanded:
    """The article files found for some sources, and one line for each that yielded a problem."""

    paths: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def expand(source: str, also: tuple[str, ...] = ()) -> Expanded:
    """A folder becomes the article files under it (sorted), and the files whose names end in
    one of ``also``; a file or URL is passed through."""
    path = Path(source)
    try:
        is_folder = path.is_dir()
    except OSError:
        is_folder = False
    if not is_folder:
        return Expanded([source])
    found, cut_short = _walk(path, also)
    limit_note = {
        "depth": f"folders more than {MAX_FOLDER_DEPTH} levels down were not searched",
        "entries": f"the search stopped after {MAX_FOLDER_ENTRIES:,} files and folders",
        "unreadable": "some folders could not be read",
    }
    problems = [limit_note[reason] for reason in cut_short]
    if not found:
        kinds = ", ".join(sorted(ARTICLE_SUFFIXES) + list(also))
        problems.insert(0, f"no article files ({kinds}) in this folder")
    shown = display_source(source)
    line = f"{shown}: {'; '.join(problems)}" if problems else None
    return Expanded(sorted(found), [line] if line else [])


def _walk(root: Path, also: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """Article files under ``root``, breadth first, and why the walk stopped short (if it did).

    Symbolic links to folders are not followed (a link to a parent would loop).
    """
    found: list[str] = []
    cut_short: dict[str, None] = {}
    entries = 0
    level = [str(root)]
    for depth in range(MAX_FOLDER_DEPTH + 1):
        deeper: list[str] = []
        for folder in level:
            try:
                with os.scandir(folder) as listing:
                    for entry in listing:
                        entries += 1
                        if entries > MAX_FOLDER_ENTRIES:
                            cut_short["entries"] = None
                            return found, list(cut_short)
                        if entry.is_dir(follow_symlinks=False):
                            deeper.append(entry.path)
                        elif _is_article_file(entry, also):
                            found.append(entry.path)
            except OSError:
                cut_short["unreadable"] = None
        if not deeper:
            break
        if depth == MAX_FOLDER_DEPTH:
            cut_short["depth"] = None
        level = deeper
    return found, list(cut_short)


def _is_article_file(entry: os.DirEntry[str], also: tuple[str, ...] = ()) -> bool:
    name = entry.name.lower()
    if Path(name).suffix not in ARTICLE_SUFFIXES and not name.endswith(also):
        return False
    try:
        return entry.is_file()
    except OSError:
        return False


def display_source(source: str) -> str:
    """A path or URL for a one-line message: control characters shown, long ones shortened."""
    from reader.textsafety import without_controls

    shown = without_controls(source.replace("\n", "\u2424"), keep="")
    return shown if len(shown) <= 120 else "…" + shown[-119:]
