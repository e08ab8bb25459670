"""Where reader keeps its files. Every path the app uses comes from here."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "reader"


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def db_path(override: str | os.PathLike[str] | None = None) -> Path:
    """``--db``, else ``READER_DB``, else ``library.db`` in the platform data dir."""
    chosen = override or os.environ.get("READER_DB")
    return Path(chosen) if chosen else data_dir() / "library.db"


def config_path() -> Path:
    chosen = os.environ.get("READER_CONFIG")
    return Path(chosen) if chosen else config_dir() / "config.toml"
