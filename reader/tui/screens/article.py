"""The article screen: the text with its highlights and a sidebar, loaded in a worker.

The screen lays out and wires; each job lives in ``reader/tui/article/`` (loading, targets,
highlighting, the palette, the keys). Its state is a few reactives that whatever draws it (the
view's layers, the sidebar, the status line) follows. All is offsets: nothing re-runs the model.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen

from reader.model import Analysis, Article, Highlight, Quote
from reader.textsafety import one_line
from reader.tui.article import copying, echoes, highlighting, loading, messages, position
from reader.tui.article.keys import ARTICLE_KEYS, article_commands
from reader.tui.article.targets import Targets, mentions, search
from reader.tui.screens.fresh import StyledOnceScreen
from reader.tui.text.ranges import KIND_CLASSES, SpanIndex, analysis_marks, highlight_class
from reader.tui.text.speakers import short_names
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.columns import SidebarColumn, TextColumn
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.header import ReaderHeader
from reader.tui.widgets.sidebar import ArticleSidebar
from reader.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from reader.processing import Glance
    from reader.tui.widgets.analysis_progress import AnalysisProgress
    from reader.tui.widgets.search_bar import SearchBar

NO_TARGETS = "Search with / or pick a name in the sidebar first"


class ArticleScreen(StyledOnceScreen):
    """Shows one article. Give it a ``source`` (path/URL) or the ``article_id`` of a stored one.

    Tests and snapshots may pass a ready ``analysis`` instead; the model is then never run.
    """

    COMMANDS = Screen.COMMANDS | {article_commands}
    BINDINGS = ARTICLE_KEYS
    AUTO_FOCUS = ""  # the text is focused once mounted (not the first focusable: a restyle)
    BLANK = True  # its header, columns and footer cover it (see widgets/columns.py)

    analysis: var[Analysis | None] = var(None, init=False)
    failure: var[str | None] = var(None, init=False)
    """Why the article could not be opened or analysed, when it could not."""
    shown: var[frozenset[str]] = var(frozenset(KIND_CLASSES), init=False)
    """The kinds of mark on screen (1–5 toggle them)."""
    targets: var[Targets] = var(Targets, init=False)
    """What n/N step through: search matches, or the chosen entity's mentions."""
    filtered: var[frozenset[int] | None] = var(None, init=False)
    """The paragraphs the filter (f) shows; None: all of them."""
    highlights: var[list[Highlight]] = var(list, init=False)
    selecting: var[bool] = var(False, init=False)

    class HighlightsReady(Message):
        """Posted (to the app) once the analysis is on screen; benchmarks and tests wait for it."""

    def __init__(
        self,
        source: str | None = None,
        article_id: str | None = None,
        focus_offset: int | None = None,
        analysis: Analysis | None = None,
        glance: Glance | None = None,
    ) -> None:
        super().__init__()
        self.given_glance = glance
        """What was read of ``source`` before the app started (``processing.open_ahead``)."""
        self.source = source
        self.article_id = article_id
        self.focus_offset = focus_offset
        self.given_analysis = analysis
        self.article: Article | None = None
        self.echo_groups: echoes.Groups | None = None  # None until the worker has read them
        self.speaker_shorts: dict[str, str] = {}  # entity id → the article's short name

    # Layout and loading ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield ReaderHeader()
        yield SidebarColumn(id="article-side")
        with TextColumn(id="article-pane"):
            yield StatusLine(id="article-status").data_bind(
                ArticleScreen.analysis,
                ArticleScreen.failure,
                ArticleScreen.shown,
                ArticleScreen.targets,
                ArticleScreen.selecting,
                filter=ArticleScreen.filtered,
            )
            yield ArticleView(id="article-view")
        yield ReaderFooter()

    @property
    def is_open(self) -> bool:
        """Still on the app's screen stack (a closed screen is taken off at once, while its
        widgets are removed a moment later: a worker's message arriving then is ignored)."""
        return self.is_attached and self in self.app.screen_stack

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> ArticleSidebar:
        return self.query_one(ArticleSidebar)

    def on_mount(self) -> None:
        self.view.focus()
        self.place = position.ReadingPlace(self.view)
        request = loading.Request.of(self)
        if self.given_analysis is not None:
            self.show_text(self.given_analysis.article)
        elif found := self.given_glance or loading.glance(self.app.library_path, request):
            self.show_text(found.article)
            if found.analysis is not None:
                self.show_analysis(found.analysis, found.highlights)
            self.place.resume(found.position, self.focus_offset)
        self.query_one(StatusLine).waiting = loading.waiting_words(self.source, self.article)
        self.call_after_refresh(self._load)  # the rest waits until the first frame is drawn

    def _load(self) -> None:
        work = partial(loading.load, self.app.session, loading.Request.of(self), self.post_message)
        self.run_worker(work, thread=True, exclusive=True, group="load", description="load")

    @on(messages.ArticleRead)
    def _article_read(self, event: messages.ArticleRead) -> None:
        self.show_text(event.article)

    @on(messages.AnalysisProgress)
    def _show_progress(self, event: messages.AnalysisProgress) -> None:
        if self.is_open:
            self._progress().advance(event.done, event.total)

    @on(messages.AnalysisReady)
    def _analysis_ready(self, event: messages.AnalysisReady) -> None:
        self.show_analysis(event.analysis, event.highlights)
        self.place.resume(event.position, self.focus_offset)

    @on(messages.LoadFailed)
    def _failed(self, event: messages.LoadFailed) -> None:
        if self.is_open:
            self.failure = event.reason
            self._progress().failed()
            self.app.notify_error(event.reason)

    def _progress(self) -> AnalysisProgress:
        from reader.tui.widgets.analysis_progress import AnalysisProgress  # not for a cached one

        return AnalysisProgress.above(self.sidebar)

    def show_text(self, article: Article) -> None:
        if not self.is_open:
            return
        self.article = article
        self.query_one(StatusLine).waiting = loading.waiting_words(self.source, article)
        self.title = one_line(article.title or article.source or "article", 120)
        self.view.show_article(article)
        if self.focus_offset is not None:
            self.view.go_to(self.focus_offset)

    def on_screen_suspend(self) -> None:  # a screen over this one, or the library instead
        self.place.keep(self.app, self.article)

    on_unmount = on_screen_suspend  # back, or quit

    def show_analysis(self, analysis: Analysis, highlights: list[Highlight]) -> None:
        if not self.is_open:
            return
        if self.article is None or self.article.content_hash != analysis.id:
            self.show_text(analysis.article)
        self.speaker_shorts = short_names(analysis)
        self.analysis = analysis
        for progress in self.query("AnalysisProgress"):
            progress.finished()
        self._restyle()
        self.sidebar.show_analysis(analysis, highlights, self.speaker_shorts)
        self.highlights = highlights
        self.app.post_message(self.HighlightsReady())
        # After the first frame: the worker would share the interpreter with drawing it.
        self.call_after_refresh(self._look_up_echoes, analysis.id)

    def _look_up_echoes(self, article_id: str) -> None:
        if self.is_open:
            echoes.look_up(self, article_id)

    @on(echoes.EchoesFound)
    def _echoes_found(self, event: echoes.EchoesFound) -> None:
        if self.is_open and self.analysis is not None and event.article_id == self.analysis.id:
            drawn = echoes.elsewhere(self.echo_groups)
            self.echo_groups = event.groups
            if echoes.elsewhere(event.groups) != drawn:  # most articles: none, as drawn
                self._restyle()
                self.sidebar.show_echoes(echoes.elsewhere(event.groups))

    # What the state draws ----------------------------------------------------------------------

    def watch_shown(self) -> None:
        self._restyle()

    def _restyle(self) -> None:
        analysis = self.analysis
        if analysis is not None:
            self.view.set_layers(base=SpanIndex(analysis_marks(analysis, self.shown)))
        quotes = analysis.quotes if analysis and "quotes" in self.shown else []
        self.view.set_quotes(quotes, echoes.elsewhere(self.echo_groups), self.speaker_shorts)

    def watch_highlights(self, highlights: list[Highlight]) -> None:
        marks = ((h.start, h.end, highlight_class(h.label)) for h in highlights)
        self.view.set_layers(highlights=SpanIndex(marks))
        if self.analysis is not None:
            self.sidebar.show_highlights(self.analysis, highlights)

    def watch_targets(self, old: Targets, new: Targets) -> None:
        if new.spans is not old.spans:  # not just n/N: draw the new set
            component = "article--search" if new.term else "article--selected"
            self.view.set_layers(targets=SpanIndex((s, e, component) for s, e in new.spans))
            if self.filtered is not None and new.active:
                self.filtered = self._paragraphs_of(new)
        self.view.current = new.current
        self.view.refresh_marks()

    def watch_filtered(self, filtered: frozenset[int] | None) -> None:
        self.view.set_filter(filtered)

    def _paragraphs_of(self, targets: Targets) -> frozenset[int]:
        return frozenset(self.view.paragraphs_of(targets.filter_spans(self._quotes)))

    @property
    def _quotes(self) -> list[Quote]:
        return self.analysis.quotes if self.analysis is not None else []

    # Toggles, search, targets ------------------------------------------------------------------

    def action_toggle(self, kind: str) -> None:
        self.shown ^= {kind}

    async def action_search(self) -> None:
        from reader.tui.widgets.search_bar import SearchBar

        found = self.query(SearchBar)
        search_bar = found.first() if found else SearchBar(id="article-search")
        if not found:  # mounted when first needed: most readings never search
            await self.query_one("#article-pane").mount(search_bar)
        search_bar.open(self.targets.term, origin=self.view.cursor_offset)

    def on_search_bar_find(self, event: SearchBar.Find) -> None:
        if event.final:
            self.view.focus()
        self.search(event.term, origin=event.origin, quiet=not event.final)

    def on_search_bar_closed(self, event: SearchBar.Closed) -> None:
        """Escape in the search field: forget the search and go back to where it began."""
        self.view.focus()
        if self.targets.term:
            self.targets = Targets()
            self.view.go_to(event.origin)

    def search(self, term: str, origin: int | None = None, quiet: bool = False) -> None:
        """Find ``term`` (literally, any case); n/N step through the matches.

        The first match is the one at or after ``origin`` (default: the reading cursor).
        """
        term = term.strip()
        if not term or self.article is None:
            self.targets = Targets()
            return
        origin = self.view.cursor_offset if origin is None else origin
        self.targets = search(self.article.text, term, origin)
        if self.targets.current is not None:
            self.view.go_to(self.targets.current[0])
        elif not quiet:
            self.app.notify("No matches", severity="warning", markup=False)

    @on(messages.EntityChosen)
    def _entity_chosen(self, event: messages.EntityChosen) -> None:
        """Mark every mention of a sidebar entity (or figure) and go to the first."""
        self.targets = mentions(event.entity)
        if self.targets.current is not None:
            self.view.go_to(self.targets.current[0])

    def action_step(self, step: int) -> None:
        if not self.targets.spans:
            self.app.notify(NO_TARGETS, markup=False)
            return
        self.targets = self.targets.step(step)
        self.view.go_to(self.targets.spans[self.targets.index][0])

    def action_filter(self) -> None:
        if self.filtered is not None:
            self.filtered = None
        elif not self.targets.spans:
            self.app.notify(NO_TARGETS, markup=False)
        else:
            self.filtered = self._paragraphs_of(self.targets)

    def action_clear(self) -> None:
        if self.view.anchor is not None:
            self.view.end_selection()
        elif self.filtered is not None:
            self.filtered = None
        elif self.targets.active:
            self.targets = Targets()
        else:
            self.app.action_back()

    def action_focus_sidebar(self) -> None:
        self.query_one("#article-side").display = True
        self.sidebar.focus_rows()

    def action_toggle_sidebar(self) -> None:
        side = self.query_one("#article-side")
        side.display = not side.display
        if not side.display:
            self.view.focus()

    def action_focus_text(self) -> None:
        self.view.focus()

    @on(messages.GoTo)
    @on(messages.QuoteChosen)  # enter on a sidebar quote or highlight: read on from it, there
    @on(messages.HighlightChosen)
    def _go_to(self, event: messages.GoTo | messages.QuoteChosen | messages.HighlightChosen):
        self.view.go_to(event.offset)
        if not isinstance(event, messages.GoTo):
            self.view.focus()

    # Quotes ------------------------------------------------------------------------------------

    def action_why(self) -> None:
        if quote := highlighting.quote_at(self._quotes, self.view):
            self.show_reason(quote)
        else:
            self.app.notify("No quote on this line", markup=False)

    def action_echoes(self) -> None:
        quote = highlighting.quote_at(self._quotes, self.view)
        echoes.show_group(self, self.echo_groups, quote, self.analysis)

    def show_reason(self, quote: Quote) -> None:
        from reader.tui.dialogs.quote_reason import QuoteReasonDialog

        self.app.push_screen(QuoteReasonDialog(self.analysis.article.text, quote))

    # Highlights --------------------------------------------------------------------------------

    def action_mark(self, kind: str) -> None:
        span = highlighting.target_range(self.view, kind, self._quotes)
        if span is None:
            self.app.notify(f"No {kind} at the cursor", markup=False)
        elif self.article is not None:
            highlighting.ask_new(self, self.article, span, kind)

    def action_visual(self) -> None:
        if self.view.anchor is None:
            self.view.start_selection()
        else:
            self.action_visual_end()

    def action_enter(self) -> None:
        if self.view.anchor is not None:
            self.action_visual_end()
        elif quote := highlighting.quote_at(self._quotes, self.view):
            self.show_reason(quote)

    @on(ArticleView.SelectionChanged)
    def _selection_changed(self, event: ArticleView.SelectionChanged) -> None:
        self.selecting = event.active

    def action_copy(self) -> None:
        copying.copy(self.app, self.article, copying.span_to_copy(self.view, self._quotes))

    def action_visual_end(self) -> None:
        highlighting.ask_selected(self, self.article, self.view.end_selection())

    def action_edit_highlight(self) -> None:
        if highlight := self._highlight_here():
            highlighting.ask_edit(self, highlight)

    def action_delete_highlight(self) -> None:
        if highlight := self._highlight_here():
            highlighting.ask_delete(self, highlight)

    def _highlight_here(self) -> Highlight | None:
        highlight = highlighting.highlight_at(self.highlights, self.view)
        if highlight is None:
            self.app.notify("No highlight on this line", markup=False)
        return highlight

    @on(messages.HighlightSaved)
    def _highlight_saved(self, event: messages.HighlightSaved) -> None:
        if self.is_open:
            self.highlights = highlighting.with_saved(self.highlights, event.highlight)

    @on(messages.HighlightDeleted)
    def _highlight_deleted(self, event: messages.HighlightDeleted) -> None:
        if self.is_open:
            self.highlights = [h for h in self.highlights if h.id != event.highlight_id]

    @on(messages.NotSaved)
    def _not_saved(self, event: messages.NotSaved) -> None:
        self.app.notify(event.reason, severity="error", markup=False)

    def action_export(self) -> None:
        from reader.tui.article.commands import export_article

        stored = self.analysis if self.given_analysis is None else None  # given: not stored
        export_article(self.app, stored, self.failure)
