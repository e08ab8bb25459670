"""Every source is bounded in memory and time: the real console script, in a process of its
own, on inputs that used to take gigabytes or never end. Each must end in one line on stderr,
exit != 0, under 250 MB of peak RSS (measured with wait4) and well under 60 s."""

from __future__ import annotations

import gzip
import http.server
import os
import subprocess
import tempfile
import threading
import time
import zlib
from pathlib import Path

import pytest
from process_bounds import assert_one_line_within_bounds, run_reader


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_at_the_size_limit(tmp_path, device):
    run = run_reader("analyze", device, cwd=tmp_path)
    assert_one_line_within_bounds(run, device, "too large")


def test_endless_stdin_is_refused_at_the_size_limit(tmp_path):
    run = run_reader("analyze", "-", cwd=tmp_path, stdin_path="/dev/zero")
    assert_one_line_within_bounds(run, "too large")


def test_a_huge_sparse_file_is_refused_from_its_size(tmp_path):
    sparse = tmp_path / "sparse.txt"
    with sparse.open("wb") as handle:
        handle.truncate(1 << 30)
    run = run_reader("analyze", str(sparse), cwd=tmp_path)
    assert_one_line_within_bounds(run, "1,073,741,824 bytes")
    assert run.seconds < 20


def test_a_fifo_nobody_writes_to_gives_up(tmp_path):
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    run = run_reader("analyze", str(fifo), cwd=tmp_path)
    assert_one_line_within_bounds(run, "nothing arrived in 2 s")


def test_a_fifo_with_a_writer_is_read(tmp_path):
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)

    def write() -> None:
        time.sleep(0.5)
        with fifo.open("w") as handle:
            handle.write("A short article.\n\nIt has two paragraphs.\n")

    threading.Thread(target=write, daemon=True).start()
    from reader.ingest import load_article

    assert load_article(str(fifo)).text.startswith("A short article.")


@pytest.fixture
def deep_tree():
    """A folder 1,200 levels deep, made outside pytest's temp folders: ``shutil.rmtree`` (which
    pytest uses to clean them) recurses, and would fail on it in any later session."""
    root = Path(tempfile.mkdtemp(prefix="reader-deep-"))
    fd = os.open(root, os.O_RDONLY)
    try:  # relative to a folder descriptor: the whole path is far beyond PATH_MAX
        for _ in range(1200):
            os.mkdir("d", dir_fd=fd)
            inner = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        os.close(fd)
        yield root
    finally:
        subprocess.run(["rm", "-rf", str(root)], check=False)  # coreutils rm does not recurse


def test_a_very_deep_folder_tree_is_one_line(tmp_path, deep_tree):
    run = run_reader("analyze", str(deep_tree), cwd=tmp_path)
    assert_one_line_within_bounds(run, "no article files", "levels down were not searched")


def test_an_empty_folder_is_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    run = run_reader("analyze", str(tmp_path / "empty"), cwd=tmp_path)
    assert_one_line_within_bounds(run, "no article files")


def test_articles_within_the_depth_limit_are_found_and_deeper_ones_reported(tmp_path):
    from reader.ingest import expand_sources
    from reader.ingest.limits import MAX_FOLDER_DEPTH

    root = tmp_path / "tree"
    shallow = root / "a" / "b"
    shallow.mkdir(parents=True)
    (shallow / "one.txt").write_text("One.")
    deep = root.joinpath(*["d"] * (MAX_FOLDER_DEPTH + 2))
    deep.mkdir(parents=True)
    (deep / "lost.txt").write_text("Too deep.")
    (root / "notes.pdf").write_text("not an article")
    found = expand_sources([str(root)])
    assert found.paths == [str(shallow / "one.txt")]
    [problem] = found.problems
    assert f"more than {MAX_FOLDER_DEPTH} levels down" in problem


# Downloads -----------------------------------------------------------------------------


def _double_gzip_bomb(megabytes: int) -> bytes:
    """A few hundred bytes that inflate, through two layers of gzip, to ``megabytes`` of zeros."""
    compressor = zlib.compressobj(1, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    inner = b"".join([compressor.compress(block) for _ in range(megabytes)] + [compressor.flush()])
    return gzip.compress(inner, 9)


class _Hostile(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    bomb = b""

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, content_type: str, body: bytes, *headers: tuple[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        if self.path == "/bomb":
            self._send("text/html", self.bomb, ("Content-Encoding", "gzip, gzip"))
        elif self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.5)
            except OSError:
                pass
        elif self.path == "/json":
            self._send("application/json", b'{"title": "not an article"}')
        elif self.path == "/pdf":
            self._send("application/pdf", b"%PDF-1.4\n" + b"x" * 2000)
        elif self.path == "/image":
            self._send("image/png", b"\x89PNG\r\n\x1a\n" + bytes(2000))
        elif self.path == "/gzip-page":
            page = b"<html><body><article><p>" + b"Words in a real page. " * 40
            self._send(
                "text/html",
                gzip.compress(page + b"</p></article></body></html>"),
                ("Content-Encoding", "gzip"),
            )
        else:
            self.send_error(404)


@pytest.fixture(scope="module")
def server():
    _Hostile.bomb = _double_gzip_bomb(512)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_decompression_bomb_stops_at_the_size_limit(server, tmp_path):
    assert len(_Hostile.bomb) < 10_000
    run = run_reader("analyze", f"{server}/bomb", cwd=tmp_path)
    assert_one_line_within_bounds(run, "larger than 33,554,432 bytes")


def test_a_server_sending_a_byte_at_a_time_is_given_up(server, tmp_path):
    run = run_reader("analyze", f"{server}/slow", cwd=tmp_path)
    assert_one_line_within_bounds(run, "gave up after 2 s")
    assert run.seconds < 15


@pytest.mark.parametrize(
    ("path", "media"),
    [("/json", "application/json"), ("/pdf", "application/pdf"), ("/image", "image/png")],
)
def test_a_response_that_is_not_html_or_text_is_one_line(server, tmp_path, path, media):
    run = run_reader("analyze", server + path, cwd=tmp_path)
    assert_one_line_within_bounds(run, media, "not an article")


def test_a_missing_page_is_one_line(server, tmp_path):
    from reader.errors import IngestError
    from reader.ingest import load_article

    with pytest.raises(IngestError, match="answered 404"):
        load_article(f"{server}/missing")


def test_a_gzipped_page_is_read(server):
    from reader.ingest import load_article

    article = load_article(f"{server}/gzip-page")
    assert "Words in a real page." in article.text
