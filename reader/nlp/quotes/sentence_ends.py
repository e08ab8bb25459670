"""Where sentences end in raw text: a full stop, "!" or "?" not after an abbreviation.

Used to cut the windows around a quote without waiting for the parser's sentences, which
often run through a closing quote mark.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "sen",
    "rep",
    "gov",
    "gen",
    "jr",
    "sr",
    "prof",
    "lt",
    "col",
    "capt",
    "sgt",
    "no",
    "inc",
    "co",
    "corp",
    "ltd",
    "vs",
    "etc",
    "rev",
    "hon",
    "u.s",
    "u.k",
    "u.n",
    "d.c",
    "a.m",
    "p.m",
    "jan",
    "feb",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
}

# A title before a name ("state Del. Jane Roe"), or a place at the end of one ("Dover, Del.").
TITLE_OR_PLACE = {"del"}


def is_abbreviation(segment: str, dot: int) -> bool:
    if segment[dot] != ".":
        return False
    if segment[dot + 1 : dot + 2] == ")":
        return True  # "Sen. Jane Roe (D-Mo.) said"
    start = dot  # the word before the dot, found backwards: a paragraph may be very long
    while start > 0 and (segment[start - 1].isalnum() or segment[start - 1] in "._"):
        start -= 1
    if start == dot:
        return False
    stem = segment[start:dot].lower()
    if stem in TITLE_OR_PLACE:
        before = start
        while before > 0 and segment[before - 1].isspace():
            before -= 1
        return not (before > 0 and segment[before - 1] == ",")
    return stem in ABBREVIATIONS or len(stem) == 1 or bool(re.fullmatch(r"(?:\w\.)+\w", stem))


def last_sentence_end(segment: str) -> re.Match | None:
    """The last end of a sentence in ``segment`` that is not an abbreviation's dot. Searched
    from the end in growing steps, so a quote late in a long paragraph costs no more than
    the sentence it is in."""
    size = _FIRST_STEP
    while True:
        pos = max(0, len(segment) - size)
        if pos:
            pos = segment.rfind(" ", 0, pos) + 1  # no end of a sentence spans a space
        last = None
        for match in SENTENCE_END.finditer(segment, pos):
            if not is_abbreviation(segment, match.start()):
                last = match
        if last is not None or pos == 0:
            return last
        size *= 4


_FIRST_STEP = 600
