"""The Textual app: a thin layer over the core (ingest, processing, store)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import Provider
from textual.screen import Screen

from reader.config import Config, library_path, load_config
from reader.errors import ReaderError
from reader.ingest import is_url
from reader.textsafety import one_line
from reader.tui.collector import (
    ANSWERED_SECONDS,
    PAUSE_SECONDS,
    IdleCollector,
    collect_for_a_screen,
)
from reader.tui.screens.article import ArticleScreen
from reader.tui.session import LibrarySession
from reader.tui.stylesheets import stylesheet
from reader.tui.textual_internals import release_styles_caches, start_with_theme
from reader.tui.themes import READER_THEMES
from reader.wording import counted

if TYPE_CHECKING:
    from reader.processing import Glance
    from reader.tui.dialogs.export_dialog import ExportRequest


DARK_THEME, LIGHT_THEME = (theme.name for theme in READER_THEMES)
LIBRARY_MODE = "library"


def is_openable(source: str) -> bool:
    return is_url(source) or source == "-" or Path(source).is_file()


def library_screen(process: list[str]) -> Screen:
    from reader.tui.screens.library import LibraryScreen

    return LibraryScreen(process=process)


def screen_commands() -> type[Provider]:
    from reader.tui.commands import ScreenCommands

    return ScreenCommands


ANSWERING_WORKERS = frozenset({"load", "rows", "search", "open"})
"""Groups of the workers that compute what a key is waiting to see (an article, the library's
rows, search results); the others write or index in the background."""


class ReaderApp(App):
    CSS_PATH = [stylesheet("reader.tcss"), stylesheet("article.tcss"), stylesheet("library.tcss")]
    """The first screen's styles (Textual reads no CSS_PATH of a first screen); others load
    theirs when first shown."""
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {screen_commands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit reader"),
        Binding("question_mark", "help", "Keys", id="app.help", tooltip="Every key on this screen"),
        Binding("escape", "back", "Back", id="app.back", show=False, tooltip="Previous screen"),
        Binding(
            "ctrl+t",
            "toggle_theme",
            "Switch theme",
            id="app.theme",
            show=False,
            tooltip="Light or dark",
        ),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            id="app.palette",
            show=False,
            priority=True,
            tooltip="Search every command",
        ),
    ]

    def __init__(
        self,
        sources: list[str] | None = None,
        db_path_override: str | None = None,
        model: str | None = None,
        config: Config | None = None,
        glance: Glance | None = None,
    ) -> None:
        self.sources = sources or []
        single = len(self.sources) == 1 and not Path(self.sources[0]).is_dir()
        self._start_article = self.sources[0] if single else None
        """A single file or URL opens straight in the article screen."""
        self._glance = glance
        super().__init__()
        release_styles_caches()
        self.config = config if config is not None else load_config()
        self.library_path = library_path(db_path_override, self.config)
        self.session = LibrarySession(self.library_path, on_recovery=self.notify_error)
        """The library, opened and checked once for the whole session (from thread workers)."""
        self.model = model
        self.collector = IdleCollector(busy=self._answering)
        self._screen_seen: Screen | None = None
        self.last_export: ExportRequest | None = None
        """The export choices made last in this session; the next export dialog starts there."""
        for theme in READER_THEMES:
            self.register_theme(theme)
        known = self.config.theme in self.available_themes
        start_with_theme(self, self.config.theme if known else DARK_THEME)

    def get_default_screen(self) -> Screen:
        """A single article is the first screen; the library is built only when the user goes
        back to it (building it first costs the article's first frame about a third)."""
        if self._start_article and is_openable(self._start_article):
            return ArticleScreen(source=self._start_article, glance=self._glance)
        return library_screen(process=[] if self._start_article else self.sources)

    def on_mount(self) -> None:
        self._apply_config()
        self.call_after_refresh(collect_for_a_screen)
        self.set_interval(PAUSE_SECONDS, self.collector.tick)
        if self._start_article and not isinstance(self.screen, ArticleScreen):
            self.open_source(self._start_article)  # says why it cannot be opened

    def _answering(self) -> bool:
        """The app is working on what a key asked for (a pause is not a pause): a screen opened
        or closed since the last look (counted as a key), or a worker it waits for running."""
        if not self.screen_stack:
            return True  # the app is closing
        if self.screen is not self._screen_seen:
            self._screen_seen = self.screen
            self._await_answer()
            return True
        return any(w.is_running and w.group in ANSWERING_WORKERS for w in self.workers)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown)):
            self._await_answer()
        elif isinstance(event, events.InputEvent):  # the mouse moving, a scroll
            self.collector.input_seen()
        await super().on_event(event)

    def _await_answer(self) -> None:
        """Tell the collector when this input's answer is on screen (Textual calls back after
        the next refresh); a due collection then runs a moment later."""
        self.call_after_refresh(self._answer_drawn, self.collector.input_seen())

    def _answer_drawn(self, input_number: int) -> None:
        if self.collector.answer_drawn(input_number):
            self.set_timer(ANSWERED_SECONDS, self.collector.tick)

    def on_unmount(self) -> None:
        from reader.nlp.model_process import stop_all

        stop_all()
        self.session.close()

    def _apply_config(self) -> None:
        for problem in self.config.problems:
            self.notify_error(problem)
        theme = self.config.theme
        if theme not in self.available_themes:
            self.notify_error(
                f"config: unknown theme {one_line(theme, 60)!r}; using {DARK_THEME}"
                " (ctrl+p, Theme lists the names)"
            )
        if self.config.keymap:
            from reader.tui.keymap import check_keymap

            keymap, problems = check_keymap(self.config.keymap)
            for problem in problems:
                self.notify_error(problem)
            self.set_keymap(keymap)

    # Navigation -------------------------------------------------------------------------

    def open_source(self, source: str) -> None:
        if is_openable(source):
            self.push_screen(ArticleScreen(source=source))
        else:
            what = "is a folder" if Path(source).is_dir() else "no such file"
            self.notify_error(f"{source}: {what}")

    def open_article(self, article_id: str, offset: int | None = None) -> None:
        self.push_screen(ArticleScreen(article_id=article_id, focus_offset=offset))

    def open_sources(self, article_id: str | None = None) -> None:
        """Sources of the library, or of the speakers quoted in ``article_id``."""
        from reader.tui.screens.sources import SourcesScreen

        self.push_screen(SourcesScreen(article_id))

    def action_sources_of_article(self) -> None:
        """Sources of the speakers quoted in the article on screen, once it is read."""
        analysis = getattr(self.screen, "analysis", None)
        if analysis is None:
            self.notify("The article is still being read", markup=False)
        else:
            self.open_sources(analysis.id)

    def action_back(self) -> None:
        if len(self.screen_stack) > 1:
            self.pop_screen()
        elif isinstance(self.screen, ArticleScreen):  # opened at start: the library next
            self._leave_first_article(self.screen)

    def _leave_first_article(self, article: ArticleScreen) -> None:
        """Show the library in place of the article the app started with.

        Textual cannot replace the first screen of a stack, so the library gets a stack (a
        mode) of its own; the article's stops working and is never shown again.
        """
        article.workers.cancel_node(article)
        self.add_mode(LIBRARY_MODE, partial(library_screen, process=[]))
        self.switch_mode(LIBRARY_MODE)

    def action_help(self) -> None:
        from reader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's "Keys" and "Quit" duplicate our "app: keys" and "app: quit".
        for command in super().get_system_commands(screen):
            if command.title not in {"Keys", "Quit"}:
                yield command

    def palette_commands(self):
        """Extra palette entries: the two reader themes by name."""
        yield "app: dark theme", "The dark reading theme", partial(self._set_theme, DARK_THEME)
        yield "app: light theme", "The light reading theme", partial(self._set_theme, LIGHT_THEME)

    def _set_theme(self, name: str) -> None:
        self.theme = name

    # Export -----------------------------------------------------------------------------

    def ask_export(self, article_id: str | None, scope: str, library_size: int | None) -> None:
        """Open the export dialog for one article (and, with ``library_size``, the library)."""
        from reader.tui.dialogs.export_dialog import ExportDialog

        def chosen(request: ExportRequest | None) -> None:
            if request is None:
                return
            self.last_export = request
            ids = None if request.whole_library or article_id is None else [article_id]
            self.export_articles(ids, request)

        self.push_screen(ExportDialog(scope, library_size, self.last_export), chosen)

    @work(thread=True, group="export")
    def export_articles(self, article_ids: list[str] | None, request: ExportRequest) -> list[Path]:
        """Write the export files off the UI thread; say where they went (or why not)."""
        from reader.export import export, gather

        out_dir = request.out_dir or Path.cwd()
        try:
            items = gather(self.session.library(), article_ids)
            paths = export(items, request.fmt, out_dir, request.what)
        except (ReaderError, OSError) as error:
            self.call_from_thread(self.notify_error, f"export failed: {error}")
            return []
        self.call_from_thread(self._exported, paths)
        return paths

    def _exported(self, paths: list[Path]) -> None:
        shown = [one_line(str(path), 200) for path in paths[:5]]
        if len(paths) > 5:
            shown.append(f"… and {len(paths) - 5} more in {paths[0].parent}")
        count = counted(len(paths), "file")
        self.notify("\n".join([f"Exported {count}:", *shown]), markup=False, timeout=10)

    # Errors -----------------------------------------------------------------------------

    def notify_error(self, message: str) -> None:
        """Show a problem as one plain line: no markup, no traceback, never a crash."""
        self.notify(one_line(message, 300), severity="error", markup=False, timeout=8)
