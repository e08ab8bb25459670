"""Storage: the SQLite library (sqlite-utils). No Textual, no spaCy."""

from reader.startup import import_without_extras

import_without_extras("sqlite_utils")  # before library.py: a reopen must not pay for numpy

from reader.store.library import Library, open_library  # noqa: E402

__all__ = ["Library", "open_library"]
