"""Opening a URL in the app (#14): while the page is fetched the status line says so, and q quits
at once even when the server never answers (the fetch's own deadline is far away)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from test_fresh_home import run_in_terminal

from reader.tui.article.loading import waiting_words


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server on 127.0.0.1 that accepts connections and never sends a byte."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/story"
    stop.set()
    thread.join(2)
    for connection in held:
        connection.close()
    listener.close()


def test_the_status_line_names_a_page_being_fetched():
    assert waiting_words("https://example.com/a", None).startswith("Fetching https://example.com")
    assert waiting_words("notes.txt", None).startswith("Analysing")


def test_q_quits_at_once_while_a_page_is_being_fetched(tmp_path, silent_server):
    home = tmp_path / "home"
    home.mkdir()
    first_seen: list[float] = []

    def fetch_under_way() -> bool:  # a second after "Fetching" is drawn: blocked on the server
        first_seen[:1] = first_seen[:1] or [time.monotonic()]
        return time.monotonic() - first_seen[0] > 1

    # the fetch would wait 120 s for the server; quitting must not wait for it
    run_in_terminal(
        home,
        silent_server,
        wait_for=b"Fetching",
        then=fetch_under_way,
        quit_within=40,  # well under the 120 s the fetch would wait, even on a loaded machine
        env={"READER_SOURCE_SECONDS": "120", "COLUMNS": "120"},
    )
