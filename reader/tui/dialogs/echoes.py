"""A quote's echoes: everywhere the library has it, the earliest first, with what changed."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.echoes.diff import ADDED, REMOVED, word_diff
from reader.echoes.groups import EchoGroup, Occurrence
from reader.echoes.words import quote_words
from reader.textsafety import one_line
from reader.tui.stylesheets import stylesheet
from reader.wording import counted

DIFF_STYLES = {REMOVED: "strike $text-error", ADDED: "bold $text-success"}


def diff_content(first: str, later: str) -> Content:
    """``later`` as a word diff against ``first``: dropped words struck, new words bold."""
    if quote_words(first) == quote_words(later):
        return Content.assemble(one_line(later, 400), ("  (same words)", "dim"))
    parts: list[Content] = []
    for op, words in word_diff(first, later):
        parts.append(Content.styled(one_line(words, 400), DIFF_STYLES.get(op, "")))
    return Content(" ").join(parts)


def occurrence_content(group: EchoGroup, index: int, here: str | None) -> Content:
    occurrence = group.occurrences[index]
    when = occurrence.day.strftime("%d %b %Y") if occurrence.day else "undated"
    speaker = one_line(occurrence.speaker, 60) if occurrence.speaker else "unnamed source"
    head = Content.assemble(
        (when, "bold"),
        " · ",
        one_line(occurrence.outlet, 40),
        " · ",
        (speaker, "$text-error" if group.speakers_disagree and occurrence.speaker_key else ""),
        ("  (this article)", "italic") if occurrence.article_id == here else "",
    )
    if index == 0:
        body = Content.assemble(("first seen: ", "dim"), one_line(occurrence.text, 400))
    else:
        body = diff_content(group.occurrences[0].text, occurrence.text)
    return Content("\n").join([head, body])


class EchoGroupDialog(ModalScreen[Occurrence | None]):
    """The occurrences of one echoed quote; Enter opens one at its place (the dialog returns it)."""

    # Textual focuses it once the children are composed (a dialog opened by a key typed
    # while the app quits never is, and must not fail on the missing field)
    AUTO_FOCUS = "OptionList"

    AREA = "echoes"
    CSS_PATH = [stylesheet("echoes.tcss")]
    BINDINGS = [
        Binding("escape,q", "dismiss", "Close", id="echoes.close"),
    ]

    def __init__(self, group: EchoGroup, here: str | None = None) -> None:
        super().__init__()
        self.group = group
        self.here = here

    def compose(self) -> ComposeResult:
        group = self.group
        with Vertical(id="echo-group"):
            least = "" if group.complete else "at least "  # echoed more widely than followed
            title = f"Echoes: this quote in {least}{counted(group.articles, 'article')}"
            yield Static(Content(title), classes="dialog-title")
            disagreement = group.disagreement()
            if disagreement:
                yield Static(
                    Content.styled(f"⚠ {one_line(disagreement, 300)}", "bold $text-error"),
                    id="echo-disagreement",
                )
            options = [
                Option(occurrence_content(group, i, self.here), id=str(i))
                for i in range(len(group.occurrences))
            ]
            yield OptionList(*options, id="echo-occurrences")
            yield Static(Content("enter opens it · escape closes"), classes="dialog-hint")

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.group.occurrences[int(event.option.id or 0)])

    def action_dismiss(self) -> None:
        self.dismiss(None)
