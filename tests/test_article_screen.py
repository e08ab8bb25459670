"""The article screen with a hand-built analysis: open, toggle, search, filter, stored articles."""

from __future__ import annotations

from article_samples import TEXT, open_article, reader_app, screen_text, span, storm_analysis

from reader.nlp.versions import pipeline_version, resolve_model
from reader.store import open_library
from reader.tui.app import ReaderApp
from reader.tui.screens.article import ArticleScreen


class RecordingApp(ReaderApp):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.ready = 0

    def on_article_screen_highlights_ready(self) -> None:
        self.ready += 1


async def test_opens_with_title_byline_text_and_marks(tmp_path):
    app = RecordingApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot)
        shown = screen_text(screen)
        assert "Storm cuts ferry links to Brannock" in shown
        assert "By Elspeth Carr · 2026-03-14" in shown
        assert "Ferry operators on the Isle of Brannock" in shown
        assert app.ready == 1
        classes = {c for _, _, c in screen.view.mark_layers.base.marks}
        assert classes == {
            "article--person",
            "article--place",
            "article--org",
            "article--figure",
            "article--quote",
        }
        assert not screen.query("#article-progress"), "no progress bar for a ready analysis"


async def test_text_wraps_to_a_reading_measure_whatever_the_width(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(200, 30)) as pilot:
        screen = await open_article(app, pilot)
        index = screen.view.index
        assert index.width == 80
        widest = max(e - s for s, e in zip(index.starts, index.ends, strict=True))
        assert widest <= 81  # a line may end in the space it broke at
        await pilot.resize_terminal(70, 30)
        await pilot.pause()
        assert screen.view.index.width < 40
        assert "Ferry operators" in screen_text(screen)


async def test_number_keys_toggle_each_kind(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot)

        def classes() -> set[str]:
            return {c for _, _, c in screen.view.mark_layers.base.marks}

        await pilot.press("1")
        assert "article--person" not in classes()
        await pilot.press("5")
        assert "article--quote" not in classes()
        assert "hidden: people, quotes" in str(screen.query_one("#article-status").render())
        await pilot.press("1", "5", "2", "3", "4")
        assert classes() == {"article--person", "article--quote"}
        await pilot.press("1", "5")
        assert classes() == set()


async def test_speakers_are_named_next_to_their_quotes(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(100, 36)) as pilot:  # narrow: names go below the paragraph
        screen = await open_article(app, pilot)
        shown = screen_text(screen)
        assert "— Moira Dunlop" in shown
        assert "— Arjun Patel" in shown
        assert "— one sign (unnamed)" in shown
    app = reader_app(tmp_path)
    async with app.run_test(size=(160, 36)) as pilot:  # wide: names in the left margin
        screen = await open_article(app, pilot)
        line = next(row for row in screen_text(screen).splitlines() if "waves like" in row)
        assert line.index("Moira Dunlop") < line.index("We have never")


async def test_search_steps_and_filters(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("slash", *"PIER", "enter")
        assert screen.targets.spans == [span("pier"), span("pier", 1)]
        assert screen.view.current == span("pier")
        await pilot.press("n")
        assert screen.view.current == span("pier", 1)
        assert screen.view.index.para[screen.view.cursor] == 5
        await pilot.press("n")
        assert screen.view.current == span("pier")
        await pilot.press("N")
        assert screen.view.current == span("pier", 1)

        await pilot.press("f")
        shown = screen_text(screen)
        assert "damaged the pier" in shown and "discuss the pier" in shown
        assert "Patel" not in shown
        await pilot.press("f")
        assert "Patel" in screen_text(screen)

        await pilot.press("escape")
        assert screen.targets.spans == [] and screen.view.current is None


async def test_search_with_no_match_and_regex_characters(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("slash", *"(.*", "enter")
        assert screen.targets.spans == []
        await pilot.press("slash", *"3,400", "enter")
        assert screen.targets.spans == [span("3,400")]


async def test_vim_keys_move_the_reading_cursor(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 16)) as pilot:
        screen = await open_article(app, pilot)
        view = screen.view
        assert view.cursor == 0
        await pilot.press("j")
        assert view.cursor == 1
        await pilot.press("j")  # skips the blank line between paragraphs
        assert view.index.para[view.cursor] == 1
        await pilot.press("k", "k")
        assert view.cursor == 0
        await pilot.press("G")
        assert view.cursor == len(view.index) - 1
        assert view.scroll_offset.y > 0
        await pilot.press("g")
        assert view.cursor == 0 and view.scroll_offset.y == 0
        await pilot.press("space")
        assert view.cursor > 0
        await pilot.press("b")
        assert view.cursor == 0


async def test_h_and_l_move_focus_between_sidebar_and_text(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot)
        assert screen.view.has_focus
        await pilot.press("h")
        assert screen.sidebar.has_focus
        await pilot.press("l")
        assert screen.view.has_focus


async def test_a_stored_article_opens_highlighted_at_an_offset(tmp_path):
    """The worker path: library lookup, cache hit (no model run), then focus_offset."""
    analysis = storm_analysis()
    analysis.model, analysis.version = resolve_model(None), pipeline_version()
    with open_library(tmp_path / "l.db") as library:
        library.save(analysis)
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(120, 20)) as pilot:
        offset = TEXT.index("Moira Dunlop said the council")
        app.open_article(analysis.id, offset)
        for _ in range(200):
            await pilot.pause(0.02)
            if isinstance(app.screen, ArticleScreen) and app.screen.analysis is not None:
                break
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert len(screen.analysis.quotes) == 4
        assert screen.view.index.para[screen.view.cursor] == 5
        assert "council would meet" in screen_text(screen)


