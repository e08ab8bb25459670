"""The sidebar's list of folding sections (``widgets/fold_list.py``): keys, the mouse, what is
posted, and that only the rows on screen are ever labelled."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from reader.tui.widgets.fold_list import Fold, FoldList


class Names(FoldList[str]):
    def __init__(self) -> None:
        super().__init__(id="names")
        self.labelled: list[str] = []

    def row_label(self, row: str, width: int) -> Text:
        self.labelled.append(row)
        return Text(row)


class NamesApp(App):
    def __init__(self, folds: list[Fold[str]]) -> None:
        super().__init__()
        self.folds = folds
        self.heard: list[tuple[str, str]] = []

    def compose(self) -> ComposeResult:
        yield Names()

    def on_mount(self) -> None:
        names = self.query_one(Names)
        names.show_folds(self.folds)
        names.focus()

    def on_fold_list_chosen(self, event: FoldList.Chosen) -> None:
        self.heard.append(("chosen", event.row))

    def on_fold_list_passed(self, event: FoldList.Passed) -> None:
        self.heard.append(("passed", event.row))


def folds(*sections: tuple[str, list[str]], more: str | None = None) -> list[Fold[str]]:
    made = [Fold(key, Text(key), rows, expanded=True) for key, rows in sections]
    if more:
        made[-1].more = Text(more)
    return made


def lines(names: Names) -> list[str]:
    return [names.render_line(y).text.rstrip() for y in range(names.size.height)]


async def test_space_and_enter_fold_a_heading_and_the_cursor_stays_on_it():
    app = NamesApp(folds(("people", ["Ada", "Bo"]), ("places", ["Oslo"])))
    async with app.run_test(size=(40, 10)) as pilot:
        names = app.query_one(Names)
        await pilot.press("down")  # from no cursor to the first line: the heading
        assert names.cursor_item() == (names.folds["people"], -1)
        await pilot.press("space")
        assert lines(names)[:2] == ["▶ people", "▼ places"]
        await pilot.press("enter")
        assert lines(names)[:3] == ["▼ people", "├ Ada", "└ Bo"]
        assert names.cursor_line == 0 and app.heard == []


async def test_enter_chooses_a_row_and_passing_is_said_once_per_row():
    app = NamesApp(folds(("people", ["Ada", "Bo"]), ("places", ["Oslo"])))
    async with app.run_test(size=(40, 10)) as pilot:
        names = app.query_one(Names)
        names.move_cursor("Oslo")
        await pilot.pause()
        names.collapse("people")  # the row under the cursor moves up: it is not passed again
        await pilot.pause()
        assert names.cursor_row == "Oslo"
        await pilot.press("enter", "up", "up")
        await pilot.pause()
        assert app.heard == [("passed", "Oslo"), ("chosen", "Oslo")]
        assert names.cursor_item() == (names.folds["people"], -1)


async def test_a_click_on_a_row_chooses_it_and_on_the_icon_folds_without_moving_the_cursor():
    app = NamesApp(folds(("people", ["Ada", "Bo"]), ("places", ["Oslo"])))
    async with app.run_test(size=(40, 10)) as pilot:
        names = app.query_one(Names)
        await pilot.click(Names, offset=(3, 2))  # "└ Bo"
        await pilot.pause()
        assert ("chosen", "Bo") in app.heard and names.cursor_row == "Bo"
        await pilot.click(Names, offset=(0, 3))  # the places heading's icon
        await pilot.pause()
        assert names.folds["places"].expanded is False and names.cursor_row == "Bo"


async def test_a_more_line_closes_a_capped_section_and_choosing_it_does_nothing():
    app = NamesApp(folds(("quotes", ["one", "two"]), more="… 5 more"))
    async with app.run_test(size=(40, 10)) as pilot:
        names = app.query_one(Names)
        assert lines(names)[:4] == ["▼ quotes", "├ one", "├ two", "└ … 5 more"]
        await pilot.press("end", "enter")
        await pilot.pause()
        assert names.cursor_line == 3 and all(kind != "chosen" for kind, _ in app.heard)


async def test_only_the_rows_on_screen_are_labelled():
    many = [f"row {n}" for n in range(10_000)]
    app = NamesApp(folds(("people", many), ("places", ["Oslo"])))
    async with app.run_test(size=(40, 12)) as pilot:
        names = app.query_one(Names)
        await pilot.pause()
        assert 0 < len(set(names.labelled)) <= 12
        names.labelled.clear()
        await pilot.press("end")
        await pilot.pause()
        assert lines(names)[-2:] == ["▼ places", "└ Oslo"]
        assert set(names.labelled) <= {f"row {n}" for n in range(9_985, 10_000)} | {"Oslo"}


async def test_a_click_on_a_line_drawn_before_the_sections_changed_does_nothing():
    from rich.style import Style
    from textual import events

    app = NamesApp(folds(("people", ["Ada", "Bo"]), ("places", ["Oslo"])))
    async with app.run_test(size=(40, 10)) as pilot:
        names = app.query_one(Names)
        drawn = next(seg.style for seg in names.render_line(4) if "Oslo" in seg.text)
        assert drawn.meta["line"] == 4
        names.show_folds(folds(("people", ["Ada"])))  # two lines now
        for style in (drawn, drawn + Style.from_meta({"toggle": True})):
            names.post_message(events.Click(names, 2, 4, 0, 0, 1, False, False, False, style=style))
            await pilot.pause()
        assert app.heard == [] and names.cursor_line == -1
