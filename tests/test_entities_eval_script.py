"""scripts/eval_ner.py: clear message and exit 2 when ../shared/eval is absent."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load_script():
    spec = importlib.util.spec_from_file_location("eval_ner", ROOT / "scripts" / "eval_ner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missing_eval_dir_exits_2_with_a_message(tmp_path, monkeypatch, capsys):
    script = _load_script()
    monkeypatch.setattr(script, "EVAL_DIR", tmp_path / "absent")
    monkeypatch.setattr(script, "GOLD", tmp_path / "absent" / "ner_dev.jsonl")
    monkeypatch.setattr(script, "SCORER", tmp_path / "absent" / "score_ner.py")
    assert script.main([]) == 2
    assert "absent" in capsys.readouterr().err


def test_the_halves_split_the_documents_by_id_number():
    script = _load_script()
    ids = ["testa-10", "testa-11", "doc-3", "no-number-here"]
    even = [i for i in ids if script.in_half(i, "even")]
    odd = [i for i in ids if script.in_half(i, "odd")]
    assert "testa-10" in even and {"testa-11", "doc-3"} <= set(odd)
    assert sorted(even + odd) == sorted(ids)
