"""Credits: "(Reuters)", "Photograph: Getty Images", "© AFP", a line that is only "REUTERS".

An agency named in a credit is who supplied the words or picture, not an organisation the
story is about; its span leaves the entities and is listed in ``doc._.reader_credits``.
"Reuters reported on Monday that…" in a sentence stays an ORG.
"""

from __future__ import annotations

import re

from reader.nlp.words import CREDIT_AGENCIES, CREDIT_CUES

_AGENCY = "|".join(sorted((re.escape(a) for a in CREDIT_AGENCIES), key=len, reverse=True))
_CUE = "|".join(re.escape(c) for c in sorted(CREDIT_CUES, key=len, reverse=True))
_CREDIT = re.compile(
    rf"\((?P<paren>(?:{_AGENCY})(?:[ /][A-Za-z]+){{0,2}})\)"
    rf"|(?:\b(?:{_CUE})s?\b\s*[:/]|©)\s*(?P<cued>[^\n,;()]{{2,60}})"
    rf"|^[ \t]*(?P<line>(?:[\w. '-]+/)?(?:{_AGENCY})(?: images| pictures| photos)?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def outside_credits(spans: list, credits: list[tuple[int, int]]) -> list:
    """The spans that do not touch a credit."""
    if not credits:
        return spans
    import bisect

    starts = [start for start, _ in credits]

    def in_credit(span) -> bool:
        index = bisect.bisect_right(starts, span.end_char - 1) - 1
        return index >= 0 and credits[index][1] > span.start_char

    return [span for span in spans if not in_credit(span)]


def find_credits(text: str) -> list[tuple[int, int]]:
    """(start, end) of each credit's agency or photographer text."""
    found = []
    for match in _CREDIT.finditer(text):
        for group in ("paren", "cued", "line"):
            if match.group(group):
                start = match.start(group)
                found.append((start, start + len(match.group(group).rstrip())))
    return found
