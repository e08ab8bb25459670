"""Untrusted text (body, title, names) shows literally: no markup, no control sequences."""

from __future__ import annotations

import unicodedata

from article_samples import open_article, reader_app

from reader.model import Analysis, Article, Entity, Quote
from reader.tui.dialogs.quote_reason import QuoteReasonDialog

HOSTILE = (
    "[bold]Not bold[/] and [@click=app.quit]quit[/] and \\[escaped] $variable [link=x]l[/link]\n\n"
    "Clear \x1b[2J\x1b[H red \x1b[31mRED\x1b[0m bell \x07 title \x1b]0;pwned\x07 csi \x9b31m "
    "bidi \u202eabc\u202c zero\u200bwidth tab\tend\n\n"
    '"[red]Shout[/red]" said [b]Mallory[/b].\n'
)


def hostile_analysis() -> Analysis:
    name = "[b]Mallory[/b]"
    start = HOSTILE.index(name)
    said = HOSTILE.index("[red]Shout")
    return Analysis(
        article=Article(
            text=HOSTILE,
            title="[blink]Title[/] \x1b]0;pwned\x07",
            byline="By [i]Eve[/i]",
            source="test",
            content_hash="hostile00000000000000000000000000",
        ),
        model="hand-built",
        version="test",
        entities=[Entity("m", "PERSON", name, [(start, start + len(name))])],
        quotes=[
            Quote(
                said,
                said + len("[red]Shout[/red]"),
                speaker=name,
                speaker_entity="m",
                cue="said",
                cue_start=HOSTILE.index("said"),
                cue_end=HOSTILE.index("said") + 4,
                reason="[bold]because[/] \x1b[31m",
            )
        ],
    )


def is_unsafe(char: str) -> bool:
    return unicodedata.category(char) in {"Cc", "Cf"}


async def test_markup_and_escapes_render_literally(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(140, 30)) as pilot:
        screen = await open_article(app, pilot, hostile_analysis())
        view = screen.view
        strips = [view.render_line(y) for y in range(view.size.height)]
        shown = "\n".join(strip.text for strip in strips)
        assert "[bold]Not bold[/] and [@click=app.quit]quit[/]" in shown
        assert "\\[escaped]" in shown and "$variable" in shown and "[link=x]l[/link]" in shown
        assert "[blink]Title[/]" in shown
        assert "By [i]Eve[/i]" in shown
        assert '"[red]Shout[/red]" said [b]Mallory[/b].' in shown
        assert "␛[2J␛[H" in shown
        for strip in strips:
            for segment in strip:
                assert not any(is_unsafe(char) for char in segment.text), repr(segment.text)
                style = segment.style
                assert style is None or not style.link
                assert style is None or not (style.meta or {}).get("@click")

        sidebar = screen.sidebar
        labels = [sidebar.row_text(node) for node in sidebar.sections["people"].rows]
        assert labels == ["[b]Mallory[/b] 1"]
        quotes = [sidebar.row_text(node) for node in sidebar.sections["quotes"].rows]
        assert quotes == ["[b]Mallory[/b]: [red]Shout[/…"]
        assert "[blink]Title[/]" in screen.title and "\x1b" not in screen.title

        view.go_to(HOSTILE.index("[red]Shout"))
        await pilot.press("w")  # the quote's reason, in a modal
        assert isinstance(app.screen, QuoteReasonDialog)
        body = str(app.screen.query_one("#quote-reason-body").render())
        assert "[bold]because[/]" in body
        assert not any(is_unsafe(char) for char in body.replace("\n", ""))
        await pilot.press("escape")

        await pilot.click("#article-view", offset=(10, 2))  # a click on "[@click=app.quit]"
        await pilot.press("slash", *"[/]", "enter")
        assert len(screen.targets.spans) == HOSTILE.count("[/]") == 2
        assert app.is_running
