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
    word = re.search(r"([\w.]+)$", segment[:dot])
    if word is None:
        return False
    stem = word.group(1).lower()
    if stem in TITLE_OR_PLACE:
        return not segment[: word.start()].rstrip().endswith(",")
    return stem in ABBREVIATIONS or len(stem) == 1 or bool(re.fullmatch(r"(?:\w\.)+\w", stem))
