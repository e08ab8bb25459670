"""Train the quote-confidence weights (reader/nlp/quotes/confidence.json) and print calibration.

Usage: python scripts/train_quote_confidence.py [--report-only]

Each quote reader finds in ../shared/eval/quotes_train.jsonl (without the held-back publishers of
scripts/quotes_split.py) that matches a gold quote is one example: its evidence's features
(reader.nlp.quotes.evidence.features) and whether its speaker mention overlaps the gold Source
span. A logistic regression (L2, Newton's method from zero: deterministic) gives the weights.

Then the reliability table (confidence bins → count, accuracy) on train (the examples trained
on), the held-back publishers, and dev and UK dev scored on names (lenient), which the weights
never saw. Exits 2 when the eval folder is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from eval_quotes import SCORER, SETS, _parsed, load_jsonl, scorer  # noqa: E402
from quotes_split import HELD_BACK  # noqa: E402

L2 = 1.0
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)


def examples(name: str, keep) -> list[tuple[dict[str, float], bool]]:
    """(features, right) for every predicted quote matched to a gold one in the set."""
    from reader.nlp.pipeline import _ours, load_nlp
    from reader.nlp.quotes.attribution import attribute_quotes
    from reader.nlp.quotes.evidence import features
    from reader.nlp.versions import resolve_model

    module = scorer()
    gold_path = SETS[name]
    docs = load_jsonl(gold_path)
    nlp = load_nlp()
    before_quotes = [c for c in _ours(nlp) if c != "reader_quotes"]
    out = []
    parsed = _parsed(nlp, resolve_model(), gold_path, docs, True)
    for gold, doc in zip(docs, parsed, strict=True):
        if not keep(gold):
            continue
        for component in before_quotes:
            doc = nlp.get_pipe(component)(doc)
        found, _ = attribute_quotes(doc)
        text = gold["text"]
        gq = module.join_continued(text, gold["quotes"])
        gspans = [module.norm_span(text, q["start"], q["end"]) for q in gq]
        pspans = [module.norm_span(text, q.start, q.end) for q, _ in found]
        for gi, pi in module.match(gspans, pspans):
            g = gq[gi]
            if g.get("not_speech"):
                continue
            quote, evidence = found[pi]
            if "speaker" in g:  # dev, UK: hand-checked names
                right = module.speaker_lenient(quote.speaker, g["speaker"])
            else:
                mention = module.pred_mention(
                    text, {"speaker_start": quote.speaker_start, "speaker_end": quote.speaker_end}
                )
                right = module.mention_ok(mention, module.gold_mentions(g))
            evidence.named = quote.speaker is not None
            out.append((features(evidence), bool(right)))
    return out


def fit(data: list[tuple[dict[str, float], bool]]) -> dict[str, float]:
    names = sorted({name for feats, _ in data for name in feats})
    x = np.array([[feats.get(n, 0.0) for n in names] for feats, _ in data])
    y = np.array([float(right) for _, right in data])
    w = np.zeros(len(names))
    penalty = np.full(len(names), L2)
    penalty[names.index("bias")] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return {n: round(float(v), 6) for n, v in zip(names, w, strict=True)}


def reliability(label: str, data: list[tuple[dict[str, float], bool]], weights) -> None:
    scores = [
        1.0 / (1.0 + np.exp(-sum(weights.get(n, 0.0) * v for n, v in f.items()))) for f, _ in data
    ]
    print(f"\n{label}: {len(data)} matched quotes, accuracy {np.mean([r for _, r in data]):.3f}")
    print(f"{'confidence':<12} {'quotes':>7} {'accuracy':>9} {'mean conf':>10}")
    for low, high in zip(BINS, BINS[1:], strict=False):
        rows = [(s, r) for s, (_, r) in zip(scores, data, strict=True) if low <= s < high]
        if rows:
            accuracy = np.mean([r for _, r in rows])
            mean = np.mean([s for s, _ in rows])
            print(f"{low:.2f}–{min(high, 1):.2f}  {len(rows):>7} {accuracy:>9.3f} {mean:>10.3f}")
    high = [r for s, (_, r) in zip(scores, data, strict=True) if s >= 0.9]
    if high:
        print(f"confidence ≥ 0.9: {len(high)} quotes, {np.mean(high):.3f} right")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report-only", action="store_true", help="keep the shipped weights")
    args = parser.parse_args(argv)
    if not SCORER.is_file() or not all(path.is_file() for path in SETS.values()):
        print("train_quote_confidence: ../shared/eval is absent", file=sys.stderr)
        return 2
    from reader.nlp.quotes.confidence import WEIGHTS

    train = examples("train", lambda d: d.get("publisher") not in HELD_BACK)
    if args.report_only:
        weights = json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]
    else:
        weights = fit(train)
        record = {
            "weights": weights,
            "trained_on": "PolNeAR train (quotes_train.jsonl) without "
            + ", ".join(HELD_BACK)
            + f": {len(train)} matched quotes, label = the speaker mention overlaps the gold",
            "l2": L2,
        }
        WEIGHTS.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS} ({len(weights)} weights)")
    reliability("train, seen publishers (trained on; mentions)", train, weights)
    held = examples("train", lambda d: d.get("publisher") in HELD_BACK)
    reliability(f"held-back publishers ({', '.join(HELD_BACK)}; mentions)", held, weights)
    reliability("dev (names, lenient)", examples("dev", lambda d: True), weights)
    reliability("UK dev (names, lenient)", examples("uk", lambda d: True), weights)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
