"""The shape of a JSONL export record, checked with pydantic before anything reaches the library.

Types first (strict: ``"3"`` is not an offset, ``true`` is not a number), then what types cannot
say: the id is the content hash of the text, every offset lies inside the text, each quote's
speaker is one of the analysis' entities, the text holds no control characters (ingest never
keeps them, so a record with them did not come from reader).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reader.model import Analysis, Article, Entity, Figure, Highlight, Quote
from reader.textsafety import without_controls

__all__ = ["ExportRecord", "RecordProblem", "ValidationError", "analysis_problem", "to_model"]

Offset = Annotated[int, Field(ge=0)]
Name = Annotated[str, Field(max_length=1000)]
HighlightId = Annotated[str, Field(pattern=r"^[\w.:-]{1,128}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class ArticleIn(_Strict):
    id: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
    text: str
    title: Name | None = None
    byline: Name | None = None
    published: Name | None = None
    source: Annotated[str, Field(max_length=10_000)] | None = None
    extractor: Name = "text"
    added_at: Name | None = None


class HighlightIn(_Strict):
    id: HighlightId
    article_id: str
    start: Offset
    end: Offset
    exact: str
    prefix: str = ""
    suffix: str = ""
    kind: Name = "range"
    label: Name = "yellow"
    note: str = ""
    tags: list[Name] = []
    anchored: bool = True
    created_at: Name = ""
    updated_at: Name = ""


class EntityIn(_Strict):
    id: Name
    label: Name
    name: Name
    mentions: list[tuple[Offset, Offset]] = []


class QuoteIn(_Strict):
    start: Offset
    end: Offset
    speaker: Name | None = None
    speaker_entity: Name | None = None
    speaker_text: Name | None = None
    speaker_start: Offset | None = None
    speaker_end: Offset | None = None
    cue: Name | None = None
    cue_start: Offset | None = None
    cue_end: Offset | None = None
    kind: Name = "direct"
    reason: Annotated[str, Field(max_length=10_000)] | None = None
    confidence: Annotated[float, Field(ge=0, le=1)] | None = None
    runner_up: Name | None = None
    runner_up_reason: Annotated[str, Field(max_length=10_000)] | None = None


class FigureIn(_Strict):
    start: Offset
    end: Offset
    text: str
    value: float | None = None
    unit: Name | None = None
    kind: Name = "count"
    sentence: tuple[Offset, Offset] = (0, 0)


class PipelineIn(_Strict):
    model: Name
    version: Name


class AnalysisIn(_Strict):
    pipeline: PipelineIn
    entities: list[EntityIn] = []
    quotes: list[QuoteIn] = []
    figures: list[FigureIn] = []


class ExportRecord(_Strict):
    type: Literal["reader.article"]
    export_schema: Annotated[int, Field(ge=1)] = 1
    article: ArticleIn
    highlights: list[HighlightIn] = []
    analysis: AnalysisIn | None = None


class RecordProblem(ValueError):
    """The record is well typed but cannot be true (its id, its offsets)."""


def to_model(record: ExportRecord) -> tuple[Article, Analysis | None, list[Highlight]]:
    """The record as reader's own objects; ``RecordProblem`` when the article cannot be trusted.

    The analysis is not checked here (see ``analysis_problem``): a bad one is dropped, and the
    article with its highlights is still imported.
    """
    from reader.export.jsonl import EXPORT_SCHEMA
    from reader.ingest import content_hash

    if record.export_schema > EXPORT_SCHEMA:
        raise RecordProblem(
            f"written by a newer reader (export schema {record.export_schema}); update to import it"
        )
    raw = record.article
    text = raw.text
    if content_hash(text) != raw.id:
        raise RecordProblem(f"article {raw.id[:12]}: the id is not the hash of its text")
    if without_controls(text) != text:
        raise RecordProblem(f"article {raw.id[:12]}: the text holds control characters")
    article = Article(
        text=text,
        title=raw.title,
        byline=raw.byline,
        published=raw.published,
        source=raw.source,
        content_hash=raw.id,
        extractor=raw.extractor,
    )
    analysis = None
    if record.analysis is not None:
        data = record.analysis
        analysis = Analysis(
            article=article,
            model=data.pipeline.model,
            version=data.pipeline.version,
            entities=[Entity(e.id, e.label, e.name, list(e.mentions)) for e in data.entities],
            quotes=[Quote(**q.model_dump()) for q in data.quotes],
            figures=[Figure(**f.model_dump()) for f in data.figures],
        )
    highlights = [Highlight(**{**h.model_dump(), "tags": list(h.tags)}) for h in record.highlights]
    return article, analysis, highlights


def analysis_problem(analysis: Analysis) -> str | None:
    """Why ``analysis`` cannot describe its article's text, or None when it can."""
    text = analysis.article.text
    try:
        entity_ids = {entity.id for entity in analysis.entities}
        for entity in analysis.entities:
            for start, end in entity.mentions:
                _inside(text, start, end, f"a mention of {entity.name!r}")
        for quote in analysis.quotes:
            _inside(text, quote.start, quote.end, "a quote")
            attribution = (quote.speaker_start, quote.speaker_end), (quote.cue_start, quote.cue_end)
            for start, end in attribution:
                if start is not None or end is not None:
                    _inside(text, start, end, "a quote's attribution")
            if quote.speaker_entity is not None and quote.speaker_entity not in entity_ids:
                raise RecordProblem(f"the speaker of a quote at {quote.start} is not an entity")
        for figure in analysis.figures:
            _inside(text, figure.start, figure.end, "a figure")
            _inside(text, *figure.sentence, "a figure's sentence")
    except RecordProblem as problem:
        return str(problem)
    return None


def _inside(text: str, start: int | None, end: int | None, what: str) -> None:
    if start is None or end is None or not 0 <= start <= end <= len(text):
        raise RecordProblem(f"{what} is outside the text ({start}-{end} of {len(text)})")
