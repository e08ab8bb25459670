"""Opening a URL in the app (#14): while the page is fetched the status line says so, and q quits
at once even when the server never answers (the fetch's own deadline is far away)."""

from __future__ import annotations

import contextlib
import os
import pty
import select
import socket
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest
from test_fresh_home import READER, fresh_env

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
    env = {**fresh_env(home), "READER_SOURCE_SECONDS": "120", "COLUMNS": "120"}
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [str(READER), silent_server],
        env=env,
        cwd=home,
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        close_fds=True,
    )
    os.close(secondary)
    drawn = b""

    def read_for(seconds: float, until: bytes | None = None) -> None:
        nonlocal drawn
        end = time.monotonic() + seconds
        while time.monotonic() < end and process.poll() is None:
            if until is not None and until in drawn:
                return
            ready, _, _ = select.select([main], [], [], 0.1)
            if ready:
                with contextlib.suppress(OSError):
                    drawn += os.read(main, 65536)

    try:
        read_for(90, until=b"Fetching")
        assert b"Fetching" in drawn, drawn[-2000:]
        read_for(1)  # the fetch is under way, blocked on the silent server
        os.write(main, b"q")
        pressed = time.monotonic()
        while process.poll() is None and time.monotonic() - pressed < 20:
            read_for(0.2)
        waited = time.monotonic() - pressed
        assert process.poll() == 0, drawn[-2000:]
        # the fetch would have waited 120 s for the server; quitting waits for nothing but a
        # few seconds' grace for other work
        assert waited < 10, waited
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main)
    assert b"Traceback" not in drawn
