"""A quote's echoes on the article screen: which of the article's quotes appear elsewhere in the
library (the view and the sidebar mark them), looked up in a thread worker once the analysis is
shown; a key opens the echo group of the quote at the cursor.

The groups are read once, in the worker; the dialog shows what was read, so no key waits on
the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, TypeAlias

from textual.message import Message
from textual.worker import get_current_worker

from reader.errors import ReaderError
from reader.tui.article.messages import GoTo

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.echoes.groups import EchoGroup, Occurrence
    from reader.model import Analysis, Quote
    from reader.tui.session import LibrarySession

Groups: TypeAlias = "dict[int, EchoGroup]"
"""The echo groups of an article's quotes, by the start of the quote in that article."""


@dataclass
class EchoesFound(Message):
    article_id: str
    groups: Groups


def look_up(screen: Screen, article_id: str) -> None:
    """Find the article's echoes in a thread worker; it posts ``EchoesFound`` to ``screen``."""
    work = partial(find_echoes, screen.app.session, article_id, screen.post_message)
    screen.run_worker(work, thread=True, exclusive=True, group="echoes", description="echoes")


def find_echoes(
    session: LibrarySession, article_id: str, post: Callable[[Message], object]
) -> None:
    """Thread work: index the articles saved before the echo index existed, then post the
    groups the article's quotes belong to (nothing when the library cannot be read: echoes are
    extra, never a reason to fail)."""
    from reader.echoes.library import echo_groups, index_article, pending_articles

    worker = get_current_worker()
    try:
        library = session.library()
        try:
            for pending in pending_articles(library):
                if worker.is_cancelled:  # the screen closed or the app is quitting
                    return
                index_article(library, pending)
        except ReaderError:
            pass  # a read-only library: the echoes among the articles already indexed
        groups = echo_groups(library, article_id)
    except (ReaderError, sqlite3.Error):
        return
    by_start = {
        o.start: group for group in groups for o in group.occurrences if o.article_id == article_id
    }
    if not worker.is_cancelled:
        post(EchoesFound(article_id, by_start))


def elsewhere(groups: Groups | None) -> dict[int, int]:
    """Quote start → in how many other articles it appears (what the view and sidebar show)."""
    return {start: group.articles - 1 for start, group in (groups or {}).items()}


def show_group(
    screen: Screen, groups: Groups | None, quote: Quote | None, analysis: Analysis | None
) -> None:
    """The echo group of ``quote`` (a quote of ``analysis``) in a dialog; Enter there opens
    an occurrence at its place."""
    from reader.tui.dialogs.echoes import EchoGroupDialog

    here = analysis.id if analysis is not None else ""
    group = groups.get(quote.start) if groups and quote else None
    if quote is None:
        screen.app.notify("No quote on this line", markup=False)
    elif groups is None:
        screen.app.notify("Still looking for this article's quotes elsewhere", markup=False)
    elif group is None:
        screen.app.notify("No other article in the library has this quote", markup=False)
    else:
        opened = partial(_open_occurrence, screen, here)
        screen.app.push_screen(EchoGroupDialog(group, here), opened)


def _open_occurrence(screen: Screen, here: str, occurrence: Occurrence | None) -> None:
    if occurrence is None:
        return
    if occurrence.article_id == here:
        screen.post_message(GoTo(occurrence.start))
    else:
        screen.app.open_article(occurrence.article_id, occurrence.start)
