"""Storage: the SQLite library (sqlite-utils). No Textual, no spaCy."""

from reader.store.library import Library, open_library

__all__ = ["Library", "open_library"]
