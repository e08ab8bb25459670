"""Finding a highlight again in a changed text, the way W3C TextQuoteSelector does.

A highlight keeps its offsets and a text anchor: the exact words plus a little context before
and after them. When the article text changes (re-extracted from HTML, say), the anchor is
looked for in the new text, best evidence first:

1. ``position``: the exact words are still at the old offsets.
2. ``quote``: the exact words occur elsewhere; the occurrence whose surrounding text agrees
   most with prefix and suffix wins, ties going to the one nearest the old offset.
3. ``context``: the words were edited but the text just before and after them is still
   there, around something similar enough (``CONTEXT_MIN_RATIO``).
4. ``fuzzy``: the words were edited; word trigrams of the old words vote for a place, and
   difflib measures how much of the old words are there. At least ``FUZZY_MIN_RATIO`` must be.
5. nothing: the caller keeps the highlight, flagged as not anchored. It is never dropped.

Pure functions on strings: no database, no spaCy.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

ANCHOR_CONTEXT = 32
"""Characters of prefix and suffix kept with each highlight."""

FUZZY_MIN_RATIO = 0.6
"""Share of the old highlighted characters that must survive for a fuzzy re-anchor."""

CONTEXT_MIN_RATIO = 0.5
"""difflib ratio the words between the old prefix and suffix must reach against the old words."""

ONE_SIDED_MIN_RATIO = 0.7
"""The same, when only the prefix or only the suffix survived."""

CONTEXT_PROBE = 16
"""Characters of prefix (its end) and suffix (its start) looked for in the new text."""

MAX_OCCURRENCES = 2_000
"""Stop counting occurrences of a very common exact text (a single letter, say) here."""

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    method: str
    """position, quote or fuzzy: how the highlight was found again."""


def context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The (exact, prefix, suffix) anchor of ``text[start:end]``."""
    return (
        text[start:end],
        text[max(0, start - ANCHOR_CONTEXT) : start],
        text[end : end + ANCHOR_CONTEXT],
    )


def locate(text: str, exact: str, prefix: str, suffix: str, start: int) -> Anchor | None:
    """Where the highlight ``exact`` (formerly at ``start``) is in ``text``, or None."""
    if not exact:
        return None
    if text[start : start + len(exact)] == exact:
        return Anchor(start, start + len(exact), "position")
    for method in (_by_quote, _by_context):
        found = method(text, exact, prefix, suffix, start)
        if found is not None:
            return found
    return _by_fuzzy(text, exact, start)


def _by_quote(text: str, exact: str, prefix: str, suffix: str, hint: int) -> Anchor | None:
    best: tuple[int, int, int] | None = None  # (-agreement, distance, position)
    position = text.find(exact)
    seen = 0
    while position != -1 and seen < MAX_OCCURRENCES:
        before = text[max(0, position - len(prefix)) : position]
        after = text[position + len(exact) : position + len(exact) + len(suffix)]
        agreement = _common_suffix(before, prefix) + _common_prefix(after, suffix)
        key = (-agreement, abs(position - hint), position)
        if best is None or key < best:
            best = key
        seen += 1
        position = text.find(exact, position + 1)
    if best is None:
        return None
    return Anchor(best[2], best[2] + len(exact), "quote")


def _by_context(text: str, exact: str, prefix: str, suffix: str, hint: int) -> Anchor | None:
    """The old words' place between the old prefix and suffix, or right after/before one."""
    before, after = prefix[-CONTEXT_PROBE:], suffix[:CONTEXT_PROBE]
    reach = 2 * len(exact) + ANCHOR_CONTEXT
    spans: list[tuple[int, int, float]] = []  # (start, end, ratio needed)
    for position in _occurrences(text, before) if len(before) >= 4 else []:
        start = position + len(before)
        end = text.find(after, start, start + reach + len(after)) if len(after) >= 4 else -1
        if end > start:
            spans.append((start, end, CONTEXT_MIN_RATIO))
        else:
            spans.append((start, min(len(text), start + len(exact)), ONE_SIDED_MIN_RATIO))
    for position in _occurrences(text, after) if len(after) >= 4 else []:
        spans.append((max(0, position - len(exact)), position, ONE_SIDED_MIN_RATIO))
    best: tuple[int, int, int] | None = None  # (distance, start, end)
    for start, end, needed in spans:
        if end <= start:
            continue
        ratio = SequenceMatcher(None, exact, text[start:end], autojunk=False).ratio()
        key = (abs(start - hint), start, end)
        if ratio >= needed and (best is None or key < best):
            best = key
    return Anchor(best[1], best[2], "context") if best else None


def _occurrences(text: str, part: str, limit: int = 200) -> list[int]:
    found: list[int] = []
    position = text.find(part)
    while position != -1 and len(found) < limit:
        found.append(position)
        position = text.find(part, position + 1)
    return found


def _by_fuzzy(text: str, exact: str, hint: int) -> Anchor | None:
    guess = _vote(text, exact, hint)
    if guess is None:
        return None
    margin = len(exact) // 2 + ANCHOR_CONTEXT
    window_start = max(0, guess - margin)
    window = text[window_start : guess + len(exact) + margin]
    matcher = SequenceMatcher(None, exact, window, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    matched = sum(block.size for block in blocks)
    if not blocks or matched / len(exact) < FUZZY_MIN_RATIO:
        return None
    start = window_start + blocks[0].b
    end = window_start + blocks[-1].b + blocks[-1].size
    return Anchor(start, end, "fuzzy")


def _vote(text: str, exact: str, hint: int) -> int | None:
    """The start offset most word trigrams of ``exact`` point at (nearest ``hint`` on ties)."""
    words = list(_WORD.finditer(exact))
    if not words:
        return None
    size = min(3, len(words))
    votes: Counter[int] = Counter()
    for i in range(len(words) - size + 1):
        first, last = words[i], words[i + size - 1]
        shingle = exact[first.start() : last.end()]
        position = text.find(shingle)
        seen = 0
        while position != -1 and seen < 50:
            # Bucket nearby guesses together: an edit inside the highlight shifts them a little.
            votes[(position - first.start()) // 8] += len(shingle)
            seen += 1
            position = text.find(shingle, position + 1)
    if not votes:
        return None
    top = max(votes.values())
    bucket = min((b for b, v in votes.items() if v == top), key=lambda b: abs(b * 8 - hint))
    return max(0, bucket * 8)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def similar(old: str, new: str, threshold: float = 0.3) -> bool:
    """Whether ``new`` reads as another version of ``old``: they share word 5-grams.

    Used to decide that a source saved with a new text supersedes its older text; two
    unrelated articles from one source (a live page, stdin) share almost none.
    """
    a, b = _shingles(old), _shingles(new)
    if not a or not b:
        return old.strip() == new.strip()
    return len(a & b) / min(len(a), len(b)) >= threshold


def _shingles(text: str, size: int = 5) -> set[int]:
    words = _WORD.findall(text.lower())
    return {hash(tuple(words[i : i + size])) for i in range(max(0, len(words) - size + 1))}
