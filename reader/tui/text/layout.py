"""Where each screen line of the article comes from: a pre-wrapped index of text offsets.

The article view renders only the visible lines (Textual's Line API), so all it needs is, for
every screen row, the paragraph and the ``[start, end)`` offsets it shows. Wrapping is done here
once per width (and per filter), never per frame, and never copies the text.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

from reader.textsafety import visible

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
_WORD = re.compile(r"\s*\S+\s*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")


def display_text(text: str) -> str:
    """``text`` as the view shows it: safe (``visible``), tabs as spaces, same length."""
    return visible(text).replace("\t", " ")


BLANK = -1
"""Paragraph number of the blank line between two paragraphs."""


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Each non-blank line of ``text`` is a paragraph; blank lines only separate them."""
    return [match.span() for match in _PARAGRAPH.finditer(text)]


def wrap(text: str, start: int, end: int, width: int) -> list[int]:
    """Offsets where the screen lines of ``text[start:end]`` begin, wrapped to ``width`` cells.

    Breaks after whitespace; a word wider than the line is cut. ASCII takes a fast path that
    jumps from break to break (the 7 MB stress article is mostly ASCII).
    """
    width = max(1, width)
    segment = text[start:end]
    if segment.isascii():  # shown one cell per character (controls become one-cell pictures)
        return [start + offset for offset in _wrap_ascii(segment, width)]
    segment = display_text(segment)  # measure what is shown, not the raw characters
    if cell_len(segment) <= width:
        return [start]
    return [start + offset for offset in _wrap_cells(segment, width)]


def _wrap_ascii(segment: str, width: int) -> list[int]:
    breaks = [0]
    position, length = 0, len(segment)
    while length - position > width:
        cut = segment.rfind(" ", position + 1, position + width + 1)
        if cut <= position:
            position += width
        else:
            position = cut + 1
            while position < length and segment[position] == " ":
                position += 1
            if position >= length:
                break
        breaks.append(position)
    return breaks


def _wrap_cells(segment: str, width: int) -> list[int]:
    breaks = [0]
    used = 0
    for match in _WORD.finditer(segment):
        word = match.group()
        core = word.rstrip()
        core_width = cell_len(core)
        if used and used + core_width > width:
            breaks.append(match.start())
            used = 0
        if core_width > width:
            used, line_start = 0, match.start()
            for offset, char in enumerate(core, match.start()):
                char_width = cell_len(char)
                # Compare offsets, not cells: a zero-width mark may already sit on the line.
                if used + char_width > width and offset > line_start:
                    breaks.append(offset)
                    used, line_start = 0, offset
                used += char_width
        else:
            used += core_width
        used += len(word) - len(core)
    return breaks


@dataclass
class LineIndex:
    """Screen lines of the article body: ``para[i]`` (or ``BLANK``) and ``[starts[i], ends[i])``."""

    width: int
    para: array
    starts: array
    ends: array

    @classmethod
    def build(
        cls,
        text: str,
        paragraphs: list[tuple[int, int]],
        width: int,
        include: set[int] | None = None,
        tight: frozenset[int] = frozenset(),
    ) -> LineIndex:
        """Wrap ``paragraphs`` (all, or only those numbered in ``include``) to ``width``, a
        blank line between two, except before those numbered in ``tight`` (when shown right
        after the paragraph before them)."""
        para, starts, ends = array("l"), array("l"), array("l")
        short_is_one_line = text.isascii()  # then a short paragraph needs no wrapping at all
        previous = None
        for number, (start, end) in enumerate(paragraphs):
            if include is not None and number not in include:
                continue
            if previous is not None and not (number in tight and previous == number - 1):
                para.append(BLANK)
                starts.append(start)
                ends.append(start)
            previous = number
            if short_is_one_line and end - start <= width:
                para.append(number)
                starts.append(start)
                ends.append(end)
                continue
            breaks = wrap(text, start, end, width)
            for line_start, line_end in zip(breaks, [*breaks[1:], end], strict=True):
                para.append(number)
                starts.append(line_start)
                ends.append(line_end)
        return cls(width, para, starts, ends)

    def __len__(self) -> int:
        return len(self.para)

    def line_at(self, offset: int) -> int:
        """The screen line showing ``offset`` (or the nearest one before it)."""
        if not self.starts:
            return 0
        line = max(0, bisect_right(self.starts, offset) - 1)
        while line > 0 and self.para[line] == BLANK:
            line -= 1
        return line


def sentence_at(text: str, start: int, end: int, offset: int) -> tuple[int, int]:
    """The sentence of paragraph ``text[start:end]`` that contains ``offset``.

    A plain punctuation rule: the app needs "the sentence under the reading cursor", not
    linguistics; offsets are what matter.
    """
    sentence_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.end() > offset:
            return sentence_start, match.end() - (len(match.group()) - len(match.group().rstrip()))
        sentence_start = match.end()
    return sentence_start, end


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of paragraph ``text[start:end]`` by the rule of ``sentence_at``, in order."""
    spans, sentence_start = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        spaces = len(match.group()) - len(match.group().rstrip())
        spans.append((sentence_start, match.end() - spaces))
        sentence_start = match.end()
    if sentence_start < end:
        spans.append((sentence_start, end))
    return spans
