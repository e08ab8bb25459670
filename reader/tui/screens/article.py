"""The article screen: the text with its highlights and a sidebar, loaded in a worker.

The text shows as soon as it is read; analysis (or the cache) runs in a thread worker and the
marks arrive when it finishes. Everything the screen draws is built from offsets, so toggles,
search and highlights never re-run the model.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import Provider
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar, Static, Tree
from textual.worker import Worker, get_current_worker

from reader.errors import Cancelled, ReaderError
from reader.model import Analysis, Article, Highlight, Quote, Span
from reader.store import Library
from reader.textsafety import one_line
from reader.tui.background import analyse_apart
from reader.tui.text.layout import sentence_at
from reader.tui.text.ranges import KIND_CLASSES, SpanIndex, analysis_marks, highlight_class
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.search_bar import SearchBar
from reader.tui.widgets.sidebar import ArticleSidebar, SidebarItem

if TYPE_CHECKING:
    from reader.processing import Glance
    from reader.tui.dialogs.highlight_editor import HighlightEdit

MAX_MATCHES = 100_000
"""Search stops counting here; a 7 MB article can match a common word that often."""

KIND_NAMES = {
    "people": "people",
    "places": "places",
    "orgs": "organisations",
    "figures": "figures",
    "quotes": "quotes",
}


Progress = Callable[[int, int], None]


def article_commands() -> type[Provider]:
    from reader.tui.widgets.article_commands import ArticleCommands

    return ArticleCommands


class ArticleScreen(Screen):
    """Shows one article. Give it a ``source`` (path/URL) or the ``article_id`` of a stored one.

    Tests and snapshots may pass a ready ``analysis`` instead; the model is then never run.
    """

    COMMANDS = Screen.COMMANDS | {article_commands}

    BINDINGS = [
        Binding(
            "1",
            "toggle('people')",
            "People",
            id="article.toggle-people",
            tooltip="Show or hide people",
        ),
        Binding(
            "2",
            "toggle('places')",
            "Places",
            id="article.toggle-places",
            tooltip="Show or hide places",
        ),
        Binding(
            "3",
            "toggle('orgs')",
            "Orgs",
            id="article.toggle-orgs",
            tooltip="Show or hide organisations",
        ),
        Binding(
            "4",
            "toggle('figures')",
            "Figures",
            id="article.toggle-figures",
            tooltip="Show or hide figures",
        ),
        Binding(
            "5",
            "toggle('quotes')",
            "Quotes",
            id="article.toggle-quotes",
            tooltip="Show or hide quotes and their speakers",
        ),
        Binding("slash", "search", "Search", id="article.search", tooltip="Search this article"),
        Binding(
            "n",
            "step(1)",
            "Next",
            id="article.next-match",
            tooltip="Next search match or mention of the selected entity",
        ),
        Binding(
            "N",
            "step(-1)",
            "Previous",
            id="article.previous-match",
            show=False,
            tooltip="Previous search match or mention",
        ),
        Binding(
            "f",
            "filter",
            "Filter",
            id="article.filter",
            tooltip="Show only paragraphs that match (or quote the selected speaker)",
        ),
        Binding(
            "h",
            "focus_sidebar",
            "Sidebar",
            id="article.focus-sidebar",
            show=False,
            tooltip="Move focus to the sidebar",
        ),
        Binding(
            "l",
            "focus_text",
            "Text",
            id="article.focus-text",
            show=False,
            tooltip="Move focus to the text",
        ),
        Binding(
            "m",
            "mark('sentence')",
            "Mark",
            id="article.mark-sentence",
            tooltip="Highlight the sentence at the cursor",
        ),
        Binding(
            "M",
            "mark('paragraph')",
            "Mark paragraph",
            id="article.mark-paragraph",
            show=False,
            tooltip="Highlight the paragraph at the cursor",
        ),
        Binding(
            "Q",
            "mark('quote')",
            "Mark quote",
            id="article.mark-quote",
            show=False,
            tooltip="Highlight the quote at the cursor",
        ),
        Binding(
            "e",
            "mark('entity')",
            "Mark mention",
            id="article.mark-entity",
            show=False,
            tooltip="Highlight the current mention (or the first on the cursor line)",
        ),
        Binding(
            "v",
            "visual",
            "Select",
            id="article.visual",
            tooltip="Start a selection; v or enter again to highlight it",
        ),
        Binding(
            "enter",
            "enter",
            "Select / why",
            id="article.enter",
            show=False,
            tooltip="End a selection; on a quote, why this speaker",
        ),
        Binding(
            "E",
            "edit_highlight",
            "Edit highlight",
            id="article.edit-highlight",
            show=False,
            tooltip="Edit the highlight at the cursor",
        ),
        Binding(
            "d",
            "delete_highlight",
            "Delete highlight",
            id="article.delete-highlight",
            show=False,
            tooltip="Delete the highlight at the cursor",
        ),
        Binding(
            "w",
            "why",
            "Why",
            id="article.why",
            show=False,
            tooltip="Why this speaker: the quote at the cursor",
        ),
        Binding(
            "x",
            "export",
            "Export",
            id="article.export",
            tooltip="Export this article to files",
        ),
        Binding(
            "s",
            "toggle_sidebar",
            "Sidebar",
            id="article.toggle-sidebar",
            show=False,
            tooltip="Hide or show the sidebar",
        ),
        Binding(
            "escape",
            "clear",
            "Clear",
            id="article.clear",
            show=False,
            tooltip="Clear search, selection and filter; then go back",
        ),
    ]

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
        self.analysis: Analysis | None = None
        self.highlights: list[Highlight] = []
        self.shown: set[str] = set(KIND_CLASSES)
        self.search_term = ""
        self.targets: list[Span] = []
        """What n/N step through: search matches, or the selected entity's mentions."""
        self.target_index = -1
        self.target_name = ""
        self.selected: SidebarItem | None = None
        self.filtering = False
        self.failure: str | None = None
        self._search_origin = 0
        """Why the article could not be opened or analysed, when it could not."""

    # Composition and loading -----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="article-main"):
            with Vertical(id="article-side"):
                yield ArticleSidebar(id="article-sidebar")
            with Vertical(id="article-pane"):
                yield Static(Content(""), id="article-status")
                yield ArticleView(id="article-view")
        yield Footer()

    @property
    def is_open(self) -> bool:
        """Still on the app's screen stack (a closed screen is taken off at once, while its
        widgets are removed a moment later: a worker finishing then must not touch them)."""
        return self.is_attached and self in self.app.screen_stack

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> ArticleSidebar:
        return self.query_one(ArticleSidebar)

    def on_mount(self) -> None:
        self.view.focus()
        if self.given_analysis is not None:
            self.show_text(self.given_analysis.article)
        else:
            self._show_at_once()
        self.call_after_refresh(self.load)  # the rest waits until the first frame is drawn

    def _show_at_once(self) -> None:
        """A local article and its cached analysis, read before the first frame (a cached
        article opens fully highlighted in one frame); anything slower is left to ``load``."""
        from reader import processing
        from reader.nlp.versions import resolve_model

        model = resolve_model(self.app.model)
        glance = self.given_glance or processing.glance(
            self.app.library_path, model, self.source, self.article_id
        )
        if glance is None:
            return
        self.show_text(glance.article)
        if glance.analysis is not None:
            self.show_analysis(glance.analysis, glance.highlights)

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        """What ``_show_at_once`` left: open the library properly (damage check, recovery),
        read the article, analyse it when no analysis is cached, and show the result."""
        app = self.app
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:  # the screen closed or the app is quitting: stop the model
                raise Cancelled
            app.call_from_thread(self._show_progress, done, total)

        shown = self.analysis
        try:
            with app.open_library() as library:
                if shown is not None:
                    library.mark_opened(shown.id)
                    return
                analysis = self.given_analysis or self._analyse(library, worker, progress)
                highlights = library.highlights(analysis.id)
        except Cancelled:
            return
        except ReaderError as error:
            app.call_from_thread(self._failed, str(error))
            return
        except Exception as error:  # an input the model chokes on: one line, not a crash
            if not worker.is_cancelled:
                message = f"not analysed ({type(error).__name__}: {error})"
                app.call_from_thread(self._failed, message)
            return
        if not worker.is_cancelled:
            app.call_from_thread(self.show_analysis, analysis, highlights)

    def _analyse(self, library: Library, worker: Worker, progress: Progress) -> Analysis:
        """The article's analysis: cached, or made now (its text shown while the model works)."""
        from reader.ingest import load_article
        from reader.nlp.versions import resolve_model

        article = self.article
        if article is None:
            if self.article_id:
                article = library.article(self.article_id)
            else:
                article = load_article(self.source)
            if article is None:
                raise ReaderError("that article is no longer in the library")
            self.app.call_from_thread(self.show_text, article)

        def started() -> Progress:  # not cached: the model starts, its progress shows
            self.app.call_from_thread(self._show_progress, 0, 1)
            return progress

        model = resolve_model(self.app.model)
        analysis = analyse_apart(article, library, model, worker, started)
        library.mark_opened(article.content_hash)
        return analysis

    def _progress(self) -> tuple[Static, ProgressBar]:
        """The "Analysing…" label and bar above the sidebar, mounted when first needed (an
        article whose analysis is cached never shows them)."""
        found = self.query("#article-progress-label, #article-progress")
        if found:
            return found.first(Static), found.last(ProgressBar)
        label = Static(Content("Analysing…"), id="article-progress-label")
        bar = ProgressBar(id="article-progress", show_eta=False)
        self.query_one("#article-side").mount(label, bar, before=self.sidebar)
        return label, bar

    def _show_progress(self, done: int, total: int) -> None:
        if not self.is_open:  # closed while the model ran
            return
        self._progress()[1].update(total=total, progress=done)

    def _failed(self, message: str) -> None:
        if not self.is_open:
            return
        self.failure = message
        self._update_status()
        label, bar = self._progress()
        label.update(Content("Analysis failed"))
        bar.display = False
        self.app.notify_error(message)

    def show_text(self, article: Article) -> None:
        if not self.is_open:
            return
        self.article = article
        self.title = one_line(article.title or article.source or "article", 120)
        self.view.show_article(article)
        if self.focus_offset is not None:
            self.view.go_to(self.focus_offset)
        self._update_status()

    def show_analysis(self, analysis: Analysis, highlights: list[Highlight]) -> None:
        if not self.is_open:
            return
        if self.article is None or self.article.content_hash != analysis.id:
            self.show_text(analysis.article)
        self.analysis = analysis
        self.highlights = highlights
        for widget in self.query("#article-progress-label, #article-progress"):
            widget.display = False
        self.view.set_quotes(analysis.quotes)
        self._restyle()
        self._show_highlights()
        self.sidebar.show_analysis(analysis, highlights)
        self._update_status()
        self.app.post_message(self.HighlightsReady())

    # Drawing state ---------------------------------------------------------------------------

    def _restyle(self) -> None:
        if self.analysis is not None:
            self.view.set_layers(base=SpanIndex(analysis_marks(self.analysis, self.shown)))
        quotes = self.analysis.quotes if self.analysis and "quotes" in self.shown else []
        self.view.set_quotes(quotes)

    def _show_highlights(self) -> None:
        self.view.set_layers(
            highlights=SpanIndex(
                (h.start, h.end, highlight_class(h.label)) for h in self.highlights
            )
        )

    def _show_targets(self) -> None:
        component = "article--search" if self.search_term else "article--selected"
        self.view.set_layers(targets=SpanIndex((s, e, component) for s, e in self.targets))
        self._show_current()

    def _show_current(self) -> None:
        current = (
            self.targets[self.target_index] if 0 <= self.target_index < len(self.targets) else None
        )
        self.view.current = current
        self.view.refresh_marks()
        self._update_status()

    def _update_status(self) -> None:
        parts: list[Content | str | tuple[str, str]] = []
        if self.failure is not None:
            parts.append(("Could not open: ", "bold"))
            parts.append(one_line(self.failure, 200))
        elif self.analysis is None:
            parts.append(("Analysing… ", "italic"))
        else:
            count = len([e for e in self.analysis.entities if e.label == "PERSON"])
            parts.append(f"{count} people · {len(self.analysis.quotes)} quotes")
        hidden = [KIND_NAMES[k] for k in KIND_CLASSES if k not in self.shown]
        if hidden:
            parts.append("  hidden: " + ", ".join(hidden))
        if self.targets or self.search_term or self.selected:
            position = f" {self.target_index + 1}/{len(self.targets)}" if self.targets else " 0/0"
            parts.extend(["  ", (self.target_name, "bold"), position, " (n/N)"])
        if self.filtering:
            parts.append(f"  filter: {len(self.view.include or ())} paragraphs (f: all)")
        if self.view.anchor is not None:
            parts.append(("  SELECT: move, then v or enter to highlight", "reverse"))
        self.query_one("#article-status", Static).update(
            Content.assemble(*parts, strip_control_codes=False)
        )

    # Toggles, search, targets ----------------------------------------------------------------

    def action_toggle(self, kind: str) -> None:
        self.shown ^= {kind}
        self._restyle()
        self._update_status()

    async def action_search(self) -> None:
        self._search_origin = self.view.cursor_offset
        found = self.query(SearchBar)
        search_bar = found.first() if found else SearchBar(id="article-search")
        if not found:  # mounted when first needed: most readings never search
            await self.query_one("#article-pane").mount(search_bar)
        search_bar.open(self.search_term)

    @on(SearchBar.Changed)
    def _search_changed(self, event: SearchBar.Changed) -> None:
        """Search as you type (from where the search began), once there are two characters."""
        event.stop()
        if event.input.display and len(event.value.strip()) >= 2:
            self.search(event.value, origin=self._search_origin, quiet=True)

    @on(SearchBar.Submitted)
    def _search_submitted(self, event: SearchBar.Submitted) -> None:
        event.stop()
        search_bar = self.query_one(SearchBar)
        search_bar.display = False
        self.view.focus()
        self.search(event.value, origin=self._search_origin)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        """Escape in the search field: forget the search and go back to where it began."""
        self.view.focus()
        if self.search_term:
            self._clear_targets()
            self.view.go_to(self._search_origin)

    def search(self, term: str, origin: int | None = None, quiet: bool = False) -> None:
        """Find ``term`` (literally, any case); n/N step through the matches.

        The first match is the one at or after ``origin`` (default: the reading cursor).
        """
        term = term.strip()
        if not term or self.article is None:
            self._clear_targets()
            return
        pattern = re.compile(re.escape(term), re.IGNORECASE)
        matches: list[Span] = []
        for match in pattern.finditer(self.article.text):
            matches.append(match.span())
            if len(matches) >= MAX_MATCHES:
                break
        self.selected = None
        self.search_term = term
        self.target_name = f"“{one_line(term, 40)}”"
        self.targets = matches
        starts = [s for s, _ in matches]
        origin = self.view.cursor_offset if origin is None else origin
        self.target_index = bisect_right(starts, origin - 1) % max(1, len(matches))
        if self.filtering:
            self._apply_filter()
        self._show_targets()
        if matches:
            self.view.go_to(matches[self.target_index][0])
        elif not quiet:
            self.app.notify("No matches", severity="warning", markup=False)

    def select_item(self, item: SidebarItem) -> None:
        """Mark every mention of a sidebar entity (or figure) and go to the first."""
        self.selected = item
        self.search_term = ""
        self.target_name = item.name
        self.targets = list(item.spans)
        self.target_index = 0 if self.targets else -1
        if self.filtering:
            self._apply_filter()
        self._show_targets()
        if self.targets:
            self.view.go_to(self.targets[0][0])

    def action_step(self, step: int) -> None:
        if not self.targets:
            self.app.notify("Search with / or pick a name in the sidebar first", markup=False)
            return
        self.target_index = (self.target_index + step) % len(self.targets)
        self.view.go_to(self.targets[self.target_index][0])
        self._show_current()

    def _clear_targets(self) -> None:
        self.search_term = ""
        self.selected = None
        self.target_name = ""
        self.targets = []
        self.target_index = -1
        self._show_targets()

    def action_filter(self) -> None:
        if self.filtering:
            self.filtering = False
            self.view.set_filter(None)
        elif not self.targets:
            self.app.notify("Search with / or pick a name in the sidebar first", markup=False)
            return
        else:
            self.filtering = True
            self._apply_filter()
        self._update_status()

    def _apply_filter(self) -> None:
        spans = self.targets
        if self.selected is not None and self.analysis is not None:
            said = [
                (q.start, q.end)
                for q in self.analysis.quotes
                if q.speaker_entity == self.selected.key
            ]
            spans = said or spans
        self.view.set_filter(self.view.paragraphs_of(spans))

    def action_clear(self) -> None:
        if self.view.anchor is not None:
            self.view.end_selection()
        elif self.filtering:
            self.action_filter()
        elif self.targets or self.search_term or self.selected:
            self._clear_targets()
        else:
            self.app.action_back()
            return
        self._update_status()

    def action_focus_sidebar(self) -> None:
        self.query_one("#article-side").display = True
        sidebar = self.sidebar
        sidebar.focus()
        node = sidebar.cursor_node
        if node is None or node.data is None or node.data.kind == "section":
            sidebar.select_first_row()

    def action_toggle_sidebar(self) -> None:
        side = self.query_one("#article-side")
        side.display = not side.display
        if not side.display:
            self.view.focus()

    def action_focus_text(self) -> None:
        self.view.focus()

    # Sidebar ---------------------------------------------------------------------------------

    @on(Tree.NodeSelected)
    def _row_selected(self, event: Tree.NodeSelected) -> None:
        item = event.node.data
        if item is None or self.analysis is None:
            return
        if item.kind == "quote":
            quote = self.analysis.quotes[item.index]
            self.view.go_to(quote.start)
            self.show_reason(quote)
        elif item.kind == "highlight":
            highlight = self._highlight(item.key)
            if highlight is not None:
                self.view.go_to(highlight.start)
                self.edit_highlight(highlight)
        elif item.spans:
            self.select_item(item)

    @on(Tree.NodeHighlighted)
    def _row_highlighted(self, event: Tree.NodeHighlighted) -> None:
        """Moving through quotes or highlights in the sidebar shows each in the text."""
        item = event.node.data
        if item is None or self.analysis is None or not self.sidebar.has_focus:
            return
        if item.kind == "quote":
            self.view.go_to(self.analysis.quotes[item.index].start)
        elif item.kind == "highlight" and (highlight := self._highlight(item.key)):
            self.view.go_to(highlight.start)

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self) -> None:
        if self.view.anchor is not None:
            self._update_status()

    # Quotes ----------------------------------------------------------------------------------

    def quote_at_cursor(self) -> Quote | None:
        if self.analysis is None:
            return None
        start, end = self.view.cursor_span
        return next((q for q in self.analysis.quotes if q.start < end and q.end > start), None)

    def action_why(self) -> None:
        quote = self.quote_at_cursor()
        if quote is None:
            self.app.notify("No quote on this line", markup=False)
        else:
            self.show_reason(quote)

    def show_reason(self, quote: Quote) -> None:
        from reader.tui.dialogs.quote_reason import QuoteReasonDialog

        self.app.push_screen(QuoteReasonDialog(self.analysis.article.text, quote))

    # Highlights ------------------------------------------------------------------------------

    def target_range(self, kind: str) -> Span | None:
        """The range the user means by "highlight the <kind> at the cursor"."""
        view = self.view
        paragraph = view.cursor_paragraph
        if self.article is None or paragraph is None or paragraph < 0:
            return None
        text = self.article.text
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
            quote = self.quote_at_cursor()
            return (quote.start, quote.end) if quote else None
        if kind == "entity":
            current = view.current
            if current and current[0] < line_end and current[1] > line_start:
                return current
            on_line = [
                (s, e)
                for s, e, c in view.mark_layers.base.overlapping(line_start, line_end)
                if c not in (KIND_CLASSES["quotes"],)
            ]
            return min(on_line) if on_line else None
        return None

    def action_mark(self, kind: str) -> None:
        span = self.target_range(kind)
        if span is None:
            self.app.notify(f"No {kind} at the cursor", markup=False)
            return
        self.new_highlight(*span, kind=kind)

    def action_visual(self) -> None:
        if self.view.anchor is None:
            self.view.start_selection()
            self._update_status()
        else:
            self.action_visual_end()

    def action_enter(self) -> None:
        if self.view.anchor is not None:
            self.action_visual_end()
        elif (quote := self.quote_at_cursor()) is not None:
            self.show_reason(quote)

    def action_visual_end(self) -> None:
        selection = self.view.end_selection()
        self._update_status()
        if selection is None or self.article is None:
            return
        text = self.article.text
        start, end = selection
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            self.new_highlight(start, end, kind="range")

    def new_highlight(self, start: int, end: int, kind: str) -> None:
        from reader.tui.dialogs.highlight_editor import HighlightDialog

        article = self.article
        if article is None:
            return

        def save(result: HighlightEdit | None) -> None:
            if result is None or result.action != "save":
                return
            try:
                with self.app.open_library() as library:
                    highlight = library.add_highlight(
                        article,
                        start,
                        end,
                        kind=kind,
                        label=result.label,
                        note=result.note,
                        tags=result.tags,
                    )
            except (ReaderError, ValueError) as error:
                self.app.notify(str(error), severity="error", markup=False)
                return
            self.highlights = sorted([*self.highlights, highlight], key=lambda h: h.start)
            self._highlights_changed()

        self.app.push_screen(HighlightDialog(article.text[start:end]), save)

    def highlight_at_cursor(self) -> Highlight | None:
        start, end = self.view.cursor_span
        return next((h for h in self.highlights if h.start < end and h.end > start), None)

    def _highlight(self, highlight_id: str) -> Highlight | None:
        return next((h for h in self.highlights if h.id == highlight_id), None)

    def action_edit_highlight(self) -> None:
        highlight = self.highlight_at_cursor()
        if highlight is None:
            self.app.notify("No highlight on this line", markup=False)
        else:
            self.edit_highlight(highlight)

    def edit_highlight(self, highlight: Highlight) -> None:
        from reader.tui.dialogs.highlight_editor import HighlightDialog

        def done(result: HighlightEdit | None) -> None:
            if result is None:
                return
            if result.action == "delete":
                self.delete_highlight(highlight)
                return
            try:
                with self.app.open_library() as library:
                    updated = library.update_highlight(
                        highlight.id, label=result.label, note=result.note, tags=result.tags
                    )
            except (ReaderError, KeyError) as error:
                self.app.notify(f"Could not save: {error}", severity="error", markup=False)
                return
            self.highlights = [updated if h.id == highlight.id else h for h in self.highlights]
            self._highlights_changed()

        self.app.push_screen(HighlightDialog(highlight.exact, highlight), done)

    def action_delete_highlight(self) -> None:
        highlight = self.highlight_at_cursor()
        if highlight is None:
            self.app.notify("No highlight on this line", markup=False)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.delete_highlight(highlight)

        question = f"Delete the highlight “{one_line(highlight.exact, 60)}”?"
        detail = "Its note and tags go with it." if highlight.note or highlight.tags else ""
        from reader.tui.dialogs.confirm import ConfirmDialog

        self.app.push_screen(ConfirmDialog(question, detail, confirm="Delete"), answered)

    def action_export(self) -> None:
        if self.analysis is None or self.given_analysis is not None:
            message = self.failure or "Wait for the analysis: it is exported from the library"
            self.app.notify(one_line(message, 200), markup=False)
            return
        article = self.analysis.article
        title = one_line(article.title or article.source or "(untitled)", 60)
        self.app.ask_export(self.analysis.id, f"This article: “{title}”", None)

    def delete_highlight(self, highlight: Highlight) -> None:
        try:
            with self.app.open_library() as library:
                library.delete_highlight(highlight.id)
        except ReaderError as error:
            self.app.notify(str(error), severity="error", markup=False)
            return
        self.highlights = [h for h in self.highlights if h.id != highlight.id]
        self._highlights_changed()

    def _highlights_changed(self) -> None:
        self._show_highlights()
        if self.analysis is not None:
            self.sidebar.show_highlights(self.analysis, self.highlights)
