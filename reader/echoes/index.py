"""The echo index: each quote's three-word shingles in the library, and the echo pairs found.

Adding an article looks up its quotes' shingles (an indexed ``IN`` query), verifies the few
quotes that share one with ``similarity``, and stores the pairs that pass, so listing every
echo in the library is a read, not a comparison of every quote with every other.

Any two quotes that ``is_echo`` accepts share a run of ``MIN_RUN`` words, so they share a
shingle and the lookup finds them. The tables are a cache: ``rebuild`` makes them again from
the quotes. A shingle is a 32-bit hash; a collision only adds a candidate, which is verified.
The tables are made by the library's migration ``m005_echoes``.
"""

from __future__ import annotations

import math
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.echoes.similarity import MIN_RUN, MIN_WORDS, THRESHOLD, similarity
from reader.echoes.words import quote_words

if TYPE_CHECKING:
    from reader.model import Analysis

MAX_WORDS = 400
"""Words of a quote that are indexed: a longer "quote" is a document, matched on its opening."""
MAX_CANDIDATES = 400
"""Quotes verified per quote, those sharing the most shingles first."""
COMPONENT_LIMIT = 1_000
"""An article's echo groups are read up to four pairs for each of this many quotes; past that
they are known in part. Memory and time stay bounded however widely a quote is echoed."""


@dataclass(frozen=True)
class QuoteSpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class EchoPair:
    a: int
    b: int
    score: float


def shingles(words: Sequence[str]) -> set[int]:
    """Hashes of each run of ``MIN_RUN`` words (of the whole quote when it is shorter)."""
    words = words[:MAX_WORDS]
    if len(words) < MIN_RUN:
        return set()
    return {_hash(" ".join(words[i : i + MIN_RUN])) for i in range(len(words) - MIN_RUN + 1)}


def index_analysis(conn: sqlite3.Connection, analysis: Analysis) -> list[EchoPair]:
    """Index an article's quotes as its analysis is saved (in the caller's transaction)."""
    text = analysis.article.text
    quotes = [QuoteSpan(q.start, q.end, text[q.start : q.end]) for q in analysis.quotes]
    return EchoIndex(conn).add_article(analysis.id, quotes)


def least_shared(shorter: int) -> int:
    """Shingles two quotes share at least when ``is_echo`` accepts them, the shorter having
    ``shorter`` words: at least ``THRESHOLD`` of its words, in runs of ``MIN_RUN`` or more,
    and a run of L words holds L - MIN_RUN + 1 shingles."""
    if shorter < MIN_RUN:
        return 1
    matched = math.ceil(THRESHOLD * shorter - 1e-9) if shorter >= MIN_WORDS else shorter
    runs = matched // MIN_RUN
    return max(1, matched - runs * (MIN_RUN - 1))


def _hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


