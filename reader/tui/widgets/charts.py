"""Small charts in the theme's colours (textual-plotext): top speakers, quotes per day."""

from __future__ import annotations

from datetime import date, timedelta

from textual.app import RenderResult
from textual.color import Color
from textual_plotext import PlotextPlot

from reader.textsafety import one_line


def _rgb(plot: PlotextPlot, variable: str) -> tuple[int, int, int]:
    return Color.parse(plot.app.theme_variables.get(variable, "#888888")).rgb


class ThemedPlot(PlotextPlot):
    """A plot built from its data at each render, for the size it has then, in the colours
    of the app's theme at that moment."""

    def on_mount(self) -> None:
        super().on_mount()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh())

    def draw(self) -> None:
        self.refresh()

    def render(self) -> RenderResult:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        self.plot_data()
        return super().render()  # sets the size, and the theme's canvas and text colours

    def plot_data(self) -> None:
        raise NotImplementedError


def count_ticks(largest: int, room: int) -> list[int]:
    """Whole-number ticks from 0 to ``largest``, at most ``room`` of them."""
    step = max(1, -(-largest // max(1, room - 1)))
    return list(range(0, largest + step, step))


class TopSpeakers(ThemedPlot):
    """Horizontal bars: the most quoted speakers, most first."""

    def __init__(self, *, id: str | None = None, limit: int = 10) -> None:
        super().__init__(id=id)
        self.limit = limit
        self.rows: list[tuple[str, int]] = []

    def show(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows
        self.draw()

    def plot_data(self) -> None:
        plt = self.plt
        plt.title("Most quoted")
        if not self.rows:
            return
        # One bar a row, the most quoted on top: plotext draws thin bars exactly, so the
        # chart always has as many bars as rows (empty ones below the last speaker).
        room = max(1, self.size.height - 4)
        rows = self.rows[: min(self.limit, room)]
        width = max(8, self.size.width // 3)
        names = [one_line(name, width) for name, _ in rows] + [""] * (room - len(rows))
        counts = [count for _, count in rows] + [0] * (room - len(rows))
        places = list(range(room))[::-1]
        plt.bar(places, counts, orientation="horizontal", color=_rgb(self, "primary"), width=0.1)
        plt.yticks(places, names)
        plt.ylim(-0.5, room - 0.5)
        ticks = count_ticks(max(counts), max(2, self.size.width // 8))
        plt.xticks(ticks)
        plt.xlim(0, ticks[-1])


class QuotesPerDay(ThemedPlot):
    """Vertical bars: quotes per day over the chosen articles (per week or month when the
    days would not fit), on a time axis: days without quotes are gaps."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.days: list[tuple[date, int]] = []

    def show(self, days: list[tuple[date, int]]) -> None:
        self.days = days
        self.draw()

    def plot_data(self) -> None:
        plt = self.plt
        if not self.days:
            plt.title("Quotes per day")
            return
        first = self.days[0][0]
        span = (self.days[-1][0] - first).days
        unit, size = next(
            ((name, days) for name, days in TIME_UNITS if span // days <= 2 * self.size.width),
            TIME_UNITS[-1],
        )
        plt.title(f"Quotes per {unit}")
        buckets: dict[int, int] = {}
        for day, count in self.days:
            slot = (day - first).days // size
            buckets[slot] = buckets.get(slot, 0) + count
        slots = span // size
        plt.bar(
            list(range(slots + 1)),
            [buckets.get(slot, 0) for slot in range(slots + 1)],
            color=_rgb(self, "accent"),
            width=0.3,  # plotext draws wider bars over their neighbours
        )
        marks = spaced_marks(slots, self.size.width, len(_day_label(first, span)))
        labels = [_day_label(first + timedelta(days=m * size), span) for m in marks]
        plt.xticks(marks, labels)
        plt.xlim(-1, slots + 1)
        ticks = count_ticks(max(buckets.values()), max(2, self.size.height // 3))
        plt.yticks(ticks)
        plt.ylim(0, ticks[-1])


TIME_UNITS = (("day", 1), ("week", 7), ("month", 30), ("year", 365))


def spaced_marks(slots: int, width: int, label: int) -> list[int]:
    """The first, middle and last slot, as many as fit without their labels touching (plotext
    places touching labels differently from run to run)."""
    columns = max(10, width - 8) / (slots + 2)  # the plot's width, less its axis and frame
    gap = (label + 2) / columns
    marks = [0]
    if slots // 2 >= gap and slots - slots // 2 >= gap:
        marks.append(slots // 2)
    if slots >= gap:
        marks.append(slots)
    return marks


def _day_label(day: date, span: int) -> str:
    return day.isoformat() if span > 300 else day.strftime("%d %b")
