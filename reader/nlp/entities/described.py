"""Names the article itself shows to be people's, where the statistical NER saw none.

The model misses names made of common words ("Hope Winter", "Will Strong") and unfamiliar ones
("Priya Raghunathan" read as a place called "Raghunathan"). Two or three name words are a
person's name when

- ", a/an/the <role>" follows, set beside the name by the parse ("Hope Winter, a fisheries
  economist, said"), or ", who" does (for a name read as an organisation, with a singular
  verb: "…, who runs a café"), or an age (", 34,"),
- "and her husband" or "'s daughter" follows (kin),
- the last of them later speaks on its own ("Hope Winter runs the café. … Winter said") or
  takes an honorific ("Ms Winter"),

unless the model read exactly those words as an organisation or a place and the noun only ends
like a role ("Tidewater Power, an energy supplier").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from reader.nlp.entities.person_cues import aged, is_initial, is_name_word, is_particle
from reader.nlp.entities.spans import opening_preposition
from reader.nlp.token_lookup import token_indexes
from reader.nlp.words import (
    BUILDING_WORDS,
    CORPORATE_SUFFIXES,
    HONORIFICS,
    HYPHENS,
    KIN_NOUNS,
    MONTHS,
    ORG_DESIGNATORS,
    PERSON_ROLES,
    ROLE_LOOKALIKES,
    SPEECH_VERBS,
    TITLES,
    WEEKDAYS,
)

_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "person")
_PEOPLE = frozenset(
    {
        "shopkeeper",
        "teacher",
        "nurse",
        "doctor",
        "surgeon",
        "farmer",
        "student",
        "resident",
        "pensioner",
        "campaigner",
        "volunteer",
        "researcher",
        "scientist",
        "engineer",
        "academic",
        "lecturer",
        "landlord",
        "tenant",
        "trader",
        "chef",
        "firefighter",
        "paramedic",
        "midwife",
        "carer",
        "veteran",
    }
)
"""Nouns for people, beside a name ("Jo Roe, a retired teacher,"); not role words before one,
where many are the first word of a title ("Resident Evil", "Doctor Who")."""
_ROLE_ENDINGS = ("er", "or")
_NOT_PEOPLE = frozenset({"newspaper", "paper", "supplier", "provider", "operator", "carrier"})
_KEPT_AS_IS = frozenset({"ORG", "GPE", "LOC", "FAC"})
_NOT_NAMES = frozenset({"NORP"})
_ADDRESSES = HONORIFICS | TITLES
_HONORIFIC_FORMS = HONORIFICS | {word + "." for word in HONORIFICS}  # "Ms", "Mr."
NOT_PERSON_ENDS = ORG_DESIGNATORS | CORPORATE_SUFFIXES | BUILDING_WORDS
"""Last words of a firm's or a building's name, which no person's name ends with."""
_NOT_PERSON_ENDS = NOT_PERSON_ENDS | {"show", "programme"}
_MAX_WORDS = 3
_OPENERS = frozenset({"CCONJ", "SCONJ", "ADV", "ADP", "DET", "PRON", "INTJ"})
_ROLE_REACH = 5
_PASSIVE_SPEECH = frozenset({"quoted"})
_SPOKE = frozenset({"spoke", "speaks"})
"""Not verbs that bring a quote, but a person speaks ("X spoke at the meeting"); a firm says."""
_COPULAS = frozenset({"is", "was"})
_REPLIES = frozenset({"reply", "remarks", "words"})
"""What a person says, owned ("X's reply was blunt"); a firm's is a statement or a response."""


def described_people(doc: Doc, in_caps: Callable[[int], bool], families: set[str]) -> list[Span]:
    """``families`` are the surnames of the full names the model found (``family_names``)."""
    found = []
    for comma in token_indexes(doc, "ORTH", {","}):
        if comma + 2 >= len(doc):
            continue
        after = doc[comma + 1].lower_
        if after == "who":
            role = "who"  # only people are "who" (and, in British sports pages, teams)
        elif after in {"a", "an", "the"}:
            role = _role_beside(doc, comma)
        elif aged(doc[comma - 1 : comma]):
            role = "age"  # "Ines Roe, 34, runs …"
        else:
            continue
        if in_caps(doc[comma].idx) or role is None:
            continue
        start = name_start(doc, comma)
        if start is None or (doc[comma - 1].text in families and doc[comma - 1].ent_type):
            continue  # a longer form of a found name ("Nurse Ines Roe"), not a second Roe
        typed = _typed_whole(doc[start:comma])
        team_who = role == "who" and typed == "ORG" and not _singular_after(doc, comma + 2)
        if (role == "weak" and typed) or team_who:
            continue  # "Tidewater Power, an energy supplier", "Wexley Rovers, who won"
        found.append(Span(doc, start, comma, label="PERSON"))
    return found


