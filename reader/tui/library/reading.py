"""What the library screen reads and writes, for its thread workers: each posts what it found
(``library/messages.py``) and never touches the screen."""

from __future__ import annotations

from collections.abc import Callable

from textual.message import Message
from textual.worker import get_current_worker

from reader.errors import ReaderError
from reader.search import SearchHit, open_offset, search_library
from reader.tui.library.messages import (
    ArticleDeleted,
    LibraryFailed,
    OpenAt,
    RowsLoaded,
    SearchDone,
)
from reader.tui.library.tables import sort_keys
from reader.tui.session import LibrarySession

Post = Callable[[Message], object]


def read_rows(session: LibrarySession, post: Post) -> None:
    try:
        rows = session.library().articles()
    except ReaderError as error:
        post(LibraryFailed(str(error)))
        return
    if not get_current_worker().is_cancelled:  # a newer read is under way
        post(RowsLoaded(rows, sort_keys(rows)))


def find(session: LibrarySession, query: str, post: Post) -> None:
    try:
        hits = search_library(session.library(), query)
    except ReaderError as error:
        post(LibraryFailed(str(error)))
        hits = []
    if not get_current_worker().is_cancelled:
        post(SearchDone(query, hits))


def delete(session: LibrarySession, article_id: str, title: str, post: Post) -> None:
    try:
        session.library().delete_article(article_id)
    except ReaderError as error:
        post(LibraryFailed(str(error)))
    else:
        post(ArticleDeleted(title))


def open_hit(session: LibrarySession, hit: SearchHit, post: Post) -> None:
    """Where the article of a search hit opens (the quote, the first mention or word)."""
    try:
        offset = open_offset(session.library(), hit)
    except ReaderError:
        offset = None
    post(OpenAt(hit.article_id, offset))
