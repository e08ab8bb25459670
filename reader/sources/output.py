"""``reader sources`` output: a table to read, JSON or CSV to process."""

from __future__ import annotations

import csv
import io
import json

from reader.sources.report import KINDS, Shares, SourcesReport
from reader.textsafety import one_line
from reader.wording import counted

CSV_COLUMNS = ("speaker", "kind", "quotes", "words", "articles", "outlets", "first", "last")
KIND_NAMES = {"person": "named people", "organisation": "organisations", "unnamed": "unnamed"}


def as_json(report: SourcesReport) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)


def as_csv(report: SourcesReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in report.speakers:
        data = row.to_json()
        data["outlets"] = "; ".join(data["outlets"])
        writer.writerow(data[column] for column in CSV_COLUMNS)
    return out.getvalue()


def shares_line(shares: Shares) -> str:
    parts = ", ".join(f"{KIND_NAMES[k]} {shares.share(k):.0%}" for k in KINDS)
    articles = len(shares.articles)
    return f"{counted(shares.quotes, 'quote')} in {counted(articles, 'article')}: {parts}"


def as_table(report: SourcesReport, limit: int | None = None) -> str:
    """Speakers, most quoted first; then the shares for all and per outlet."""
    header = ("speaker", "kind", "quotes", "words", "articles", "outlets", "first", "last")
    rows = [header]
    for row in report.speakers[:limit]:
        rows.append(
            (
                one_line(row.name, 40),
                row.kind,
                str(row.quotes),
                str(row.words),
                str(len(row.articles)),
                str(len(row.outlets)),
                row.first.isoformat() if row.first else "",
                row.last.isoformat() if row.last else "",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = [_line(r, widths) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines += ["", shares_line(report.total)]
    for outlet, shares in sorted(report.outlets.items(), key=lambda item: item[0].casefold()):
        lines.append(f"  {one_line(outlet, 40)}: {shares_line(shares)}")
    return "\n".join(lines)


def _line(cells: tuple[str, ...], widths: list[int]) -> str:
    numeric = {2, 3, 4, 5}
    return "  ".join(
        cell.rjust(width) if i in numeric else cell.ljust(width)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ).rstrip()
