"""Market data codes in financial news ("CMZN3", "NOK=", "HOc1"): neither names nor figures."""

from __future__ import annotations

import re

_CONTINUOUS = re.compile(r"[A-Z]{2,}c[0-9]{1,2}")
_INSTRUMENT = re.compile(r"\.?[A-Z0-9]{2,}[a-z]?[0-9A-Z]*(?:=[A-Z]*|\.[A-Z]{1,2})?")


def instrument_code(text: str) -> bool:
    """A market data code: "CMZN3", "NOK=", "HOc1", "DE10YT=RR", ".FTXH00000PUS"."""
    if "=" in text or text.startswith("."):
        return _INSTRUMENT.fullmatch(text) is not None
    if _CONTINUOUS.fullmatch(text):
        return True  # a futures contract: "HOc1", "NGc2"
    letters = sum(ch.isupper() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    return letters >= 4 and digits >= 1 and bool(_INSTRUMENT.fullmatch(text))
