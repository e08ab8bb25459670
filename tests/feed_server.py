"""A local HTTP server on 127.0.0.1 for feed tests: routes set by the test, requests counted.

Started by the test and shut down after it; every request it serves is answered at once, and
the clients under test have their own time limits, so nothing here can hang a test run.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    """When set, a request with this If-None-Match is answered 304."""


Route = Reply | Callable[[dict[str, str]], Reply]


@dataclass
class FeedServer:
    base: str
    routes: dict[str, Route]
    hits: Counter[str] = field(default_factory=Counter)
    requests: list[tuple[str, dict[str, str], float]] = field(default_factory=list)
    """(path, headers, time.monotonic()) of each request, in order."""

    def url(self, path: str) -> str:
        return self.base + path


LAST_MODIFIED = formatdate(1772442000, usegmt=True)  # 2 March 2026


@contextmanager
def feed_server(routes: dict[str, Route] | None = None) -> Iterator[FeedServer]:
    state: FeedServer | None = None

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            assert state is not None
            path = self.path.split("?", 1)[0]
            headers = {k.lower(): v for k, v in self.headers.items()}
            state.hits[path] += 1
            state.requests.append((path, headers, time.monotonic()))
            route = state.routes.get(path, Reply(404, b"not here", "text/plain"))
            reply = route(headers) if callable(route) else route
            if reply.etag and headers.get("if-none-match") == reply.etag:
                self.send_response(304)
                self.send_header("ETag", reply.etag)
                self.end_headers()
                return
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            if reply.etag:
                self.send_header("ETag", reply.etag)
                self.send_header("Last-Modified", LAST_MODIFIED)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state = FeedServer(f"http://127.0.0.1:{server.server_address[1]}", dict(routes or {}))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
