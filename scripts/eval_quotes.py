"""Score our quote attribution on ../shared/eval/quotes_dev.jsonl with the shared scorer.

Usage: python scripts/eval_quotes.py [--full-only] [--examples N] [--gold PATH] [--keep PATH]

Runs ``reader.nlp.pipeline.analyze`` on each dev document, writes the predictions to a
temporary JSONL file (or ``--keep PATH``) and prints the scorer's table. Exits 2 when the
eval folder is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL_DIR = HERE.parent.parent / "shared" / "eval"
GOLD = EVAL_DIR / "quotes_dev.jsonl"
SCORER = EVAL_DIR / "score_quotes.py"


def predict(gold: Path, out: Path) -> None:
    from reader.model import Article
    from reader.nlp.pipeline import analyze

    with gold.open(encoding="utf-8") as lines, out.open("w", encoding="utf-8") as sink:
        for line in lines:
            if not line.strip():
                continue
            doc = json.loads(line)
            analysis = analyze(Article(text=doc["text"], content_hash=str(doc["id"])))
            quotes = [
                {"start": q.start, "end": q.end, "speaker": q.speaker} for q in analysis.quotes
            ]
            sink.write(json.dumps({"id": doc["id"], "quotes": quotes}) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full-only", action="store_true", help="ignore partial gold quotes")
    parser.add_argument("--examples", type=int, default=5, help="examples per error kind")
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold JSONL (default: dev set)")
    parser.add_argument("--keep", type=Path, help="write the predictions here and keep them")
    args, _ = parser.parse_known_args(argv)
    if not args.gold.is_file() or not SCORER.is_file():
        print(
            f"eval_quotes: {args.gold} or {SCORER} is absent; "
            "the quote dev set lives in ../shared/eval (not shipped with the project)",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "quotes_pred.jsonl"
        predict(args.gold, out)
        command = [sys.executable, str(SCORER), str(args.gold), str(out)]
        command += ["--examples", str(args.examples)]
        if args.full_only:
            command.append("--full-only")
        print(f"== quotes: {args.gold.name}{' (--full-only)' if args.full_only else ''} ==")
        sys.stdout.flush()
        return subprocess.call(command)


if __name__ == "__main__":
    raise SystemExit(main())
