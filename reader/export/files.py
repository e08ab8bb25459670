"""Writing export files: all of them or none, never over a file that is there, as the umask says.

Every file is first written whole to a hidden temporary file beside it; only when all are
written are they moved into place, so a full disk or a folder that refuses writes leaves
nothing behind. A name that is taken (an edited Markdown note, last week's CSV) is kept, and the
new file gets the next free name (``notes-2.md``), unless the caller asks to replace. Files are
created with mode 0666 and the process umask applies, as for any file the user makes.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from reader.errors import ReaderError

MAX_TRIES = 1000
"""Free names tried (``-2`` … ``-1000``) before giving up."""


def write_files(
    out_dir: Path,
    files: list[tuple[str, str]],
    *,
    replace: bool = False,
    on_renamed: Callable[[Path, Path], None] | None = None,
) -> list[Path]:
    """Write ``(name, text)`` pairs into ``out_dir``; the paths written, in order.

    ``on_renamed(wanted, written)`` is told of each file given a new name because ``wanted``
    was there already (never when ``replace``)."""
    _make_folder(out_dir)
    temporary: list[Path] = []
    try:
        for _name, text in files:
            temporary.append(_write_temporary(out_dir, text))
        return [
            _move_into_place(tmp, out_dir / name, replace, on_renamed)
            for tmp, name in zip(temporary, unique_names([n for n, _ in files]), strict=True)
        ]
    except OSError as error:
        raise ReaderError(f"cannot write into {out_dir}: {_reason(error)}") from None
    finally:
        for tmp in temporary:
            tmp.unlink(missing_ok=True)


def unique_names(names: list[str]) -> list[str]:
    """The names, each one that repeats an earlier one (ignoring case) numbered ``-2``, ``-3``."""
    seen: set[str] = set()
    out = []
    for name in names:
        candidate = name
        number = 1
        while candidate.casefold() in seen:
            number += 1
            candidate = numbered(name, number)
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


def numbered(name: str, number: int) -> str:
    """``notes.md`` → ``notes-2.md``."""
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}-{number}.{suffix}" if dot and stem else f"{name}-{number}"


def _make_folder(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ReaderError(f"cannot write into {out_dir}: it is a file, not a folder") from None
    except OSError as error:
        raise ReaderError(f"cannot create {out_dir}: {_reason(error)}") from None


def _write_temporary(out_dir: Path, text: str) -> Path:
    while True:
        tmp = out_dir / f".reader-export-{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="") as handle:
            handle.write(text)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _move_into_place(
    tmp: Path, wanted: Path, replace: bool, on_renamed: Callable[[Path, Path], None] | None
) -> Path:
    if replace:
        if wanted.is_dir():
            raise IsADirectoryError(errno.EISDIR, f"{wanted.name} is a folder")
        os.replace(tmp, wanted)
        return wanted
    for number in range(1, MAX_TRIES + 1):
        target = wanted if number == 1 else wanted.with_name(numbered(wanted.name, number))
        if _place_if_free(tmp, target):
            if target != wanted and on_renamed is not None:
                on_renamed(wanted, target)
            return target
    raise FileExistsError(errno.EEXIST, f"{wanted.name} and {MAX_TRIES - 1} numbered names exist")


def _place_if_free(tmp: Path, target: Path) -> bool:
    """Give ``tmp`` the name ``target`` unless something has that name; True when it did.

    A hard link never replaces what is there, so no other program's new file is lost between
    a check and a rename; where links are not supported, check then rename."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if os.path.lexists(target):
            return False
        os.replace(tmp, target)
    return True


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full (nothing was written)"
    if error.errno == errno.EFBIG:
        return "a file is larger than this system allows (nothing was written)"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (nothing was written)"
    return error.strerror or str(error)
