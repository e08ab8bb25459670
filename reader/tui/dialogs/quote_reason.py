"""Why the app chose a quote's speaker: the rule, the cue and where the cue is, how sure it is,
and the next most likely speaker."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.model import Quote
from reader.textsafety import one_line
from reader.wording import is_named, speaker_label

CONTEXT = 60
"""Characters of text shown either side of the cue."""


def reason_content(text: str, quote: Quote) -> Content:
    """The explanation as Content: our labels styled, article words always plain."""
    said = one_line(text[quote.start : quote.end], 160)
    rows: list[Content] = [
        Content.assemble(("Quote  ", "bold"), "“", said, "”"),
        Content.assemble(
            ("Speaker  ", "bold"),
            (one_line(speaker_label(quote), 120), "" if is_named(quote) else "italic"),
        ),
    ]
    if quote.speaker_text and is_named(quote) and quote.speaker_text != quote.speaker:
        rows.append(Content.assemble(("Named as  ", "bold"), one_line(quote.speaker_text, 80)))
    rows.append(Content.assemble(("Kind  ", "bold"), quote.kind))
    if quote.cue:
        where = ""
        if quote.cue_start is not None:
            side = "after" if quote.cue_start >= quote.end else "before"
            where = f", {side} the quote (characters {quote.cue_start}–{quote.cue_end})"
        rows.append(Content.assemble(("Cue  ", "bold"), "“", one_line(quote.cue, 60), "”", where))
    if quote.cue_start is not None and quote.cue_end is not None:
        before = one_line(text[max(0, quote.cue_start - CONTEXT) : quote.cue_start], CONTEXT)
        cue = one_line(text[quote.cue_start : quote.cue_end], 60)
        after = one_line(text[quote.cue_end : quote.cue_end + CONTEXT], CONTEXT)
        rows.append(
            Content.assemble(
                ("In context  ", "bold"), "…", before, " ", (cue, "reverse"), " ", after, "…"
            )
        )
    reason = one_line(quote.reason, 300) if quote.reason else "no reason recorded"
    rows.append(Content.assemble(("Why  ", "bold"), reason))
    if quote.confidence is not None:
        rows.append(
            Content.assemble(
                ("Confidence  ", "bold"), f"{quote.confidence:.2f} ({confidence_word(quote)})"
            )
        )
    if quote.runner_up_reason:
        who = one_line(quote.runner_up, 80) if quote.runner_up else ("nobody named", "italic")
        why = one_line(quote.runner_up_reason, 300)
        rows.append(Content.assemble(("Runner-up  ", "bold"), who, " — ", why))
    return Content("\n").join(rows)


def confidence_word(quote: Quote) -> str:
    """ "high" (nine in ten such speakers are right), "medium", or "low: check the article"."""
    score = quote.confidence or 0.0
    if score >= 0.9:
        return "high"
    return "medium" if score >= 0.7 else "low: check the article"


class QuoteReasonDialog(ModalScreen[None]):
    """A small modal explaining one quote's attribution. Any of escape, enter or q closes it."""

    BINDINGS = [
        Binding("escape,enter,q,w", "dismiss", "Close", id="quote-reason.close"),
    ]

    def __init__(self, text: str, quote: Quote) -> None:
        super().__init__()
        self.body = reason_content(text, quote)

    def compose(self) -> ComposeResult:
        with Vertical(id="quote-reason"):
            yield Static(Content("Why this speaker"), classes="dialog-title")
            yield Static(self.body, id="quote-reason-body")
            yield Static(Content("escape to close"), classes="dialog-hint")
