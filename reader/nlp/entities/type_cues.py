"""What the words around a name say about its type, when the statistical NER disagrees.

Each cue marks a name (its ``name_key``) with the label it must have throughout the article:

- an organisation noun right before it ("the militant group X", "carmaker X", "champions X") or
  a company word right after it ("X shares", "X CEO") makes it an organisation;
- a person is never "the X": a PERSON right after "the" is an organisation ("the Brewers");
- a place noun names a place ("the town of X", "X county");
- a name the article also uses as a demonym ("Tavrian" beside "Tavria") is a place;
- a multi-word name whose last word speaks on its own later ("Okafor added") is a person's;
- an initial opening a name makes it a person's ("P. Lindqvist");
- an age in commas after a name makes it a person's ("Pennock, 44, said"), and so does a role
  or honorific before it (``person_cues``), a role beside it or being someone's kin ("X is
  the widow of …").

A name with cues for two types keeps the vote of its mentions.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from reader.model import PLACE_LABELS
from reader.nlp.doc_text import doc_text
from reader.nlp.entities.joins import BUSINESS_WORDS, is_results_report
from reader.nlp.entities.person_cues import aged, is_initial, is_name_word
from reader.nlp.entities.places import known_places
from reader.nlp.token_lookup import lower_case_texts, token_indexes
from reader.nlp.words import (
    BUILDING_WORDS,
    CORPORATE_SUFFIXES,
    CREDIT_AGENCIES,
    HONORIFICS,
    HYPHENS,
    KIN_NOUNS,
    NAME_PARTICLES,
    NATURAL_PLACE_NOUNS,
    ORG_AFTER,
    ORG_BEFORE,
    ORG_DESIGNATORS,
    PERSON_ROLES,
    PLACE_NOUNS,
    SPEECH_VERBS,
    demonym_roots,
    place_roots,
)


def type_cues(
    spans: list[Span], key, people: Iterable[Span] = (), lower_words: set[str] | None = None
) -> dict[str, str]:
    """name key → label, for the names whose context settles their type. ``people`` are names
    a role or honorific before them made a person's ("Mrs Adebanjo"); ``lower_words`` the
    texts the article writes in lower case (worked out here if not given)."""
    found: dict[str, set[str]] = {}

    def mark(span: Span, label: str) -> None:
        found.setdefault(key(span.text), set()).add(label)

    for span in people:
        mark(span, "PERSON")

    places = known_places()
    sport = bool(spans) and is_results_report(doc_text(spans[0].doc))
    for span in spans:
        if span.label_ not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"}:
            continue  # an unfamiliar name is often read as a product
        place = _place_cue(span)
        if place:
            mark(span, place)
        elif _modifies_a_noun(span):
            # "the Tokyo market", "the Dole campaign": a place's or person's thing, and a known
            # place's even when the model read it as an organisation ("the Belarus parliament")
            if key(span.text) in places and span.label_ == "ORG" and not sport:
                mark(span, "GPE")
        elif key(span.text) in places:
            continue
        elif key(span.text) in _AGENCIES:
            mark(span, "ORG")  # "told Reuters": a news agency, whatever the model says
        elif _designated(span, BUILDING_WORDS):
            mark(span, "FAC")
        elif _is_organisation(span) or _reporting_non_place(span):
            mark(span, "ORG")
        elif _person_cue(span):
            mark(span, "PERSON")
    for span in _named_by_demonyms(spans):
        mark(span, "GPE")
    for span in _referred_to_by_surname(spans) + _coordinated_with_a_person(spans):
        mark(span, "PERSON")
    for word in _short_for_a_firm(spans, lower_words):
        found[key(word)] = {"ORG"}  # a firm "said" too: speaking is no person's cue here
    return {name: labels.pop() for name, labels in found.items() if len(labels) == 1}


def _place_cue(span: Span) -> str | None:
    """ "the city of Arbil", "the island of Skarvøy", "Huize county": a place noun in lower case
    names the kind of place; GPE, or LOC for a natural feature."""
    doc = span.doc
    noun = None
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        noun = doc[span.start - 2]
    elif span.end < len(doc) and doc[span.end].dep_ != "poss":
        noun = doc[span.end]
        if span[-1].head != noun:
            noun = None
    if noun is None or not noun.is_lower or noun.lower_ not in PLACE_NOUNS:
        return None
    return "LOC" if noun.lower_ in NATURAL_PLACE_NOUNS else "GPE"


def _is_organisation(span: Span) -> bool:
    if _org_noun_before(span) or _designated(span, _ORG_LAST_WORDS, _PERSON | {"PRODUCT"}):
        return True
    if span.label_ != "GPE" and _company_word_after(span):
        return True
    return span.label_ == "PERSON" and _after_the(span)


_PERSON = frozenset({"PERSON"})
_ORG_LAST_WORDS = ORG_DESIGNATORS | BUSINESS_WORDS  # "X Airways", "X Labs", "X Corp"
_NOT_PERSON_LAST_WORDS = BUILDING_WORDS | ORG_DESIGNATORS


def _designated(span: Span, words: frozenset[str], labels: frozenset[str] = _PERSON) -> bool:
    """ "Dana Whitlock Productions", "Harwell Motors Ltd", "Roe Plaza": a "person" (or for a
    firm, a "product") whose name ends in an organisation's (or a building's) word is one."""
    designated = span[-1].lower_.rstrip(".") in words
    return span.label_ in labels and len(span) >= 2 and span[-1].is_title and designated


def _role_in_apposition(span: Span) -> bool:
    """ "the Authority's head, Ines Varga," or "Ines Varga, its chief executive,": a name set
    beside a word only a person is."""
    root = span.root
    if root.dep_ == "appos" and _person_role(root.head) and root.head.i < span.start:
        return True
    return any(c.dep_ == "appos" and _person_role(c) for c in root.children if c.i >= span.end)


def _serves_as_a_role(span: Span) -> bool:
    """ "Varga quits as harbour chief", "Roe was named as chairman": the subject is a person."""
    root = span.root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    for prep in (c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "as"):
        if any(c.dep_ == "pobj" and _person_role(c) for c in prep.children):
            return True
    return False


# The agencies a credit line names, less those that are also people's surnames.
_AGENCIES = CREDIT_AGENCIES - {"bloomberg", "getty", "pa"}
_BE = frozenset({"is", "was", "'s", "’s", "remains", "became"})


def _person_cue(span: Span) -> bool:
    return (
        aged(span)
        or _role_in_apposition(span)
        or _serves_as_a_role(span)
        or _kin(span)
        or _initialled(span)
    )


def _initialled(span: Span) -> bool:
    """ "P. Lindqvist" read as a place: an initial, then a name word, is how people are named
    (not "N. Korea", where the letter is a compass point)."""
    initial = is_initial(span[0]) and span[0].text[0] not in "NSEW"
    return initial and len(span) >= 2 and all(is_name_word(t) for t in span[1:])


def _kin(span: Span) -> bool:
    """ "Okoro is the widow of a trawler skipper": only a person is someone's kin."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lower_ not in _BE:
        return False
    return any(c.dep_ == "attr" and c.lower_ in KIN_NOUNS for c in root.head.children)


