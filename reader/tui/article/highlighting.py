"""The reader's own highlights: what "highlight the <kind> at the cursor" means, the dialogs
that ask for a colour, note and tags, and the writes.

Dialogs run on the UI thread. The answer is drawn at once (``HighlightSaved`` or
``HighlightDeleted``, posted before anything is written), and the write runs in a thread worker
of the screen, so a keypress never waits on the library file; a write that fails says why
(``NotSaved``) and puts the screen back as the library has it.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, TypeVar
from weakref import WeakKeyDictionary

from textual.message import Message
from textual.screen import Screen

from reader.errors import ReaderError
from reader.model import Article, Highlight, Quote, Span
from reader.store.connection import now
from reader.store.highlights import new_highlight
from reader.textsafety import one_line
from reader.tui.article.messages import HighlightDeleted, HighlightSaved, NotSaved
from reader.tui.text.layout import sentence_at
from reader.tui.text.ranges import KIND_CLASSES
from reader.tui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from reader.tui.dialogs.highlight_editor import HighlightEdit

Post = Callable[[Message], object]
Located = TypeVar("Located", Quote, Highlight)


def quote_at(quotes: list[Quote], view: ArticleView) -> Quote | None:
    """The quote at the reading cursor: the one holding the exact point a jump put it on,
    else the first on the cursor's line."""
    return _at(quotes, view)


def highlight_at(highlights: list[Highlight], view: ArticleView) -> Highlight | None:
    """The highlight at the reading cursor, as ``quote_at`` finds a quote."""
    return _at(highlights, view)


def _at(items: list[Located], view: ArticleView) -> Located | None:
    start, end = view.cursor_span
    point = view.point
    if point is not None and start <= point < end:
        holding = next((i for i in items if i.start <= point < i.end), None)
        if holding is not None:
            return holding
    return next((i for i in items if i.start < end and i.end > start), None)


def with_saved(highlights: list[Highlight], saved: Highlight) -> list[Highlight]:
    """``highlights`` (in text order) with ``saved`` added, or in place of its older self."""
    if any(h.id == saved.id for h in highlights):
        return [saved if h.id == saved.id else h for h in highlights]
    return sorted([*highlights, saved], key=lambda h: h.start)


def target_range(view: ArticleView, kind: str, quotes: list[Quote]) -> Span | None:
    """The range the reader means by "highlight the <kind> at the cursor"."""
    paragraph = view.cursor_paragraph
    if view.article is None or paragraph is None or paragraph < 0:
        return None
    text = view.text
    para_start, para_end = view.paragraphs[paragraph]
    line_start, line_end = view.cursor_span
    if kind == "paragraph":
        return para_start, para_end
    if kind == "sentence":
        offset = view.cursor_offset
        if offset == line_start:  # not a jump: the line's first word
            line = text[line_start:line_end]
            offset += len(line) - len(line.lstrip())
        return sentence_at(text, para_start, para_end, offset)
    if kind == "quote":
        quote = quote_at(quotes, view)
        return (quote.start, quote.end) if quote else None
    if kind == "entity":
        current = view.current
        if current and current[0] < line_end and current[1] > line_start:
            return current
        on_line = [
            (s, e)
            for s, e, c in view.mark_layers.base.overlapping(line_start, line_end)
            if c != KIND_CLASSES["quotes"]
        ]
        return min(on_line) if on_line else None
    return None


def trimmed(text: str, span: Span) -> Span | None:
    """``span`` without the white space at its ends; None when nothing else is left."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


# Dialogs (UI thread) --------------------------------------------------------------------------


def ask_new(screen: Screen, article: Article, span: Span, kind: str) -> None:
    """Ask for the new highlight's colour, note and tags; save it unless cancelled."""
    from reader.tui.dialogs.highlight_editor import HighlightDialog

    def answered(result: HighlightEdit | None) -> None:
        if result is None or result.action != "save":
            return
        try:
            highlight = new_highlight(
                article, *span, kind=kind, label=result.label, note=result.note, tags=result.tags
            )
        except ValueError as error:
            screen.post_message(NotSaved(str(error)))
            return
        screen.post_message(HighlightSaved(highlight))
        _in_worker(screen, partial(_add, highlight))

    start, end = span
    screen.app.push_screen(HighlightDialog(article.text[start:end]), answered)


