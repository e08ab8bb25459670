"""The reading position: saved when the reader leaves an article (another screen over it,
going back, quitting) and read when it opens, so reopening it resumes there.

An offset into the text, never a line: lines move whenever the width does. The write runs in
a thread worker of the app (the screen's own workers stop with the screen, and leaving is
when it is written); a place that cannot be written is lost quietly, as bookkeeping is.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from functools import partial

from textual.app import App

from reader.errors import ReaderError
from reader.model import Article
from reader.tui.session import LibrarySession
from reader.tui.widgets.article_view import ArticleView


class ReadingPlace:
    """One article screen's place: its view's reading cursor, and what the library holds.

    The view is read even once the screen has taken it down (leaving is when the place is
    kept): its cursor is plain data."""

    def __init__(self, view: ArticleView) -> None:
        self.view = view
        self.kept: int | None = None
        """The library's position for the article (read on opening, or saved since)."""

    def resume(self, stored: int | None, opened_at: int | None) -> None:
        """Go to where the reader left the article, unless the screen was opened at a place
        (``opened_at``: a quote found by a search) or the reader has moved meanwhile."""
        if stored is None or opened_at is not None or self.kept is not None:
            return
        self.kept = stored
        if self.view.cursor == 0:
            self.view.go_to(stored)

    def keep(self, app: App, article: Article | None) -> None:
        """Save the place, when it moved, from a thread worker of the app."""
        offset = self.view.cursor_offset
        if article is None or offset == (self.kept or 0):  # (never read: the top is no news)
            return
        self.kept = offset
        session: LibrarySession = app.session  # type: ignore[attr-defined]
        app.run_worker(
            partial(_write, session, article.content_hash, offset),
            thread=True,
            group="reading-position",
            description="save the reading position",
        )


def _write(session: LibrarySession, article_id: str, offset: int) -> None:
    with suppress(ReaderError, sqlite3.Error):  # bookkeeping: never an error for the reader
        session.library().set_reading_position(article_id, offset)
