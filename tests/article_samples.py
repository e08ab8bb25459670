"""A hand-built article and analysis for the article-screen tests and snapshots.

Built without the model, so NLP changes elsewhere never move these tests.
"""

from __future__ import annotations

from dataclasses import replace

from reader.model import Analysis, Article, Entity, Figure, Quote
from reader.tui.app import ReaderApp
from reader.tui.screens.article import ArticleScreen

TEXT = (
    "Ferry operators on the Isle of Brannock cancelled every crossing on Monday after a storm "
    "damaged the pier at Kelloway.\n\n"
    '"We have never seen waves like this," said Moira Dunlop, the harbour manager. '
    '"It will take weeks to repair."\n\n'
    "The Brannock Ferry Company said 3,400 passengers were affected. Its chief executive, "
    "Arjun Patel, promised refunds within 14 days.\n\n"
    '"Nobody will be left out of pocket," Patel said.\n\n'
    '"Bring back the old boats," read one sign at the terminal.\n\n'
    "Moira Dunlop said the council would meet on Friday to discuss the pier.\n"
)


def span(needle: str, nth: int = 0, text: str = TEXT) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def quote(
    words: str,
    speaker: str | None,
    entity: str | None,
    cue: str | None = None,
    reason: str | None = None,
    kind: str = "direct",
    speaker_text: str | None = None,
) -> Quote:
    start, end = span(words)
    cue_start, cue_end = span(cue, text=TEXT[end:]) if cue else (None, None)
    return Quote(
        start=start,
        end=end,
        speaker=speaker,
        speaker_entity=entity,
        speaker_text=speaker_text or (speaker.split()[-1] if speaker else None),
        cue=cue,
        cue_start=end + cue_start if cue_start is not None else None,
        cue_end=end + cue_end if cue_end is not None else None,
        kind=kind,
        reason=reason,
    )


def storm_analysis() -> Analysis:
    article = Article(
        text=TEXT,
        title="Storm cuts ferry links to Brannock",
        byline="By Elspeth Carr",
        published="2026-03-14",
        source="test",
        content_hash="storm0000000000000000000000000000",
    )
    return Analysis(
        article=article,
        model="hand-built",
        version="test",
        entities=[
            Entity("e1", "PERSON", "Moira Dunlop", [span("Moira Dunlop"), span("Moira Dunlop", 1)]),
            Entity("e2", "PERSON", "Arjun Patel", [span("Arjun Patel"), span("Patel", 1)]),
            Entity("e3", "GPE", "Isle of Brannock", [span("Isle of Brannock")]),
            Entity("e4", "GPE", "Kelloway", [span("Kelloway")]),
            Entity("e5", "ORG", "Brannock Ferry Company", [span("Brannock Ferry Company")]),
        ],
        quotes=[
            quote(
                "We have never seen waves like this,",
                "Moira Dunlop",
                "e1",
                "said",
                "named speaker after the cue “said”",
            ),
            quote(
                "It will take weeks to repair.",
                "Moira Dunlop",
                "e1",
                None,
                "continues the quote before it in the same paragraph",
                "continued",
            ),
            quote(
                "Nobody will be left out of pocket,",
                "Arjun Patel",
                "e2",
                "said",
                "surname “Patel” before the cue “said” resolves to Arjun Patel",
            ),
            quote(
                "Bring back the old boats,",
                None,
                None,
                "read",
                "no speaker named",
                speaker_text="one sign",
            ),
        ],
        figures=[
            Figure(*span("3,400 passengers"), "3,400 passengers", 3400, "passengers"),
            Figure(*span("14 days"), "14 days", 14, "days", kind="time"),
        ],
    )


HEAD = (
    "Storm cuts ferry links to Brannock\n\n"
    "Hundreds stranded as the island's only pier is closed for repairs\n\n"
    "By Elspeth Carr, Transport Correspondent\n"
    "Published: 14 March 2026 - 09:15\n\n"
    "Photograph: Isle of Brannock Press\n\n"
)
"""A head as a text file opens with: headline, standfirst, byline, date and a credit."""


def with_head(analysis: Analysis, head: str = HEAD) -> Analysis:
    """``analysis`` of the same article with ``head`` at the top of its text (as a saved news
    page has it), every offset moved along; title, byline and date as ingest reads them."""
    shift = len(head)

    def moved(item, *names: str):
        return replace(
            item, **{n: getattr(item, n) + shift for n in names if getattr(item, n) is not None}
        )

    text = head + analysis.article.text
    article = Article(
        text=text,
        title="Storm cuts ferry links to Brannock",
        byline="Elspeth Carr",
        published="2026-03-14T09:15",
        source="test",
        content_hash="head" + analysis.id[4:],
    )
    return Analysis(
        article=article,
        model=analysis.model,
        version=analysis.version,
        entities=[
            replace(e, mentions=[(s + shift, end + shift) for s, end in e.mentions])
            for e in analysis.entities
        ],
        quotes=[
            moved(q, "start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end")
            for q in analysis.quotes
        ],
        figures=[
            replace(
                moved(f, "start", "end"), sentence=(f.sentence[0] + shift, f.sentence[1] + shift)
            )
            for f in analysis.figures
        ],
    )


def reader_app(tmp_path) -> ReaderApp:
    return ReaderApp(db_path_override=str(tmp_path / "library.db"))


async def open_article(
    app: ReaderApp, pilot, analysis: Analysis | None = None, **kwargs
) -> ArticleScreen:
    """Push an ArticleScreen for ``analysis`` and wait until its marks are on screen."""
    screen = ArticleScreen(analysis=analysis or storm_analysis(), **kwargs)
    await app.push_screen(screen)
    for _ in range(200):
        await pilot.pause(0.02)
        if screen.analysis is not None:
            break
    await pilot.pause()
    assert screen.analysis is not None
    return screen


async def settled(pilot) -> None:
    """Wait for the app's thread workers (the store writes a keypress started) and for the
    messages they posted to be handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_text(screen: ArticleScreen) -> str:
    """The article view as plain text, one line per row (what a reader sees)."""
    view = screen.view
    return "\n".join(view.render_line(y).text for y in range(view.size.height))
