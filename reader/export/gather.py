"""What an export holds for each article: its metadata, highlights and latest analysis."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.model import Analysis, Article, Highlight

if TYPE_CHECKING:
    from reader.store import Library

WHAT_ORDER = ("highlights", "quotes", "entities", "figures")
"""What an export can hold, in the order the CLI's help and the app's dialog list it."""
WHAT = frozenset(WHAT_ORDER)


@dataclass
class ExportItem:
    article: Article
    added_at: str | None = None
    highlights: list[Highlight] = field(default_factory=list)
    analysis: Analysis | None = None

    @property
    def id(self) -> str:
        return self.article.content_hash

    def entity_counts(self) -> list[tuple[str, str, int]]:
        """(name, label, mentions) for each entity, most mentioned first."""
        if self.analysis is None:
            return []
        rows = [(e.name, e.label, len(e.mentions)) for e in self.analysis.entities]
        return sorted(rows, key=lambda row: (-row[2], row[0]))


def gather(library: Library, article_ids: list[str] | None = None) -> list[ExportItem]:
    """Export items for the given articles (ids or unique prefixes), or the whole library."""
    if article_ids is None:
        ids = [row.id for row in library.articles(order_by="added_at")]
        # Highlights that still sit on a superseded text (or on no stored text) come too.
        ids += [i for i in library.highlight_counts() if i not in set(ids)]
    else:
        ids = [library.resolve_id(prefix) for prefix in article_ids]
    items = []
    for article_id in dict.fromkeys(ids):
        record = library.article_record(article_id)
        article = library.article(article_id) or Article(text="", content_hash=article_id)
        items.append(
            ExportItem(
                article=article,
                added_at=record["added_at"] if record else None,
                highlights=library.highlights(article_id),
                analysis=library.latest(article_id),
            )
        )
    return items