async def test_a_missing_article_says_so(tmp_path):
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(100, 20)) as pilot:
        app.open_article("no-such-id")
        for _ in range(100):
            await pilot.pause(0.02)
            if app._notifications:
                break
        messages = [n.message for n in app._notifications]
        assert any("no longer in the library" in m for m in messages)


async def test_a_theme_change_restyles_the_marks(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot)
        view = screen.view

        def person_colour():
            row = next(
                y for y in range(view.size.height) if "Moira Dunlop" in view.render_line(y).text
            )
            strip = view.render_line(row)
            return next(s.style.color for s in strip if s.text.startswith("Moira"))

        dark = person_colour()
        app.theme = "textual-light"
        await pilot.pause()
        assert person_colour() != dark


async def test_an_unreadable_source_says_why_and_does_not_crash(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    app = ReaderApp(sources=[str(empty)], db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(100, 20)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if isinstance(app.screen, ArticleScreen) and app.screen.failure:
                break
        screen = app.screen
        assert "no article text" in screen.failure
        assert "Could not open" in str(screen.query_one("#article-status").render())


async def test_closing_the_screen_while_loading_is_harmless(tmp_path):
    app = ReaderApp(db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(100, 20)) as pilot:
        await app.push_screen(ArticleScreen(analysis=storm_analysis()))
        app.pop_screen()
        await pilot.pause(0.2)
        assert not isinstance(app.screen, ArticleScreen)


async def test_command_palette_jumps_to_a_person(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"person arjun")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.targets.spans == [span("Arjun Patel"), span("Patel", 1)]


async def test_command_palette_shows_hostile_names_literally(tmp_path):
    from reader.tui.article.commands import ArticleCommands

    analysis = storm_analysis()
    analysis.entities[0].name = "[b]Moira[/b] [@click=app.quit]x[/]"
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot, analysis)
        provider = ArticleCommands(screen)
        hits = [hit async for hit in provider.search("moira")]
        assert "person: [b]Moira[/b] [@click=app.quit]x[/]" in [str(h.match_display) for h in hits]


async def test_search_as_you_type_and_escape_goes_back(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 16)) as pilot:
        screen = await open_article(app, pilot)
        view = screen.view
        await pilot.press("slash", *"coun")
        assert screen.targets.spans == [span("coun")]
        assert view.index.para[view.cursor] == 5
        await pilot.press("escape")
        assert screen.targets.spans == []
        assert view.cursor == 0
        assert not screen.query_one("#article-search").display


async def test_keys_can_be_remapped_by_binding_id(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot)
        app.set_keymap({"article.toggle-people": "P", "article.cursor-down": "ctrl+n"})
        await pilot.press("P", "ctrl+n")
        assert "people" not in screen.shown
        assert screen.view.cursor == 1


def test_every_binding_has_an_id_and_a_description():
    from textual.binding import Binding

    from reader.tui.dialogs.confirm import ConfirmDialog
    from reader.tui.dialogs.highlight_editor import HighlightDialog
    from reader.tui.dialogs.quote_reason import QuoteReasonDialog
    from reader.tui.widgets.article_view import ArticleView
    from reader.tui.widgets.search_bar import SearchBar
    from reader.tui.widgets.sidebar import ArticleSidebar

    owners = [
        ArticleScreen,
        ArticleView,
        ArticleSidebar,
        SearchBar,
        QuoteReasonDialog,
        HighlightDialog,
        ConfirmDialog,
    ]
    bindings = [b for owner in owners for b in owner.BINDINGS if isinstance(b, Binding)]
    assert all(b.id and b.description for b in bindings)
    ids = [b.id for b in bindings]
    assert len(ids) == len(set(ids))


async def test_text_shows_at_once_and_highlights_follow_the_analysis(tmp_path, monkeypatch):
    """While the model runs: the text, an "Analysing…" state and progress; then the marks."""
    import threading

    import reader.processing

    source = tmp_path / "storm.txt"
    source.write_text(TEXT)
    release = threading.Event()

    def slow_process(article, library, runner=None, **_):
        runner.progress()(1, 4)
        release.wait(10)
        analysis = storm_analysis()
        analysis.article = article
        return analysis

    monkeypatch.setattr(reader.processing, "analysis_for", slow_process)
    app = ReaderApp(sources=[str(source)], db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            screen = app.screen
            if isinstance(screen, ArticleScreen) and screen.article is not None:
                break
        for _ in range(250):  # the worker's first progress (slow on a loaded machine)
            await pilot.pause(0.02)
            bars = screen.query("#article-progress")
            if bars and bars.first().total == 4:
                break
        assert "Ferry operators on the Isle" in screen_text(screen)
        assert "Analysing" in str(screen.query_one("#article-status").render())
        progress = screen.query_one("#article-progress")
        assert progress.display and progress.progress == 1 and progress.total == 4
        assert screen.view.mark_layers.base.marks == []
        release.set()
        for _ in range(100):
            await pilot.pause(0.02)
            if screen.analysis is not None:
                break
        assert len(screen.view.mark_layers.base.marks) > 5
        assert not progress.display
        assert "4 quotes" in str(screen.query_one("#article-status").render())
