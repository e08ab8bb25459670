"""Words every view uses the same way: the screen, Markdown, CSV, JSON and W3C exports.

A quote whose speaker the article does not name is shown with the article's own words for
the speaker, marked as unnamed ("a source close to the situation (unnamed)"), never as a
blank or an invented name.
"""

from __future__ import annotations

from reader.model import Quote

UNNAMED = "unnamed"
"""The mark after the article's words for a speaker it does not name."""
NO_SPEAKER = "no speaker given"
"""A quote with neither a named speaker nor words for one."""


def speaker_label(quote: Quote) -> str:
    """The speaker's name; else the article's words for the speaker, marked as unnamed."""
    if quote.speaker:
        return " ".join(quote.speaker.split())
    words = " ".join((quote.speaker_text or "").split())
    return f"{words} ({UNNAMED})" if words else NO_SPEAKER


def is_named(quote: Quote) -> bool:
    """The article names the speaker (``speaker_label`` is a name, not a description)."""
    return bool(quote.speaker and quote.speaker.strip())


IRREGULAR = {"person": "people", "analysis": "analyses", "entry": "entries"}
"""Plurals not made by adding an s."""


def counted(number: int, noun: str) -> str:
    """``number`` with ``noun`` agreeing: "1 mention", "2 mentions", "1,200 people",
    "3 cached analyses" (the last word of the noun takes the plural)."""
    if number == 1:
        return f"1 {noun}"
    head, space, last = noun.rpartition(" ")
    return f"{number:,} {head}{space}{IRREGULAR.get(last, last + 's')}"
