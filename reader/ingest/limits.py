"""Every limit ingest enforces, in one place (documented in the README, "Limits").

Real articles are far below all of them (a long feature is ~100 KB of HTML, ~50 KB of text,
a few hundred paragraphs); the limits exist so that a hostile or mistaken input gives a clear
one-line error in seconds instead of a hang or a memory blow-up.
"""

MAX_BYTES = 32 * 1024 * 1024
"""Largest file or download read at all."""

MAX_HTML_CHARS = 8_000_000
"""HTML beyond this many characters is cut before extraction (the article is near the top)."""
