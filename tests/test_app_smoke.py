from conftest import SAMPLES

from reader.nlp.model_process import model_process
from reader.nlp.versions import resolve_model
from reader.tui.app import ReaderApp
from reader.tui.screens.article import ArticleScreen


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
