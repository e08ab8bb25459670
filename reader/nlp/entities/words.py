"""Small closed word lists the entity rules need: titles, determiners, months, agencies.

These are words of the language and of news conventions, never names from any test article.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


KEPT_LABELS = frozenset(
    {"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
)

HONORIFICS = _words(
    "mr mrs ms miss mx dr sir dame lord lady madam mme mlle herr frau sr sra don dona rev "
    "revd father fr sister brother rabbi imam sheikh sheik"
)
TITLES = _words(
    "president vice prime minister pm premier chancellor senator sen rep representative "
    "congressman congresswoman gov governor mayor general gen lieutenant lt colonel col "
    "major maj captain capt commander cmdr admiral adm sergeant sgt corporal cpl private "
    "pte marshal prof professor judge justice king queen prince princess emperor empress "
    "pope cardinal archbishop bishop secretary ambassador envoy deputy foreign defence "
    "defense interior finance home health chief chairman chairwoman chair ceo director "
    "coach manager spokesman spokeswoman spokesperson officer inspector detective "
    "constable superintendent sheriff attorney leader speaker striker midfielder defender "
    "goalkeeper fullback centre center winger forward all-rounder batsman bowler pitcher "
    "quarterback councillor councilor alderman mp mep msp lawmaker correspondent editor "
    "reporter columnist"
)
"""Words that may precede a name as a title or role ("Prime Minister", "Fullback")."""

ROLE_NOUNS = _words(
    "correspondent editor reporter columnist secretary minister spokesman spokeswoman "
    "spokesperson councillor councilor ambassador envoy chairman chairwoman commissioner "
    "president governor mayor senator"
)
"""Job titles that never end a person's name: "Political Correspondent" is a role."""

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
MONTHS = _words(
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec"
)
NAME_PARTICLES = _words(
    "of and de del della dello der den di du da das dos la le van von y e al el bin ibn "
    "ben abu bint zu ter"
)
"""Lower-case words that may sit inside a name ("Bank of England", "Ludwig van Beethoven")."""

SPLIT_WORDS = frozenset({"at", "in", "on", "or", "versus", "vs", "v"})
"""Lower-case words that never sit inside one name: a span across them is two names."""

PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across"})
"""After these a lone capitalised word is a place ("in Kyiv"), not a person."""
MOTION_PREPOSITIONS = frozenset({"to", "from", "towards", "into"})
MOTION_WORDS = _words(
    "go goes went gone going travel travels travelled traveled travelling traveling fly flies "
    "flew flown flying return returns returned returning move moves moved moving come comes "
    "came coming arrive arrives arrived arriving head heads headed heading drive drove driven "
    "sail sailed deport deported flee fled fleeing send sent ship shipped export exported "
    "import imported emigrate emigrated escape escaped evacuate evacuated withdraw withdrew "
    "withdrawn retreat retreated march marched trip trips visit visits visited journey flight "
    "flights route routes road way border exports imports"
)
"""After "to"/"from" only these make the next word a place: "flew to Minsk", not "told to Smith"."""

CREDIT_AGENCIES = _words(
    "reuters ap afp getty epa pa bloomberg shutterstock alamy xinhua dpa ansa efe anadolu "
    "tass itar-tass interfax kyodo yonhap upi aap"
)
"""News and photo agencies; as a credit ("(Reuters)", "Photo: GETTY") they are not story ORGs."""
CREDIT_CUES = frozenset({"photo", "photograph", "picture", "image", "credit", "source", "©"})

DEMONYM_ENDINGS = ("an", "ese", "ish", "ch", "i", "ic")

CORPORATE_SUFFIXES = _words(
    "inc incorporated corp corporation co company ltd limited plc llc lp llp group holdings "
    "sa ag nv bv se spa gmbh ab asa oy kk pty bhd"
)
