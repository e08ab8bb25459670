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


def tui_modules() -> dict[str, object]:
    """Module name → path, for every module of reader.tui."""
    modules = {}
    for path in TUI.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


def test_the_app_has_no_import_cycles():
    """Not even through imports inside functions or under TYPE_CHECKING: each module can be
    read knowing only those it imports."""
    modules = tui_modules()
    edges = {
        name: {target for target in imported_modules(path) if target in modules and target != name}
        for name, path in modules.items()
    }
    cycles = []
    state: dict[str, str] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = "open"
        for target in sorted(edges[name]):
            if state.get(target) == "open":
                cycles.append(trail[trail.index(target) :] + [target])
            elif target not in state:
                visit(target, [*trail, target])
        state[name] = "done"

    for name in sorted(modules):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_every_module_of_the_app_is_small():
    sizes = {name: len(path.read_text().splitlines()) for name, path in tui_modules().items()}
    assert {name: size for name, size in sizes.items() if size > 420} == {}
