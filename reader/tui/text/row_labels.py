"""The sidebar's rows as Rich ``Text`` (from plain strings, never markup) fitted to a width:
what tells a row apart (a count, the quote's words) is never the part that is cut."""

from __future__ import annotations

from collections.abc import Mapping

from rich.cells import cell_len
from rich.text import Text

from reader.model import Highlight, Quote
from reader.textsafety import one_line
from reader.tui.text.ranges import SWATCHES
from reader.tui.text.speakers import echo_mark, speaker_of
from reader.wording import is_named

MIN_WIDTH = 8
"""Narrower than this, rows are only cut (nothing fits anyway)."""


def _cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells, ending in "…" when cut."""
    if cell_len(text) <= width:
        return text
    cut = Text(text)
    cut.truncate(max(1, width), overflow="ellipsis")
    return cut.plain


def _fitted(label: Text, width: int) -> Text:
    """``label`` cut to ``width`` cells: only a row too narrow for any fitting is cut here."""
    if label.cell_len > width:
        label.truncate(max(1, width), overflow="ellipsis")
    return label


def entity_label(name: str, count: int, width: int) -> Text:
    """``name count``: the name is shortened so that the count always shows."""
    number = f" {count}"
    label = Text.assemble(_cut(name, max(1, width - len(number))), (number, "dim"))
    return _fitted(label, width)


def quote_label(
    text: str, quote: Quote, width: int, elsewhere: int = 0, shorts: Mapping[str, str] = {}
) -> Text:
    """``Speaker: the quote's words``, as many words as fit. A named speaker is written in full
    when the name takes no more than a third of the row, else as the article shortens it
    (``shorts``: entity id → short form), else by surname. An unnamed one is
    in italics: in the article's words marked "(unnamed)" (``wording.speaker_label``) when
    that fits in a third of the row, else in the article's words alone; cut to half the row at
    most. A quote that ``elsewhere`` other articles have too starts with its echo mark."""
    echoes = f"{echo_mark(elsewhere)} " if elsewhere > 0 else ""
    room = width - cell_len(echoes)
    speaker = speaker_of(quote, shorts)
    named = is_named(quote)
    short = speaker.short if named else one_line(quote.speaker_text or "", 40) or speaker.full
    name = speaker.full if cell_len(speaker.full) <= room // 3 else short
    name = _cut(name, max(MIN_WIDTH, room // 2))
    said = one_line(text[quote.start : quote.end], 300)
    words = _cut(said, max(1, room - cell_len(name) - 2))
    label = Text.assemble((echoes, "bold"), (name, "bold" if named else "italic"), ": ", words)
    return _fitted(label, width)


def highlight_label(highlight: Highlight, width: int) -> Text:
    """A colour swatch, "moved?" when it lost its place, the words, and ✎ when it has a note."""
    swatch = SWATCHES.get(highlight.label, SWATCHES["yellow"])
    lost = "⚠ moved? " if not highlight.anchored else ""
    note = " ✎" if highlight.note else ""
    room = max(1, width - 2 - cell_len(lost) - cell_len(note))
    excerpt = _cut(one_line(highlight.exact, 200), room)
    label = Text.assemble(("■ ", swatch), (lost, "bold red"), excerpt, (note, "dim"))
    return _fitted(label, width)
