"""Fetch an article over HTTP(S)."""

from __future__ import annotations

from reader.errors import IngestError
from reader.ingest.limits import MAX_BYTES

TIMEOUT_SECONDS = 20.0


def fetch_url(url: str) -> tuple[bytes, str | None, str]:
    """Return (body, declared charset, final URL)."""
    import httpx

    try:
        with httpx.stream(
            "GET",
            url,
            follow_redirects=True,
            timeout=TIMEOUT_SECONDS,
            headers={"User-Agent": "reader/0.1 (+terminal news reader)"},
        ) as response:
            response.raise_for_status()
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_BYTES:
                    raise IngestError(f"page is larger than {MAX_BYTES:,} bytes")
            return bytes(body), response.charset_encoding, str(response.url)
    except httpx.HTTPError as error:
        raise IngestError(f"could not fetch ({error})") from None
