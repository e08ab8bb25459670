"""Echo pairs → groups: each quote with everywhere it appears, the earliest first."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from reader.echoes.diff import diff_text, word_diff
from reader.echoes.words import quote_words


@dataclass(frozen=True)
class Occurrence:
    article_id: str
    start: int
    end: int
    text: str
    speaker: str | None
    """The speaker as resolved across the library (``reader.sources.identity``)."""
    speaker_key: str | None
    outlet: str
    source: str | None
    published: str | None
    day: date | None
    """Published, or else added to the library: what "earliest" goes by."""
    title: str | None = None

    def to_json(self) -> dict:
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "source": self.source,
            "published": self.published,
            "outlet": self.outlet,
            "text": self.text,
        }


@dataclass
class EchoGroup:
    occurrences: list[Occurrence]
    """The earliest first (undated ones last)."""
    complete: bool = True
    """False when the library echoes the quote more widely than was followed: the group has at
    least these occurrences (``EchoIndex.component``)."""

    @property
    def quote(self) -> str:
        return self.occurrences[0].text

    @property
    def first_seen(self) -> date | None:
        return self.occurrences[0].day

    @property
    def articles(self) -> int:
        return len({o.article_id for o in self.occurrences})

    @property
    def speakers_disagree(self) -> bool:
        """Two occurrences name different speakers (an unnamed source disagrees with no one)."""
        return len({o.speaker_key for o in self.occurrences if o.speaker_key}) > 1

    @property
    def wording_differs(self) -> bool:
        return len({quote_words(o.text) for o in self.occurrences}) > 1

    def disagreement(self) -> str | None:
        """ "Outlet A attributes this to X, outlet B to Y", or None when they agree."""
        if not self.speakers_disagree:
            return None
        claims: dict[str, list[str]] = {}
        for o in self.occurrences:
            if o.speaker_key and o.outlet not in claims.get(o.speaker or "", []):
                claims.setdefault(o.speaker or "", []).append(o.outlet)
        parts = [f"{' and '.join(outlets)} to {speaker}" for speaker, outlets in claims.items()]
        return f"{parts[0].replace(' to ', ' attributes this to ', 1)}, " + ", ".join(parts[1:])

    def diffs(self) -> list[str]:
        """Each later wording against the earliest, as a word diff ("" when the words agree)."""
        first = self.occurrences[0].text
        return [
            "" if quote_words(o.text) == quote_words(first) else diff_text(word_diff(first, o.text))
            for o in self.occurrences[1:]
        ]

    def to_json(self) -> dict:
        return {
            "quote": self.quote,
            "occurrences": [o.to_json() for o in self.occurrences],
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "speakers_disagree": self.speakers_disagree,
            "wording_differs": self.wording_differs,
        }


def connected(pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected sets of ids that ``pairs`` link (each sorted; sets in order of first id)."""
    parent: dict[int, int] = {}

    def root(item: int) -> int:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    sets: dict[int, list[int]] = {}
    for item in sorted(parent):
        sets.setdefault(root(item), []).append(item)
    return list(sets.values())


def echo_group(occurrences: Iterable[Occurrence]) -> EchoGroup:
    ordered = sorted(
        occurrences,
        key=lambda o: (o.day is None, o.day or date.min, o.published or "", o.article_id, o.start),
    )
    return EchoGroup(ordered)


def groups_from_pairs(
    pairs: Iterable[tuple[int, int]],
    occurrence: Callable[[int], Occurrence | None],
    followed: set[int] | None = None,
) -> list[EchoGroup]:
    """The echo groups that ``pairs`` of quote ids make, each occurrence made by
    ``occurrence(id)`` (None leaves a quote out: an article superseded or filtered away).
    ``followed``: the quotes whose pairs were all read (None: all of them); a group with
    another is known in part. Groups quoted in the most articles come first, then the
    earliest."""
    groups = []
    for ids in connected(pairs):
        found = [o for o in map(occurrence, ids) if o is not None]
        if len({o.article_id for o in found}) > 1:
            group = echo_group(found)
            group.complete = followed is None or followed.issuperset(ids)
            groups.append(group)
    groups.sort(
        key=lambda g: (-g.articles, g.first_seen is None, g.first_seen or date.min, g.quote)
    )
    return groups
