"""The app's layout as tests: pure text code without Textual, no import cycles, small modules."""

from __future__ import annotations

import ast

from conftest import ROOT

TUI = ROOT / "reader" / "tui"


def imported_modules(path) -> set[str]:
    """Every module ``path`` imports, at the top, inside functions or under TYPE_CHECKING."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_view_text_code_imports_no_textual():
    for path in (TUI / "text").glob("*.py"):
        textual = {n for n in imported_modules(path) if n.split(".")[0] == "textual"}
        assert textual == set(), path.name
