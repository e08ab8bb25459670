"""The app's Textual CSS files: inside the installed package, or beside it in a source checkout."""

from __future__ import annotations

from pathlib import Path

STYLES = Path(__file__).resolve().parent.parent / "styles"
if not STYLES.is_dir():  # running from a source checkout
    STYLES = Path(__file__).resolve().parents[2] / "styles"


def stylesheet(name: str) -> str:
    return str(STYLES / name)
