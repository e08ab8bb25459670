"""The model in a process of its own, for the app.

Importing spaCy and loading the model take about a second of CPU under the interpreter lock.
In the app's own process that second would hold up drawing and typing; in a child process it
runs beside the app (on another core where there is one), and the app only receives finished
analyses. The child stays up between articles, so the model loads once per session, and it is
stopped (and started afresh for the next article) when an analysis is abandoned.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING, Any

from reader.errors import Cancelled, ReaderError, picklable
from reader.model import Analysis, Article

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

POLL_SECONDS = 0.05
"""How often a waiting analysis checks whether it was cancelled."""


_shared: dict[str, ModelProcess] = {}
_shared_lock = threading.Lock()


def model_process(model: str) -> ModelProcess:
    """This process's model process for ``model``: one, shared by every screen that needs it
    (it ends with this process)."""
    with _shared_lock:
        if model not in _shared:
            _shared[model] = ModelProcess(model)
        return _shared[model]


def stop_all() -> None:
    """Stop this process's model processes (at exit: nothing should load a model after it)."""
    with _shared_lock:
        for running in _shared.values():
            running.stop()


class ModelProcess:
    """A child process that loads ``model`` once and analyses one article at a time.

    Used through ``reader.runners.ModelProcess``, one of the runners of the one analysis path.
    """

    def __init__(self, model: str) -> None:
        self.model = model
        self._child: subprocess.Popen[bytes] | None = None
        self._connection: Connection | None = None
        self._fd: int | None = None
        """Our end of the socket until the first exchange wraps it in a ``Connection``:
        importing ``multiprocessing`` is not for the app's first frame."""
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start the child (it begins loading the model at once); no-op when it is running."""
        if self._child is not None and self._child.poll() is None:
            return
        self.stop()  # a child that died: its end of the socket goes with it
        ours, theirs = socket.socketpair()
        with theirs:
            # A process of its own (not a fork: the app has threads), with no terminal: the
            # screen belongs to the app.
            self._child = subprocess.Popen(
                [sys.executable, "-m", __name__, self.model, str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                # One BLAS thread: the model's matrices are small, and OpenBLAS's second thread
                # took CPU from the app's first frame (250 ms, or 400 ms at random, without it).
                env={**os.environ, "OPENBLAS_NUM_THREADS": "1"},
            )
        self._fd = ours.detach()

    def analyze(
        self,
        article: Article,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Analysis:
        """The analysis of ``article``, made in the child.

        ``progress(done, total)`` is called here as the child finishes each chunk. When
        ``cancelled()`` turns true, or ``progress`` raises, the child is stopped: ``Cancelled``
        (or what ``progress`` raised) comes out, and the next call starts a new child.
        """
        with self._lock:
            self.start()
            try:
                kind, value = self._exchange(article, progress, cancelled)
            except (EOFError, OSError):
                self.stop()
                raise ReaderError("the model process stopped unexpectedly") from None
            except BaseException:  # cancelled, or progress raised: the child is still busy
                self.stop()
                raise
        if kind == "error":
            raise value
        return value

    def _exchange(
        self,
        article: Article,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> tuple[str, Any]:
        """Send the article; pass progress on until the child answers ``done`` or ``error``."""
        if self._connection is None:
            from multiprocessing.connection import Connection

            assert self._fd is not None
            self._connection, self._fd = Connection(self._fd), None
        connection = self._connection
        connection.send(article)
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled
            if not connection.poll(POLL_SECONDS):
                continue
            kind, *payload = connection.recv()
            if kind == "progress":
                if progress is not None:
                    progress(*payload)
            else:
                return kind, payload[0]

    def stop(self) -> None:
        child, connection, fd = self._child, self._connection, self._fd
        self._child = self._connection = self._fd = None
        if connection is not None:
            connection.close()
        elif fd is not None:
            os.close(fd)
        if child is not None and child.poll() is None:
            child.kill()
            child.wait(timeout=5)


def serve(model: str, connection: Connection) -> None:
    """The child: load the model, then analyse each article sent, until the pipe closes."""
    from reader.nlp.pipeline import analyze, load_nlp

    with suppress(ReaderError):  # analyze() raises it again for each article: it is reported
        load_nlp(model)
    while True:
        try:
            article = connection.recv()
        except (EOFError, OSError):
            return
        try:
            analysis = analyze(article, model, progress=partial(_send, connection, "progress"))
            _send(connection, "done", analysis)
        except Exception as error:  # a bug on one article: reported for it, the child goes on
            _send(connection, "error", picklable(error))


def _send(connection: Connection, *message: object) -> None:
    connection.send(message)


if __name__ == "__main__":
    from multiprocessing.connection import Connection

    serve(sys.argv[1], Connection(int(sys.argv[2])))
