"""scripts/eval_quotes.py says clearly when the eval set is absent, and exits 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_quotes.py"


def test_missing_eval_set_exits_2_with_a_message(tmp_path):
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--gold", str(tmp_path / "absent.jsonl")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "absent" in result.stderr
