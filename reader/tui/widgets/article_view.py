"""The article text as a Line API widget: only visible lines are built, each from offsets.

Wrapping lives in a ``LineIndex`` (rebuilt on resize or filter), styles in component classes
(themes restyle them), and rendered lines in an LRU cache keyed by row, width and a version
that every change of marks bumps. Article text only ever reaches the screen through
``visible()`` and ``Content`` (never markup), so it cannot style itself or send escapes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import replace

from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.style import Style

from reader.model import Article, Quote
from reader.tui.text.head import head_marks, head_paragraphs, lines_above, tight_paragraphs
from reader.tui.text.layout import BLANK, LineIndex, paragraph_spans
from reader.tui.text.ranges import Layers, SpanIndex
from reader.tui.text.speakers import Speaker, SpeakerNames
from reader.tui.widgets.article_lines import (
    CURSOR_MARK,
    MIN_NOTE_WIDTH,
    SELECTION_MARK,
    head_rule,
    margin,
    names_below,
    text_line,
)
from reader.tui.widgets.article_styles import ARTICLE_VIEW_CSS, COMPONENT_CLASSES, layer_style
from reader.tui.widgets.text_selection import SELECTION_KEYS, SelectableView

MEASURE = 80
"""Text column width in cells: a comfortable reading measure."""


class ArticleView(SelectableView, can_focus=True):
    """The article body with title and byline, entity/quote marks and a reading cursor."""

    COMPONENT_CLASSES = COMPONENT_CLASSES
    DEFAULT_CSS = ARTICLE_VIEW_CSS

    HELP_SECTION = "Reading"
    BINDINGS = [
        *SELECTION_KEYS,
        Binding(
            "j,down",
            "cursor_down",
            "Down",
            id="article.cursor-down",
            show=False,
            tooltip="Reading cursor down a line",
        ),
        Binding(
            "k,up",
            "cursor_up",
            "Up",
            id="article.cursor-up",
            show=False,
            tooltip="Reading cursor up a line",
        ),
        Binding("space,pagedown", "page_down", "Page down", id="article.page-down", show=False),
        Binding("b,pageup", "page_up", "Page up", id="article.page-up", show=False),
        Binding("g,home", "top", "Top", id="article.top", show=False, tooltip="Top of the article"),
        Binding(
            "G,end",
            "bottom",
            "Bottom",
            id="article.bottom",
            show=False,
            tooltip="End of the article",
        ),
    ]

    class CursorMoved(Message):
        """The reading cursor moved to another line."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.text = ""
        self.paragraphs: list[tuple[int, int]] = []
        self.head: dict[int, str] = {}
        """The paragraphs of the article's head (headline, byline…): number → kind."""
        self.include: set[int] | None = None
        self.index = LineIndex.build("", [], 1)
        self.header: list[Content] = []
        self.mark_layers = Layers(SpanIndex(), SpanIndex(), SpanIndex(), SpanIndex())
        self.cursor = 0
        """The reading cursor: a line of ``index``."""
        self.point: int | None = None
        """An exact offset on the cursor line, after a jump to a match or mention."""
        self.current: tuple[int, int] | None = None
        """The search match or mention n/N last went to, drawn over everything else."""
        self.speakers = SpeakerNames()
        self._pending_offset: int | None = None
        self._version = 0
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self._mark_styles: dict[str, Style] = {}

    # Data in ---------------------------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.paragraphs = paragraph_spans(article.text)
        self.head = head_paragraphs(article, self.paragraphs)
        self.mark_layers = replace(self.mark_layers, head=SpanIndex(head_marks(article)))
        self.include = None
        self.cursor = 0
        self.anchor = None
        self._rewrap(force=True)

    def set_layers(
        self,
        base: SpanIndex | None = None,
        highlights: SpanIndex | None = None,
        targets: SpanIndex | None = None,
    ) -> None:
        self.mark_layers = Layers(
            self.mark_layers.head,
            base if base is not None else self.mark_layers.base,
            highlights if highlights is not None else self.mark_layers.highlights,
            targets if targets is not None else self.mark_layers.targets,
        )
        self._changed()

    def set_quotes(
        self,
        quotes: list[Quote],
        echoes: Mapping[int, int] = {},
        shorts: Mapping[str, str] = {},
    ) -> None:
        """Quotes whose speaker is named in the margin on the line where they start, with
        how many other articles have each (``echoes``, by quote start) and the article's own
        short names (``shorts``, by entity id) for narrow margins."""
        self.speakers = SpeakerNames(quotes, echoes, shorts)
        self._changed()

    def set_filter(self, include: set[int] | None) -> None:
        """Show only the paragraphs numbered in ``include`` (None: all of them)."""
        offset = self.cursor_offset
        self.include = include
        self._rewrap(force=True, keep_offset=offset)

    def refresh_marks(self) -> None:
        self._changed()

    def paragraphs_of(self, spans: list[tuple[int, int]]) -> set[int]:
        """Numbers of the paragraphs that contain (the start of) any of ``spans``."""
        starts = [start for start, _ in self.paragraphs]
        return {max(0, bisect_right(starts, start) - 1) for start, _ in spans}

    def go_to(self, offset: int) -> None:
        """Put the reading cursor on ``offset`` and scroll it into view with context above."""
        if not self.index.width or not len(self.index):
            self._pending_offset = offset
            return
        self._set_cursor(self.index.line_at(offset), context=True, point=offset)

    # Positions -------------------------------------------------------------------------------

    @property
    def header_height(self) -> int:
        return len(self.header)

    @property
    def cursor_offset(self) -> int:
        if not len(self.index):
            return 0
        start, end = self.index.starts[self.cursor], self.index.ends[self.cursor]
        return self.point if self.point is not None and start <= self.point < end else start

    @property
    def cursor_span(self) -> tuple[int, int]:
        if not len(self.index):
            return 0, 0
        return self.index.starts[self.cursor], self.index.ends[self.cursor]

    @property
    def cursor_paragraph(self) -> int | None:
        if not len(self.index):
            return None
        return self.index.para[self.cursor]

    # Actions ---------------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self._move(+1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_top(self) -> None:
        self._set_cursor(0)
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self._set_cursor(max(0, len(self.index) - 1))

    def _move(self, step: int) -> None:
        line = self.cursor + step
        while 0 <= line < len(self.index) and self.index.para[line] == BLANK:
            line += step
        if 0 <= line < len(self.index):
            self._set_cursor(line)

    def _page(self, direction: int) -> None:
        page = max(1, self.scrollable_content_region.height - 1)
        line = min(max(0, self.cursor + direction * page), max(0, len(self.index) - 1))
        while 0 < line < len(self.index) - 1 and self.index.para[line] == BLANK:
            line += direction
        top = self.scroll_offset.y + direction * page
        if top <= 0:
            line = 0
        elif top >= self.max_scroll_y:
            line = len(self.index) - 1
        self.scroll_to(y=top, animate=False)
        self._set_cursor(line)

    def _set_cursor(self, line: int, context: bool = False, point: int | None = None) -> None:
        if self.anchor is not None and point is None:  # selecting: its end follows the cursor
            point = self.caret = self.caret_on(line)
        moved = line != self.cursor
        self.cursor = line
        self.point = point
        row = self.header_height + line
        height = max(1, self.scrollable_content_region.height)
        top = self.scroll_offset.y
        if context and not top <= row < top + height:
            self.scroll_to(y=max(0, row - height // 3), animate=False)
        elif row < top:
            self.scroll_to(y=row, animate=False)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False)
        self._changed()
        if moved:
            self.post_message(self.CursorMoved(self.cursor_offset))

    # Layout ----------------------------------------------------------------------------------

    def columns(self, width: int) -> tuple[int, int]:
        """(left margin, text measure) for a view ``width`` cells wide."""
        measure = max(10, min(MEASURE, width - 4))
        return max(2, (width - measure) // 2), measure

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()

    def _rewrap(self, force: bool = False, keep_offset: int | None = None) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        _, measure = self.columns(width)
        if not force and measure == self.index.width:
            self.virtual_size = Size(width, self.header_height + len(self.index))
            self._changed()
            return
        offset = self.cursor_offset if keep_offset is None else keep_offset
        tight = tight_paragraphs(self.head)
        self.index = LineIndex.build(self.text, self.paragraphs, measure, self.include, tight)
        self.header = self._build_header(measure)
        self.virtual_size = Size(width, self.header_height + len(self.index))
        if self._pending_offset is not None:
            offset, self._pending_offset = self._pending_offset, None
            self.call_after_refresh(self.go_to, offset)
        self.cursor = self.index.line_at(offset) if len(self.index) else 0
        self._changed()

    def _build_header(self, measure: int) -> list[Content]:
        if self.article is None:
            return []
        return [
            Content(text, strip_control_codes=False).stylize(self.component_style(component))
            if component
            else Content("")
            for text, component in lines_above(self.article, measure)
        ]

    # Rendering -------------------------------------------------------------------------------

    def component_style(self, name: str) -> Style:
        """A component class's style to layer over others (see ``layer_style``)."""
        if name == "article--cursor" and self.has_focus:
            name = "article--cursor-focused"
        if (style := self._mark_styles.get(name)) is None:
            style = self._mark_styles[name] = layer_style(self, name)
        return style

    def _changed(self) -> None:
        self._version += 1
        self.refresh()

    def watch_has_focus(self, has_focus: bool) -> None:
        # Focus changes only the cursor's mark (``article--cursor-focused``), so it redraws
        # instead of restyling: a restyle works out all the view's component classes again,
        # a tenth of opening an article, and of going back to the library (a blur).
        self._changed()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        self._mark_styles.clear()
        self._version += 1
        if self.article is not None and self.index.width:
            self.header = self._build_header(self.index.width)

    def render_line(self, y: int) -> Strip:
        row = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        line = row - self.header_height
        key = (row, width, self._version)
        if (strip := self._cache.get(key)) is None:
            strip = self._render_row(row, line, width)
            self._cache[key] = strip
        return strip

    def _render_row(self, row: int, line: int, width: int) -> Strip:
        base = self.visual_style
        left, measure = self.columns(width)
        if row < self.header_height:
            body = self.header[row]
            left_margin = Content("")
        elif 0 <= line < len(self.index) and self.index.para[line] != BLANK:
            span = self.index.starts[line], self.index.ends[line]
            marks = self.mark_layers.marks(*span)
            body = text_line(
                self.text, span, marks, self.current, self.selection, self.component_style
            )
            left_margin = self._margin(line, left)
        elif 0 < line < len(self.index) and (names := self._names_below(line, left)):
            body = names_below(names, measure, self.component_style)
            left_margin = Content("")
        elif 0 < line < len(self.index) and self._ends_head(line):
            body = head_rule(measure, self.component_style)
            left_margin = Content("")
        else:
            return Strip.blank(width, base.rich_style)
        strips = [
            self._strip(left_margin, left, base),
            self._strip(body, measure, base),
            Strip.blank(max(0, width - left - measure), base.rich_style),
        ]
        return Strip.join(strips).adjust_cell_length(width, base.rich_style)

    def _names_below(self, line: int, left: int) -> list[Speaker]:
        """Who spoke in the paragraph above the blank ``line``, when the margin is too narrow."""
        if left - 3 >= MIN_NOTE_WIDTH:
            return []
        return self.speakers.between(*self.paragraphs[self.index.para[line - 1]])

    def _ends_head(self, line: int) -> bool:
        """The blank ``line`` comes after the last paragraph of the article's head."""
        above = self.index.para[line - 1]
        return above in self.head and above + 1 not in self.head

    def _strip(self, content: Content, width: int, base: Style) -> Strip:
        strip = Strip(content.render_segments(base), content.cell_length)
        return strip.adjust_cell_length(width, base.rich_style)

    def _margin(self, line: int, left: int) -> Content:
        if line == self.cursor:
            mark = CURSOR_MARK
        elif self.in_selection(line):
            mark = SELECTION_MARK
        else:
            mark = " "
        names = self.speakers.between(self.index.starts[line], self.index.ends[line])
        return margin(mark, names, left, self.component_style)
