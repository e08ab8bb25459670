"""Bytes from disk or the network to text, whatever the encoding claims."""

from __future__ import annotations

from reader.errors import IngestError
from reader.ingest.limits import MAX_BYTES


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``: UTF-8 first (the common case, and exact), then charset-normalizer."""
    if len(data) > MAX_BYTES:
        raise IngestError(f"file is too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError("not a text file (no text encoding fits its bytes)")
    return str(best)
