"""Score quote attribution on every quote set in ../shared/eval with the shared scorer.

Usage: python scripts/eval_quotes.py [--sets dev,uk,train] [--examples N] [--keep DIR]
                                     [--gold PATH] [--no-cache]

One command, three sets:
- ``dev``: quotes_dev.jsonl (PolNeAR, hand-checked names), all quotes and ``--full-only``;
- ``uk``: uk_quotes_dev.jsonl (BBC, hand-annotated names), same scoring;
- ``train``: quotes_train.jsonl scored on speaker *mentions* (``--mentions``), by publisher,
  without the held-back publishers of ``scripts/quotes_split.py``, which are reported last and
  never shown as examples.

The statistical parse of each set is cached under ``.eval-cache/`` (keyed by the model and the
set's bytes); only reader's own components run again, as ``reader.nlp.pipeline`` runs them.
``--no-cache`` parses afresh through ``analyze_many``. Exits 2 when the eval folder is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVAL_DIR = ROOT.parent / "shared" / "eval"
SCORER = EVAL_DIR / "score_quotes.py"
CACHE = ROOT / ".eval-cache"
SETS = {
    "dev": EVAL_DIR / "quotes_dev.jsonl",
    "uk": EVAL_DIR / "uk_quotes_dev.jsonl",
    "train": EVAL_DIR / "quotes_train.jsonl",
}
GOLD = SETS["dev"]
QUOTE_FIELDS = ("start", "end", "speaker", "speaker_start", "speaker_end", "kind", "reason")
OPTIONAL_FIELDS = ("confidence", "runner_up", "runner_up_reason")

sys.path.insert(0, str(HERE))
from quotes_split import HELD_BACK  # noqa: E402


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- predictions ---------------------------------------------------------------------------


PROBE = 'a\xa0b,"c d‘s'  # the parse cache's key says how the pipes read and split this


def _parsed(nlp, model_name: str, gold: Path, docs: list[dict], use_cache: bool):
    """The statistical parse of every text (before reader's components), cached on disk."""
    import spacy
    from spacy.tokens import Doc, DocBin

    from reader.nlp.pipeline import BATCH_SIZE, _ours, _without_tensor, readable, split_chunks

    key = hashlib.sha1(
        f"{model_name} {nlp.meta.get('version')} {spacy.__version__} {nlp.pipe_factories}"
        f" {[t.text for t in nlp.make_doc(readable(PROBE))]}".encode()
        + gold.read_bytes()
    ).hexdigest()[:16]
    path = CACHE / f"{gold.stem}-{key}.spacy"
    if use_cache and path.is_file():
        return list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    parsed = []
    for doc in docs:
        chunks = list(split_chunks(readable(doc["text"]))) or [""]
        pieces = [
            _without_tensor(d) for d in nlp.pipe(chunks, batch_size=BATCH_SIZE, disable=_ours(nlp))
        ]
        joined = pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)
        parsed.append(joined)
    if use_cache:
        CACHE.mkdir(exist_ok=True)
        path.write_bytes(DocBin(docs=parsed, store_user_data=False).to_bytes())
    return parsed


def analyses(gold: Path, docs: list[dict], use_cache: bool = True) -> Iterator:
    """``Analysis`` of each gold document, in order, exactly as ``analyze`` makes it."""
    from reader.model import Article
    from reader.nlp.pipeline import _analysis, _run_ours, analyze_many, load_nlp, readable
    from reader.nlp.versions import resolve_model

    articles = [Article(text=d["text"], content_hash=str(d["id"])) for d in docs]
    if not use_cache:
        for analysis, _ in analyze_many((a, None) for a in articles):
            if isinstance(analysis, Exception):
                raise analysis
            yield analysis
        return
    nlp = load_nlp()
    model_name = resolve_model()
    for article, doc in zip(articles, _parsed(nlp, model_name, gold, docs, True), strict=True):
        yield _analysis(article, model_name, _run_ours(nlp, [doc], readable(article.text)))


def predictions(gold: Path, docs: list[dict], use_cache: bool = True) -> list[dict]:
    out = []
    for doc, analysis in zip(docs, analyses(gold, docs, use_cache), strict=True):
        quotes = []
        for quote in analysis.quotes:
            record = {name: getattr(quote, name) for name in QUOTE_FIELDS}
            record.update({n: getattr(quote, n) for n in OPTIONAL_FIELDS if hasattr(quote, n)})
            quotes.append(record)
        out.append({"id": doc["id"], "quotes": quotes})
    return out


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as sink:
        for record in records:
            sink.write(json.dumps(record) + "\n")


