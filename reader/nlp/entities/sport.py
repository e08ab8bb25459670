"""Names in sports reports: clubs named after their town, and competitions.

A club named after its town or county ("Dunmore beat Halsey 3-1") is read by the model as the
place (or, alone, as a person). The text says it is a side when, in a sports report (scores, or
one name beating or playing another), the name competes (subject or object of "beat", "defeated",
"drew"; "victory over X", "against X", "scored for X") or is a collective subject ("Dunmore are
top", "Dunmore extended their lead"). Country names are left alone: a national side keeps its
country's name and label. A person the article names in full or with a role is never a side.
Every mention of a side's name becomes ORG, except a dateline's. A name the article also uses as
a place ("in X", "at X") or a nation (its nationality word appears) is left alone.

A competition is an event, not an organisation: a name ending in "Cup", "Trophy",
"Championship", "Games" ("the Harbour Cup"), or, in a text with scores, "League".
"""

from __future__ import annotations

import functools
from collections.abc import Container

from spacy.tokens import Doc, Span

from reader.nlp.doc_text import doc_text
from reader.nlp.entities.joins import is_results_report
from reader.nlp.token_lookup import token_indexes
from reader.nlp.words import (
    COMPETE_NOUNS,
    COMPETE_VERBS,
    COMPETITION_WORDS,
    DEMONYM_ENDINGS,
    PLACE_NOUNS,
    SCORE_VERBS,
)

NATION_STEM = 4
"""Letters a country's name shares with its nationality word: "Engl-and", "Engl-ish"."""
_CANDIDATE_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP", "ORG"})
_TOWN_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "npadvmod"})  # "beat Halsey 2-1" parses as an adverbial
_AUXILIARIES = frozenset({"aux", "auxpass"})
_STATE_WORDS = frozenset({"republic", "kingdom", "states", "emirates", "federation"})


def relabel_teams(spans: list[Span], keep: list[Span], people: Container[str], key) -> list[Span]:
    """``spans`` with the mentions of sides relabelled ORG. ``keep`` (datelines) stay places;
    ``people`` are name keys the article vouches for as persons."""
    if not spans or not _sports_text(spans[0].doc, spans):
        return spans
    spans = _with_nicknames(spans[0].doc, spans)
    sides = _side_names(spans, people, key)
    kept = {(s.start, s.end) for s in keep}
    return [
        Span(span.doc, span.start, span.end, label="ORG")
        if key(span.text) in sides and span.label_ != "ORG" and (span.start, span.end) not in kept
        else span
        for span in spans
    ]


def _side_names(spans: list[Span], people: Container[str], key) -> set[str]:
    countries = _countries()
    candidates = [
        span
        for span in spans
        if span.label_ in _CANDIDATE_LABELS
        and not _country(key(span.text), countries)
        and not (span.label_ == "NORP" and span.text.lower().endswith(DEMONYM_ENDINGS))
        and key(span.text) not in people
        and not (span.label_ in {"PERSON", "ORG"} and len(span) > 1)
    ]
    sides = {key(span.text) for span in candidates if _collective(span) or _competes(span)}
    by_token = {i: span for span in candidates for i in range(span.start, span.end)}
    for span in candidates:  # "Dunmore, Halsey and Kirkby": a list of sides
        root = span.root
        linked = [root.head] if root.dep_ == "conj" else []
        linked += [t for t in root.children if t.dep_ == "conj"]
        if any(t.i in by_token and key(by_token[t.i].text) in sides for t in linked):
            sides.add(key(span.text))
    return sides - _places_of(spans, key)


def competitions(spans: list[Span]) -> list[Span]:
    """Names of competitions the model read as an organisation, place or person, as EVENT."""
    if not spans:
        return spans
    sport = None
    out = []
    for span in spans:
        last = span[-1].lower_
        if span.label_ in _CANDIDATE_LABELS | {"ORG"} and span[-1].is_alpha:
            if last == "league" and sport is None:
                sport = is_results_report(doc_text(span.doc))
            if last in COMPETITION_WORDS or (last == "league" and sport):
                span = Span(span.doc, span.start, span.end, label="EVENT")
        out.append(span)
    return out


def _places_of(spans: list[Span], key) -> set[str]:
    """Names the article itself treats as a place or a nation: "in Dunmore", "at Dunmore", or
    a name whose nationality word it uses ("Brenland" beside "Brenlish"). A national side is
    named by its country, and stays a place."""
    places = {key(span.text) for span in spans if _after_town_preposition(span)}
    stems = {
        span.text[:NATION_STEM].lower()
        for span in spans
        if span.label_ == "NORP" and span.text.lower().endswith(DEMONYM_ENDINGS)
    }
    places |= {
        key(span.text)
        for span in spans
        if len(span) == 1
        and len(span.text) > NATION_STEM
        and span.text[:NATION_STEM].lower() in stems
    }
    return places


