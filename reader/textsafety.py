"""Untrusted article text made safe to show in a terminal, offsets unchanged.

Control characters (C0, DEL, C1), bidi overrides, zero-width and other invisible formatting
characters are replaced one for one by visible stand-ins, as ``less`` shows ``^[``: an ESC can
never reach the terminal as an escape sequence, and since each character maps to exactly one
character, every offset computed on the original text still points at the same place.

Ingest already turns control characters into stand-ins (``without_controls``), so stored
texts, JSONL and exports never carry them; bidi and zero-width characters stay in the text
(Arabic, Hebrew, Persian and emoji need them) and only ``visible()`` shows them on screen.
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
    "\u061c",  # Arabic letter mark
    "\u180e",  # Mongolian vowel separator
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",  # bidi embeddings and overrides
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",  # bidi isolates
    *(chr(code) for code in range(0x2061, 0x2065)),  # invisible operators
    *(chr(code) for code in range(0x206A, 0x2070)),  # deprecated format controls
    *(chr(code) for code in range(0xFFF9, 0xFFFC)),  # interlinear annotation
    "\U000e0001",
    *(chr(code) for code in range(0xE0020, 0xE0080)),  # tag characters (hidden ASCII)
}
_VISIBLE_INVISIBLE = "\u2423"  # ␣ stands in for a character that would otherwise hide
_LINE_BREAKS = {"\u2028": "\u2424", "\u2029": "\u00b6"}  # ␤ ¶: not line breaks on screen

_CONTROLS: dict[int, str] = dict(_CONTROL_PICTURES)
_CONTROLS.update({code: "\ufffd" for code in range(0x80, 0xA0)})  # C1 controls, including CSI

_TABLE: dict[int, str] = {code: pic for code, pic in _CONTROLS.items() if chr(code) not in _KEEP}
_TABLE.update({ord(ch): _VISIBLE_INVISIBLE for ch in _INVISIBLE})
_TABLE.update({ord(ch): shown for ch, shown in _LINE_BREAKS.items()})


def visible(text: str) -> str:
    """``text`` with every control or invisible formatting character shown as a visible one."""
    return text.translate(_TABLE)


def without_controls(text: str, keep: str = "\n\t") -> str:
    """``text`` with control characters (C0 but ``keep``, DEL, C1) as stand-ins, 1:1."""
    if keep == "\n\t":
        return text.translate(_CONTROLS_BUT_LAYOUT)
    table = {code: pic for code, pic in _CONTROLS.items() if chr(code) not in keep}
    return text.translate(table)


_CONTROLS_BUT_LAYOUT = {code: pic for code, pic in _CONTROLS.items() if chr(code) not in _KEEP}


def one_line(text: str, limit: int = 200) -> str:
    """A title, name or file name for a single line: safe, whitespace folded, shortened."""
    folded = " ".join(visible(text).split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"
