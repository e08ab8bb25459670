"""``reader analyze`` shows a running count on a terminal's stderr, and problems on lines of
their own."""

from __future__ import annotations

import io
import json
import sys

from invented import article

from reader import batch
from reader.nlp.versions import pipeline_version, resolve_model


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def screen(written: str) -> list[str]:
    """The lines a terminal shows for ``written`` (a carriage return goes back to column 0)."""
    lines = []
    for raw in written.split("\n"):
        shown: list[str] = []
        column = 0
        for char in raw:
            if char == "\r":
                column = 0
                continue
            if column < len(shown):
                shown[column] = char
            else:
                shown.append(char)
            column += 1
        lines.append("".join(shown).rstrip())
    return lines


def run(tmp_path, monkeypatch, stderr):
    path = tmp_path / "news.jsonl"
    good = [json.dumps({"text": article(i)}) for i in range(3)]
    path.write_text(f"{good[0]}\n{good[1]}\nnot json\n{good[2]}\n")
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setattr(batch.Progress, "every", 0.0)  # every change shown
    request = batch.Request((str(path),), resolve_model(None), pipeline_version())
    counts = batch.run(request, None, lambda line: stderr.write(f"reader: {line}\n"))
    return path, counts


def test_a_terminal_sees_the_count_and_each_problem_on_its_own_line(nlp, tmp_path, monkeypatch):
    terminal = Terminal()
    path, counts = run(tmp_path, monkeypatch, terminal)
    assert (counts.analysed, counts.failed) == (3, 1)
    problem, count, end = screen(terminal.getvalue())
    assert problem.startswith(f"reader: {path}:3: ") and "not JSON" in problem
    assert count.startswith("analysing: 3 done, 0 skipped, 1 failed (") and count.endswith("/s)")
    assert end == ""


def test_a_message_after_the_count_takes_the_line_and_the_count_comes_back():
    terminal = Terminal()
    progress = batch.Progress(terminal)
    progress.show(batch.Counts(analysed=12, skipped=3), force=True)
    progress.around(lambda line: terminal.write(f"reader: {line}\n"))("a.txt: no text")
    progress.close(batch.Counts(analysed=13, skipped=3, failed=1))
    message, count, end = screen(terminal.getvalue())
    assert message == "reader: a.txt: no text"
    assert count.startswith("analysing: 13 done, 3 skipped, 1 failed (") and end == ""


def test_no_count_when_stderr_is_not_a_terminal(nlp, tmp_path, monkeypatch):
    stderr = io.StringIO()
    path, _ = run(tmp_path, monkeypatch, stderr)
    [problem] = stderr.getvalue().splitlines()
    assert problem.startswith(f"reader: {path}:3: ")
