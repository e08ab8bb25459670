"""Score our entities (recognition and grouping) on ../shared/eval/ner_dev.jsonl.

Runs the whole pipeline over each dev document, writes one prediction line per document
(every mention of an ``Entity`` with ``group`` = its id), then runs the shared scorer and
prints its table. ``--baseline`` scores plain spaCy with exact-text grouping instead.

``--half even`` / ``--half odd`` scores only the documents whose id number is even / odd: write
rules looking at the even half only, and report the odd half (never looked at) separately.
``--row`` prints one Markdown table row of the headline figures instead of the scorer's table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT.parent / "shared" / "eval"
GOLD = EVAL_DIR / "ner_dev.jsonl"
SCORER = EVAL_DIR / "score_ner.py"


def predict(text: str, nlp, baseline: bool) -> list[dict]:
    from reader.nlp.pipeline import _parse

    if baseline:
        doc = nlp(text)
        return [
            {
                "start": e.start_char,
                "end": e.end_char,
                "label": e.label_,
                "group": e.text.lower(),
            }
            for e in doc.ents
        ]
    doc = _parse(nlp, text, None)
    return [
        {"start": start, "end": end, "label": entity.label, "group": entity.id}
        for entity in doc._.reader_entities
        for start, end in entity.mentions
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", action="store_true", help="plain spaCy, exact-text groups")
    parser.add_argument("--model", help="spaCy pipeline to use (default: the app's choice)")
    parser.add_argument("--examples", type=int, default=6, help="error examples per kind")
    parser.add_argument("--json", action="store_true", help="print the scorer's JSON metrics")
    parser.add_argument("--keep", type=Path, help="also write the predictions to this file")
    parser.add_argument(
        "--half", choices=["even", "odd"], help="only the documents whose id number is even/odd"
    )
    parser.add_argument("--row", action="store_true", help="one Markdown row of headline figures")
    args = parser.parse_args(argv)
    if not GOLD.is_file() or not SCORER.is_file():
        print(
            f"eval_ner: {EVAL_DIR} is absent (needs ner_dev.jsonl and score_ner.py)",
            file=sys.stderr,
        )
        return 2

    sys.path.insert(0, str(ROOT))
    if args.baseline:
        import spacy

        from reader.nlp.versions import resolve_model

        nlp = spacy.load(resolve_model(args.model))
    else:
        from reader.nlp.pipeline import load_nlp

        nlp = load_nlp(args.model)

    gold_lines, lines = [], []
    with GOLD.open(encoding="utf-8") as gold:
        for line in gold:
            if line.strip():
                doc = json.loads(line)
                if args.half and not in_half(doc["id"], args.half):
                    continue
                gold_lines.append(line.rstrip("\n"))
                entities = predict(doc["text"], nlp, args.baseline)
                lines.append(json.dumps({"id": doc["id"], "entities": entities}))
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(args.keep) if args.keep else Path(tmp) / "ner_pred.jsonl"
        pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
        gold_path = Path(tmp) / "ner_gold.jsonl"
        gold_path.write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
        command = [sys.executable, str(SCORER), str(gold_path), str(pred)]
        if args.row:
            scored = subprocess.run(command + ["--json"], capture_output=True, text=True)
            if scored.returncode:
                sys.stderr.write(scored.stderr)
                return scored.returncode
            print(table_row(json.loads(scored.stdout)))
            return 0
        command += ["--json"] if args.json else ["--examples", str(args.examples)]
        return subprocess.call(command)


def in_half(doc_id: str, half: str) -> bool:
    """Whether the number at the end of ``doc_id`` ("testa-949") is even / odd."""
    digits = doc_id.rsplit("-", 1)[-1]
    number = int(digits) if digits.isdigit() else sum(map(ord, doc_id))
    return (number % 2 == 0) == (half == "even")


def table_row(metrics: dict) -> str:
    """| PER | LOC | ORG | micro F1 (P / R) | B³ F1 | rows per real entity (2+) |"""
    ner, groups = metrics["ner"], metrics["grouping"]
    labels = [f"{ner['per_label'][label]['f1']:.3f}" for label in ("PER", "LOC", "ORG")]
    micro = ner["micro_PER_LOC_ORG"]
    cells = [
        *labels,
        f"{micro['f1']:.3f} ({micro['precision']:.3f} / {micro['recall']:.3f})",
        f"{groups['bcubed_f1']:.3f}",
        f"{groups['entities_per_real_entity']:.3f}"
        f" ({groups['entities_per_real_entity_2plus']:.3f})",
    ]
    return "| " + " | ".join(cells) + " |"


if __name__ == "__main__":
    raise SystemExit(main())
