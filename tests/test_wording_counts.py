"""Counts in words agree with their number ("1 mention", "2 mentions") everywhere: one helper,
and no hand-made plural left in the app's or the CLI's messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import reader
from reader.wording import counted


@pytest.mark.parametrize(
    ("number", "noun", "expected"),
    [
        (0, "mention", "0 mentions"),
        (1, "mention", "1 mention"),
        (2, "mention", "2 mentions"),
        (1, "person", "1 person"),
        (3, "person", "3 people"),
        (1, "cached analysis", "1 cached analysis"),
        (2, "cached analysis", "2 cached analyses"),
        (12000, "article", "12,000 articles"),
    ],
)
def test_counted_agrees_with_its_number(number, noun, expected):
    assert counted(number, noun) == expected


COUNTED_NOUNS = (
    "mentions|quotes|articles|words|outlets|people|highlights|results|files|paragraphs"
    "|analyses|matches|speakers|figures|entities|places|organisations|notes|tags|groups"
)
HAND_MADE = [
    # "{n} mentions": a count followed by a plural noun, always plural
    re.compile(r"\bf[\"'].*\{(?![A-Z_]+[:}])[^{}]+\}\s+(?:\w+\s+)?(?:" + COUNTED_NOUNS + r")\b"),
    # "{n} mention{'s' * (n != 1)}" and the like: the same rule written again by hand
    re.compile(r"""['"]s['"]\s*\*\s*\(|else\s+['"]s['"]|['"]s['"]\s+if\b|==\s*1\s+else\s+['"]"""),
]
"""A count in an f-string with its own plural; a limit in capitals (``{MAX_FILES:,} files``) is
always plural and is left alone."""


def test_no_count_in_the_package_makes_its_own_plural():
    found = []
    root = Path(reader.__file__).parent
    for path in sorted(root.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(pattern.search(line) for pattern in HAND_MADE):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    assert not found, "use reader.wording.counted:\n" + "\n".join(found)


def test_the_check_finds_a_hand_made_plural():
    samples = [
        'f"{len(item.spans)} mentions"',
        "f\"{count} article{'s' * (count != 1)}\"",
        'plural = "mention" if n == 1 else "mentions"',
        'noun + ("" if n == 1 else "s")',
        'f"{people} people · {quotes} quotes"',
    ]
    assert all(any(p.search(sample) for p in HAND_MADE) for sample in samples)
    assert not any(p.search('f"stopped after {MAX_ENTRIES:,} files"') for p in HAND_MADE)
