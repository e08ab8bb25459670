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
    "mr mrs ms miss mx dr sir dame lord lady madam mme mlle herr frau sr sra rev "
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
    "reporter columnist executive ombudsman commissioner administrator insider adviser advisor "
    "cllr whip advocate treasurer comptroller auditor solicitor det insp supt dci"
)
"""Words that may precede a name as a title or role ("Prime Minister", "Fullback")."""

ROLE_NOUNS = _words(
    "correspondent editor reporter columnist secretary minister spokesman spokeswoman "
    "spokesperson councillor councilor ambassador envoy chairman chairwoman commissioner "
    "president governor mayor senator writer journalist commentator presenter analyst "
    "producer contributor photographer economist strategist director"
)
"""Job titles that never end a person's name: "Political Correspondent" is a role."""

PORTFOLIOS = _words(
    "home foreign health education defence defense justice interior finance treasury "
    "transport energy environment business trade housing culture sport work pensions "
    "agriculture commerce welfare communities digital climate equalities cabinet shadow junior"
)
"""A minister's brief, written before the title: "Home Secretary", "Shadow Health Minister"."""

POSSESSOR_NOUNS = _words(
    "magistrate magistrates children women men people workers veterans soldiers sailors "
    "teachers nurses farmers miners lords queen king prince princess"
)
"""Kinds of people who own a place or body by name: "Magistrates' Court", "Children's
Hospital", "Workers' Party", "Queen's Bench", "King's College"."""

ROMAN_NUMERALS = _words("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI")
MONARCH_TITLES = _words("king queen pope emperor empress tsar czar sultan shah kaiser")
KIN_NOUNS = _words(
    "wife husband widow widower son daughter mother father brother sister grandson "
    "granddaughter grandmother grandfather niece nephew aunt uncle stepson stepdaughter"
)
PERSON_ROLES = _words(
    "mr mrs ms mx dr sir dame lord lady mme mlle herr frau rev revd rabbi imam sheikh sheik "
    "president premier chancellor senator congressman congresswoman governor mayor minister "
    "secretary ambassador envoy commissioner lieutenant colonel sergeant corporal admiral "
    "commander captain marshal prof professor judge king queen prince princess emperor "
    "empress pope cardinal archbishop bishop chairman chairwoman ceo spokesman spokeswoman "
    "spokesperson inspector detective constable superintendent sheriff coach manager "
    "striker midfielder defender goalkeeper winger fullback batsman bowler pitcher "
    "quarterback closer spinner all-rounder jockey trainer finalist counterpart councillor "
    "councilor alderman mp mep msp lawmaker correspondent editor reporter columnist "
    "commentator presenter broadcaster actor actress singer songwriter rapper novelist poet "
    "economist analyst strategist photographer lawyer barrister solicitor comedian comic "
    "filmmaker playwright author writer historian activist pastor priest entrepreneur "
    "businessman businesswoman director musician artist sgt insp supt cllr boss skipper "
    "keeper chef campaigner"
)
"""Roles and honorifics that, directly before a capitalised name, say it is a person's:
"spokesman Glyn Arden", "actor Rhys Pennock", "Mrs Adebanjo"."""

NATURAL_PLACE_NOUNS = _words(
    "island islands river lake mountain mountains valley coast peninsula sea bay desert "
    "forest plain plateau strait gulf"
)
PLACE_NOUNS = NATURAL_PLACE_NOUNS | _words(
    "city town village hamlet province region district county state capital port suburb "
    "borough territory municipality prefecture governorate oblast enclave neighbourhood "
    "neighborhood"
)
"""Kinds of place: "the town of X", "X county" name a place."""

SPEECH_VERBS = _words(
    "said says say added adds told tells explained explains noted notes insisted insists "
    "warned warns argued argues claimed claims stressed stresses replied replies wrote writes "
    "stated states"
)
"""Verbs of saying: their subject, standing alone, is someone's name."""
SAID_AS_NAME = frozenset({"said"})
"""A verb of saying that is also a first name ("Said Jalili")."""
MODIFIER_ENDINGS = ("ing", "ed", "era", "style", "like", "born", "based", "led", "run", "free")
"""How a lower-case word glued to a name by a hyphen ends when it makes the name a modifier
("Marlowe-winning", "Vance-era"), not a name's second part ("Chun-yeh")."""

WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")

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
PERSON_PARTICLES = NAME_PARTICLES - {"of", "and", "e"}
"""Those of people's names: "Ludwig van Beethoven", "Zine al-Abidine", "Ortega y Gasset"."""

HYPHENS = frozenset({"-", "‐"})
"""Hyphens that join the parts of one word when written with no space ("Jean-Luc")."""

SPLIT_WORDS = frozenset({"at", "in", "on", "or", "versus", "vs", "v"})
"""Lower-case words that never sit inside one name: a span across them is two names."""

