"""What the article screen hears: from the sidebar and the palette (what the reader chose), and
from its thread workers (what loading and the store did). Workers post these instead of
calling into the screen, so a screen closed meanwhile simply never hears them."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.model import Analysis, Article, Highlight, Quote
from reader.tui.article.entities import EntityRow

# What the reader chose ----------------------------------------------------------------------


@dataclass
class EntityChosen(Message):
    """Mark every mention of this entity (or figure) and go to the first."""

    entity: EntityRow


@dataclass
class QuoteChosen(Message):
    """Go to this quote, in the text (``w`` there says why it has its speaker)."""

    quote: Quote

    @property
    def offset(self) -> int:
        return self.quote.start


@dataclass
class HighlightChosen(Message):
    """Go to this highlight, in the text (``E`` there edits it)."""

    highlight: Highlight

    @property
    def offset(self) -> int:
        return self.highlight.start


@dataclass
class GoTo(Message):
    """Put the reading cursor on ``offset`` (a quote or highlight passed over, a palette jump)."""

    offset: int


# What loading did ---------------------------------------------------------------------------


@dataclass
class ArticleRead(Message):
    article: Article


@dataclass
class AnalysisProgress(Message):
    """The model is working on the article (``done`` of ``total``)."""

    done: int
    total: int


@dataclass
class AnalysisReady(Message):
    analysis: Analysis
    highlights: list[Highlight]
    position: int | None = None
    """Where the reader left the article last time (``Library.reading_position``)."""


@dataclass
class LoadFailed(Message):
    """The article could not be read or analysed; ``reason`` is one line for the reader."""

    reason: str


# What the store did -------------------------------------------------------------------------


@dataclass
class HighlightSaved(Message):
    """A highlight was added or changed."""

    highlight: Highlight


@dataclass
class HighlightDeleted(Message):
    highlight_id: str


@dataclass
class NotSaved(Message):
    """A highlight could not be written; ``reason`` is one line for the reader."""

    reason: str
