"""Storage: the SQLite library. No Textual, no spaCy.

``opening`` opens (recovering a damaged file), ``library`` is the open file, made of
``analyses`` (the cache) and ``highlights`` (the user's data); ``rows`` converts rows to the
model's dataclasses, ``connection`` holds the SQLite plumbing, ``migrations`` the schema.
"""

from reader.store.library import Library
from reader.store.opening import LibraryRecovered, open_library

__all__ = ["Library", "LibraryRecovered", "open_library"]
