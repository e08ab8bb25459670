"""The reader's own highlights: what "highlight the <kind> at the cursor" means, the dialogs
that ask for a colour, note and tags, and the writes.

Dialogs run on the UI thread; every write runs in a thread worker of the screen and answers
with a message (``HighlightSaved``, ``HighlightDeleted`` or ``NotSaved``), so a keypress never
waits on the library file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from textual.message import Message
from textual.screen import Screen

from reader.errors import ReaderError
from reader.model import Article, Highlight, Quote, Span
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
        if result is not None and result.action == "save":
            write = partial(_add, article, span, kind, result)
            _in_worker(screen, write)

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
            _in_worker(screen, partial(_delete, highlight))
        else:
            _in_worker(screen, partial(_update, highlight, result))

    screen.app.push_screen(HighlightDialog(highlight.exact, highlight), answered)


def ask_delete(screen: Screen, highlight: Highlight) -> None:
    """Delete the highlight once the reader confirms."""
    from reader.tui.dialogs.confirm import ConfirmDialog

    def answered(yes: bool | None) -> None:
        if yes:
            _in_worker(screen, partial(_delete, highlight))

    question = f"Delete the highlight “{one_line(highlight.exact, 60)}”?"
    detail = "Its note and tags go with it." if highlight.note or highlight.tags else ""
    screen.app.push_screen(ConfirmDialog(question, detail, confirm="Delete"), answered)


# Writes (thread workers) ----------------------------------------------------------------------


def _in_worker(screen: Screen, write: Callable) -> None:
    session = screen.app.session  # type: ignore[attr-defined]
    screen.run_worker(
        partial(write, session.library, screen.post_message),
        thread=True,
        group="highlights",
        description=getattr(write.func, "__name__", "highlight"),
    )


def _add(article: Article, span: Span, kind: str, edit: HighlightEdit, library, post: Post) -> None:
    try:
        highlight = library().add_highlight(
            article, *span, kind=kind, label=edit.label, note=edit.note, tags=edit.tags
        )
    except (ReaderError, ValueError) as error:
        post(NotSaved(str(error)))
        return
    post(HighlightSaved(highlight))


def _update(highlight: Highlight, edit: HighlightEdit, library, post: Post) -> None:
    try:
        updated = library().update_highlight(
            highlight.id, label=edit.label, note=edit.note, tags=edit.tags
        )
    except (ReaderError, KeyError) as error:
        post(NotSaved(f"Could not save: {error}"))
        return
    post(HighlightSaved(updated))


def _delete(highlight: Highlight, library, post: Post) -> None:
    try:
        library().delete_highlight(highlight.id)
    except ReaderError as error:
        post(NotSaved(str(error)))
        return
    post(HighlightDeleted(highlight.id))
