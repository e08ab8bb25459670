"""Library-wide search as the library screen offers it: quotes by speaker, entities, full text.

Core module (no Textual): only ``Library`` methods, so the CLI could offer the same search.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.store import Library
from reader.wording import counted

PREFIXES = {"speaker": "speaker", "who": "speaker", "entity": "entity"}


def parse_query(text: str) -> tuple[str, str]:
    """``speaker:Putin`` → ("speaker", "Putin"); ``entity:Kyiv`` → ("entity", …); else text.

    ``speaker:`` alone lists every attributed quote, ``entity:`` every entity.
    """
    head, sep, rest = text.strip().partition(":")
    kind = PREFIXES.get(head.strip().casefold())
    if sep and kind:
        return kind, rest.strip()  # an empty name lists them all
    return "text", text.strip()


@dataclass
class SearchHit:
    """One hit. ``offset`` is where the article opens; None means "work it out on open"."""

    article_id: str
    kind: str
    """quote, entity or text."""
    name: str
    """The speaker (quote) or the entity's name; empty for text hits."""
    match: str
    """The quoted words, the mention count, or an FTS snippet."""
    title: str | None
    source: str | None = None
    label: str | None = None
    """The entity's label (PERSON, GPE…) for entity hits."""
    offset: int | None = None
    words: str | None = None
    """The searched words, for text hits."""


def search_library(library: Library, query: str) -> list[SearchHit]:
    """Plain words: quotes by a speaker of that name, then full-text hits.

    ``speaker:NAME`` lists only quotes; ``entity:NAME`` lists the articles mentioning it.
    """
    kind, term = parse_query(query)
    hits: list[SearchHit] = []
    if kind == "text" and not term:
        return hits
    if kind in {"speaker", "text"}:
        quotes = library.quotes_by(term)
        first_seen = {q.article_id: index for index, q in reversed(list(enumerate(quotes)))}
        quotes.sort(key=lambda q: (first_seen[q.article_id], q.start))  # by article, in order
        hits += [
            SearchHit(q.article_id, "quote", q.speaker or "", q.quote, q.title, offset=q.start)
            for q in quotes
        ]
    if kind == "entity":
        for row in library.articles_mentioning(term):
            mentions = row["mentions"]
            hits.append(
                SearchHit(
                    row["article_id"],
                    "entity",
                    row["name"],
                    counted(mentions, "mention"),
                    row["title"],
                    label=row["label"],
                )
            )
    if kind == "text":
        hits += [
            SearchHit(
                row["id"], "text", "", row["snippet"] or "", row["title"], row["source"], words=term
            )
            for row in library.search(term)
        ]
    return hits


def open_offset(library: Library, hit: SearchHit) -> int | None:
    """Where to open the article: the quote, the entity's first mention, or the first word found."""
    if hit.offset is not None:
        return hit.offset
    if hit.kind == "entity":
        analysis = library.latest(hit.article_id)
        entity = (
            next((e for e in analysis.entities if e.name == hit.name), None) if analysis else None
        )
        return min(start for start, _ in entity.mentions) if entity and entity.mentions else None
    article = library.article(hit.article_id)
    if article is None or not hit.words:
        return None
    text = article.text.casefold()
    found = [text.find(word.casefold()) for word in hit.words.split()]
    return min((at for at in found if at >= 0), default=None)