def _person_role(token) -> bool:
    """A role noun; "CEO", "MP" in capitals too, which the tagger reads as proper nouns."""
    common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.isupper())
    return common and token.lower_ in _ROLES


_ROLES = (PERSON_ROLES - {"broadcaster", "manager", "trainer", "closer"}) | {
    "head",
    "chief",
    "boss",
    "leader",
    "founder",
    "director",
    "wife",
    "husband",
    "widow",
    "son",
    "daughter",
}


def _reporting_non_place(span: Span) -> bool:
    """ "Thornfield reported …" read as a place: no known place, and it reports."""
    head = span.root
    return span.label_ in {"GPE", "LOC"} and head.dep_ == "nsubj" and head.head.lower_ in _REPORTED


_REPORTED = {"reported", "reports", "reporting", "wrote", "writes", "published", "publishes"}


def _org_noun_before(span: Span) -> bool:
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.is_lower and before.lower_ in ORG_BEFORE


def _company_word_after(span: Span) -> bool:
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return (
        after.lower_ in ORG_AFTER
        and (after.is_lower or after.is_upper)
        # "X stock prices": the prices, not the stock, are X's; "X CEO Ann Bell" is X's CEO
        and not (after.dep_ == "compound" and after.head.is_lower)
    )


def _modifies_a_noun(span: Span) -> bool:
    """ "the Dole campaign": the name only modifies the lower-case noun after it."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return (
        span[-1].dep_ == "compound"
        and span[-1].head.i >= span.end
        and after.is_lower
        and after.lower_ not in ORG_AFTER
    )


def _after_the(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _named_by_demonyms(spans: Iterable[Span]) -> list[Span]:
    """Single-word ORG or PERSON names whose demonym the article uses: "Tavria" ← "Tavrian"."""
    spans = list(spans)
    demonyms = {s.text.lower() for s in spans if s.label_ == "NORP" and len(s) == 1}
    if not demonyms:
        return []
    roots = {root for word in demonyms for root in demonym_roots(word)}
    return [
        span
        for span in spans
        if span.label_ in {"ORG", "PERSON"}
        and len(span) == 1
        and span[0].is_title
        and place_roots(span.text.lower()) & roots
    ]


def _referred_to_by_surname(spans: list[Span]) -> list[Span]:
    """ "Nadia Okafor" (read as an ORG) when "Okafor added" speaks later on its own, or "Ms
    Okafor" is written: news refers back to a person by the last word of the name, to an
    organisation by its first."""
    places = known_places()
    candidates = [
        span
        for span in spans
        if span.label_ in {"ORG", "GPE", "LOC", "FAC"}
        and 2 <= len(span) <= 3
        and all(_name_shaped(t.text) for t in span)
        and not span[-1].lower_.endswith("s")
        and span[-1].lower_ not in places
        and span[-1].lower_ not in ORG_DESIGNATORS  # "Police in Brenmoor said": not a surname
        and not any(t.lower_ in NAME_PARTICLES or t.lower_ in CORPORATE_SUFFIXES for t in span)
    ]
    if not candidates:
        return []
    doc = spans[0].doc
    # A surname the model marked on its own (as anything) may speak; one inside a longer
    # name ("Okafor Holdings said") does not.
    inside = {i for span in spans if len(span) > 1 for i in range(span.start, span.end)}
    surnames = {span[-1].text for span in candidates}
    speakers = {
        doc[i].text
        for i in token_indexes(doc, "ORTH", surnames)
        if i not in inside
        and doc[i].dep_ == "nsubj"
        and doc[i].head.lower_ in SPEECH_VERBS
        and is_name_word(doc[i])  # "McAteer said", not "ACME said"
        and not (i > 0 and doc[i - 1].lower_ == "the")
    }
    honoured = {  # "Ms Okafor": only a person takes an honorific
        doc[i].text
        for i in token_indexes(doc, "ORTH", surnames)
        if i > 0 and doc[i - 1].lower_.rstrip(".") in HONORIFICS and is_name_word(doc[i])
    }
    return [span for span in candidates if span[-1].text in speakers | honoured]


def _short_for_a_firm(spans: list[Span], lower_words: set[str] | None) -> set[str]:
    """ "Kestrel" (read as a person, since it "said") after "Kestrel Labs": a firm's name
    without its business words, unless a person's full name ends with the word too."""
    firms = {
        span[0].text
        for span in spans
        if len(span) >= 2
        and (
            all(t.lower_.rstrip(".") in BUSINESS_WORDS for t in span[1:])
            or (len(span) >= 3 and span[-1].lower_.rstrip(".") in CORPORATE_SUFFIXES)
        )
        and not span[0].is_stop
        and span[0].lower_ not in known_places()  # "Lisbon Capital Partners" … Lisbon itself
    }
    if not firms:
        return set()
    # "Alarm Management" … an alarm: not a name
    common = lower_case_texts(spans[0].doc) if lower_words is None else lower_words
    surnames = {span[-1].text for span in spans if span.label_ == "PERSON" and len(span) >= 2}
    places = {span.text for span in spans if span.label_ in PLACE_LABELS and len(span) == 1}
    return {word for word in firms - surnames - places if word.lower() not in common}


