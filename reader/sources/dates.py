"""An article's day, from whatever date text its page or feed gave."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_YEAR = re.compile(r"(?<!\d)(1[89]|2\d)\d\d(?!\d)")


def parse_day(text: str | None) -> date | None:
    """The calendar day in ``text`` (ISO 8601, RFC 822 as feeds write it, or words such as
    "18 September 2026"), or None when it names no day with a year."""
    if not text or not _YEAR.search(text):
        return None
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser

    try:
        return parser.parse(text, default=datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


def article_day(published: str | None, added_at: str | None) -> date | None:
    """The day an article was published, or else the day it came into the library."""
    return parse_day(published) or parse_day(added_at)


def day_argument(text: str) -> date:
    """A ``--since``/``--until`` value: YYYY-MM-DD or any date ``parse_day`` reads."""
    day = parse_day(text)
    if day is None:
        raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD)")
    return day
