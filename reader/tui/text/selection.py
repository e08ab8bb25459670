"""Where an end of a selection moves in the article text, and which offsets a screen cell shows.

A selection is a pair of offsets (code points of the article text, the one currency), drawn and
saved as exactly the characters between them. Its moving end steps by character (a grapheme:
what the screen shows as one, so an emoji, a CJK character or an accented letter is never
split: Unicode's extended grapheme clusters), by word or by sentence, through the paragraphs on
screen, stepping over the gaps between them. Cells are measured on ``display_text``, as the view
draws them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

from rich.cells import cell_len

from reader.textsafety import without_controls
from reader.tui.text.layout import display_text, sentence_spans

if TYPE_CHECKING:
    import regex

Span = tuple[int, int]

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = re.compile(rf"\d+(?:[.,]\d+)+|[\w{_MARKS}]+(?:['’][\w{_MARKS}]+)*|[^\w\s]+")
"""A word: a number with its separators, letters with apostrophes inside, or a run of
punctuation (and symbols, emoji), as vim's ``w`` sees them."""


@cache
def _grapheme() -> regex.Pattern:
    """A user-perceived character (``regex``'s ``\\X``; that module takes ~7 ms to import,
    paid only once the reader first moves by character, not by every article's first frame)."""
    import regex

    return regex.compile(r"\X")


_WINDOW = 64
"""Code points looked at around an offset to find its grapheme (longer ones are nonsense)."""


def graphemes(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(start, end, cells)`` of each grapheme of ``text[start:end]`` as the screen shows it."""
    return [
        (match.start(), match.end(), cell_len(display_text(match.group())))
        for match in _grapheme().finditer(text, start, end)
    ]


def _paragraph(paragraphs: list[Span], offset: int) -> int:
    """The paragraph holding ``offset`` (or the last one before it)."""
    return max(0, bisect_right([start for start, _ in paragraphs], offset) - 1)


def _snap(text: str, paragraph: Span, offset: int, forward: bool) -> int:
    """``offset``, or the end (``forward``) or start of the grapheme it falls inside."""
    start, end = paragraph
    for first, last, _ in graphemes(text, max(start, offset - _WINDOW), min(end, offset + _WINDOW)):
        if first >= offset:
            return first
        if last > offset:
            return last if forward else first
    return min(end, offset)


def next_char(text: str, paragraphs: list[Span], offset: int) -> int:
    number = _paragraph(paragraphs, offset)
    start, end = paragraphs[number]
    if offset >= end:
        return paragraphs[number + 1][0] if number + 1 < len(paragraphs) else end
    return graphemes(text, max(start, offset), min(end, offset + _WINDOW))[0][1]


def previous_char(text: str, paragraphs: list[Span], offset: int) -> int:
    number = _paragraph(paragraphs, offset)
    start, end = paragraphs[number]
    if offset <= start:
        return paragraphs[number - 1][1] if number > 0 else start
    return graphemes(text, max(start, offset - _WINDOW), min(end, offset))[-1][0]


def next_word_end(text: str, paragraphs: list[Span], offset: int) -> int:
    """The end of the word ``offset`` is in, or else of the next one."""
    for number in range(_paragraph(paragraphs, offset), len(paragraphs)):
        start, end = paragraphs[number]
        for match in _WORD.finditer(text, max(start, offset), end):
            if match.end() > offset:
                return _snap(text, paragraphs[number], match.end(), forward=True)
    return max(offset, paragraphs[-1][1]) if paragraphs else offset


def previous_word_start(text: str, paragraphs: list[Span], offset: int) -> int:
    """The start of the word ``offset`` is in, or else of the one before."""
    for number in range(_paragraph(paragraphs, offset), -1, -1):
        start, end = paragraphs[number]
        starts = [match.start() for match in _WORD.finditer(text, start, min(end, offset))]
        if starts and starts[-1] < offset:
            return _snap(text, paragraphs[number], starts[-1], forward=False)
    return min(offset, paragraphs[0][0]) if paragraphs else offset


def next_sentence_end(text: str, paragraphs: list[Span], offset: int) -> int:
    """The end of the sentence ``offset`` is in, or else of the next one."""
    for number in range(_paragraph(paragraphs, offset), len(paragraphs)):
        for _, sentence_end in sentence_spans(text, *paragraphs[number]):
            if sentence_end > offset:
                return _snap(text, paragraphs[number], sentence_end, forward=True)
    return max(offset, paragraphs[-1][1]) if paragraphs else offset


def previous_sentence_start(text: str, paragraphs: list[Span], offset: int) -> int:
    """The start of the sentence ``offset`` is in, or else of the one before."""
    for number in range(_paragraph(paragraphs, offset), -1, -1):
        starts = [s for s, _ in sentence_spans(text, *paragraphs[number]) if s < offset]
        if starts:
            return _snap(text, paragraphs[number], starts[-1], forward=False)
    return min(offset, paragraphs[0][0]) if paragraphs else offset


def grapheme_at_column(text: str, line: Span, column: int) -> Span:
    """The grapheme shown at cell ``column`` of the screen line ``line`` (``(end, end)`` past
    its last cell; the first grapheme before its first)."""
    start, end = line
    cells = 0
    for first, last, width in graphemes(text, start, end):
        if column < cells + width:
            return first, last
        cells += width
    return end, end


def column_of(text: str, line_start: int, offset: int) -> int:
    """The cell where ``offset`` is drawn on the screen line that starts at ``line_start``."""
    return cell_len(display_text(text[line_start:offset]))


def ordered(anchor: int, caret: int) -> Span:
    return (anchor, caret) if anchor <= caret else (caret, anchor)


def clipboard_text(text: str) -> str:
    """``text`` to put on the clipboard: control characters (but line breaks and tabs) as
    visible stand-ins, so a paste can never run one."""
    return without_controls(text.replace("\r\n", "\n"), keep="\n\t")
