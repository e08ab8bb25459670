"""The command palette on each screen of the real app (a real library in tmp_path, HOME a temp
dir): every entry once, and counts that agree with their number."""

from __future__ import annotations

from collections import Counter

import pytest
from snapshot_apps.library import fill_library, library_ready
from textual.command import CommandList, CommandPalette

from reader.tui.app import ReaderApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.sources import SourcesScreen

SIZE = (110, 40)
QUERIES = ["", "figures", "sidebar", "search"]
"""Nothing typed (the palette's full list), and words the article's entries used to repeat."""


async def wait_for(pilot, condition, tries: int = 250) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition never held")


async def palette_entries(pilot, query: str) -> list[tuple[str, str]]:
    """(name, help) of each entry the palette lists for ``query``, once it has settled."""
    app = pilot.app
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
    if query:
        await pilot.press(*query)
    entries: list[tuple[str, str]] = []
    for _ in range(3):  # the providers answer in the background: wait until the list is still
        await pilot.pause(0.3)
        options = app.screen.query_one(CommandList)
        seen = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        if seen == entries and entries:
            break
        entries = seen
    await pilot.press("escape")
    await wait_for(pilot, lambda: not isinstance(app.screen, CommandPalette))
    return [(name, help_text) for name, _, help_text in (e.partition("\n") for e in entries)]


def repeated(entries: list[tuple[str, str]]) -> list[str]:
    return [name for name, times in Counter(name for name, _ in entries).items() if times > 1]


@pytest.fixture
async def running(tmp_path):
    db = tmp_path / "library.db"
    fill_library(db)
    app = ReaderApp(db_path_override=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await library_ready(pilot)
        yield app, pilot


async def open_first_article(app, pilot) -> ArticleScreen:
    await pilot.press("enter")  # the newest: "Ceasefire talks resume in Geneva"
    await wait_for(pilot, lambda: getattr(app.screen, "analysis", None) is not None)
    assert isinstance(app.screen, ArticleScreen)
    return app.screen


@pytest.mark.parametrize("where", ["library", "article", "sources"])
async def test_every_palette_entry_is_listed_once(running, where):
    app, pilot = running
    if where == "article":
        await open_first_article(app, pilot)
    elif where == "sources":
        await pilot.press("w")
        await wait_for(pilot, lambda: isinstance(app.screen, SourcesScreen))
    else:
        assert isinstance(app.screen, LibraryScreen)
    for query in QUERIES:
        entries = await palette_entries(pilot, query)
        assert not repeated(entries), (query, entries)


async def test_one_palette_entry_per_action_on_the_article(running):
    """A kind's toggle is one entry, not its key's and a second one written by hand."""
    app, pilot = running
    await open_first_article(app, pilot)
    for kind in ("people", "places", "figures", "quotes"):
        entries = await palette_entries(pilot, kind)
        toggles = [
            name for name, help_text in entries if "show or hide" in f"{name} {help_text}".lower()
        ]
        assert len(toggles) == 1, entries
    sidebar = [name for name, _ in await palette_entries(pilot, "sidebar")]
    assert "article: move focus to the sidebar" in sidebar
    assert "article: hide or show the sidebar" in sidebar


async def test_palette_counts_agree_with_their_number(running):
    app, pilot = running
    await open_first_article(app, pilot)
    helps = dict(await palette_entries(pilot, "person"))
    assert helps["person: Vladimir Putin"] == "1 mention"
    assert helps["person: Anna Lindqvist"] == "2 mentions"


def test_a_quote_with_no_named_speaker_reads_as_everywhere_else():
    """The palette's quote entries use the one wording for an unnamed speaker (the article's
    words, marked unnamed), as the sidebar, the margin and the exports do."""
    from types import SimpleNamespace

    from article_samples import storm_analysis

    from reader.tui.article.commands import ArticleCommands
    from reader.wording import speaker_label

    analysis = storm_analysis()
    screen = SimpleNamespace(analysis=analysis, post_message=lambda message: None)
    names = [name for name, _, _ in ArticleCommands(screen)._commands()]
    unnamed = [q for q in analysis.quotes if not q.speaker]
    assert unnamed
    for q in unnamed:
        said = analysis.article.text[q.start : q.end]
        assert any(n.startswith(f"quote: {speaker_label(q)}: {said[:20]}") for n in names), names
