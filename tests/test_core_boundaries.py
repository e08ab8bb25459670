"""The core stays terminal-free, and a cache hit stays spaCy-free."""

import ast
import subprocess
import sys

from conftest import ROOT, SAMPLES

APP_LAYER = {"tui"}


def test_no_textual_import_in_core():
    offenders = []
    for path in (ROOT / "reader").rglob("*.py"):
        if APP_LAYER & set(path.relative_to(ROOT / "reader").parts):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name == "textual" or name.startswith("textual.") for name in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_second_analysis_is_a_cache_read_without_spacy(tmp_path):
    db = tmp_path / "lib.db"
    article = str(SAMPLES / "harbour-strike.md")
    first = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", article, "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    probe = (
        "import sys, json\n"
        "from reader.ingest import load_article\n"
        "from reader.processing import analysis_for\n"
        "from reader.store import open_library\n"
        f"lib = open_library({str(db)!r})\n"
        f"analysis = analysis_for(load_article({article!r}), lib)\n"
        "print(json.dumps({'spacy': 'spacy' in sys.modules, 'quotes': len(analysis.quotes)}))\n"
    )
    second = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    import json

    result = json.loads(second.stdout)
    assert result["spacy"] is False
    assert result["quotes"] == len(json.loads(first.stdout)["quotes"])
    assert result["quotes"] > 0


def test_the_core_outside_analysis_never_imports_spacy():
    """The app reads the library (sources, echoes, search, exports) without the model: a word
    list shared with the entity rules once pulled spaCy into every screen that names speakers."""
    packages = ["ingest", "store", "echoes", "sources", "export", "search", "wording", "model"]
    modules = []
    for package in packages:
        path = ROOT / "reader" / package
        if path.is_dir():
            modules += [f"reader.{package}.{p.stem}" for p in sorted(path.glob("*.py"))]
        else:
            modules.append(f"reader.{package}")
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "    if 'spacy' in sys.modules:\n"
        "        print(name)\n"
        "        break\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"importing {done.stdout.strip()} loads spaCy"


def test_every_module_of_the_package_is_small():
    """Modules of one job: none over ~400 lines (420 leaves room for a docstring's growth)."""
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text().splitlines())
        for path in (ROOT / "reader").rglob("*.py")
    }
    assert {name: size for name, size in sizes.items() if size > 420} == {}


def test_no_rule_reads_what_the_pipeline_does_not_fill(nlp):
    # The pipeline loads without its lemmatizer, so lemmas are empty (the attribute ruler fills
    # a few, "be" among them): a rule testing "say" or "name" could never fire.
    lemmas = {token.text: token.lemma_ for token in nlp("Roe said the ferries were running.")}
    assert lemmas["said"] == lemmas["ferries"] == lemmas["running"] == ""
    readers = []
    for path in (ROOT / "reader").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and node.attr in {"lemma", "lemma_"}:
                readers.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert readers == []
