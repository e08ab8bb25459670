"""reader: read news articles closely in the terminal, or from Python.

``reader.read``, ``reader.analyze``, ``reader.analyze_many`` and ``reader.Library`` (see
``reader.api``) are imported on first use, so ``import reader`` stays cheap for the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_API = frozenset({"Analysis", "Article", "Library", "analyze", "analyze_many", "read"})
__all__ = ["Analysis", "Article", "Library", "__version__", "analyze", "analyze_many", "read"]

if TYPE_CHECKING:
    from reader.api import Analysis, Article, Library, analyze, analyze_many, read


def __getattr__(name: str) -> Any:
    if name in _API:
        from reader import api

        return getattr(api, name)
    raise AttributeError(f"module 'reader' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_API})
