"""What the library screen's thread workers found: they post these instead of touching the
screen, which stays quick while the library file is read or written."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.search import SearchHit
from reader.store.library import ArticleRow
from reader.tui.library.tables import SortKeys


@dataclass
class RowsLoaded(Message):
    rows: list[ArticleRow]
    keys: SortKeys
    """Each row's sort keys (``tables.sort_keys``), made in the worker."""


@dataclass
class LibraryFailed(Message):
    """The library could not be read or written; ``reason`` is one line for the reader."""

    reason: str


@dataclass
class SearchDone(Message):
    query: str
    hits: list[SearchHit]


@dataclass
class ArticleDeleted(Message):
    title: str


@dataclass
class OpenAt(Message):
    """Open the article at ``offset`` (None: at the top)."""

    article_id: str
    offset: int | None


# Processing sources --------------------------------------------------------------------------


@dataclass
class ProcessingStarted(Message):
    total: int


@dataclass
class ProcessingStep(Message):
    """Article ``index`` of ``total`` (its file ``name``) is being read and analysed."""

    index: int
    total: int
    name: str


@dataclass
class ArticleProcessed(Message):
    """One more article is in the library."""


@dataclass
class NotProcessed(Message):
    """A source could not be read or analysed; ``reason`` is one line for the reader."""

    reason: str


@dataclass
class ProcessingDone(Message):
    done: int
    failed: int
