"""The head of a plain-text or Markdown article: the lines above the body that are not body text.

A news file saved as text usually opens with a headline, perhaps a standfirst, a byline ("By Jane
Okafor, Health Editor"), a publication line ("Published: 4 March 2026 - 09:15"), an outlet or
section label and picture credits, in varying order. ``find_head`` marks those lines as offsets
into the text, which stays as it is (the head is a view over it, like every other layer), and
``head_metadata`` reads the title, byline and ISO 8601 publication date from them.

How the head ends: lines are read from the top while each is a head line. Byline, date and
credit lines say so themselves; the first other line is the headline; short lines without a
full stop are labels; a sentence-length line is a standfirst when a byline, date or credit still
follows it, or when it has no closing full stop (standfirsts often have none). The first line that
is none of these, or a full sentence after the last byline/date/credit, is the body.

The library keeps what these rules read (``model.HEAD_RULES``): bump it when they change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.ingest.dates import TIME_LINE, is_date_line, iso_date
from reader.model import HeadLine

MAX_HEAD_LINES = 16
"""Lines looked at from the top; a head is rarely half that."""
MAX_TITLE_CHARS = 200
MAX_STANDFIRST_WORDS = 60
MAX_LABEL_WORDS = 5
MAX_SENTENCES_BEFORE_BYLINE = 2
"""Sentences a byline may come after and still be the head's (a standfirst's length)."""
META = frozenset({"byline", "published", "credit"})

_LINE = re.compile(r"[^\n]+")
_BYLINE = re.compile(
    r"^\W{0,3}(?:by|words by|written by|reporting by|author:)\s+(?P<rest>.+?)\W{0,3}$", re.I
)
_SEPARATORS = re.compile(r"\s*(?:,|\s[-–—·|]\s|\s[·|])\s*")
_NAME_JOIN = re.compile(r"\s+(?:and|&)\s+")
_PLACE_TAIL = re.compile(r"\s+(?:in|at)\s+[A-Z][\w'’. -]*$")
_ROLE_NOUNS = frozenset(
    """correspondent editor reporter writer journalist columnist commentator analyst critic
    contributor producer presenter photographer correspondents reporters""".split()  # noqa: SIM905
)
"""The head word of a journalist's job title: "Environment correspondent"."""
_ROLE_WORDS = _ROLE_NOUNS | frozenset(
    """staff desk bureau team chief senior junior and of the for &
    political health science business economics economy foreign home affairs technology tech
    sport sports culture arts environment education crime security defence defense diplomatic
    data investigations investigative news digital deputy associate assistant managing executive
    special agencies social world media legal transport energy climate""".split()  # noqa: SIM905
)
"""Words of a job title: a byline part holding one is a role ("Political Correspondent"),
never a name."""
_FUNCTION_WORDS = frozenset("with to in on at as after over by from into is are".split())  # noqa: SIM905
_PARTICLES = frozenset(
    "de da di do du del della der den van von la le al el bin ibn ben st. mac mc o' y".split()  # noqa: SIM905
)
_CREDIT = re.compile(
    r"^\W{0,2}(?:photo(?:graph)?s?|pictures?|images?|credit|illustration|video|graphic)"
    r"(?:\s+(?:credit|by))?\s*[:/]"
    r"|^\W{0,2}(?:pictured|picture by|photo by|©)"
    r"|\((?:photo|picture|image|credit|pictured)s?\b[^)]*\)\W*$"
    r"|^(?:getty images|reuters|ap photo|afp|pa(?: media| wire)?|epa|shutterstock|alamy)\b.{0,40}$",
    re.I,
)
_SENTENCE_END = re.compile(r"""[.!?…]["'’”)\]]*$""")
_SENTENCE_BREAK = re.compile(r"""[.!?]["'’”]?\s+["“‘']?[A-Z]""")
_WORD = re.compile(r"[^\W_][\w'’.-]*")


@dataclass
class Head:
    lines: tuple[HeadLine, ...]
    title: str | None = None
    byline: str | None = None
    published: str | None = None


def find_head(text: str) -> tuple[HeadLine, ...]:
    """The head lines at the top of ``text`` (empty when it opens with the body)."""
    return read_head(text).lines


def read_head(text: str) -> Head:
    """The head lines and what they say: title, byline names, publication date (ISO 8601)."""
    lines = [m.span() for _, m in zip(range(MAX_HEAD_LINES), _LINE.finditer(text), strict=False)]
    spans = [_stripped(text, start, end) for start, end in lines]
    spans = [(start, end) for start, end in spans if end > start]
    kinds = _kinds([text[start:end] for start, end in spans])
    head = tuple(HeadLine(kind, *span) for kind, span in zip(kinds, spans, strict=False))
    return Head(head, *_metadata(text, head))


def _kinds(lines: list[str]) -> list[str]:
    """The kind of each line from the top, as far as the head goes."""
    kinds: list[str] = []
    sentences_in_a_row = 0
    for index, line in enumerate(lines):
        kind = _own_kind(line, kinds)
        if kind is None:
            if not ({"title"} | META) & set(kinds) and _headline(
                line, lines[index + 1 : index + 2]
            ):
                kind = "title"
            elif _label(line):
                kind = "label"
            elif _words(line) <= MAX_STANDFIRST_WORDS and "title" in kinds:
                kind = "standfirst"
            else:
                break
        if kind == "standfirst" and _SENTENCE_END.search(line):
            sentences_in_a_row += 1 + len(_SENTENCE_BREAK.findall(line))
            if sentences_in_a_row > MAX_SENTENCES_BEFORE_BYLINE:
                break
        elif kind in META:
            sentences_in_a_row = 0
        kinds.append(kind)
    return _without_body(lines, kinds)


