"""The records Sources counts, taken from an analysis (the library gives the same from SQL)."""

from __future__ import annotations

from reader.model import Analysis
from reader.sources.identity import NameRecord
from reader.sources.report import QuoteInfo


def name_records(analysis: Analysis) -> list[NameRecord]:
    """Every entity of the article: speakers and the full names that may identify them."""
    speaking = {quote.speaker_entity for quote in analysis.quotes}
    return [
        NameRecord(
            analysis.id, entity.name, entity.label, len(entity.mentions), entity.id in speaking
        )
        for entity in analysis.entities
    ]


def quote_records(analysis: Analysis) -> list[QuoteInfo]:
    text = analysis.article.text
    labels = {entity.id: entity.label for entity in analysis.entities}
    return [
        QuoteInfo(
            analysis.id,
            quote.start,
            quote.end,
            text[quote.start : quote.end],
            quote.speaker,
            labels.get(quote.speaker_entity or ""),
        )
        for quote in analysis.quotes
    ]
