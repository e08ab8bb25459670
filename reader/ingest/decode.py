"""Bytes from disk or the network to text, whatever the encoding claims.

Order: a byte-order mark; strict UTF-8 (exact, and most of the web); UTF-8 with a few broken
bytes; a charset the server declared (unless it claims UTF-8, which already failed);
charset-normalizer. Short texts often decode "cleanly" in several code pages, so among the
decodings charset-normalizer finds about equally plausible, the one most used on the web wins
(Windows-1252 over Baltic DOS pages, Shift-JIS over Korean). NUL characters mean a binary
file, which is refused rather than shown as garbage.
"""

from __future__ import annotations

import codecs

from reader.errors import IngestError
from reader.ingest.limits import MAX_BROKEN_UTF8_SHARE, MAX_BYTES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WEB_ORDER = tuple(
    [
        "cp1252",
        "shift_jis",
        "cp932",
        "gb18030",
        "gbk",
        "gb2312",
        "euc_jp",
        "big5",
        "cp1251",
        "euc_kr",
        "cp949",
        "cp1250",
        "iso8859_15",
        "iso8859_2",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "koi8_r",
        "iso8859_5",
        "cp874",
        "tis_620",
    ]
)
"""Legacy encodings roughly by how much of the web used them: the tie-breaker."""
_CHAOS_MARGIN = 0.05
"""charset-normalizer's "chaos" scores within this margin count as equally plausible."""


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text; ``IngestError`` when it is too large or not text."""
    if len(data) > MAX_BYTES:
        raise IngestError(f"file is too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    text = _decode(data, declared)
    if "\x00" in text:
        raise IngestError("contains NUL bytes: a binary file, not an article")
    return text


def _decode(data: bytes, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    if declared and _known(declared) and codecs.lookup(declared).name != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    return _guess(data)


def _known(encoding: str | None) -> bool:
    try:
        codecs.lookup(encoding or "")
    except LookupError:
        return False
    return True


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a bad paste, a cut download) stays UTF-8.

    Only when the file shows real UTF-8 too: a Latin-1 file's accents are also "broken UTF-8".
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid_non_ascii = sum(1 for ch in text if ch > "\x7f") - broken
    if broken <= MAX_BROKEN_UTF8_SHARE * len(text) and valid_non_ascii >= broken:
        return text
    return None


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise IngestError("not a text file (no text encoding fits its bytes)")
    least_chaos = min(match.chaos for match in matches)
    plausible = [match for match in matches if match.chaos <= least_chaos + _CHAOS_MARGIN]
    best = min(plausible, key=lambda match: (_web_rank(match.encoding), match.chaos))
    return str(best)


def _web_rank(encoding: str) -> int:
    name = codecs.lookup(encoding).name.replace("-", "_")
    aliases = {name, encoding.replace("-", "_")}
    ranks = [_WEB_ORDER.index(alias) for alias in aliases if alias in _WEB_ORDER]
    return min(ranks, default=len(_WEB_ORDER))
