"""``reader analyze --out DIR``: analyses written as a dataset folder, append-safe and resumable.

- ``--format parquet``: one folder per table of ``reader.tables`` (``DIR/articles/``,
  ``DIR/quotes/`` …), each holding Parquet part files; ``pyarrow.parquet.read_table(DIR/"quotes")``
  or ``pandas.read_parquet`` reads a whole table.
- ``--format jsonl``: ``DIR/analyses/`` holds JSONL part files, one article a line (the schema
  of ``reader analyze``), each line written as its analysis arrives.

Every run writes parts of its own (named by its start time and a random tag), so runs never
touch each other's files. A part is written under a dot-name and renamed when complete; readers
(and pyarrow) ignore dot-names, so a run stopped half-way leaves only whole parts. A new run
first reads which articles the folder holds for the same model and pipeline version and skips
them (and any article seen twice in its own input).
"""

from __future__ import annotations

import json
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reader.errors import ReaderError
from reader.model import Analysis
from reader.seen_ids import SeenIds
from reader.store.connection import now
from reader.tables import TABLES, dataset_rows

FORMATS = ("jsonl", "parquet")
ARTICLES_PER_PART = 2_000
"""Articles in a part (a file per table), and how much a stopped run redoes."""
ARTICLES_PER_ROW_GROUP = 250
"""Parquet: an analysis becomes table rows as it arrives, and the rows of this many articles
are written as one row group of the part's files. Holding a whole part's analyses until its
end took ~220 MB more at the peak (2,000 news articles) and gave the collector ~250,000 more
objects to walk."""
JSONL_FOLDER = "analyses"
_ARROW_TYPES = {"text": "string", "int": "int64", "float": "float64", "number": "float64"}


class DatasetWriter:
    """Writes analyses into ``out`` in ``fmt``; ``seen(id)`` tells what is already there."""

    def __init__(self, out: Path, fmt: str, model: str, version: str) -> None:
        if fmt not in FORMATS:
            raise ReaderError(f"unknown output format {fmt!r} (use {' or '.join(FORMATS)})")
        if fmt == "parquet":
            _require_pyarrow()
        self.out, self.fmt, self.model, self.version = Path(out), fmt, model, version
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ReaderError(f"cannot create {self.out}: {error.strerror}") from None
        self.run = f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{secrets.token_hex(3)}"  # sorts by time
        self.parts = 0
        self.written = 0
        self.done = self._already_there()
        self.found = len(self.done)
        self._next_entity = self._highest_entity_id() + 1
        self._rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        self._in_group = 0
        self._tables: _ParquetPart | None = None
        self._written_at = ""
        """When the Parquet part being written was started: its rows' ``created_at``."""
        self._in_part = 0
        self._lines: BinaryIO | None = None
        """JSONL: the part being written, line by line, under its dot-name (memory stays the
        same however many parts a run writes: no part is held whole)."""
        self._lines_path = self.out

    def seen(self, article_id: str) -> bool:
        """True when this article is already in the folder (or in this run) for this pipeline."""
        return article_id in self.done

    def write(self, analysis: Analysis) -> bool:
        """Add ``analysis`` to the part being written (a part is complete every
        ``ARTICLES_PER_PART``); False when the article was written before and is left out.

        A JSONL line goes to the part's file at once; Parquet rows are kept until their row
        group is complete (``ARTICLES_PER_ROW_GROUP``)."""
        if analysis.model != self.model or analysis.version != self.version:
            raise ReaderError("an analysis from another pipeline reached the writer")
        if analysis.id in self.done:
            return False
        self.done.add(analysis.id)
        if self.fmt == "jsonl":
            line = json.dumps(analysis.to_json(), ensure_ascii=False) + "\n"
            self._jsonl_part().write(line.encode())
        else:
            self._add_rows(analysis)
        self._in_part += 1
        self.written += 1
        if self._in_part >= ARTICLES_PER_PART:
            self.flush()
        return True

    def flush(self) -> None:
        """Complete the part being written (renamed from its dot-name into place)."""
        if not self._in_part:
            return
        self._in_part = 0
        if self._lines is not None:
            lines, self._lines = self._lines, None
            lines.close()
            os.replace(lines.name, self._lines_path)
            return
        self._write_row_group()
        assert self._tables is not None
        tables, self._tables = self._tables, None
        tables.close()

    def _add_rows(self, analysis: Analysis) -> None:
        if self._tables is None:
            self.parts += 1
            self._tables = _ParquetPart(self.out, f"part-{self.run}-{self.parts:05d}")
            self._written_at = now()
        found = dataset_rows(analysis, self._next_entity, self._written_at)
        self._next_entity += len(analysis.entities)
        for table, rows in found.items():
            self._rows[table] += rows
        self._in_group += 1
        if self._in_group >= ARTICLES_PER_ROW_GROUP:
            self._write_row_group()

    def _write_row_group(self) -> None:
        if self._tables is not None and self._in_group:
            self._tables.write(self._rows)
        self._rows = {table: [] for table in TABLES}
        self._in_group = 0

    def close(self) -> None:
        self.flush()

    def _jsonl_part(self) -> BinaryIO:
        """The open JSONL part, started when its first line comes."""
        if self._lines is None:
            self.parts += 1
            path = self.out / JSONL_FOLDER / f"part-{self.run}-{self.parts:05d}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            self._lines, self._lines_path = _temporary(path).open("wb"), path
        return self._lines

    def __enter__(self) -> DatasetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _already_there(self) -> SeenIds:
        if self.fmt == "jsonl":
            return SeenIds(_jsonl_ids(self.out / JSONL_FOLDER, self.model, self.version))
        return SeenIds(_parquet_ids(self.out / "analyses", self.model, self.version))

    def _highest_entity_id(self) -> int:
        """Entities are numbered across the folder, as a library numbers them."""
        if self.fmt != "parquet":
            return 0
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        highest = 0
        for part in _parts(self.out / "entities", ".parquet"):
            ids = pq.read_table(part, columns=["id"]).column("id")
            if len(ids):
                highest = max(highest, pc.max(ids).as_py())
        return highest


