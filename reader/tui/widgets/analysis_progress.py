""" "Analysing…" and a bar above the sidebar while the model works on the article."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import ProgressBar, Static


class AnalysisProgress(Vertical):
    """Mounted when first needed: an article whose analysis is cached never shows it."""

    DEFAULT_CSS = "AnalysisProgress { height: auto; }"

    def __init__(self) -> None:
        super().__init__()
        self.label = Static(Content("Analysing…"), id="article-progress-label")
        self.bar = ProgressBar(id="article-progress", show_eta=False)

    def compose(self) -> ComposeResult:
        yield self.label
        yield self.bar

    @classmethod
    def above(cls, widget: Widget) -> AnalysisProgress:
        """The progress above ``widget``, mounted there when first needed."""
        container = widget.parent
        assert isinstance(container, Widget)
        if found := container.query(cls):
            return found.first()
        progress = cls()
        container.mount(progress, before=widget)
        return progress

    def advance(self, done: int, total: int) -> None:
        self.bar.update(total=total, progress=done)

    def failed(self) -> None:
        self.label.update(Content("Analysis failed"))
        self.bar.display = False

    def finished(self) -> None:
        self.label.display = self.bar.display = False
