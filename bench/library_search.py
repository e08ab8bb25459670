"""Library queries over a synthetic library of many articles (built once, kept in bench/results).

Usage: python bench/library_search.py [COUNT] [RUNS]  → JSON with the median ms of each query.

The analyses stored are synthetic (names and quotes found by regular expressions), so building
10,000 articles takes seconds and no spaCy; what is measured is the library, not the analysis.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import RESULTS, texts  # noqa: E402

from reader.ingest import article_from_text  # noqa: E402
from reader.model import Analysis, Entity, Quote  # noqa: E402
from reader.nlp.versions import pipeline_version, resolve_model  # noqa: E402
from reader.store import open_library  # noqa: E402

NAME = re.compile(r"\b[A-Z][a-zé]+ [A-Z][a-z]+\b")
QUOTE = re.compile(r'"([^"\n]+)"')

QUERIES = {
    "search: one common word": lambda lib: lib.search("talks"),
    "search: two words": lambda lib: lib.search("ceasefire Geneva"),
    "search: a name": lambda lib: lib.search("Grace Obi"),
    "search: rare word": lambda lib: lib.search("intermission"),
    "search: no match": lambda lib: lib.search("xylophone"),
    "quotes by a speaker": lambda lib: lib.quotes_by("Khalid"),
    "articles mentioning": lambda lib: lib.articles_mentioning("Mensah"),
    "list every article": lambda lib: lib.articles(),
}


def synthetic_analysis(text: str, index: int) -> Analysis:
    article = article_from_text(text, kind="text", source=f"synthetic://{index}")
    names: dict[str, Entity] = {}
    for match in NAME.finditer(text):
        entity = names.setdefault(
            match.group(), Entity(id=f"e{len(names)}", label="PERSON", name=match.group())
        )
        entity.mentions.append((match.start(), match.end()))
    people = list(names.values())
    quotes = [
        Quote(
            start=m.start(1), end=m.end(1), speaker=people[i % len(people)].name if people else None
        )
        for i, m in enumerate(QUOTE.finditer(text))
    ]
    return Analysis(
        article=article,
        model=resolve_model(),
        version=pipeline_version(),
        entities=people,
        quotes=quotes,
    )


def build(count: int) -> Path:
    path = RESULTS / f"library-{count}.db"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in RESULTS.glob(partial.name + "*"):
        leftover.unlink()
    with open_library(partial) as library, library.db.atomic():
        for index, text in enumerate(texts(count, seed=10)):
            library.save(synthetic_analysis(text, index))
    partial.rename(path)
    return path


def measure(count: int, runs: int) -> dict[str, dict[str, float]]:
    path = build(count)
    results = {}
    with open_library(path) as library:
        for label, query in QUERIES.items():
            query(library)  # warm the page cache once, as a second query in the app would be
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                rows = query(library)
                times.append((time.perf_counter() - start) * 1000)
            results[label] = {"median_ms": statistics.median(times), "rows": len(rows)}
    return results


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    print(json.dumps(measure(count, runs), indent=1))
