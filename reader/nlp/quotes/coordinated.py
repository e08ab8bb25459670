"""Quotes joined by "and" or "or" share a speaker: 'called it "reckless" and "cruel", the
chair said' is one attribution of two fragments.

A fragment found only by a cue after it, while the fragment it is coordinated with has a cue
of its own before it, is the same speaker's: 'as Roe went on about "the rigged system" and "our
struggling towns," Doe said' gives the second fragment to Roe, not to Doe.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.model import Quote
from reader.nlp.quotes.evidence import Evidence
from reader.nlp.quotes.marks import Stretch

_JOIN = re.compile(r"[\s,\"“”'‘’«»]*(?:and|or)[\s\"“”'‘’«»]*", re.IGNORECASE)
"""Between two coordinated fragments: their marks, a comma, and "and" or "or"."""

Attributed = tuple[Quote, Evidence]
Inherit = Callable[[Quote, Attributed, str, str, str], Attributed]


def share_coordinated(
    text: str, stretches: list[Stretch], by_stretch: dict[int, Attributed], inherit: Inherit
) -> None:
    """Give each fragment cued only after it the speaker of the fragment it is joined to."""
    for index in sorted(by_stretch):
        earlier, later = by_stretch.get(index - 1), by_stretch[index]
        if earlier is None or not _joined(text, stretches[index - 1], stretches[index]):
            continue
        first, second = earlier[0], later[0]
        if not (first.speaker or first.speaker_text) or not _cued_before(first):
            continue
        if _cued_after(second) and second.cue_start != first.cue_start:
            how = "joined by 'and' or 'or' to"
            by_stretch[index] = inherit(second, earlier, "partial", how, "continued")


def _joined(text: str, first: Stretch, second: Stretch) -> bool:
    if first.close_mark is None or first.paragraph != second.paragraph:
        return False
    return _JOIN.fullmatch(text, first.end, second.start) is not None


def _cued_before(quote: Quote) -> bool:
    return quote.cue_start is not None and quote.cue_start < quote.start


def _cued_after(quote: Quote) -> bool:
    return quote.cue_start is not None and quote.cue_start >= quote.end
