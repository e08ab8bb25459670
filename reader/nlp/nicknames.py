"""Quoted nicknames inside a person's name: `Ada J. "Dot" Quell`, `Ada ‘Dot’ Quell`.

News writes a person's nickname in quote marks between the first name (or an initial) and the
surname. Those marks quote nobody (``quotes.marks`` skips them), and the whole written name is
one person's name (``entities`` keeps it as one PERSON mention). Text only, no parse: both the
quote marks (found before any parse is read) and the entity clean-up use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

# A first name ("Ada", "Mary-Jo"; not a possessive "Roe's") or initials ("L.", "C.L."), then any
# middle initials.
_FIRST = (
    r"(?<![\w.’'])(?P<first>[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*(?<![’']s)|(?:[A-Z]\.){1,3})"
    r"(?: [A-Z]\.)*"
)
_NICK = r"(?P<nick>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?)"
_SURNAME = r"(?P<surname>[A-Z][A-Za-z’'-]*[a-z])\b"
_PAIRS = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("''", "''"), ("``", "''")]
_PATTERNS = [
    (
        f" {op}",  # in every line a pattern matches: the line is scanned only when it is there
        re.compile(
            f"{_FIRST} (?P<open>{re.escape(op)}){_NICK}(?P<close>{re.escape(cl)}) {_SURNAME}"
        ),
    )
    for op, cl in _PAIRS
]
_LINE = re.compile(r"[^\n]+")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")


@dataclass(frozen=True)
class Nickname:
    """A name with a quoted nickname: the whole name from ``start`` to ``end``."""

    start: int
    end: int
    open_mark: int
    close_mark: int
    """Offset of the last character of the closing mark."""
    nick_start: int
    nick_end: int
    surname_start: int


def find_nicknames(text: str) -> list[Nickname]:
    return list(_nicknames(text))


@lru_cache(maxsize=4)
def _nicknames(text: str) -> tuple[Nickname, ...]:
    """Cached: the quote marks and the entities each ask for the same article's nicknames (a
    scan costs ~0.1 ms for a 4,000-character article)."""
    found: dict[int, Nickname] = {}
    for line in _LINE.finditer(text):
        words = line.group()
        patterns = [pattern for needle, pattern in _PATTERNS if needle in words]
        if not patterns or _title_case(words):
            continue  # (a headline capitalises every word: 'Roe ‘Cheat’ Claim Denied')
        for pattern in patterns:
            for match in pattern.finditer(text, line.start(), line.end()):
                if match.group("first").lower().replace("’", "'") in STOP_WORDS:
                    continue  # 'The "Green" Party', 'He "Won" Easily'
                if match.group("nick").split()[-1].lower() in STOP_WORDS:
                    continue
                found.setdefault(match.start("open"), _nickname(match))
    return tuple(sorted(found.values(), key=lambda n: n.start))


def _nickname(match: re.Match[str]) -> Nickname:
    return Nickname(
        start=match.start("first"),
        end=match.end("surname"),
        open_mark=match.start("open"),
        close_mark=match.end("close") - 1,
        nick_start=match.start("nick"),
        nick_end=match.end("nick"),
        surname_start=match.start("surname"),
    )


def _title_case(line: str) -> bool:
    words = _LONG_WORD.findall(line)
    return bool(words) and all(w[0].isupper() for w in words)


def nickname_marks(text: str) -> set[int]:
    """Offsets of the quote marks around nicknames (both marks, every character of each)."""
    marks: set[int] = set()
    for nick in find_nicknames(text):
        marks.update(range(nick.open_mark, nick.nick_start))
        marks.update(range(nick.nick_end, nick.close_mark + 1))
    return marks
