"""scripts/probe_attribution.py: the invented-name probe runs and reads its own cases right."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_probe_reads_a_few_templates_right(nlp, capsys):
    spec = importlib.util.spec_from_file_location(
        "probe_attribution", ROOT / "scripts" / "probe_attribution.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main(["--names", "unusual", "--only", "surname_said", "dash_credit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "all: 24 / 24"
