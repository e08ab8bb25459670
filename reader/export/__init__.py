"""Export highlights, quotes, entities and figures to files other tools read. No Textual.

One module per format; each has ``files(items, what) -> [(file name, text)]``, and
``files.write_files`` puts them on disk (all or nothing, never over an existing file unless
asked). The CLI's defaults are the constants below, so the app's export dialog offers the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from reader.errors import ReaderError
from reader.export.gather import WHAT, WHAT_ORDER, ExportItem, gather

__all__ = [
    "DEFAULT_FORMAT",
    "DEFAULT_WHAT",
    "FORMATS",
    "FORMAT_HELP",
    "WHAT",
    "WHAT_ORDER",
    "ExportItem",
    "default_out_dir",
    "export",
    "gather",
    "parse_what",
]

FORMATS = {"md": "markdown", "jsonl": "jsonl", "readwise-csv": "readwise", "w3c": "w3c"}
"""``--format`` name → module in this package."""
FORMAT_HELP = {
    "md": "Markdown (Obsidian): one file per article",
    "jsonl": "JSONL: lossless, for reader import",
    "readwise-csv": "Readwise CSV",
    "w3c": "W3C Web Annotation JSON",
}
DEFAULT_FORMAT = "md"
DEFAULT_WHAT = frozenset({"highlights", "quotes", "entities"})
"""What an export holds unless told otherwise (figures are asked for by name)."""


def default_out_dir() -> Path:
    """Where exports go unless another folder is given: ~/reader-exports."""
    return Path.home() / "reader-exports"


def _files(name: str) -> Callable[[list[ExportItem], frozenset[str]], list[tuple[str, str]]]:
    from importlib import import_module

    return import_module(f"reader.export.{name}").files


def parse_what(value: str | Iterable[str]) -> frozenset[str]:
    parts = value.split(",") if isinstance(value, str) else list(value)
    chosen = frozenset(part.strip().lower() for part in parts if part.strip())
    unknown = chosen - WHAT
    if unknown or not chosen:
        raise ReaderError(
            f"--what takes a comma-separated list of {', '.join(WHAT_ORDER)}"
            f" (not {', '.join(sorted(unknown)) or 'nothing'})"
        )
    return chosen


def export(
    items: list[ExportItem],
    fmt: str,
    out_dir: Path,
    what: frozenset[str],
    *,
    replace: bool = False,
    on_renamed: Callable[[Path, Path], None] | None = None,
) -> list[Path]:
    """Write ``items`` in format ``fmt`` into ``out_dir``; the files written.

    An existing file is never replaced unless ``replace``: the new one gets the next free name
    and ``on_renamed(wanted, written)`` is told. ``ReaderError`` (one line) when nothing could
    be written; then nothing was."""
    from reader.export.files import write_files

    if fmt not in FORMATS:
        raise ReaderError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    files = _files(FORMATS[fmt])(items, what)
    return write_files(out_dir, files, replace=replace, on_renamed=on_renamed)
