"""Quotes in one long paragraph (a transcript pasted without line breaks): analysis time must
grow with the number of quotes, not with its square.

Usage: python bench/long_paragraph.py [QUOTES ...]   (default 250 1000 4000). Prints, for each
size, the characters, seconds for the whole analysis and seconds per 1,000 quotes; the last
column stays flat when the cost is linear.
"""

from __future__ import annotations

import sys
import time

from reader.ingest import article_from_text
from reader.nlp.pipeline import analyze, load_nlp

SENTENCE = 'Ines Roe spoke. "I cannot pay for the ferry," she said. '


def main(sizes: list[int]) -> None:
    load_nlp()
    print("quotes | characters | seconds | seconds per 1,000 quotes")
    for size in sizes:
        text = "Harbour hearing\n\n" + SENTENCE * size + "\n"
        started = time.perf_counter()
        result = analyze(article_from_text(text, kind="text", source="bench"))
        seconds = time.perf_counter() - started
        print(f"{len(result.quotes)} | {len(text):,} | {seconds:.1f} | {seconds * 1000 / size:.2f}")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [250, 1000, 4000])
