"""A small generated corpus of invented news articles, each with its own text."""

from __future__ import annotations

import json
from pathlib import Path

PEOPLE = ["Mara Lind", "Tom Reyes", "Ines Varga", "Kwame Obi", "Lena Berg", "Rafael Costa"]
PLACES = ["Port Alma", "Wexley", "Calderbay", "Northfield", "Brenmoor"]
ORGS = ["the Harbour Board", "Orbin Ltd", "the Fishers' Union", "Wexley Council"]


def article(index: int) -> str:
    person = PEOPLE[index % len(PEOPLE)]
    other = PEOPLE[(index * 5 + 1) % len(PEOPLE)]
    place = PLACES[index % len(PLACES)]
    org = ORGS[index % len(ORGS)]
    return (
        f"{place} {['talks', 'vote', 'strike', 'budget'][index % 4]} latest ({index})\n\n"
        f"{org} said on Monday that {index + 3} jobs in {place} would go by {2030 + index % 7}.\n\n"
        f'"We were never told," said {person}, who has worked there for {index % 30 + 2} years. '
        f'"Nobody in {place} expected this."\n\n'
        f"{other}, a spokesperson for {org}, said costs had risen {index % 40 + 5} per cent.\n"
    )


def texts(count: int) -> list[str]:
    return [article(index) for index in range(count)]


def write_folder(folder: Path, count: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(start, start + count):
        (folder / f"article-{index:04d}.txt").write_text(article(index), encoding="utf-8")
    return folder


def write_jsonl(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for index in range(start, start + count):
            record = {"doc": f"n{index}", "body": article(index), "outlet": "The Wexley Post"}
            out.write(json.dumps(record) + "\n")
    return path
