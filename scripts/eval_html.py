"""Score our HTML extraction on ../shared/eval/html_dev with the shared scorer.

    python scripts/eval_html.py [--json] [--worst K] [--jobs N] [--keep PRED.jsonl]

Runs ``reader.ingest.html.extract_html`` over every page, writes the predictions as JSONL and
prints the scorer's table (token bags, macro mean of per-page P/R/F1).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT.parent / "shared" / "eval"
DEV = EVAL_DIR / "html_dev"
SCORER = EVAL_DIR / "score_html.py"


def extract_page(path: Path) -> dict[str, str]:
    sys.path.insert(0, str(ROOT))
    from reader.ingest.html import extract_html

    extracted = extract_html(path.read_text(encoding="utf-8"))
    return {"id": path.stem, "text": extracted.text, "extractor": extracted.extractor}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON summary line")
    parser.add_argument("--worst", type=int, default=5, help="how many worst pages to list")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--keep", metavar="PATH", help="also write the predictions here")
    args = parser.parse_args()
    if not (DEV / "gold.jsonl").is_file() or not SCORER.is_file():
        print(
            f"eval_html: {DEV} or {SCORER.name} is absent; the dev set lives in ../shared/eval",
            file=sys.stderr,
        )
        return 2
    pages = sorted((DEV / "pages").glob("*.html"))
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        predictions = list(pool.map(extract_page, pages, chunksize=4))
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(args.keep) if args.keep else Path(tmp) / "pred.jsonl"
        with pred_path.open("w", encoding="utf-8") as handle:
            for record in predictions:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        command = [sys.executable, str(SCORER), str(DEV / "gold.jsonl"), str(pred_path)]
        command += ["--worst", str(args.worst)] + (["--json"] if args.json else [])
        return subprocess.call(command)


if __name__ == "__main__":
    raise SystemExit(main())