def role_holders(doc: Doc, in_caps: Callable[[int], bool], families: set[str]) -> list[Span]:
    """Two or three name words that are the subject of "is" or "was" with a person's role as
    its complement: "Ines Varga is the harbour board chairman", "… was a fisheries economist"."""
    found = []
    for i in token_indexes(doc, "LOWER", _COPULAS):
        roles = [c for c in doc[i].children if c.dep_ == "attr" and _role_word(c)]
        subjects = [c for c in doc[i].children if c.dep_ == "nsubj" and c.i < i]
        if not roles or not subjects:
            continue
        name = subjects[0]
        if in_caps(name.idx) or name.text in families or name.ent_type_ == "PERSON":
            continue
        start = name_start(doc, name.i + 1) if name.pos_ == "PROPN" else None
        if start is not None:
            found.append(Span(doc, start, name.i + 1, label="PERSON"))
    return found


def kin_people(doc: Doc, in_caps: Callable[[int], bool], families: set[str]) -> list[Span]:
    """Two or three name words with a husband, a daughter …: "Ines Roe and her husband",
    "Ines Roe's daughter" (only a person is someone's kin)."""
    found = []
    for i in token_indexes(doc, "LOWER", KIN_NOUNS):
        kin = doc[i]
        if kin.dep_ == "conj" and any(c.lower_ in {"her", "his"} for c in kin.children):
            name = kin.head  # "Ines Roe and her husband"
        else:
            owners = [c for c in kin.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            name = owners[0] if owners else None  # "Ines Roe's husband"
        if name is None or name.i > i or in_caps(name.idx):
            continue
        named_kin = [c for c in kin.children if c.dep_ == "appos" and c.text == name.text]
        if name.text in families and not named_kin:
            continue  # but "Ines Roe and her brother Lewis Roe" are two of one family
        start = name_start(doc, name.i + 1)
        if start is not None and proper_nouns(doc[start : name.i + 1]):
            found.append(Span(doc, start, name.i + 1, label="PERSON"))
    return found


def speaking_surnames(doc: Doc, in_caps: Callable[[int], bool], families: set[str]) -> list[Span]:
    """Untyped runs of proper nouns whose last word is later the subject of a verb of saying
    on its own ("Winter said") or follows an honorific ("Ms Winter")."""
    speaking = {
        child.text
        for i in token_indexes(doc, "LOWER", SPEECH_VERBS)
        for child in doc[i].children
        if child.dep_ == "nsubj" and _alone(child)
    }
    speaking |= {  # "Ms Varga": only a person takes an honorific
        doc[i + 1].text
        for i in token_indexes(doc, "LOWER", _HONORIFIC_FORMS)
        if i + 1 < len(doc) and is_name_word(doc[i + 1]) and doc[i].whitespace_
    }
    found = []
    for i in token_indexes(doc, "ORTH", speaking - families):
        token = doc[i]
        if in_caps(token.idx) or i + 1 >= len(doc):
            continue
        start = name_start(doc, i + 1)
        if start is None or not proper_nouns(doc[start : i + 1]):
            continue
        run = doc[start : i + 1]
        if _typed_whole(run) or any(t.ent_type_ == "PERSON" for t in run):
            continue  # the model's own reading of the whole name stands
        if any(t.ent_type_ in _KEPT_AS_IS for t in run[:-1]):
            continue  # a place or firm before the surname ("Alma Quay" + "Roe")
        found.append(Span(doc, start, i + 1, label="PERSON"))
    return found


def speaking_names(doc: Doc, in_caps: Callable[[int], bool], families: set[str]) -> list[Span]:
    """Runs of two or three proper nouns that are themselves the subject of a verb of saying
    ("Priya Raghunathan wrote: …", "… was quoted as saying", "… spoke") or own a reply ("…'s
    reply was blunt"), where the model typed no more than the last word, as a place or a firm
    of its own: an organisation is named whole."""
    found = []
    for i in token_indexes(doc, "LOWER", SPEECH_VERBS | _PASSIVE_SPEECH | _SPOKE | _REPLIES):
        speaker = {"poss"} if doc[i].lower_ in _REPLIES else {"nsubj", "nsubjpass"}
        for child in doc[i].children:
            if child.dep_ not in speaker or in_caps(child.idx):
                continue
            start = name_start(doc, child.i + 1)
            if start is None or child.text in families or (start and doc[start - 1].is_quote):
                continue  # "'Harbour Nights,' he replied": a title quoted, not a speaker
            run = doc[start : child.i + 1]
            if run[-1].lower_ in NOT_PERSON_ENDS:
                continue  # "Pellow Street said": the office there, not a person
            if proper_nouns(run) and _only_last_typed(run):
                found.append(Span(doc, start, child.i + 1, label="PERSON"))
    return found


def proper_nouns(run: Span) -> bool:
    """Every word a proper noun, the hyphens inside a name aside ("Adeyemi-Cole")."""
    return all(t.pos_ == "PROPN" or t.text in HYPHENS for t in run)


def _only_last_typed(run: Span) -> bool:
    """No word but the last has a type, and the last, if typed, is a one-word place or firm."""
    last = run[-1]
    if any(t.ent_type_ for t in run[:-1]):
        return False
    if not last.ent_type_:
        return True
    alone = last.ent_iob_ == "B" and (last.i + 1 == len(last.doc) or last.nbor().ent_iob_ != "I")
    return alone and last.ent_type_ in _KEPT_AS_IS


def family_names(ents: tuple[Span, ...]) -> set[str]:
    """Surnames of the full names the model found: a second "Ines Roe" it missed would take
    the bare "Roe" mentions away from the first (two people of one name share none). "Ms Roe"
    is not a full name."""
    full = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
    return {e[-1].text for e in full if e[0].lower_.rstrip(".") not in _ADDRESSES}


def _alone(token: Token) -> bool:
    """A name word on its own: no name word or "the" before it."""
    if not (is_name_word(token) and token.pos_ == "PROPN") or token.i == 0:
        return token.i == 0 and is_name_word(token)
    before = token.doc[token.i - 1]
    return not is_name_word(before) and before.lower_ != "the"


def _singular_after(doc: Doc, i: int) -> bool:
    """ "…, who runs a café", "…, who was": a team is "who run", "who were"."""
    verbs = [t for t in doc[i : i + 3] if t.pos_ in {"VERB", "AUX"}]
    return bool(verbs) and (verbs[0].tag_ == "VBZ" or verbs[0].lower_ == "was")


def _role_beside(doc: Doc, comma: int) -> str | None:
    """How surely the noun after ", a" (before the next comma), set beside the name before it,
    is a person's role: "strong" ("economist", "shopkeeper"), "weak" (a word that only ends like
    one: "supplier"), or None."""
    for token in doc[comma + 2 : comma + 2 + _ROLE_REACH]:
        if token.text in {",", ".", ";", ":"}:
            return None
        if token.dep_ == "appos" and token.head.i == comma - 1:
            return person_noun(token) if token.pos_ == "NOUN" else None
    return None


def _role_word(token: Token) -> bool:
    """A noun only a person is ("chairman", "economist", "the MP"); not a title's first word
    ("Home Secretary"), kin ("the mother of parliaments") or a paper ("the Guardian")."""
    word = token.lower_
    if token.pos_ == "PROPN":
        return word in PERSON_ROLES
    return token.pos_ == "NOUN" and (
        word in PERSON_ROLES or word in _PEOPLE or word.endswith(_PERSON_ENDINGS)
    )


def person_noun(token: Token) -> str | None:
    word = token.lower_
    if word in PERSON_ROLES or word in KIN_NOUNS or word in _PEOPLE or word in TITLES:
        return "strong"  # "…, the harbour board chair,"
    if word.endswith(_PERSON_ENDINGS):  # "economist", "historian", "fisherman"
        return "strong"
    if word in ROLE_LOOKALIKES or word in _NOT_PEOPLE:
        return None
    return "weak" if word.endswith(_ROLE_ENDINGS) else None


def name_start(doc: Doc, end: int) -> int | None:
    """Where the run of two or three name words before ``end`` starts, if it is one."""
    comma = end
    start, words = comma, 0
    while start > 0 and words < _MAX_WORDS and _name_word(doc[start - 1]):
        if start < comma and doc[start - 1].whitespace_ != " ":
            break
        start -= 1
        words += 1
        while start > 1 and hyphen_joined(doc, start - 1):
            start -= 2  # "Mary-Kate": one word
        inner = start - 1
        while inner > 0 and _inner(doc[inner]):
            inner -= 1
        if inner < start - 1 and _name_word(doc[inner]):
            start = inner + 1  # "Ines van der Roon", "Ana P. Lind": no words of their own
    # "But Bill Price, …"; "Outside Roe's house" read as one name
    opener = start < comma and (doc[start].pos_ in _OPENERS or opening_preposition(doc[start]))
    if opener:
        start += 1
        words -= 1
    before = doc[start - 1] if start > 0 else None
    longer = before is not None and is_name_word(before) and before.pos_ not in _OPENERS
    if words < 2 or (not opener and longer):
        return None  # one word, or a longer capitalised run than a name
    first = doc[start].lower_.rstrip(".")
    if first in TITLES or first in HONORIFICS or first == "the":
        return None
    if start > 0 and doc[start - 1].lower_ == "the" or doc[end - 1].lower_ in _NOT_PERSON_ENDS:
        return None  # "the Harbour Review Show, who …": a person is never "the X"
    return start


def _name_word(token: Token) -> bool:
    """Not a plural ("Republicans Jolly"), a group's name ("Democrat"), a month or a day."""
    return (
        is_name_word(token)
        and token.ent_type_ not in _NOT_NAMES
        and token.lower_ not in MONTHS
        and token.lower_ not in WEEKDAYS
    )


def _inner(token: Token) -> bool:
    """A particle or an initial inside a name."""
    return is_initial(token) or is_particle(token)


def hyphen_joined(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a hyphen joining two name words with no space."""
    return (
        doc[i].text in HYPHENS
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and is_name_word(doc[i - 1])
    )


def _typed_whole(name: Span) -> str | None:
    """The label, if the model read exactly these words as an organisation or a place."""
    ents = [t.ent_type_ for t in name]
    whole = ents[0] in _KEPT_AS_IS and len(set(ents)) == 1 and name[0].ent_iob_ == "B"
    return ents[0] if whole else None
