"""A word diff between two wordings of one quote."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from reader.echoes.words import quote_words

_TOKEN = re.compile(r"\S+")

SAME, REMOVED, ADDED = "same", "removed", "added"


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """``[(op, words)]`` turning ``before`` into ``after``; op is same, removed or added.

    Words are compared as echoes compare them (case, marks and contractions aside), and shown
    as the texts write them: the words of ``after`` where they are the same. Marks standing
    alone ("-", "—") are left out.
    """
    old, new = _words(before), _words(after)
    matcher = SequenceMatcher(None, [_key(w) for w in old], [_key(w) for w in new], autojunk=False)
    ops: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append((SAME, " ".join(new[j1:j2])))
            continue
        if i1 < i2:
            ops.append((REMOVED, " ".join(old[i1:i2])))
        if j1 < j2:
            ops.append((ADDED, " ".join(new[j1:j2])))
    return ops


def _words(text: str) -> list[str]:
    """The text's words as written, punctuation attached; a lone mark ("-") is not a word."""
    return [token for token in _TOKEN.findall(text) if _key(token)]


def _key(token: str) -> tuple[str, ...]:
    return quote_words(token)


def diff_text(ops: list[tuple[str, str]]) -> str:
    """The diff as plain text: ``[-removed-]`` and ``{+added+}``, as ``git diff --word-diff``."""
    shown = {SAME: "{}", REMOVED: "[-{}-]", ADDED: "{{+{}+}}"}
    return " ".join(shown[op].format(words) for op, words in ops)
