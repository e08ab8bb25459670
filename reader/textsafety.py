"""Untrusted article text made safe to show in a terminal, offsets unchanged.

Control characters (C0, DEL, C1), bidi overrides and zero-width characters are replaced one
for one by visible stand-ins, as ``less`` shows ``^[``: an ESC can never reach the terminal as
an escape sequence, and since each character maps to exactly one character, every offset
computed on the original text still points at the same place in the shown text.
"""

from __future__ import annotations

_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
_CONTROL_PICTURES[0x7F] = "\u2421"  # ␡
_KEEP = {"\n", "\t"}
_INVISIBLE = {
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u2060",
    "\ufeff",  # zero-width, marks
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",  # bidi embeddings and overrides
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",  # bidi isolates
}
_VISIBLE_INVISIBLE = "\u2423"  # ␣ stands in for a character that would otherwise hide

_TABLE: dict[int, str] = {
    code: pic for code, pic in _CONTROL_PICTURES.items() if chr(code) not in _KEEP
}
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})  # C1 controls, including CSI
_TABLE.update({ord(ch): _VISIBLE_INVISIBLE for ch in _INVISIBLE})


def visible(text: str) -> str:
    """``text`` with every control or invisible formatting character shown as a visible one."""
    return text.translate(_TABLE)


def one_line(text: str, limit: int = 200) -> str:
    """A title, name or file name for a single line: safe, whitespace folded, shortened."""
    folded = " ".join(visible(text).split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"