# -- scoring and printing ------------------------------------------------------------------


def _names_row(label: str, res: dict) -> str:
    return (
        f"{label:<26} {res['gold_quotes']:>5} {res['span_overlap']['f1']:>7.3f} "
        f"{res['end2end_lenient']['f1']:>7.3f} {res['end2end_strict']['f1']:>7.3f} "
        f"{res['speaker_acc_lenient']:>7.3f} {res['speaker_acc_strict']:>7.3f}"
    )


def score_names(name: str, gold: Path, pred: Path, examples: int) -> None:
    module = scorer()
    print(f"== quotes {name}: {gold.name} (names) ==")
    print(f"{'':<26} {'gold':>5} {'spanF1':>7} {'e2e L':>7} {'e2e S':>7} {'spk L':>7} {'spk S':>7}")
    res, ex = module.score(str(gold), str(pred))
    print(_names_row("all quotes", res))
    full, _ = module.score(str(gold), str(pred), full_only=True)
    print(_names_row("--full-only", full))
    _examples(ex, examples)


def _mention_row(label: str, res: dict) -> str:
    return (
        f"{label:<26} {res['gold_quotes']:>5} {res['span_overlap']['r']:>7.3f} "
        f"{res['span_overlap']['f1']:>7.3f} {res['mention_acc']:>8.3f} "
        f"{res['end2end_mention']['f1']:>7.3f}"
    )


def score_mentions(gold_docs: list[dict], pred: Path, examples: int) -> None:
    module = scorer()
    seen = [d for d in gold_docs if d.get("publisher") not in HELD_BACK]
    held = [d for d in gold_docs if d.get("publisher") in HELD_BACK]
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for part, docs in (("seen", seen), ("held", held)):
            path = Path(tmp) / f"{part}.jsonl"
            write_jsonl(path, docs)
            results[part] = module.score_mentions(str(path), str(pred))
    print("== quotes train: quotes_train.jsonl (speaker mentions) ==")
    header = f"{'':<26} {'gold':>5} {'span R':>7} {'spanF1':>7} {'mention':>8} {'e2e F1':>7}"
    print(header)
    res, ex = results["seen"]
    for publisher, figures in res["by_publisher"].items():
        print(_mention_row(publisher, figures))
    print(_mention_row("all but held-back", res))
    _examples(ex, examples)
    held_res, _ = results["held"]
    print(f"== held-back publishers ({', '.join(HELD_BACK)}; never browsed) ==")
    print(header)
    for publisher, figures in held_res["by_publisher"].items():
        print(_mention_row(publisher, figures))
    print(_mention_row("held-back", held_res))


def _examples(ex: dict, count: int) -> None:
    if count <= 0:
        return
    for kind, lines in ex.items():
        print(f"-- {kind} ({len(lines)}) --")
        for line in lines[:count]:
            print("  " + line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="dev,uk,train", help="comma-separated: dev, uk, train")
    parser.add_argument("--examples", type=int, default=0, help="examples per error kind")
    parser.add_argument("--gold", type=Path, help="score this one names-scored file instead")
    parser.add_argument("--keep", type=Path, help="keep the predictions in this folder")
    parser.add_argument("--no-cache", action="store_true", help="parse afresh, cache nothing")
    args, _ = parser.parse_known_args(argv)
    wanted = {"gold": args.gold} if args.gold else {s: SETS[s] for s in args.sets.split(",")}
    absent = [str(p) for p in [SCORER, *wanted.values()] if not p.is_file()]
    if absent:
        print(
            f"eval_quotes: {', '.join(absent)} absent; "
            "the quote sets live in ../shared/eval (not shipped with the project)",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for name, gold in wanted.items():
            docs = load_jsonl(gold)
            pred = folder / f"{name}_pred.jsonl"
            write_jsonl(pred, predictions(gold, docs, not args.no_cache))
            if name == "train":
                score_mentions(docs, pred, args.examples)
            else:
                score_names(name, gold, pred, args.examples)
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
