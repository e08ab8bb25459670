from conftest import SAMPLES

from reader.nlp.model_process import model_process
from reader.nlp.versions import resolve_model
from reader.tui.app import ReaderApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen


async def test_opening_an_article_shows_it_highlighted(tmp_path, nlp):
    app = ReaderApp(
        sources=[str(SAMPLES / "harbour-strike.md")], db_path_override=str(tmp_path / "l.db")
    )
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):
            await pilot.pause(0.05)
            screen = app.screen
            if isinstance(screen, ArticleScreen) and screen.analysis is not None:
                break
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.analysis is not None
        assert app.screen.analysis.quotes
        assert model_process(resolve_model())._child is not None, "analysed apart from the UI"
    assert model_process(resolve_model())._child is None, "leaving the app stops the model"


async def test_a_folder_is_analysed_apart_from_the_app_and_listed(tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("harbour-strike.md", "uk-ceasefire-talks.txt"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    app = ReaderApp(sources=[str(folder)], db_path_override=str(tmp_path / "l.db"))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        for _ in range(400):
            await pilot.pause(0.05)
            if screen.query_one("#articles").row_count == 2:
                break
        assert screen.query_one("#articles").row_count == 2
        assert all(row.quotes for row in screen.rows), "both samples quote someone"
        assert not [n for n in app._notifications if n.severity == "error"]
