"""y copies the selection, or else the quote at the cursor, through ``App.copy_to_clipboard``
(OSC 52), and never a control character from the article's text."""

from __future__ import annotations

from dataclasses import replace

from article_samples import open_article, reader_app, span, storm_analysis


def spy(app, name: str) -> list:
    calls: list = []
    setattr(app, name, lambda text, *args, **kwargs: calls.append(text))
    return calls


async def test_y_copies_the_quote_at_the_cursor(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        copied, said = spy(app, "copy_to_clipboard"), spy(app, "notify")
        screen.view.go_to(span("Nobody will")[0])
        await pilot.press("y")
        assert copied == ["Nobody will be left out of pocket,"]
        assert said == ["Copied “Nobody will be left out of pocket,”"]
        screen.view.go_to(span("Ferry operators")[0])
        await pilot.press("y")
        assert len(copied) == 1, "no quote, no selection: nothing copied"
        assert "Nothing to copy" in said[-1]


async def test_y_copies_the_selection_and_ends_it(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        copied = spy(app, "copy_to_clipboard")
        screen.view.go_to(span("Moira Dunlop, the")[0])
        await pilot.press("v", "w", "w", "y")
        assert copied == ["Moira Dunlop"]
        assert screen.view.selection is None and not screen.selecting


async def test_control_characters_never_reach_the_clipboard(tmp_path):
    analysis = storm_analysis()
    hostile = "Evil \x1b]52;c;cm0gLXJm\x07 and \x9b31m red\r\nline."
    text = analysis.article.text + "\n" + hostile + "\n"
    analysis = replace(analysis, article=replace(analysis.article, text=text))
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, analysis)
        copied = spy(app, "copy_to_clipboard")
        screen.view.go_to(text.index("Evil"))
        await pilot.press("v", "right_parenthesis", "right_parenthesis", "y")
        [pasted] = copied
        assert pasted.startswith("Evil ") and pasted.endswith(" red\nline.")
        assert all(c in "\n\t" or 0x20 <= ord(c) < 0x7F or ord(c) >= 0xA0 for c in pasted)