def _parts(folder: Path, suffix: str) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"*{suffix}") if not p.name.startswith((".", "_")))


def _jsonl_ids(folder: Path, model: str, version: str):
    for part in _parts(folder, ".jsonl"):
        with part.open(encoding="utf-8") as lines:
            for line in lines:
                try:
                    record = json.loads(line)
                    pipeline = record["pipeline"]
                    if pipeline["model"] == model and pipeline["version"] == version:
                        yield record["id"]
                except (ValueError, KeyError, TypeError):
                    continue  # not one of ours: left alone


def _parquet_ids(folder: Path, model: str, version: str):
    import pyarrow.parquet as pq

    for part in _parts(folder, ".parquet"):
        table = pq.read_table(part, columns=["article_id", "model", "version"]).to_pydict()
        columns = (table["article_id"], table["model"], table["version"])
        for article_id, m, v in zip(*columns, strict=True):
            if m == model and v == version:
                yield article_id


def arrow_schema(table: str):
    """The pyarrow schema of one of ``reader.tables.TABLES``."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, _ARROW_TYPES[kind])()) for name, kind in TABLES[table]])


class _ParquetPart:
    """One part: a file per table, written a row group at a time under its dot-name and
    renamed into place by ``close``."""

    def __init__(self, out: Path, name: str) -> None:
        import pyarrow.parquet as pq

        self.paths = {table: out / table / f"{name}.parquet" for table in TABLES}
        self.writers = {}
        for table, path in self.paths.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            self.writers[table] = pq.ParquetWriter(_temporary(path), arrow_schema(table))

    def write(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        import pyarrow as pa

        for table, writer in self.writers.items():
            if rows[table]:
                writer.write_table(pa.Table.from_pylist(rows[table], schema=writer.schema))

    def close(self) -> None:
        for table, writer in self.writers.items():
            writer.close()
            os.replace(_temporary(self.paths[table]), self.paths[table])


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


def _require_pyarrow() -> None:
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise ReaderError("Parquet output needs pyarrow: pip install 'reader[parquet]'")
