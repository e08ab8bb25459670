"""The article's head (headline, standfirst, byline, date, credit) is drawn as a head block,
not as body text, while the text stays as it was: search, highlights and offsets work on it."""

from __future__ import annotations

from article_samples import HEAD, open_article, reader_app, screen_text, settled, storm_analysis
from article_samples import with_head as storm_with_head

from reader.ingest import load_article
from reader.model import Analysis
from reader.tui.dialogs.highlight_editor import HighlightDialog


def row_of(view, needle: str) -> int:
    return next(y for y in range(view.size.height) if needle in view.render_line(y).text)


def style_at(view, needle: str):
    """The Rich style the view draws the first character of ``needle`` in."""
    strip = view.render_line(row_of(view, needle))
    return next(segment.style for segment in strip if needle[:4] in segment.text)


async def test_the_head_lines_are_drawn_as_a_head_block(tmp_path):
    analysis = storm_with_head(storm_analysis())
    text = analysis.article.text
    assert [line.kind for line in analysis.article.head] == [
        "title",
        "standfirst",
        "byline",
        "published",
        "credit",
    ]
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot, analysis)
        view = screen.view
        shown = screen_text(screen)
        # Each line once, where it stands in the text: nothing repeated above it.
        for line in analysis.article.head:
            assert shown.count(text[line.start : line.end]) == 1
        assert shown.index("Storm cuts") < shown.index("Hundreds") < shown.index("By Elspeth")
        body = style_at(view, "Ferry operators")
        assert not body.italic and not body.bold
        assert body.color == view.visual_style.rich_style.color
        drawn = {
            line.kind: style_at(view, text[line.start : line.end]) for line in analysis.article.head
        }
        assert drawn["title"].bold and drawn["title"].color != body.color
        assert drawn["standfirst"].italic
        assert drawn["byline"].italic and drawn["byline"].color != body.color
        assert drawn["published"] == drawn["byline"]
        assert drawn["credit"].color != body.color
        # Byline and date are one block; a rule parts the head from the body.
        assert row_of(view, "Published") == row_of(view, "By Elspeth") + 1
        credit, body_row = row_of(view, "Photograph"), row_of(view, "Ferry operators")
        assert body_row == credit + 2
        assert set(view.render_line(credit + 1).text.strip()) == {"─"}


async def test_search_and_highlights_work_on_the_head(tmp_path):
    analysis = storm_with_head(storm_analysis())
    text = analysis.article.text
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot, analysis)
        await pilot.press("slash", *"transport", "enter")
        start = text.index("Transport")
        assert screen.targets.spans == [(start, start + len("Transport"))]
        byline = next(h for h in analysis.article.head if h.kind == "byline")
        screen.view.go_to(byline.start)
        await pilot.press("M")  # the paragraph at the cursor: the byline line
        dialog = app.screen
        assert isinstance(dialog, HighlightDialog)
        await pilot.press("ctrl+s")
        await settled(pilot)
        [highlight] = screen.highlights
        assert (highlight.start, highlight.end) == (byline.start, byline.end)
        assert highlight.exact == "By Elspeth Carr, Transport Correspondent"
        assert text == HEAD + storm_analysis().article.text  # the text is unchanged


async def test_markdown_front_matter_is_the_head_and_never_body(tmp_path):
    source = tmp_path / "note.md"
    source.write_text(
        "---\ntitle: Tidal power plan approved\nauthor: Rosa Lind\ndate: 2026-02-03\n"
        "tags: [energy]\n---\n\nThe council approved the tidal scheme on Tuesday.\n",
        encoding="utf-8",
    )
    article = load_article(str(source))
    analysis = Analysis(article=article, model="hand-built", version="test")
    app = reader_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_article(app, pilot, analysis)
        shown = screen_text(screen)
        assert "Tidal power plan approved" in shown
        assert "Rosa Lind · 2026-02-03" in shown
        assert "The council approved" in shown
        for front_matter in ("---", "title:", "author:", "tags", "energy"):
            assert front_matter not in shown
        view = screen.view
        assert style_at(view, "Tidal power").bold
        assert style_at(view, "Rosa Lind").italic
