"""Our components as spaCy plug-ins: found by name through the ``spacy_factories`` entry points in
a process that never imports reader, declaring what they need and set, saved and loaded again."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from reader.nlp.pipeline import OUR_COMPONENTS
from reader.nlp.versions import resolve_model

ARTICLE = (
    "Nadia Okafor, the harbour master of Tollbridge, said on Monday: "
    '"We lost £40 million of cargo in three weeks." Okafor added that '
    "19 per cent of the berths were closed."
)


def _run_fresh(code: str, cwd) -> dict:
    """Run ``code`` in a new interpreter (outside the source tree) and return its printed JSON."""
    prelude = "import sys\nassert not any(m.split('.')[0] == 'reader' for m in sys.modules)\n"
    done = subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_blank_pipeline_adds_every_component_by_name(tmp_path):
    result = _run_fresh(
        f"""
        import json, spacy
        nlp = spacy.blank("en")
        for name in {list(OUR_COMPONENTS)!r}:
            nlp.add_pipe(name)
        doc = nlp("Plain words with no names.")
        print(json.dumps({{"pipes": nlp.pipe_names, "figures": doc._.reader_figures}}))
        """,
        tmp_path,
    )
    assert result == {"pipes": list(OUR_COMPONENTS), "figures": []}


def _summary(doc) -> dict:
    return json.loads(
        json.dumps(
            {
                "entities": [(e.label, e.name, e.mentions) for e in doc._.reader_entities],
                "quotes": [(q.start, q.end, q.speaker) for q in doc._.reader_quotes],
                "figures": [(f.text, f.kind, f.value) for f in doc._.reader_figures],
            }
        )
    )


def test_a_pipeline_built_by_name_is_saved_and_loads_in_a_fresh_process(tmp_path, nlp):
    saved = tmp_path / "pipeline"
    built = _run_fresh(
        f"""
        import json, spacy
        nlp = spacy.load({resolve_model()!r}, exclude=["lemmatizer"])
        for name in {list(OUR_COMPONENTS)!r}:
            nlp.add_pipe(name)
        nlp.to_disk({str(saved)!r})
        doc = nlp({ARTICLE!r})
        print(json.dumps({{
            "entities": [(e.label, e.name, e.mentions) for e in doc._.reader_entities],
            "quotes": [(q.start, q.end, q.speaker) for q in doc._.reader_quotes],
            "figures": [(f.text, f.kind, f.value) for f in doc._.reader_figures],
        }}))
        """,
        tmp_path,
    )
    reloaded = _run_fresh(
        f"""
        import json, spacy
        nlp = spacy.load({str(saved)!r})
        doc = nlp({ARTICLE!r})
        print(json.dumps({{
            "entities": [(e.label, e.name, e.mentions) for e in doc._.reader_entities],
            "quotes": [(q.start, q.end, q.speaker) for q in doc._.reader_quotes],
            "figures": [(f.text, f.kind, f.value) for f in doc._.reader_figures],
        }}))
        """,
        tmp_path,
    )
    assert built == reloaded == _summary(nlp(ARTICLE))  # the same as reader's own pipeline
    assert len(built["quotes"]) == 1
    assert ["£40 million", "money", 40e6] in built["figures"]


def test_every_component_declares_what_it_needs_and_sets(nlp):
    for name in OUR_COMPONENTS:
        meta = nlp.get_pipe_meta(name)
        assert meta.requires, name
        assert meta.assigns, name
    problems = nlp.analyze_pipes()["problems"]
    assert all(not found for found in problems.values()), problems


def test_the_declared_order_is_the_pipeline_order(nlp):
    """What each of our components requires is assigned by a pipe before it."""
    assigned: set[str] = set()
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        if name in OUR_COMPONENTS:
            assert set(meta.requires) <= assigned, (name, set(meta.requires) - assigned)
        assigned.update(meta.assigns)
