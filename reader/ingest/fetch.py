"""Fetch an article over HTTP(S), bounded in time and memory whatever the server sends.

The whole fetch (connecting, redirects, headers, body) has one deadline, ``source_seconds()``:
a server that sends a byte a second is given up, not waited for. The body is decompressed here,
a piece at a time, and counted after decompression, so a small body that inflates to gigabytes
("Content-Encoding: gzip, gzip") stops at the limit. Only HTML and text are read: a JSON, PDF or
image response is refused from its Content-Type before its body is read.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from reader.errors import IngestError
from reader.ingest.limits import (
    MAX_BYTES,
    MAX_REDIRECTS,
    READ_CHUNK,
    READ_TIMEOUT_SECONDS,
    source_seconds,
)

USER_AGENT = "reader/0.1 (+terminal news reader)"
_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}
"""Content types read with a known kind; any other ``text/*`` (or none) is sniffed."""
_PIECE = 64 * 1024
"""Largest piece one decompression step may produce."""


@dataclass
class Page:
    body: bytes
    charset: str | None
    """The charset the server declared, if any."""
    url: str
    """Where the page was found, after redirects."""
    kind: str | None
    """html or markdown from the Content-Type; None to sniff the body."""
    status: int = 200
    """200, or 304 (and no body) when asked with ``If-None-Match``/``If-Modified-Since``."""
    etag: str | None = None
    modified: str | None = None
    """The response's ETag and Last-Modified, to ask conditionally next time."""


def fetch_url(
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    kinds: Mapping[str, str] | None = None,
) -> Page:
    """The page at ``url``; ``IngestError`` with one line when it cannot be read as an article.

    ``headers`` are added to the request; ``kinds`` maps more content types to a kind (feeds
    ask for theirs this way)."""
    import httpx

    seconds = source_seconds()
    known = {**_KINDS, **(kinds or {})}
    try:
        return asyncio.run(asyncio.wait_for(_fetch(url, seconds, headers or {}, known), seconds))
    except TimeoutError:
        raise IngestError(f"gave up after {seconds:g} s (the server is too slow)") from None
    except httpx.TooManyRedirects:
        raise IngestError(f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.HTTPError as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise IngestError(f"could not fetch ({reason})") from None
    except zlib.error:
        raise IngestError("the page's compressed data is damaged") from None


async def _fetch(
    url: str, seconds: float, headers: Mapping[str, str], kinds: Mapping[str, str]
) -> Page:
    import httpx

    timeout = httpx.Timeout(min(READ_TIMEOUT_SECONDS, seconds))
    async with (
        httpx.AsyncClient(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=timeout,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        ) as client,
        client.stream("GET", url, headers=dict(headers)) as response,
    ):
        etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
        if response.status_code == 304:
            return Page(b"", None, str(response.url), None, 304, etag, modified)
        if response.is_error:
            raise IngestError(
                f"the server answered {response.status_code} {response.reason_phrase}".rstrip()
            )
        kind = _kind(response.headers.get("content-type", ""), kinds)
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > MAX_BYTES:
            raise IngestError(f"page is larger than {MAX_BYTES:,} bytes")
        layers = _decoders(response.headers.get_list("content-encoding", split_commas=True))
        body = bytearray()
        async for raw in response.aiter_raw(READ_CHUNK):
            for piece in _decoded(layers, raw):
                body += piece
                if len(body) > MAX_BYTES:
                    raise IngestError(f"page is larger than {MAX_BYTES:,} bytes")
        return Page(
            bytes(body), response.charset_encoding, str(response.url), kind, 200, etag, modified
        )


def _kind(content_type: str, kinds: Mapping[str, str]) -> str | None:
    media = content_type.split(";", 1)[0].strip().lower()
    if media in kinds:
        return kinds[media]
    if not media or media.startswith("text/"):
        return None
    raise IngestError(f"is {media[:60]}, not an article (reader reads HTML and plain text)")


class _Inflate:
    """One layer of gzip or deflate, giving its output ``_PIECE`` bytes at a time."""

    def __init__(self, encoding: str):
        self.gzip = encoding in ("gzip", "x-gzip")
        self._wbits = 31 if self.gzip else 15  # deflate: zlib-wrapped, or raw (below)
        self._z = zlib.decompressobj(self._wbits)
        self._started = False

    def decode(self, data: bytes) -> Iterator[bytes]:
        while data:
            try:
                out = self._z.decompress(data, _PIECE)
            except zlib.error:
                if self.gzip or self._started:
                    raise
                self._wbits = -15  # servers often send raw deflate under "deflate"
                self._z = zlib.decompressobj(self._wbits)
                out = self._z.decompress(data, _PIECE)
            self._started = True
            if out:
                yield out
            if self._z.eof:
                data = self._z.unused_data
                if not (self.gzip and data.startswith(b"\x1f\x8b")):
                    return  # anything after the stream is not part of the page
                self._z = zlib.decompressobj(self._wbits)  # the next gzip member
            else:
                data = self._z.unconsumed_tail


def _decoders(encodings: list[str]) -> list[_Inflate]:
    """Decoders in the order to apply them: the last encoding listed was applied last."""
    layers = []
    for encoding in reversed([e.strip().lower() for e in encodings]):
        if encoding in ("", "identity"):
            continue
        if encoding not in ("gzip", "x-gzip", "deflate"):
            raise IngestError(f"the page is compressed with {encoding[:30]}: not readable")
        layers.append(_Inflate(encoding))
    return layers


def _decoded(layers: list[_Inflate], data: bytes) -> Iterator[bytes]:
    if not layers:
        yield data
        return
    for piece in layers[0].decode(data):
        yield from _decoded(layers[1:], piece)
