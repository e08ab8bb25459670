"""Every limit on what reader accepts, in one place (the README's "Limits" table).

Real articles sit far below all of them (a long feature is ~100 KB of HTML, ~50 KB of text,
a few hundred paragraphs). They exist so that a hostile or mistaken input gives a clear
one-line error in seconds, instead of minutes of spaCy or gigabytes of memory.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from reader.errors import IngestError, ReaderError

MAX_BYTES = 32 * 1024 * 1024
"""Largest file or download read at all."""

READ_CHUNK = 1024 * 1024
"""Files, pipes and downloads are read this much at a time, so the limit is met before more."""

SOURCE_SECONDS = 30.0
"""Longest wait for a whole download, or for a pipe or device to end (env READER_SOURCE_SECONDS)."""

READ_TIMEOUT_SECONDS = 10.0
"""A server silent this long in the middle of a download has gone."""

MAX_REDIRECTS = 5
"""Redirects followed before a download is given up."""

MAX_FOLDER_DEPTH = 32
"""Folders more levels below the one given are not searched for articles."""

MAX_FOLDER_ENTRIES = 100_000
"""Files and folders looked at in one folder tree before the search stops."""

MAX_IMPORT_LINE_BYTES = 16 * 1024 * 1024
"""Longest line of a JSONL file ``reader import`` reads (an article of the longest text
analysed, with its analysis, takes a few MB)."""

MAX_HTML_CHARS = 8_000_000
"""HTML beyond this many characters is cut before extraction (the article is near the top)."""

MAX_BROKEN_UTF8_SHARE = 0.01
"""A UTF-8 file with up to this share of undecodable bytes is kept as UTF-8 (shown as �)."""

MAX_TEXT_CHARS = 1_000_000
"""Longest article text analysed: ~170,000 words, about a minute of spaCy on one slow core."""

MAX_PARAGRAPHS = 20_000
"""Most paragraphs in one article (a long feature has a few hundred)."""

MAX_ANALYSIS_SECONDS = 180.0
"""Wall-clock budget for analysing one article, checked between spaCy chunks."""


def source_seconds() -> float:
    """``SOURCE_SECONDS``, or ``READER_SOURCE_SECONDS`` when set (tests use a short one)."""
    try:
        seconds = float(os.environ.get("READER_SOURCE_SECONDS", SOURCE_SECONDS))
    except ValueError:
        return SOURCE_SECONDS
    return seconds if seconds > 0 else SOURCE_SECONDS


def check_text(text: str) -> None:
    """Raise ``IngestError`` when ``text`` is beyond what reader analyses."""
    paragraphs = text.count("\n\n") + 1
    if paragraphs > MAX_PARAGRAPHS and _paragraph_count(text) > MAX_PARAGRAPHS:
        raise IngestError(f"article has too many paragraphs to analyse (over {MAX_PARAGRAPHS:,})")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(
            f"article is too long to analyse ({len(text):,} characters; "
            f"the limit is {MAX_TEXT_CHARS:,})"
        )


def _paragraph_count(text: str) -> int:
    return sum(1 for block in text.split("\n\n") if block.strip())


def deadline(seconds: float = MAX_ANALYSIS_SECONDS) -> Callable[[int, int], None]:
    """A ``progress(done, total)`` callback that stops an analysis running past ``seconds``."""
    stop_at = time.monotonic() + seconds

    def check(done: int, total: int) -> None:
        if done < total and time.monotonic() > stop_at:
            raise ReaderError(
                f"analysis stopped after {seconds:.0f} s ({done} of {total} parts done); "
                "the article is too long for this machine"
            )

    return check