def ask_selected(screen: Screen, article: Article | None, selection: Span | None) -> None:
    """Ask for a highlight of exactly the selection (but white space at its ends), if any."""
    if article is not None and selection is not None and (span := trimmed(article.text, selection)):
        ask_new(screen, article, span, "range")


def ask_edit(screen: Screen, highlight: Highlight) -> None:
    """Edit the highlight's colour, note and tags (or delete it, from the same dialog)."""
    from reader.tui.dialogs.highlight_editor import HighlightDialog

    def answered(result: HighlightEdit | None) -> None:
        if result is None:
            return
        if result.action == "delete":
            _delete_now(screen, highlight)
            return
        changes = {"label": result.label, "note": result.note, "tags": list(result.tags)}
        screen.post_message(HighlightSaved(replace(highlight, **changes, updated_at=now())))
        _in_worker(screen, partial(_update, highlight, changes))

    screen.app.push_screen(HighlightDialog(highlight.exact, highlight), answered)


def ask_delete(screen: Screen, highlight: Highlight) -> None:
    """Delete the highlight once the reader confirms."""
    from reader.tui.dialogs.confirm import ConfirmDialog

    def answered(yes: bool | None) -> None:
        if yes:
            _delete_now(screen, highlight)

    question = f"Delete the highlight “{one_line(highlight.exact, 60)}”?"
    detail = "Its note and tags go with it." if highlight.note or highlight.tags else ""
    screen.app.push_screen(ConfirmDialog(question, detail, confirm="Delete"), answered)


# Writes (thread workers) ----------------------------------------------------------------------


def _delete_now(screen: Screen, highlight: Highlight) -> None:
    screen.post_message(HighlightDeleted(highlight.id))
    _in_worker(screen, partial(_delete, highlight))


class _Writes:
    """One screen's highlight writes, done in the order they were made by one thread worker at a
    time: a delete never overtakes the add it undoes."""

    def __init__(self) -> None:
        self.queue: deque[Callable[[], None]] = deque()
        self.lock = threading.Lock()
        self.draining = False

    def add(self, screen: Screen, write: Callable[[], None]) -> None:
        with self.lock:
            self.queue.append(write)
            if self.draining:
                return
            self.draining = True
        screen.run_worker(self._drain, thread=True, group="highlights", description="highlights")

    def _drain(self) -> None:
        while True:
            with self.lock:
                if not self.queue:
                    self.draining = False
                    return
                write = self.queue.popleft()
            try:
                write()
            except BaseException:
                with self.lock:
                    self.draining = False
                raise


_writes: WeakKeyDictionary[Screen, _Writes] = WeakKeyDictionary()


def _in_worker(screen: Screen, write: Callable) -> None:
    session = screen.app.session  # type: ignore[attr-defined]
    writes = _writes.setdefault(screen, _Writes())
    writes.add(screen, partial(write, session.library, screen.post_message))


def _add(highlight: Highlight, library, post: Post) -> None:
    try:
        library().put_highlight(highlight)
    except ReaderError as error:
        post(NotSaved(str(error)))
        post(HighlightDeleted(highlight.id))  # not stored: not shown


def _update(highlight: Highlight, changes: dict, library, post: Post) -> None:
    try:
        updated = library().update_highlight(highlight.id, **changes)
    except (ReaderError, KeyError) as error:
        post(NotSaved(f"Could not save: {error}"))
        post(HighlightSaved(highlight))  # back to what the library holds
        return
    post(HighlightSaved(updated))


def _delete(highlight: Highlight, library, post: Post) -> None:
    try:
        library().delete_highlight(highlight.id)
    except ReaderError as error:
        post(NotSaved(str(error)))
        post(HighlightSaved(highlight))  # still stored: still shown
