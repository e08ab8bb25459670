"""`make eval`: run the project over the dev sets in ../shared/eval; print the scorers' tables."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL_DIR = HERE.parent.parent / "shared" / "eval"
SCRIPTS = ["eval_quotes.py", "eval_ner.py", "eval_html.py"]


def main() -> int:
    if not EVAL_DIR.is_dir():
        print(f"eval: {EVAL_DIR} is absent; the dev sets live in ../shared/eval", file=sys.stderr)
        return 2
    status = 0
    for script in SCRIPTS:
        if (HERE / script).exists():
            status |= subprocess.call([sys.executable, str(HERE / script), *sys.argv[1:]])
    return status


if __name__ == "__main__":
    raise SystemExit(main())