def _coordinated_with_a_person(spans: list[Span]) -> list[Span]:
    """ "Dana Pinecrest" (read as an ORG) when "both Halloway and Pinecrest" joins its surname
    to the surname of a person's full name, or a line-up lists it among people: names written
    alike (surnames, or full names) in a list that is mostly people are people."""
    full = [
        s
        for s in spans
        if 2 <= len(_words_of(s)) <= 3
        and all(_name_shaped(t.text) for t in _words_of(s))
        and s[-1].lower_ not in _NOT_PERSON_LAST_WORDS
    ]
    people = {s[-1].text for s in full if s.label_ == "PERSON"}
    full = [s for s in full if s.label_ == "PERSON" or not _after_the(s)]  # "the Quay Times"
    others = {s[-1].text: s for s in full if s.label_ != "PERSON"}
    if not people or not others:
        return []
    doc = spans[0].doc
    person_tokens = {i for s in spans if s.label_ == "PERSON" for i in range(s.start, s.end)}
    found = []
    for i in token_indexes(doc, "ORTH", set(others)):
        token = doc[i]
        items = [t for t in _conjuncts(token) if t.i != i]
        alike = [t for t in items if t.text in people and _alone(t) == _alone(token)]
        persons = [t for t in items if t.i in person_tokens]
        if alike and 2 * len(persons) > len(items):
            found.append(others[token.text])
    return found


def _words_of(span: Span) -> list:
    """The words of a name, the hyphens that join a double surname aside ("Adeyemi-Cole")."""
    return [t for t in span if t.text not in HYPHENS]


def _conjuncts(token) -> list:
    """Every item of the list ``token`` is in (itself included)."""
    root = token
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    items, todo = [], [root]
    while todo:
        item = todo.pop()
        items.append(item)
        todo += [c for c in item.children if c.dep_ == "conj"]
    return items


def _alone(token) -> bool:
    """Is the word written on its own, not as the last word of a longer name?"""
    return not any(c.dep_ in {"compound", "flat"} and c.i < token.i for c in token.children)


def _name_shaped(word: str) -> bool:
    """Letters, with an apostrophe or hyphen inside a name ("De’Shawn", "Jean-Luc")."""
    return word.replace("’", "").replace("'", "").replace("-", "").isalpha()
