"""Export highlights, quotes and entities to files other tools read. No Textual.

One module per format; each has ``write(items, out_dir, what) -> list[Path]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from reader.errors import ReaderError
from reader.export.gather import WHAT, ExportItem, gather

__all__ = ["FORMATS", "WHAT", "ExportItem", "export", "gather", "parse_what"]


def _writer(name: str) -> Callable[[list[ExportItem], Path, frozenset[str]], list[Path]]:
    from importlib import import_module

    return import_module(f"reader.export.{name}").write


FORMATS = {"md": "markdown", "jsonl": "jsonl", "readwise-csv": "readwise", "w3c": "w3c"}
"""``--format`` name → module in this package."""


def parse_what(value: str | Iterable[str]) -> frozenset[str]:
    parts = value.split(",") if isinstance(value, str) else list(value)
    chosen = frozenset(part.strip().lower() for part in parts if part.strip())
    unknown = chosen - WHAT
    if unknown or not chosen:
        raise ReaderError(
            f"--what takes a comma-separated list of {', '.join(sorted(WHAT))}"
            f" (not {', '.join(sorted(unknown)) or 'nothing'})"
        )
    return chosen


def export(items: list[ExportItem], fmt: str, out_dir: Path, what: frozenset[str]) -> list[Path]:
    """Write ``items`` in format ``fmt`` into ``out_dir``; the files written."""
    if fmt not in FORMATS:
        raise ReaderError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ReaderError(f"cannot create {out_dir}: {error.strerror}") from None
    return _writer(FORMATS[fmt])(items, out_dir, what)
