"""Publication dates as news copy writes them, to ISO 8601 (with python-dateutil).

"Published: 28/11/2025 - 15:41" → ``2025-11-28T15:41``; "Thursday 28 November 2025 15.41
GMT" → ``2025-11-28T15:41+00:00``; "Nov. 28, 2025" → ``2025-11-28``. A numeric date is read day
first (28/11, the UK order) unless only the other order is a date (11/28). A date without a year
("14 March") or a relative one ("3 hours ago") is recognised as a date line but has no value: the
year cannot be known. Time-zone names are kept only when they are unambiguous (GMT, BST, EST…).
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?"
_NUMERIC = (
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_NAMED = rf"(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+\d{{4}})?"
_TIME = (
    r"(?<![\d./-])"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2})"
    r"(?![\d./-])"
)
_ZONE = r"gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|z"
_RELATIVE = r"\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|yesterday|today"
_FILLER = r"on|at|updated|published|posted|first|last|date|modified|and|-|–|—|\||,|·|:|/"

DATE_LINE = re.compile(
    rf"^(?:(?:{_FILLER}|{_WEEKDAY})\s*)*"
    rf"(?:{_NUMERIC}|{_NAMED}|{_RELATIVE})"
    rf"(?:\s*(?:{_FILLER}|{_TIME}|{_ZONE}|{_NUMERIC}|{_NAMED}|\(|\)|\d{{4}})\s*)*$",
    re.IGNORECASE,
)
"""A line that is a date and nothing else (with "Published:", a weekday, a time, a zone)."""
TIME_LINE = re.compile(rf"^(?:[-–—|·,]\s*)?(?:{_TIME})(?:\s*(?:{_ZONE}))?\s*$", re.IGNORECASE)
"""A line that is only a time ("- 15:41"), which goes with the date line before it."""

_ZONES = {
    "GMT": 0,
    "UTC": 0,
    "Z": 0,
    "BST": 3600,
    "CET": 3600,
    "CEST": 7200,
    "EST": -18000,
    "EDT": -14400,
    "CST": -21600,
    "CDT": -18000,
    "MST": -25200,
    "MDT": -21600,
    "PST": -28800,
    "PDT": -25200,
}
_AMBIGUOUS_ZONE = re.compile(r"\b(?:ET|PT|CT)\b")
_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")
_HAS_TIME = re.compile(_TIME, re.IGNORECASE)
_DOT_TIME = re.compile(r"(?<![\d./-])(\d{1,2})\.(\d{2})(?![\d./-])", re.I)
_SECOND_DATE = re.compile(r"\s(?:\||updated|modified)\s.*$", re.I)
_PREFIX = re.compile(
    r"^\W*(?:(?:first|last)\s+)?(?:published|updated|posted|modified|date)\b\W*", re.I
)


def is_date_line(line: str) -> bool:
    return len(line) <= 100 and bool(DATE_LINE.match(line.strip()))


def iso_date(line: str) -> str | None:
    """The date (and time, when given) of a date line as ISO 8601; None without a year."""
    if not _HAS_YEAR.search(line):
        return None
    first = _SECOND_DATE.sub("", line.strip())  # "Published … | Updated …": the first
    if _HAS_YEAR.search(first):
        line = first
    cleaned = _DOT_TIME.sub(r"\1:\2", _PREFIX.sub("", line.strip()))
    cleaned = _AMBIGUOUS_ZONE.sub("", cleaned).replace("·", " ").replace("|", " ")
    from dateutil import parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dateutil warns about names it does not know
            parsed = parser.parse(cleaned, dayfirst=True, fuzzy=True, tzinfos=_ZONES)
    except (ValueError, OverflowError):
        return None
    if not 1800 <= parsed.year <= datetime.now().year + 1:
        return None
    if _HAS_TIME.search(cleaned):
        return parsed.isoformat(timespec="minutes")
    return parsed.date().isoformat()
