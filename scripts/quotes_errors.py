"""Browse quote-attribution errors with their context and reader's reason (rule writing aid).

Usage: python scripts/quotes_errors.py SET PRED_DIR [--kind wrong|missed|spurious|all]
                                       [--grep TEXT] [--limit N] [--publisher P]

SET is dev, uk or train; PRED_DIR is a ``scripts/eval_quotes.py --keep`` folder. Documents of
the held-back publishers (scripts/quotes_split.py) are never shown. A summary counts the wrong
speakers by the kind of quote and the first words of reader's reason.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from eval_quotes import SETS, load_jsonl, scorer  # noqa: E402
from quotes_split import HELD_BACK  # noqa: E402


def context(text: str, start: int, end: int, before: int = 300, after: int = 160) -> str:
    left = text[max(0, start - before) : start]
    right = text[end : end + after]
    body = text[start:end]
    if len(body) > 200:
        body = body[:90] + " … " + body[-90:]
    return (left + "[[" + body + "]]" + right).replace("\n", " ¶ ")


def reason_class(reason: str) -> str:
    """The rule behind a reason, without its names: "'he' → X (last named man)" → "he →"."""
    last = reason.split(";")[-1].strip()
    last = re.sub(r"'[^']*'", "'…'", last)
    last = re.sub(r"(→|about|by|describes|is) [A-Z][^(,;]*", r"\1 X ", last)
    return last[:60]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument("pred", type=Path)
    parser.add_argument("--kind", default="wrong", choices=["wrong", "missed", "spurious", "all"])
    parser.add_argument("--grep", default="", help="only errors whose reason contains this")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--publisher", default="")
    parser.add_argument("--strict", action="store_true", help="strict name match (dev, uk)")
    args = parser.parse_args(argv)
    module = scorer()
    mentions = args.set == "train"
    preds = {d["id"]: d for d in load_jsonl(args.pred / f"{args.set}_pred.jsonl")}
    summary: Counter = Counter()
    shown = 0
    for doc in load_jsonl(SETS[args.set]):
        if doc.get("publisher") in HELD_BACK:
            continue
        if args.publisher and doc.get("publisher") != args.publisher:
            continue
        text = doc["text"]
        gold = module.join_continued(text, doc["quotes"])
        pred = module.join_continued(text, preds.get(doc["id"], {}).get("quotes", []))
        gspans = [module.norm_span(text, q["start"], q["end"]) for q in gold]
        pspans = [module.norm_span(text, q["start"], q["end"]) for q in pred]
        pairs = module.match(gspans, pspans)
        items = []
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if g.get("not_speech"):
                continue
            if mentions:
                pm = module.pred_mention(text, p)
                ok = module.mention_ok(pm, module.gold_mentions(g))
                want = " | ".join(text[s:e] for s, e in module.gold_mentions(g)) or None
                got = text[pm[0] : pm[1]] if pm else None
            else:
                match = module.speaker_strict if args.strict else module.speaker_lenient
                ok = match(p.get("speaker"), g.get("speaker"))
                want, got = g.get("speaker"), p.get("speaker")
            if not ok:
                items.append(("wrong", gspans[gi], want, got, p))
                summary[(p.get("kind"), reason_class(p.get("reason") or ""))] += 1
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_g and not g.get("not_speech"):
                items.append(("missed", gspans[gi], g.get("speaker"), None, {}))
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                items.append(("spurious", pspans[pi], None, p.get("speaker"), p))
        for kind, (s, e), want, got, p in items:
            if args.kind not in ("all", kind) or shown >= args.limit:
                continue
            if args.grep and args.grep not in (p.get("reason") or ""):
                continue
            shown += 1
            print(f"## {kind} {doc['id']} gold={want!r} pred={got!r} ({p.get('kind')})")
            print(f"   reason: {p.get('reason')}")
            if "confidence" in p:
                print(f"   confidence {p['confidence']}, runner-up {p.get('runner_up')!r}")
            print("   " + context(text, s, e))
    print("\n== wrong speakers by kind and reason ==")
    for (kind, reason), count in summary.most_common(30):
        print(f"{count:5d}  {kind:<9} {reason}")
    print(json.dumps({"wrong": sum(summary.values())}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
