"""Precision and recall of the echo similarity at each threshold, on the quotes written for it.

    .venv/bin/python bench/echo_threshold.py

Pairs: each original quote of ``tests/echo_cases.py`` with each way it was reproduced
(positives); the hard negatives written there plus every pair of quotes from different
groups (negatives). Prints one row per threshold and the pairs the chosen one gets wrong.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from echo_cases import DIFFERENT, GROUPS  # noqa: E402

from reader.echoes.similarity import THRESHOLD, similarity  # noqa: E402
from reader.echoes.words import quote_words  # noqa: E402


def labelled_pairs() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    positives = [(group[0], variant) for group in GROUPS for variant in group[1:]]
    negatives = list(DIFFERENT)
    for one, other in combinations(GROUPS, 2):
        negatives += [(a, b) for a in one for b in other]
    return positives, negatives


def score(pair: tuple[str, str]) -> float:
    return similarity(quote_words(pair[0]), quote_words(pair[1]))


def precision_recall(threshold: float) -> tuple[float, float, int, int]:
    positives, negatives = labelled_pairs()
    found = sum(score(p) >= threshold for p in positives)
    wrong = sum(score(n) >= threshold for n in negatives)
    precision = found / (found + wrong) if found + wrong else 1.0
    return precision, found / len(positives), wrong, len(positives) - found


def main() -> None:
    positives, negatives = labelled_pairs()
    print(
        f"{len(positives)} echo pairs, {len(negatives)} different pairs "
        f"({len(DIFFERENT)} written to be hard)"
    )
    print("threshold  precision  recall  false echoes  missed")
    for step in range(10, 20):
        threshold = step / 20
        precision, recall, wrong, missed = precision_recall(threshold)
        mark = "  <- chosen" if abs(threshold - THRESHOLD) < 1e-9 else ""
        print(f"{threshold:9.2f}  {precision:9.3f}  {recall:6.3f}  {wrong:12d}  {missed:6d}{mark}")
    print(f"\nat {THRESHOLD}: missed")
    for pair in positives:
        if score(pair) < THRESHOLD:
            print(f"  {score(pair):.2f}  {pair[1]!r}")
    print("false echoes")
    for pair in negatives:
        if score(pair) >= THRESHOLD:
            print(f"  {score(pair):.2f}  {pair[0]!r} ~ {pair[1][:60]!r}")


if __name__ == "__main__":
    main()
