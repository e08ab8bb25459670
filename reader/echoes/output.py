"""``reader echoes`` output: the groups as text to read, or JSON."""

from __future__ import annotations

import json

from reader.echoes.groups import EchoGroup
from reader.textsafety import one_line
from reader.wording import counted


def as_json(groups: list[EchoGroup]) -> str:
    return json.dumps([g.to_json() for g in groups], ensure_ascii=False, indent=2)


def as_table(groups: list[EchoGroup]) -> str:
    """Each group: when first seen, in how many articles, flags; then each occurrence, earliest
    first, with later wordings as a word diff against the first."""
    blocks = []
    for group in groups:
        flags = [f for f, on in (("speakers disagree", group.speakers_disagree),
                                 ("wording differs", group.wording_differs)) if on]  # fmt: skip
        first = group.first_seen.isoformat() if group.first_seen else "undated"
        lines = [
            f"“{one_line(group.quote, 160)}”",
            f"  first seen {first}, in {counted(group.articles, 'article')}"
            + (f" ({', '.join(flags)})" if flags else ""),
        ]
        disagreement = group.disagreement()
        if disagreement:
            lines.append(f"  ! {one_line(disagreement, 200)}")
        diffs = ["", *group.diffs()]
        for occurrence, diff in zip(group.occurrences, diffs, strict=True):
            day = occurrence.day.isoformat() if occurrence.day else "undated"
            speaker = one_line(occurrence.speaker, 40) if occurrence.speaker else "unnamed source"
            lines.append(f"  {day}  {one_line(occurrence.outlet, 30)}  {speaker}")
            if diff:
                lines.append(f"      {one_line(diff, 300)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
