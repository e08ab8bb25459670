"""Well-known place names from standard data, so "Kyiv" is never a person.

Countries and territories come from the Unicode CLDR (through Babel, already installed with
trafilatura), cities from the IANA time-zone database (``zoneinfo``, standard library). Neither is
a list written for this project; both change only with the world.
"""

from __future__ import annotations

import functools


@functools.cache
def known_places() -> frozenset[str]:
    """Lower-cased names of countries, territories, regions and time-zone cities."""
    names: set[str] = set()
    try:
        from babel import Locale

        names.update(name.lower() for name in Locale("en").territories.values())
    except (ImportError, ValueError):  # Babel missing or without English data
        pass
    try:
        import zoneinfo

        for zone in zoneinfo.available_timezones():
            if "/" in zone:
                names.add(zone.rsplit("/", 1)[-1].replace("_", " ").lower())
    except (ImportError, OSError):
        pass
    names.discard("unknown")
    return frozenset(names)
