"""Run the real app (or the bare Textual floor) headless and leave at a chosen moment.

Usage: python bench/app_probe.py MODE FILE [--db PATH]

MODE is one of
  floor            a bare Textual app showing FILE's text in a Static: leave on first paint
  text             reader on FILE: leave on the first paint that shows the article text
  highlights       reader on FILE: leave on the first paint after the analysis was put on screen
  scroll           reader on FILE: report text-visible time, then keypress→repaint latencies
                   while the analysis runs, and peak memory (JSON on stdout)

The process leaves with ``os._exit`` at that moment, so its wall time (measured outside, by
``/usr/bin/time``) is the time to that paint, interpreter start-up and imports included. The
hook is a subclass that records each frame the compositor produces (``App._display``); nothing
here is added to the app itself.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

SIZE = (100, 40)


def leave() -> None:
    """Exit now; a model process is stopped and waited for first (its CPU time then counts)."""
    if "reader.nlp.model_process" in sys.modules:
        sys.modules["reader.nlp.model_process"].stop_all()
    sys.stdout.flush()
    os._exit(0)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_floor(path: str) -> None:
    from textual.app import App, ComposeResult
    from textual.containers import VerticalScroll
    from textual.content import Content
    from textual.widgets import Static

    text = Path(path).read_text(encoding="utf-8")

    class Floor(App):
        CSS = "#article { padding: 1 2; }"

        def compose(self) -> ComposeResult:
            with VerticalScroll(id="article"):
                yield Static(Content(text))

        def _display(self, screen, renderable) -> None:
            super()._display(screen, renderable)
            if renderable is not None:
                leave()

    Floor().run(headless=True, size=SIZE)


def install_probe(mode: str) -> None:
    """Put the probe's app and article screen in place of reader's own."""
    from textual import events

    import reader.tui.app
    from reader.tui.app import ReaderApp
    from reader.tui.screens.article import ArticleScreen

    class Probe(ReaderApp):
        """Knows when the text and the highlights are on screen, and leaves then."""

        text_shown = False
        highlights_ready = False
        frame_waiters: list = []

        def _display(self, screen, renderable) -> None:
            super()._display(screen, renderable)
            if renderable is None:
                return
            now = time.perf_counter()
            for waiter in self.frame_waiters:
                waiter(now)
            self.frame_waiters.clear()
            if mode == "highlights" and self.highlights_ready:
                leave()
            if mode == "text" and self.text_shown:
                leave()
            if mode == "scroll" and self.text_shown and not getattr(self, "scrolling", False):
                self.scrolling = True
                self.run_worker(self.scroll_test())

        async def next_frame_after(self, key: str) -> float:
            import asyncio

            loop = asyncio.get_running_loop()
            done = loop.create_future()
            self.frame_waiters.append(lambda at: loop.call_soon(done.set_result, at))
            start = time.perf_counter()
            self._driver.send_message(events.Key(key, None))
            return (await done) - start

        async def scroll_test(self) -> None:
            visible_s = time.time() - float(os.environ["BENCH_T0"])
            rss_visible = peak_rss_mb()
            latencies = []
            for key in ["down"] * 20 + ["pagedown"] * 20 + ["up"] * 10 + ["end", "home"]:
                latencies.append(await self.next_frame_after(key) * 1000)
            latencies.sort()
            result = {
                "text_visible_s": visible_s,
                "keys": len(latencies),
                "latency_ms_median": latencies[len(latencies) // 2],
                "latency_ms_p90": latencies[int(len(latencies) * 0.9)],
                "latency_ms_max": latencies[-1],
                "peak_rss_mb_at_text": rss_visible,
                "peak_rss_mb_after_scroll": peak_rss_mb(),
            }
            print(json.dumps(result))
            leave()

    class ProbeScreen(ArticleScreen):
        def show_text(self, article) -> None:
            super().show_text(article)
            self.app.text_shown = True
            self.refresh()

        def show_analysis(self, analysis, highlights) -> None:
            super().show_analysis(analysis, highlights)
            self.app.highlights_ready = True
            self.refresh()

    class Headless(Probe):
        def run(self, **options):
            return super().run(headless=True, size=SIZE)

    reader.tui.app.ArticleScreen = ProbeScreen  # the screen the app opens FILE in
    reader.tui.app.ReaderApp = Headless


def run_reader(mode: str, path: str, db: str | None) -> None:
    """Start reader the way a user does (``reader open FILE``, through the command line).

    The command glances at the article (``open_ahead``) before it imports the app; the probe
    puts its classes in place right then, so Textual is imported at the same moment as in a
    real start.
    """
    import reader.processing
    from reader.cli import cli

    real_open_ahead = reader.processing.open_ahead

    def open_ahead(*args):
        found = real_open_ahead(*args)
        install_probe(mode)
        return found

    reader.processing.open_ahead = open_ahead
    cli(["open", path, *(["--db", db] if db else [])], standalone_mode=False)


def main(argv: list[str]) -> None:
    mode, path = argv[0], argv[1]
    db = argv[argv.index("--db") + 1] if "--db" in argv else None
    if mode == "floor":
        run_floor(path)
    else:
        run_reader(mode, path, db)
    print("the app exited before the probe's moment", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
