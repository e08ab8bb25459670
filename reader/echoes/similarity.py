"""How much of one quote another reproduces, word for word.

A quote reproduced elsewhere is trimmed (any part of it), re-punctuated or re-typeset (the
words of ``quote_words`` do not see that), or partly paraphrased (a word or two changed, added
or dropped). So the score is the share of the shorter quote's words found in the longer one in
the same order, in runs of at least ``MIN_RUN`` words: scattered common words ("the", "we")
and two-word formulas do not count.

``THRESHOLD`` and ``MIN_WORDS`` were measured on the quotes of ``tests/echo_cases.py``
(``bench/echo_threshold.py`` prints the table; see the README, "Echoes").
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

MIN_RUN = 3
"""Words in a row that count as reproduced; also the shingle size of the candidate index."""
MIN_WORDS = 5
"""A quote shorter than this is an echo only of the very same words."""
THRESHOLD = 0.8
"""Two quotes are one quote reproduced when ``similarity`` is at least this."""


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """The share of the shorter word sequence reproduced in the longer (0 to 1)."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if not shorter:
        return 0.0
    if tuple(shorter) == tuple(longer):
        return 1.0
    if len(shorter) < MIN_WORDS:
        return 0.0
    blocks = SequenceMatcher(None, shorter, longer, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks if block.size >= MIN_RUN) / len(shorter)


def is_echo(a: Sequence[str], b: Sequence[str]) -> bool:
    return similarity(a, b) >= THRESHOLD