def _own_kind(line: str, before: list[str]) -> str | None:
    """byline, published or credit: lines that say what they are."""
    if byline_names(line, bare="title" in before):
        return "byline"
    if is_date_line(line) or (before and before[-1] == "published" and TIME_LINE.match(line)):
        return "published"
    if _CREDIT.search(line) and _words(line) <= 30:
        return "credit"
    return None


def _headline(line: str, following: list[str]) -> bool:
    if len(line) > MAX_TITLE_CHARS or _words(line) > 30:
        return False
    if line.isupper() and _words(line) <= 3 and following and not following[0].isupper():
        return False  # "EXCLUSIVE" above the headline is a label
    return not (line.endswith(".") and _words(line) > 12)


def _label(line: str) -> bool:
    """An outlet, section or kicker: a few words and no sentence ("GB NEWS", "World | Europe")."""
    if line.endswith("|") or line.startswith("|"):
        return True
    return _words(line) <= MAX_LABEL_WORDS and not _SENTENCE_END.search(line)


def _without_body(lines: list[str], kinds: list[str]) -> list[str]:
    """Trailing standfirsts that are full sentences after the last byline/date/credit, and
    trailing labels, are the body's first lines; so is everything when there is no headline
    and no byline, date or credit."""
    last_meta = max((i for i, kind in enumerate(kinds) if kind in META), default=-1)
    end = len(kinds)
    while end > last_meta + 1 and (
        kinds[end - 1] == "label"
        or (kinds[end - 1] == "standfirst" and _SENTENCE_END.search(lines[end - 1]))
    ):
        end -= 1
    kinds = kinds[:end]
    if last_meta < 0 and "title" not in kinds:
        return []
    if last_meta >= 0:
        kinds = [_label_as_name(lines, kinds, i) for i in range(len(kinds))]
    return kinds


def _label_as_name(lines: list[str], kinds: list[str], index: int) -> str:
    """A label that only repeats a byline's names ("Jane Okafor" above "By Jane Okafor")."""
    if kinds[index] != "label":
        return kinds[index]
    names = {
        name.casefold()
        for line, kind in zip(lines, kinds, strict=False)
        if kind == "byline"
        for name in [byline_names(line)]
        if name
    }
    return "byline" if " ".join(lines[index].split()).casefold() in names else "label"


def byline_names(line: str, *, bare: bool = True) -> str | None:
    """The names of a byline ("By Jane Okafor and Tom Reyes, Health Desk" → "Jane Okafor and
    Tom Reyes"; "Tom Reyes Environment correspondent" → "Tom Reyes"); None when the line is not
    one. ``bare=False`` accepts only bylines that start with "By" (above the headline, a name
    and a role may be a Title Case headline)."""
    if _words(line) > 16:
        return None
    match = _BYLINE.match(line.strip())
    if not match:
        return _name_before_role(line.strip()) if bare else None
    names: list[str] = []
    for part in _SEPARATORS.split(match.group("rest")):
        people = _NAME_JOIN.split(_PLACE_TAIL.sub("", part.strip()))
        if not all(_is_name(person) for person in people):
            break
        names += people
    if not names:
        return None
    if len(names) == 1 and _words(names[0]) == 1 and match.group("rest").strip() != names[0]:
        return None  # "By March, prices …": one capitalised word and more after it
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _name_before_role(line: str) -> str | None:
    """A byline without "By": a name, then a job title ("Ana Ruiz, Science Editor")."""
    words = line.replace(",", " ").split()
    for split in range(2, min(5, len(words) - 1) + 1):
        name, role = words[:split], words[split:]
        unknown = [w for w in role if w.casefold() not in _ROLE_WORDS]
        if any(w.casefold() in _FUNCTION_WORDS for w in unknown):
            continue
        if role[-1].casefold() in _ROLE_NOUNS and len(unknown) <= 1 and _is_name(" ".join(name)):
            return " ".join(name)
    return None


def _is_name(words: str) -> bool:
    parts = words.split()
    if not 1 <= len(parts) <= 5:
        return False
    if any(p.casefold().strip(".,") in _ROLE_WORDS | _FUNCTION_WORDS for p in parts):
        return False
    capitalised = [p for p in parts if p.casefold() not in _PARTICLES]
    return bool(capitalised) and all(p[0].isupper() and _WORD.fullmatch(p) for p in capitalised)


def _metadata(text: str, head: tuple[HeadLine, ...]) -> tuple[str | None, str | None, str | None]:
    title = byline = published = None
    for index, line in enumerate(head):
        words = " ".join(text[line.start : line.end].split())
        if line.kind == "title" and title is None:
            title = words
        elif line.kind == "byline" and byline is None:
            byline = byline_names(words)
            published = published or _date_in_byline(words)
        elif line.kind == "published" and published is None:
            following = head[index + 1] if index + 1 < len(head) else None
            if following is not None and following.kind == "published":
                time = text[following.start : following.end].strip(" -–—|·,")
                if TIME_LINE.match(time) and not is_date_line(time):
                    words = f"{words} {time}"
            published = iso_date(words)
    return title, byline, published


def _date_in_byline(line: str) -> str | None:
    """ "By Tomás Ferreira · 14 March 2026" carries the date too."""
    for part in _SEPARATORS.split(line):
        if is_date_line(part.strip()):
            return iso_date(part)
    return None


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _words(line: str) -> int:
    return len(_WORD.findall(line))
