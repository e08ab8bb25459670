"""Start-up leanness: keep heavy optional imports out of paths that do not need them."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

OPTIONAL_EXTRAS = ("numpy", "pandas")
"""sqlite-utils imports these when present, only to map their scalar types to column types.
reader never stores numpy or pandas values, and importing numpy costs a reopen ~0.1–0.4 s."""


def import_without_extras(name: str) -> ModuleType:
    """Import ``name`` as if numpy and pandas were absent, unless something already loaded them.

    Later imports of numpy (spaCy's) are unaffected: the block is lifted before returning.
    """
    blocked = [extra for extra in OPTIONAL_EXTRAS if extra not in sys.modules]
    for extra in blocked:
        sys.modules[extra] = None  # type: ignore[assignment]  # makes `import extra` fail
    try:
        return importlib.import_module(name)
    finally:
        for extra in blocked:
            if sys.modules.get(extra, ...) is None:
                del sys.modules[extra]
