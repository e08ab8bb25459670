"""Find quoted stretches of text from the quote marks alone (no parse needed).

Handles curly, straight, UK single and guillemet marks; apostrophes (don't, '90s, Jones');
quotes that run over paragraphs (opening mark, no closing mark, next paragraph opens again)
as one stretch; and odd numbers of marks: a quote never runs past its paragraph unless the
next paragraph reopens it, so one stray mark cannot swallow the rest of the article. The marks
around a nickname inside a name (`Ada "Dot" Quell`, see ``nicknames``) quote nobody.
Linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.nlp.nicknames import nickname_marks
from reader.nlp.quotes.sentence_ends import is_abbreviation

DOUBLE_OPEN = "“„‟"
DOUBLE_CLOSE = "”"
SINGLE_OPEN = "‘‛"
SINGLE_CLOSE = "’"
GUILLEMET_OPEN = "«‹"
GUILLEMET_CLOSE = "»›"
ALL_MARKS = "\"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE
ALL_MARKS += GUILLEMET_OPEN + GUILLEMET_CLOSE

# Two apostrophes / backticks: see ``_classify_pair``.
_MARK = re.compile("''|``|’’|[" + re.escape(ALL_MARKS) + "]")
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?][ \t\u00a0]+(?=[A-Z])")
# Characters that may sit right before an opening mark / right after a closing one.
_BEFORE_OPEN = set(" \t\u00a0([{—–-/:;,") | set(DOUBLE_OPEN + SINGLE_OPEN + GUILLEMET_OPEN + '"')
_AFTER_CLOSE = set(" \t\u00a0)]}—–-/:;,.!?…") | set(DOUBLE_CLOSE + SINGLE_CLOSE + GUILLEMET_CLOSE)
# Elisions that start with an apostrophe: 'em, 'til, 'cause, 'n', '90s.
_ELISION = re.compile(r"(?:em|til|till|cause|n|bout|round|tis|twas)\b|\d0s\b|\d\d\b", re.IGNORECASE)


@dataclass
class Stretch:
    """Quoted words between ``start`` and ``end`` (marks excluded, whitespace trimmed)."""

    start: int
    end: int
    open_mark: int
    """Offset of the opening mark."""
    close_mark: int | None
    """Offset of the (last character of the) closing mark, or None when the quote was capped
    at a paragraph end."""
    paragraph: int
    """Index of the paragraph the quote opens in."""
    paragraphs: int = 1
    """How many paragraphs the quote runs over."""


@dataclass
class _Mark:
    pos: int
    family: str  # "double", "single" or "guillemet"
    can_open: bool
    can_close: bool
    width: int = 1


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) offsets: news text puts one paragraph on a line."""
    return [m.span() for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def find_stretches(text: str) -> list[Stretch]:
    paras = paragraphs(text)
    skip = nickname_marks(text)
    per_para = [_marks_in(text, start, end, skip) for start, end in paras]
    found: list[Stretch] = []
    index = 0
    while index < len(paras):
        index = _scan_paragraph(text, paras, per_para, index, found)
    return found


def _marks_in(text: str, start: int, end: int, skip: set[int]) -> list[_Mark]:
    out = []
    pos = start
    while (match := _MARK.search(text, pos, end)) is not None:
        pos = match.end()
        if match.start() in skip:
            continue
        if match.group() == "’’" and not _closes_double(text, match.start(), start):
            mark = _classify(text, match.start(), start, end)  # two single marks, one by one
            pos = match.start() + 1
        elif match.group() == "’’":
            mark = _Mark(match.start(), "double", False, True, 2)  # “…’’ typed for “…”
        elif match.group() == "''" and pos < end and text[pos] == "'":
            # Three apostrophes: a nested single quote closes, then the pair closes.
            mark = _classify(text, match.start(), start, end)
            pos = match.start() + 1
        elif len(match.group()) == 2:
            mark = _classify_pair(text, match.start(), start, end)
        else:
            mark = _classify(text, match.start(), start, end)
        if mark is not None:
            out.append(mark)
    return out


def _closes_double(text: str, pos: int, para_start: int) -> bool:
    """Is "’’" at ``pos`` the close of a “ left open before it in the paragraph?"""
    return text.rfind("“", para_start, pos) > text.rfind("”", para_start, pos)


def _classify_pair(text: str, pos: int, para_start: int, para_end: int) -> _Mark | None:
    """Two apostrophes or backticks as one double mark: TeX's ``…'' and archives' ''…''.

    Some archives write every double quote as two apostrophes. Like a straight double
    mark, the pair opens after a space (or at a paragraph start) before a word, and closes
    after a word before a space or punctuation; anything else is two apostrophes.
    """
    if text[pos] == "`":
        return _Mark(pos, "double", True, False, 2)
    before = text[pos - 1] if pos > para_start else " "
    after = text[pos + 2] if pos + 2 < para_end else " "
    tex = text.rfind("``", para_start, pos) >= 0
    can_open = not tex and (before in _BEFORE_OPEN or pos == para_start) and not after.isspace()
    can_close = not before.isspace() and (after in _AFTER_CLOSE or pos + 2 == para_end)
    if not (can_open or can_close):
        return None
    return _Mark(pos, "double", can_open, can_close, 2)


def _classify(text: str, pos: int, para_start: int, para_end: int) -> _Mark | None:
    char = text[pos]
    before = text[pos - 1] if pos > para_start else " "
    after = text[pos + 1] if pos + 1 < para_end else " "
    open_context = before in _BEFORE_OPEN or pos == para_start
    close_context = after in _AFTER_CLOSE or pos + 1 == para_end
    if char in DOUBLE_OPEN:
        return _Mark(pos, "double", True, False)
    if char in DOUBLE_CLOSE:
        return _Mark(pos, "double", False, True)
    if char in GUILLEMET_OPEN:
        return _Mark(pos, "guillemet", True, False)
    if char in GUILLEMET_CLOSE:
        return _Mark(pos, "guillemet", False, True)
    if char == '"':
        # '…authorities."We were …': a sentence's end glued to the next quote's opening
        glued = before in ".!?" and after.isupper()
        can_open = (open_context or glued) and not after.isspace()
        return _Mark(pos, "double", can_open, not before.isspace() or not can_open)
    # Single marks: an apostrophe inside a word (don't, rock ’n’ roll) is never a quote mark.
    if before.isalnum() and after.isalnum():
        return None
    can_open = (
        char in SINGLE_OPEN or char == "'" or (char == SINGLE_CLOSE and before in '("“ ')
    ) and (open_context and not after.isspace())
    if can_open and _ELISION.match(text, pos + 1, para_end):
        can_open = False
    can_close = (char in SINGLE_CLOSE or char == "'") and close_context and not before.isspace()
    if not (can_open or can_close):
        return None
    return _Mark(pos, "single", can_open, can_close)


def _scan_paragraph(
    text: str,
    paras: list[tuple[int, int]],
    per_para: list[list[_Mark]],
    index: int,
    found: list[Stretch],
) -> int:
    """Collect the quotes that open in paragraph ``index``; return the next paragraph to scan."""
    marks = per_para[index]
    closers, reopeners = _lookahead(marks)
    i = 0
    while i < len(marks):
        mark = marks[i]
        if not mark.can_open:
            i += 1
            continue
        close = closers[mark.family][i + 1]
        reopened = reopeners[mark.family][i + 1]
        if close is not None and (reopened is None or close < reopened):
            _add(text, found, mark, marks[close].pos, index, 1, marks[close].width)
            i = close + 1
            continue
        if mark.family == "single":
            i += 1  # an unmatched single mark is an apostrophe
            continue
        if reopened is not None:  # “A “B”: the first quote was never closed
            _add(text, found, mark, _cut(text, mark, marks[reopened].pos), index, 1, 0)
            i = reopened
            continue
        # No closing mark in this paragraph: continues if the next paragraph reopens it.
        end_index, close_pos = _continue_over(text, paras, per_para, index, mark)
        if end_index == index:  # runaway: capped at the paragraph end
            _add(text, found, mark, paras[index][1], index, 1, 0)
            return index + 1
        end = paras[end_index][1] if close_pos is None else close_pos[0]
        width = 0 if close_pos is None else close_pos[1]
        _add(text, found, mark, end, index, end_index - index + 1, width)
        if close_pos is None:
            return end_index + 1
        index = end_index
        # After a closing mark, the marks past it; after a cut, the reopening mark too.
        marks = [m for m in per_para[index] if m.pos >= close_pos[0] + (width > 0)]
        closers, reopeners = _lookahead(marks)
        i = 0
    return index + 1


Lookahead = dict[str, list[int | None]]


def _lookahead(marks: list[_Mark]) -> tuple[Lookahead, Lookahead]:
    """For each family and index: the next closer, and the next opener that cannot close."""
    closers: Lookahead = {}
    reopeners: Lookahead = {}
    for family in ("double", "single", "guillemet"):
        close: list[int | None] = [None] * (len(marks) + 1)
        reopen: list[int | None] = [None] * (len(marks) + 1)
        for j in range(len(marks) - 1, -1, -1):
            mark = marks[j]
            close[j] = j if mark.family == family and mark.can_close else close[j + 1]
            reopen[j] = j if _opens_only(mark, family) else reopen[j + 1]
        closers[family], reopeners[family] = close, reopen
    return closers, reopeners


def _opens_only(mark: _Mark, family: str) -> bool:
    return mark.family == family and mark.can_open and not mark.can_close


def _continue_over(
    text: str,
    paras: list[tuple[int, int]],
    per_para: list[list[_Mark]],
    index: int,
    opener: _Mark,
) -> tuple[int, tuple[int, int] | None]:
    """Follow a quote left open at the end of paragraph ``index``.

    Returns (last paragraph, closing mark offset or None). Stays at ``index`` when the next
    paragraph does not open with a mark of the same family.
    """
    family = opener.family
    straight = text[opener.pos] in "\"'"
    current = index
    while current + 1 < len(paras):
        nxt = per_para[current + 1]
        start = paras[current + 1][0]
        if not nxt or nxt[0].pos != _first_visible(text, start) or not nxt[0].can_open:
            break
        if nxt[0].family != family or (text[nxt[0].pos] in "\"'") != straight:
            break
        current += 1
        closers, reopeners = _lookahead(nxt)
        close, reopened = closers[family][1], reopeners[family][1]
        if close is not None and (reopened is None or close < reopened):
            return current, (nxt[close].pos, nxt[close].width)
        if reopened is not None and (text[nxt[reopened].pos] in "\"'") == straight:
            return current, (nxt[reopened].pos, 0)  # "A ¶ "B "C": on into B, cut at C
    if current == index:
        return index, None
    return current, None


def _cut(text: str, opener: _Mark, reopen: int) -> int:
    """Where a quote never closed ends when a new one opens at ``reopen``: there, unless the
    new one is introduced ("…. Roe said: “B”"), when it ends with the sentence before."""
    if not text[opener.pos : reopen].rstrip().endswith(":"):
        return reopen
    start = opener.pos + opener.width
    segment = text[start:reopen]
    ends = [m for m in _SENTENCE_END.finditer(segment) if not is_abbreviation(segment, m.start())]
    return start + ends[-1].start() + 1 if ends else reopen


def _first_visible(text: str, start: int) -> int:
    while start < len(text) and text[start] in " \t\u00a0":
        start += 1
    return start


def _add(
    text: str, found: list[Stretch], opener: _Mark, end: int, para: int, count: int, width: int
) -> None:
    """Record the words between the opening mark and ``end`` (a closing mark of ``width``
    characters, or a cap when ``width`` is 0)."""
    start = opener.pos + opener.width
    close_mark = end + width - 1 if width else None
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 1:
        found.append(Stretch(start, end, opener.pos, close_mark, para, count))
