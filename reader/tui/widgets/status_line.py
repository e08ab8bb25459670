"""The line above the article: counts, hidden kinds, the current search or name, the filter and
the selection. It redraws itself when the screen's state changes (``data_bind``)."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from reader.language import NOT_ENGLISH, looks_english
from reader.model import KINDS, Analysis
from reader.textsafety import one_line
from reader.tui.article.targets import Targets
from reader.wording import counted


class StatusLine(Widget):
    """One line of state; the article's own words reach it as ``Content`` (never markup)."""

    DEFAULT_CSS = "StatusLine { height: 1; }"

    analysis: reactive[Analysis | None] = reactive(None)
    failure: reactive[str | None] = reactive(None)
    """Why the article could not be opened or analysed."""
    shown: reactive[frozenset[str]] = reactive(frozenset(kind.key for kind in KINDS))
    targets: reactive[Targets] = reactive(Targets())
    filter: reactive[frozenset[int] | None] = reactive(None)
    """The paragraphs shown, when a filter is on."""
    selecting: reactive[bool] = reactive(False)
    waiting: reactive[str] = reactive("Analysing… ")
    """What is shown until the analysis is: fetching a page, or analysing."""

    def render(self) -> Content:
        parts: list[Content | str | tuple[str, str]] = []
        if self.failure is not None:
            parts.append(("Could not open: ", "bold"))
            parts.append(one_line(self.failure, 200))
        elif self.analysis is None:
            parts.append((self.waiting, "italic"))
        elif not looks_english(self.analysis.article.text):
            parts.append((NOT_ENGLISH, "italic"))
        else:
            people = sum(1 for e in self.analysis.entities if e.label == "PERSON")
            quotes = len(self.analysis.quotes)
            parts.append(f"{counted(people, 'person')} · {counted(quotes, 'quote')}")
        hidden = [kind.plural for kind in KINDS if kind.key not in self.shown]
        if hidden:
            parts.append("  hidden: " + ", ".join(hidden))
        targets = self.targets
        if targets.active:
            count = len(targets.spans)
            position = f" {targets.index + 1}/{count}" if count else " 0/0"
            parts.extend(["  ", (targets.name, "bold"), position, " (n/N)"])
            if targets.wrapped:
                parts.append(("  " + targets.wrapped, "italic"))
        if self.filter is not None:
            parts.append(f"  filter: {counted(len(self.filter), 'paragraph')} (f: all)")
        if self.selecting:
            parts.append(("  SELECT h l w b ( ): move · v: highlight · y: copy", "reverse"))
        return Content.assemble(*parts, strip_control_codes=False)
