"""The user's config file (TOML): theme, key remaps and library location.

Core module: no Textual here. ``load_config`` never raises for a bad file; it returns the
defaults plus one-line problems that the app shows as notifications.

Example ``config.toml`` (``reader locate config`` prints where it lives)::

    [display]
    theme = "reader-light"

    [keymap]
    "article.search" = "ctrl+f"
    "library.delete" = "x"

    [library]
    db = "~/news/library.db"
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from reader.errors import LibraryError
from reader.locations import config_path, db_path
from reader.textsafety import one_line

DEFAULT_THEME = "reader-dark"
SECTIONS = {"display", "keymap", "library"}


@dataclass
class Config:
    theme: str = DEFAULT_THEME
    """A theme name: ``reader-dark``, ``reader-light`` or any built-in Textual theme."""
    keymap: dict[str, str] = field(default_factory=dict)
    """Binding id → keys (comma-separated), e.g. ``{"article.search": "ctrl+f"}``."""
    library_db: Path | None = None
    """The library file, when set in ``[library] db``."""
    problems: list[str] = field(default_factory=list)
    """One line per thing that was wrong in the file (defaults were used instead)."""
    library_unknown: bool = False
    """The file could not be read, or its ``[library]`` could not be: it may name another
    library than the default, so no command may quietly use the default one."""
    path: Path | None = None


def load_config(path: Path | None = None) -> Config:
    """Read the config file: missing means defaults; broken means defaults plus problems."""
    path = path or config_path()
    config = Config(path=path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return config
    except OSError as error:
        config.problems.append(f"config {path}: cannot read ({error.strerror}); using defaults")
        config.library_unknown = True
        return config
    import tomllib  # only when there is a file: most start-ups have none

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        config.problems.append(f"config {path}: not UTF-8 text; using defaults")
        config.library_unknown = True
        return config
    except tomllib.TOMLDecodeError as error:
        config.problems.append(f"config {path}: {one_line(str(error))}; using defaults")
        config.library_unknown = True
        return config
    _apply(config, data)
    return config


def _apply(config: Config, data: dict) -> None:
    where = f"config {config.path}"
    for name in sorted(set(data) - SECTIONS):
        config.problems.append(f"{where}: unknown section [{one_line(name, 40)}] ignored")

    display = _section(config, data, "display")
    theme = display.get("theme")
    if theme is not None:
        if isinstance(theme, str) and theme.strip():
            config.theme = theme.strip()
        else:
            config.problems.append(f"{where}: [display] theme must be a theme name")

    for binding_id, keys in _section(config, data, "keymap").items():
        if isinstance(keys, str) and keys.strip():
            config.keymap[binding_id] = ",".join(k.strip() for k in keys.split(",") if k.strip())
        else:
            shown = one_line(binding_id, 40)
            config.problems.append(f'{where}: [keymap] "{shown}" must be keys like "ctrl+f"')

    problems = len(config.problems)
    db = _section(config, data, "library").get("db")
    if db is not None:
        if isinstance(db, str) and db.strip():
            config.library_db = Path(os.path.expanduser(db.strip()))
        else:
            config.problems.append(f"{where}: [library] db must be a file path")
    config.library_unknown = len(config.problems) > problems


def _section(config: Config, data: dict, name: str) -> dict:
    section = data.get(name, {})
    if isinstance(section, dict):
        return section
    config.problems.append(f"config {config.path}: {name} must be a [{name}] table")
    return {}


def library_path(override: str | os.PathLike[str] | None, config: Config) -> Path:
    """``--db``, else ``READER_DB``, else ``[library] db`` from the config, else the default.

    Never the default when the config file could not say which library it names: that raises
    ``LibraryError`` (the default may be a library the user did not mean, an export written
    from it may replace a good backup).
    """
    chosen = override or os.environ.get("READER_DB")
    if not chosen and config.library_unknown:
        raise LibraryError(
            f"config {config.path} could not be read, so which library it names is unknown:"
            " fix it, or give --db PATH"
        )
    return db_path(chosen or config.library_db)
