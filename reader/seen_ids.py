"""The ids of articles a run has seen, in ~16 bytes each instead of ~120.

``reader analyze --out`` keeps every id written (and found in the folder) to skip repeats; over
a corpus of millions, a ``set`` of 32-character strings would be the client's largest holding.
Ids that are content hashes (32 hex digits, ``reader.ingest.content_hash``) are kept as 16 raw
bytes in a sorted array, with a small set of recent ones merged in now and then; any other id
goes in a plain set.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy

MERGE_AT = 4_096
"""Recent ids kept in a set before they are merged into the array (or an eighth of the array,
when that is more: merging costs a pass over the array)."""


class SeenIds:
    def __init__(self, ids: Iterable[str] = ()) -> None:
        self._packed = numpy.array([], dtype="S16")
        self._recent: set[bytes] = set()
        self._other: set[str] = set()
        for article_id in ids:
            self.add(article_id)

    def __len__(self) -> int:
        return len(self._packed) + len(self._recent) + len(self._other)

    def __contains__(self, article_id: str) -> bool:
        key = _key(article_id)
        if key is None:
            return article_id in self._other
        if key in self._recent:
            return True
        place = int(numpy.searchsorted(self._packed, key))
        # numpy hands back fixed-width bytes without their trailing zero bytes
        return place < len(self._packed) and self._packed[place] == key.rstrip(b"\0")

    def add(self, article_id: str) -> None:
        if article_id in self:
            return
        key = _key(article_id)
        if key is None:
            self._other.add(article_id)
            return
        self._recent.add(key)
        if len(self._recent) >= max(MERGE_AT, len(self._packed) // 8):
            recent = numpy.array(list(self._recent), dtype="S16")
            self._packed = numpy.sort(numpy.concatenate([self._packed, recent]), kind="stable")
            self._recent = set()


def _key(article_id: str) -> bytes | None:
    """16 bytes for a 32-hex-digit id (lower case, as content hashes are written), else None."""
    if len(article_id) != 32 or article_id.lower() != article_id:
        return None
    try:
        key = bytes.fromhex(article_id)
    except ValueError:
        return None
    return key if len(key) == 16 else None  # fromhex skips spaces