CLAUSE_WORDS = frozenset(
    {"after", "before", "when", "while", "because", "since", "although", "though", "unless"}
    | {"until", "than", "whereas", "during", "amid", "if"}
)
"""Lower-case words that open a clause or a time phrase: no person's, organisation's or
place's name holds one ("Harwick Music Awards after Reyes" is two names)."""

PREPOSITIONS = _words(
    "about above across against along among amongst around behind below beneath beside "
    "besides between beyond despite except inside into near onto outside through throughout "
    "toward towards under underneath unlike upon via within without"
)
"""Prepositions that may open a sentence, capitalised, right before a name ("Outside Roe's
house"); with ``CLAUSE_WORDS`` never a person's first name."""

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
DEMONYM_SUFFIXES = ("ian", "ean", "an", "n", "ese", "i", "ish", "ic")
"""What a demonym adds to its place's name: "Tavria" → "Tavrian", "Ostrava" → "Ostravan"."""
MIN_DEMONYM_ROOT = 4
STATE_NOUNS = _words("federation republic kingdom principality sultanate emirate confederation")
"""Words that, after a nationality, name its country: "the Tavrian Federation" is Tavria."""


def demonym_roots(demonym: str) -> set[str]:
    """The place-name stems a lower-case demonym may come from: "tavrian" → "tavri", "tavria"."""
    return {
        demonym[: len(demonym) - len(suffix)]
        for suffix in DEMONYM_SUFFIXES
        if demonym.endswith(suffix) and len(demonym) - len(suffix) >= MIN_DEMONYM_ROOT
    }


def place_roots(place: str) -> set[str]:
    """The forms a lower-case place name takes before a demonym suffix: "tavria" → "tavri"."""
    forms = {place}
    if place[-1:] in {"a", "e", "o", "y"}:
        forms.add(place[:-1])
    return forms


ORG_BEFORE = _words(
    "group firm company team club side daily newspaper paper weekly magazine tabloid agency "
    "airline carrier bank lender insurer carmaker automaker maker manufacturer retailer chain "
    "broker brokerage publisher network channel party union operator giant conglomerate miner "
    "producer exporter importer supplier developer utility outlet website startup champions "
    "contenders rivals holders"
)
"""Nouns that, right before a name, say it is an organisation's: "the militant group X"."""
ORG_AFTER = _words(
    "shares stock ceo cfo chairman chairwoman shareholders subsidiary board daily newspaper "
    "weekly magazine"
)
"""Words that, right after a name, say it is a company's or a paper's: "X shares", "X CEO",
"X daily said"."""

CORPORATE_SUFFIXES = _words(
    "inc incorporated corp corporation co company ltd limited plc llc lp llp group holdings "
    "sa ag nv bv se spa gmbh ab asa oy kk pty bhd"
)

ROLE_LOOKALIKES = _words(
    "incident event accident extent intent content consent dissent current component element "
    "segment number matter water power border center centre corner quarter chapter cover error "
    "factor sector floor door terror horror weather answer poster banner flyer flier trailer "
    "counter filter cancer murder disorder"
)
"""Things that end like a role noun ("-ent", "-er", "-or"): "the incident" is nobody."""

ORG_DESIGNATORS = _words(
    "productions records studios pictures films entertainment media industries enterprises "
    "partners associates laboratories labs airlines airways motors pharmaceuticals "
    "technologies systems networks communications publishing foundation institute "
    "university college academy association society council commission agency authority "
    "federation league committee ministry department bureau police army navy government court "
    "parliament"
)
"""Last words of an organisation's name that no person's name ends with ("X Productions")."""

BUILDING_WORDS = _words(
    "plaza tower towers building center centre stadium arena hotel casino airport mall "
    "boulevard avenue street road square terrace crescent palace"
)
"""Last words of a building's or a place's name that no person's name ends with ("X Plaza",
"Pellow Street")."""

COMPETE_VERBS = _words(
    "beat beats beaten beating defeat defeats defeated defeating rout routs routed blank "
    "blanks blanked edge edges edged thrash thrashed hammer hammered downed overcame "
    "overcome overpowered outplayed outscored outdueled outduelled dismiss dismissed "
    "crushed trounced swept eliminated upset drew draw draws drawn lose loses lost losing "
    "play plays played playing face faces faced meet meets met host hosts hosted whipped "
    "ousted toppled"
)
"""Verbs whose subject and object are sides in a results report: "Dunmore beat X"."""
COMPETE_NOUNS = _words(
    "victory victories win wins winner winners triumph lead advantage defeat loss draw match "
    "game clash revenge success"
)
"""Nouns of a result: "victory over X", "lead over X"."""
SCORE_VERBS = _words(
    "score scores scored scoring homer homers homered equalise equalised equalize equalized "
    "play plays played playing pitch pitched goal goals try tries run runs hit hits"
)
"""What a player does for a side: "scored for X", "homered for X"."""
COMPETITION_WORDS = _words(
    "cup cups trophy championship championships games olympics olympiad tournament prix "
    "final finals"
)
"""Last words of a competition's name: "the Harbour Cup", "the Northern Games"."""
