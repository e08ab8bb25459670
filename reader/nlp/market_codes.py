"""Market data codes in financial news ("CMCU3", "GBP=", "CLc1"): neither names nor figures."""

from __future__ import annotations

import re

_CONTINUOUS = re.compile(r"[A-Z]{2,}c[0-9]{1,2}")
_INSTRUMENT = re.compile(r"\.?[A-Z0-9]{2,}[a-z]?[0-9A-Z]*(?:=[A-Z]*|\.[A-Z]{1,2})?")


def instrument_code(text: str) -> bool:
    """A market data code: "CMCU3", "GBP=", "CLc1", "US10YT=RR", ".MIWD00000PUS", "AAPL.O"."""
    if "=" in text or text.startswith("."):
        return _INSTRUMENT.fullmatch(text) is not None
    if _CONTINUOUS.fullmatch(text):
        return True  # a futures contract: "CLc1", "LCOc1"
    letters = sum(ch.isupper() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    return letters >= 4 and digits >= 1 and bool(_INSTRUMENT.fullmatch(text))
