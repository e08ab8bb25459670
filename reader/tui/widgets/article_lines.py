"""How one screen line of the article is drawn: its text with the marks over it, the margin with
the reading cursor and who speaks there, or (on a narrow screen) who spoke, below a paragraph.

Article text reaches the screen only as ``Content`` made from ``display_text`` (never markup);
``style_of`` gives the view's style for a component class.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.content import Content
from textual.style import Style

from reader.model import Span
from reader.tui.text.layout import display_text
from reader.tui.text.ranges import StyledRange
from reader.tui.text.speakers import Speaker, fit_speakers

StyleOf = Callable[[str], Style]

CURSOR_MARK = "▌"
SELECTION_MARK = "┃"
MIN_NOTE_WIDTH = 8
"""Speaker names go in the left margin when it has at least this many cells."""


def text_line(
    text: str,
    span: Span,
    marks: list[StyledRange],
    current: Span | None,
    selection: Span | None,
    style_of: StyleOf,
) -> Content:
    """``text[start:end]`` with its marks, then the current match and the selection over them."""
    start, end = span
    content = Content(display_text(text[start:end]), strip_control_codes=False)
    over = [*marks]
    if current:
        over.append((*current, "article--current"))
    if selection:
        over.append((*selection, "article--selection"))
    for mark_start, mark_end, component in over:
        if mark_start < end and mark_end > start:
            content = content.stylize(
                style_of(component), max(mark_start, start) - start, min(mark_end, end) - start
            )
    return content.rstrip()


def margin(mark: str, speakers: list[Speaker], left: int, style_of: StyleOf) -> Content:
    """``left`` cells: the speakers' names (short ones when the full ones do not fit), then
    the cursor ``mark``."""
    mark_content = Content(mark).stylize(style_of("article--cursor"))
    note_width = left - 3
    if note_width < MIN_NOTE_WIDTH or not speakers:
        return Content.assemble(" " * (left - 2), mark_content, " ")
    names = fit_speakers(speakers, note_width)
    note = Content(names, strip_control_codes=False).truncate(note_width, ellipsis=True)
    note = note.stylize(style_of("article--speaker"))
    return Content.assemble(" " * (left - 3 - note.cell_length), note, " ", mark_content, " ")


def names_below(speakers: list[Speaker], measure: int, style_of: StyleOf) -> Content:
    """The gap below a paragraph, on a screen with no margin: who spoke in it, on the right."""
    if not speakers:
        return Content("")
    names = fit_speakers(speakers, measure - 2)
    note = Content("— " + names, strip_control_codes=False).truncate(measure, ellipsis=True)
    note = note.stylize(style_of("article--speaker"))
    return note.pad_left(measure - note.cell_length)


def head_rule(measure: int, style_of: StyleOf) -> Content:
    """The gap between the article's head and its body: a faint rule across the text."""
    return Content("─" * measure).stylize(style_of("article--head-end"))
