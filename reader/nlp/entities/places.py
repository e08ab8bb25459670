"""Well-known place names from standard data, so "Kyiv" is never a person.

Countries and territories come from the Unicode CLDR (through Babel, already installed with
trafilatura), cities from the IANA time-zone database (``zoneinfo``, standard library). Neither is
a list written for this project; both change only with the world.
"""

from __future__ import annotations

import functools

_AREAS = frozenset(
    {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}
)


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
            area, _, city = zone.partition("/")
            # cities of the world's areas only: not "US/Central", "Etc/Zulu", nor the
            # Antarctic stations named after people ("Antarctica/Davis")
            if area in _AREAS and city and "/" not in city and not city.isupper():
                names.add(city.replace("_", " ").lower())
    except (ImportError, OSError):
        pass
    names -= {"unknown", "north", "south", "east", "west"}  # "Australia/North" and the like
    return frozenset(names)


@functools.cache
def country_initials() -> frozenset[str]:
    """Lower-cased initials of the countries named in several words ("uk", "uae"), from the same
    CLDR data; bodies such as the European Union and the United Nations are no country there."""
    try:
        from babel import Locale
        from babel.core import get_global

        countries = get_global("territory_languages").keys()
        names = [name for code, name in Locale("en").territories.items() if code in countries]
    except (ImportError, ValueError, KeyError):
        return frozenset()
    initials = ("".join(w[0] for w in name.split() if w[:1].isupper()) for name in names)
    return frozenset(i.lower() for i in initials if len(i) >= 2)