class EchoIndex:
    """The echo tables of one SQLite connection; the caller holds the write transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add_article(self, article_id: str, quotes: Iterable[QuoteSpan]) -> list[EchoPair]:
        """Index ``article_id``'s quotes (replacing any it had) and return the echo pairs they
        make with other articles' quotes."""
        self.remove_article(article_id)
        found: list[EchoPair] = []
        for quote in quotes:
            words = quote_words(quote.text)
            hashes = shingles(words)
            if not hashes:
                continue
            cursor = self.conn.execute(
                'insert into echo_quotes (article_id, start, "end", size, hashes, words)'
                " values (?, ?, ?, ?, ?, ?)",
                [article_id, quote.start, quote.end, len(words), len(hashes), " ".join(words)],
            )
            quote_id = cursor.lastrowid
            assert quote_id is not None
            for other, score in self._echoes(article_id, words, hashes):
                found.append(EchoPair(other, quote_id, score))
            self.conn.executemany(
                "insert or ignore into echo_shingles (hash, quote) values (?, ?)",
                [(h, quote_id) for h in hashes],
            )
        self.conn.executemany(
            "insert or replace into echo_pairs (a, b, score) values (?, ?, ?)",
            [(p.a, p.b, p.score) for p in found],
        )
        self.conn.execute("insert into echo_articles (article_id) values (?)", [article_id])
        return found

    def _echoes(
        self, article_id: str, words: tuple[str, ...], hashes: set[int]
    ) -> list[tuple[int, float]]:
        """Quotes of other articles that ``words`` echoes, with their scores."""
        marks = ",".join("?" * len(hashes))
        counted = self.conn.execute(
            f"select q.id, c.shared, q.size, q.hashes from echo_quotes q join ("
            f"  select quote, count(*) as shared from echo_shingles where hash in ({marks})"
            f"  group by quote"
            f") c on c.quote = q.id where q.article_id != ?",
            [*hashes, article_id],
        ).fetchall()
        length = min(len(words), MAX_WORDS)
        likely = [
            (shared, quote)
            for quote, shared, size, kinds in counted
            # a quote repeating itself ("no, no, no") has fewer kinds of shingle than runs
            if shared >= min(least_shared(min(length, size)), kinds, len(hashes))
        ]
        likely = [quote for _, quote in sorted(likely, reverse=True)[:MAX_CANDIDATES]]
        echoes = []
        for other_id, other_words in self._words(likely):
            score = similarity(words, tuple(other_words.split(" ")))
            if score >= THRESHOLD:
                echoes.append((other_id, round(score, 4)))
        return echoes

    def _words(self, ids: list[int]) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            found += self.conn.execute(
                f"select id, words from echo_quotes where id in ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        return found

    def remove_article(self, article_id: str) -> None:
        rows = self.conn.execute(
            "select id, words from echo_quotes where article_id = ?", [article_id]
        ).fetchall()
        for quote_id, words in rows:
            self.conn.executemany(
                "delete from echo_shingles where hash = ? and quote = ?",
                [(h, quote_id) for h in shingles(words.split(" "))],
            )
            self.conn.execute("delete from echo_pairs where a = ? or b = ?", [quote_id, quote_id])
        self.conn.execute("delete from echo_quotes where article_id = ?", [article_id])
        self.conn.execute("delete from echo_articles where article_id = ?", [article_id])

    def clear(self) -> None:
        for table in ("echo_pairs", "echo_shingles", "echo_quotes", "echo_articles"):
            self.conn.execute(f"delete from {table}")

    def pairs(self, article_id: str | None = None) -> list[EchoPair]:
        """Every echo pair, or those with a quote of ``article_id``."""
        if article_id is None:
            rows = self.conn.execute("select a, b, score from echo_pairs")
        else:
            rows = self.conn.execute(
                "select a, b, score from echo_pairs"
                " where a in (select id from echo_quotes where article_id = ?1)"
                " or b in (select id from echo_quotes where article_id = ?1)",
                [article_id],
            )
        return [EchoPair(*row) for row in rows]

    def component(
        self, article_id: str, limit: int = COMPONENT_LIMIT
    ) -> tuple[list[EchoPair], set[int]]:
        """The pairs linking, directly or through others, to a quote of ``article_id``: all that
        its echo groups are made of; and the quotes whose pairs were all read. Followed pair by
        pair through the indexes, so the library's other pairs are not read; each quote's group
        a step at a time, the least reached first, so that a quote echoed a few times is read
        whole beside one echoed everywhere. At most ``4 * limit`` pair rows are read: a group
        that needs more (a wire story copied by hundreds of outlets makes millions of pairs)
        is left there, known in part (a quote of it not followed)."""
        mine = [
            quote_id
            for (quote_id,) in self.conn.execute(
                "select id from echo_quotes where article_id = ? order by id", [article_id]
            )
        ]
        seen, followed = set(mine), set()
        found: dict[tuple[int, int], EchoPair] = {}
        room = 4 * limit
        walks = [[quote_id] for quote_id in sorted(mine, key=self._pair_count, reverse=True)]
        while walks:  # one per quote of the article; the least echoed next
            frontier, reached = walks.pop(), set()
            for i in range(0, len(frontier), 500):
                chunk = frontier[i : i + 500]
                rows = self._pairs_of(chunk, room + 1)
                room -= len(rows)
                for a, b, score in rows[: len(rows) + min(0, room)]:
                    found[(a, b)] = EchoPair(a, b, score)
                    reached.update((a, b))
                if room < 0:  # this group needs more than is left: it is known in part
                    return list(found.values()), followed
                followed.update(chunk)
            if new := sorted(reached - seen):
                seen.update(new)
                walks.append(new)
                walks.sort(key=len, reverse=True)
        return list(found.values()), followed

    def _pair_count(self, quote_id: int) -> int:
        return self.conn.execute(
            "select (select count(*) from echo_pairs where a = ?1)"
            " + (select count(*) from echo_pairs where b = ?1)",
            [quote_id],
        ).fetchone()[0]

    def _pairs_of(self, quote_ids: list[int], most: int) -> list[tuple[int, int, float]]:
        marks = ",".join("?" * len(quote_ids))
        return self.conn.execute(
            f"select a, b, score from echo_pairs where a in ({marks})"
            f" union select a, b, score from echo_pairs where b in ({marks}) limit ?",
            [*quote_ids, *quote_ids, most],
        ).fetchall()

    def quotes(self, ids: Iterable[int]) -> dict[int, tuple[str, int, int]]:
        """``id → (article_id, start, end)`` of the given echo quotes."""
        ids = list(ids)
        found: dict[int, tuple[str, int, int]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = self.conn.execute(
                'select id, article_id, start, "end" from echo_quotes'
                f" where id in ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update({row[0]: (row[1], row[2], row[3]) for row in rows})
        return found
