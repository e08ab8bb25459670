"""Echoes over the library: its quotes indexed as articles are saved, grouped on demand.

Speakers are resolved across the articles of each group only: two outlets naming "Marrow" and
"Ilse Marrow" for the same words agree, whoever else the library calls Marrow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.echoes.groups import EchoGroup, Occurrence, groups_from_pairs
from reader.echoes.index import EchoIndex, QuoteSpan
from reader.sources.dates import article_day, parse_day
from reader.sources.identity import NameRecord, resolve_speakers
from reader.sources.library import outlet_of

if TYPE_CHECKING:
    from reader.store import Library


def pending_articles(library: Library) -> list[str]:
    """Analysed articles not in the echo index yet (saved before it existed, or recovered)."""
    return [
        article_id
        for (article_id,) in library.conn.execute(
            "select a.id from articles a join analyses n on n.article_id = a.id"
            " where a.id not in (select article_id from echo_articles)"
        ).fetchall()
    ]


def index_article(library: Library, article_id: str) -> None:
    """Index a stored article's quotes, in a transaction of its own."""
    rows = library.conn.execute(
        'select start, "end", text from quotes where article_id = ? order by start', [article_id]
    ).fetchall()
    with library.transaction():
        EchoIndex(library.conn).add_article(article_id, [QuoteSpan(*row) for row in rows])


def index_pending(library: Library) -> int:
    pending = pending_articles(library)
    for article_id in pending:
        index_article(library, article_id)
    return len(pending)


def echo_groups(library: Library, article_id: str | None = None) -> list[EchoGroup]:
    """Every echo group of the library's current articles, or those with a quote of
    ``article_id``; the most widely echoed first."""
    index = EchoIndex(library.conn)
    found, followed = (index.pairs(), None) if article_id is None else index.component(article_id)
    pairs = [(p.a, p.b) for p in found]
    where = index.quotes({q for pair in pairs for q in pair})
    articles = {where[q][0] for pair in pairs for q in pair}
    occurrence = _occurrences(library, articles, where)
    return groups_from_pairs(pairs, occurrence, followed)


def _occurrences(
    library: Library, article_ids: set[str], where: dict[int, tuple[str, int, int]]
) -> Callable[[int], Occurrence | None]:
    conn = library.conn
    marks = ",".join("?" * len(article_ids))
    ids = list(article_ids)
    info = {
        row[0]: row[1:]
        for row in conn.execute(
            f"select id, title, source, published, added_at from articles"
            f" where id in ({marks}) and superseded_by is null",
            ids,
        )
    }
    quotes = {
        (row[0], row[1]): row[2:]
        for row in conn.execute(
            f'select article_id, start, "end", text, speaker from quotes'
            f" where article_id in ({marks})",
            ids,
        )
    }
    # Who speaks is read once for all these articles (quotes.speaker_entity has no index: a
    # subquery per entity scanned the whole table each time).
    records = [
        NameRecord(article, name, label, count or 1, speaks=bool(speaks))
        for article, name, label, count, speaks in conn.execute(
            f"select e.article_id, e.name, e.label, e.count, e.id in"
            f" (select q.speaker_entity from quotes q where q.article_id in ({marks}))"
            f" from entities e where e.article_id in ({marks})",
            ids + ids,
        )
    ]
    speakers = resolve_speakers(records)
    outlets = library.feed_outlets()

    def occurrence(quote_id: int) -> Occurrence | None:
        article_id, start, end = where[quote_id]
        if article_id not in info or (article_id, start) not in quotes:
            return None  # superseded, or re-analysed since it was indexed
        title, source, published, added_at = info[article_id]
        _, text, name = quotes[(article_id, start)]
        speaker = speakers.get((article_id, name)) if name else None
        return Occurrence(
            article_id=article_id,
            start=start,
            end=end,
            text=text,
            speaker=speaker.name if speaker else name,
            speaker_key=speaker.key if speaker else (f"name:{name}" if name else None),
            outlet=outlets.get(article_id) or outlet_of(source),
            source=source,
            published=published,
            day=parse_day(published) or article_day(None, added_at),
            title=title,
        )

    return occurrence