def _with_nicknames(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Dunmore Otters", "beat the Otters": a capitalised plural after "the", with the
    capitalised words before it, is a side's name, though the model read a place and a
    nationality in it, or nothing at all. A lone plural needs a result ("beat the Otters")."""
    # a person's name is never part of a side's, unless it is the plural alone ("Otters")
    people = {
        i
        for span in spans
        if span.label_ == "PERSON" and not (len(span) == 1 and span[0].tag_ == "NNPS")
        for i in range(span.start, span.end)
    }
    found = []
    for end in token_indexes(doc, "TAG", ["NNPS", "NNP"]):
        if doc[end].tag_ == "NNP" and not doc[end].lower_.endswith("s"):
            continue  # the tagger calls some plural names singular ("the Kestrels")
        start = end
        while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title:
            start -= 1
        name = doc[start : end + 1]
        if (
            start == 0
            or doc[start - 1].lower_ != "the"
            or not all(t.is_title for t in name)
            or any(t.i in people for t in name)
            or name[-1].lower_ in _STATE_WORDS
            or name[-1].lower_.removesuffix("s") in PLACE_NOUNS  # "the Coral Islands"
            or name[0].lower_.endswith(DEMONYM_ENDINGS)
            or (len(name) == 1 and not _competes(name))
            or _name_goes_on(doc, end + 1)
        ):
            continue
        found.append(Span(doc, start, end + 1, label="ORG"))
    if not found:
        return spans
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return sorted(kept + found, key=lambda s: s.start)


def _name_goes_on(doc: Doc, i: int) -> bool:
    """ "the Lay Volunteers International", "the Volunteers' International Office"."""
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    return i < len(doc) and doc[i].is_title


def _sports_text(doc: Doc, spans: list[Span]) -> bool:
    """Scores in the text, or one name beating or playing another ("Dunmore beat Halsey by
    39 runs")."""
    if is_results_report(doc_text(doc)):
        return True
    named = {i for span in spans for i in range(span.start, span.end)}
    for span in spans:
        root = span.root
        if (
            root.dep_ == "nsubj"
            and root.head.lower_ in COMPETE_VERBS
            and any(t.dep_ in _OBJECTS and t.i in named for t in root.head.children)
        ):
            return True
    return False


def _competes(span: Span) -> bool:
    """ "X beat Y", "beat X", "victory over X", "against X", "homered for X"."""
    root = span.root
    head = root.head
    if root.dep_ in _OBJECTS:
        return head.lower_ in COMPETE_VERBS
    if root.dep_ in _SUBJECTS:
        # "X beat Halsey", not "X must play their next game"
        return head.lower_ in COMPETE_VERBS and any(
            t.dep_ in _OBJECTS and t.tag_ in {"NNP", "NNPS"} for t in head.children
        )
    if root.dep_ != "pobj":
        return False
    preposition = head.lower_
    owner = head.head.lower_
    if preposition in {"against", "over"}:
        return owner in COMPETE_NOUNS or owner in COMPETE_VERBS
    if preposition == "to":
        return owner in {"lose", "loses", "lost", "losing", "loss", "defeat"}
    if preposition == "for":
        return owner in SCORE_VERBS
    return False


def _collective(span: Span) -> bool:
    """A singular name as the subject of a plural verb ("Dunmore are", "Dunmore look") or of a
    clause that says "their": a group of people, not one person or a place."""
    root = span.root
    if root.dep_ not in _SUBJECTS or root.tag_ not in {"NNP", "NN"}:
        return False
    verb = root.head
    if verb.tag_ == "VBP" or any(t.dep_ in _AUXILIARIES and t.tag_ == "VBP" for t in verb.children):
        return True
    clause = [t for t in verb.subtree if t.i >= span.end]
    if any(t.dep_ in _SUBJECTS for t in clause):
        return False  # "their" may belong to another subject's clause
    return any(t.lower_ == "their" for t in clause)


def _after_town_preposition(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in _TOWN_PREPOSITIONS


def _country(key: str, countries: frozenset[str]) -> bool:
    """A country's name, also in a long form Babel does not list ("the Czech Republic")."""
    return key in countries or key.rsplit(None, 1)[-1] in _STATE_WORDS


@functools.cache
def _countries() -> frozenset[str]:
    try:
        from babel import Locale

        return frozenset(name.lower() for name in Locale("en").territories.values())
    except (ImportError, ValueError):  # Babel missing or without English data
        return frozenset()
