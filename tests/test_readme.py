"""The README's Python examples run, and print what the README says they print."""

from __future__ import annotations

import doctest

from conftest import ROOT


def test_the_readme_python_examples_run(nlp, tmp_path, monkeypatch):
    (tmp_path / "sample_articles").symlink_to(ROOT / "sample_articles")
    monkeypatch.chdir(tmp_path)  # the examples' library file is written here
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(readme, {}, "README.md", "README.md", 0)
    assert len(test.examples) > 10
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    failures = []
    runner.run(test, out=failures.append)
    assert runner.failures == 0, "".join(failures)
