"""A 7 MB article opens, scrolls and searches: only visible lines are ever built."""

from __future__ import annotations

from article_samples import open_article, reader_app

from reader.model import Analysis, Article, Entity, Quote

PARAGRAPH = (
    "Councillor Hamish Reid said the bridge would reopen in spring, after 212 inspections. "
    '"We will not cut corners," he said. "Not one."\n\n'
)
REPEATS = 53_000


def huge_analysis() -> Analysis:
    text = PARAGRAPH * REPEATS
    step = len(PARAGRAPH)
    name_at = PARAGRAPH.index("Hamish Reid")
    quote_at = PARAGRAPH.index("We will")
    return Analysis(
        article=Article(text=text, title="Bridge", source="test", content_hash="huge" + "0" * 28),
        model="hand-built",
        version="test",
        entities=[
            Entity(
                "r",
                "PERSON",
                "Hamish Reid",
                [(i * step + name_at, i * step + name_at + 11) for i in range(REPEATS)],
            )
        ],
        quotes=[
            Quote(
                i * step + quote_at,
                i * step + quote_at + 23,
                speaker="Hamish Reid",
                speaker_entity="r",
            )
            for i in range(REPEATS)
        ],
    )


async def test_a_7mb_article_opens_scrolls_and_searches(tmp_path):
    analysis = huge_analysis()
    assert len(analysis.article.text) > 7_000_000
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_article(app, pilot, analysis)
        view = screen.view
        assert len(view.index) > 100_000
        await pilot.press("G")
        assert view.cursor == len(view.index) - 1
        last = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "Not one." in last
        await pilot.press("g", "space", "space", "j", "k")
        assert 0 < view.cursor < 100
        quotes = screen.sidebar.sections["quotes"]
        assert len(quotes.rows) == 300 and quotes.more is not None  # capped: "… more"
        await pilot.press("g", "slash", *"inspections", "enter", "n", "n")
        assert screen.targets.index == 2
        await pilot.press("f")
        assert len(view.include) == REPEATS


async def test_only_visible_lines_are_built(tmp_path, monkeypatch):
    from reader.tui.widgets.article_view import ArticleView

    built: list[int] = []
    original = ArticleView._render_row

    def counting(self, row, line, width):
        built.append(row)
        return original(self, row, line, width)

    monkeypatch.setattr(ArticleView, "_render_row", counting)
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_article(app, pilot, huge_analysis())
        height = screen.view.size.height
        built.clear()
        await pilot.press("G", "k", "k", "g")
        assert 0 < len(built) <= 8 * height  # a few repaints of one screen, of 200,000 lines
