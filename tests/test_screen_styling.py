"""Opening an article styles each widget once, and what the skipped pass would have set is what
the widgets already have (``screens/fresh.py``); the one-widget header draws the title."""

from __future__ import annotations

from collections import Counter

from article_samples import open_article, reader_app, storm_analysis
from textual import events

from reader.tui.screens.article import ArticleScreen
from reader.tui.widgets.header import ReaderHeader


def styles_of(screen) -> dict:
    return {
        node: (dict(node.styles.base._rules), dict(node._component_styles))
        for node in screen.walk_children(with_self=True)
    }


def count_styling(app) -> Counter:
    """Each widget type → how often the stylesheet styles one (from now on)."""
    counts: Counter = Counter()
    real_apply = app.stylesheet.apply

    def apply(node, *args, **kwargs):
        counts[type(node).__name__] += 1
        return real_apply(node, *args, **kwargs)

    app.stylesheet.apply = apply
    return counts


async def test_an_opened_article_is_styled_once_and_a_restyle_changes_nothing(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        counts = count_styling(app)
        screen = await open_article(app, pilot)
        assert counts["ArticleView"] == 1
        assert counts["ArticleSidebar"] == 1
        shown = styles_of(screen)
        screen.update_node_styles(animate=False)  # the pass Textual would have run on resume
        assert styles_of(screen) == shown


async def test_only_the_first_resume_skips_the_restyle(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = await open_article(app, pilot)
        counts = count_styling(app)
        screen.post_message(events.ScreenResume())  # as a later push of this screen would
        await pilot.pause()
        assert counts["ArticleView"] == 1


async def test_each_new_article_screen_is_styled_once(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        counts = count_styling(app)
        for _ in range(2):
            await open_article(app, pilot, storm_analysis())
            app.pop_screen()
            await pilot.pause()
        assert counts["ArticleView"] == 2


async def test_the_header_centres_the_title_and_follows_it(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = await open_article(app, pilot)
        header = screen.query_one(ReaderHeader)
        line = header.render_line(0).text
        assert line.startswith(" ⭘ ")
        title = screen.title
        start = line.index(title)
        assert abs((start - 8) - (100 - 18 - len(title)) // 2) <= 1  # centred between the ends
        screen.title = "[b]Not markup[/b] " + "x" * 200
        await pilot.pause()
        line = header.render_line(0).text
        assert "[b]Not markup[/b]" in line and line.rstrip().endswith("…")
        assert len(line) == 100


async def test_clicking_the_header_icon_opens_the_command_palette(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_article(app, pilot)
        await pilot.click(ReaderHeader, offset=(1, 0))
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"
        assert not isinstance(app.screen, ArticleScreen)


async def test_the_first_article_opened_finds_its_css_parsed(tmp_path):
    """Once the library's rows are shown, the article screen's widget CSS is parsed ahead
    (``article/prepare.py``): the first article of a session adds none to the stylesheet, which
    cost it ~5 ms of its first frame. A widget added to the screen and not to the list fails."""
    app = reader_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.screen.loaded:
                break
        await pilot.pause()
        sources = dict(app.stylesheet.source)
        await open_article(app, pilot)
        assert dict(app.stylesheet.source) == sources
