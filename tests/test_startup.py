"""Start-up stays lean: what each entry point imports, checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from conftest import SAMPLES

HEAVY = ("spacy", "thinc", "numpy", "trafilatura", "httpx", "lxml", "charset_normalizer")


def imported_after(code: str) -> set[str]:
    """The top-level packages present in ``sys.modules`` after running ``code``."""
    probe = (
        code
        + "\nimport sys, json\nprint(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_command_line_imports_nothing_heavy():
    loaded = imported_after("import reader.cli")
    assert loaded.isdisjoint(HEAVY + ("textual", "sqlite_utils"))


def test_the_app_module_imports_neither_spacy_nor_numpy():
    loaded = imported_after("import reader.tui.app")
    assert loaded.isdisjoint(HEAVY)


def test_the_library_does_not_pull_in_numpy():
    loaded = imported_after("import reader.store, reader.processing, reader.ingest")
    assert loaded.isdisjoint(HEAVY)


def test_numpy_still_imports_normally_after_the_library():
    loaded = imported_after("import reader.store\nimport numpy\nassert numpy.zeros(2).sum() == 0")
    assert "numpy" in loaded


def test_reopening_a_cached_article_in_the_app_never_imports_spacy(tmp_path):
    db = tmp_path / "library.db"
    article = SAMPLES / "uk-ceasefire-talks.txt"
    subprocess.run(
        [sys.executable, "-m", "reader", "analyze", str(article), "--db", str(db)],
        capture_output=True,
        check=True,
    )
    script = textwrap.dedent(
        f"""
        import asyncio, json, sys
        from reader.tui.app import ReaderApp
        from reader.tui.screens.article import ArticleScreen

        async def main():
            app = ReaderApp(sources=[{str(article)!r}], db_path_override={str(db)!r})
            async with app.run_test() as pilot:
                for _ in range(400):
                    await pilot.pause(0.05)
                    screen = app.screen
                    if isinstance(screen, ArticleScreen) and screen.analysis is not None:
                        break
                quotes = len(app.screen.analysis.quotes)
            print(json.dumps({{"spacy": "spacy" in sys.modules, "quotes": quotes}}))

        asyncio.run(main())
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"spacy": False, "quotes": result["quotes"]}
    assert result["quotes"] > 0


def test_the_fast_schema_check_knows_every_migration():
    from reader.store.library import MIGRATIONS
    from reader.store.migrations import migrations

    assert tuple(migration.name for migration in migrations._migrations) == MIGRATIONS


def test_reopening_reads_the_library_without_sqlite_utils(tmp_path):
    db = tmp_path / "library.db"
    article = SAMPLES / "uk-ceasefire-talks.txt"
    subprocess.run(
        [sys.executable, "-m", "reader", "analyze", str(article), "--db", str(db)],
        capture_output=True,
        check=True,
    )
    loaded = imported_after(
        "from reader.ingest import load_article\n"
        "from reader.processing import analysis_for\n"
        "from reader.store import open_library\n"
        f"with open_library({str(db)!r}) as library:\n"
        f"    analysis = analysis_for(load_article({str(article)!r}), library)\n"
        "    assert analysis.quotes and library.article(analysis.id).text\n"
    )
    assert loaded.isdisjoint(HEAVY + ("sqlite_utils",))
