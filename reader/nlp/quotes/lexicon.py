"""Word lists for attribution: reporting verbs, pronouns, honorifics, role words.

The pipeline runs without spaCy's lemmatizer, so verbs are listed as base forms and
inflected here with a few rules plus the irregular forms.
"""

from __future__ import annotations

import re

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
"""A verb with a tense of its own: past, or present with its subject ("said", "says", "say")."""

# Speech verbs that frame a quote ("likened them to …") rather than report it: they are
# speech verbs, and they cue a quote only before it (FRAMING_ONLY).
FRAMING_VERBS = [
    "speak",
    "talk",
    "liken",
    "compare",
    "refer",
    "term",
    "deem",
    "attack",
    "blame",
    "decry",
    "denounce",
    "condemn",
    "applaud",
    "defend",
    "promote",
    "hint",
    "threaten",
    "apologize",
    "apologise",
    "introduce",
    "thank",
    "welcome",
    "bemoan",
    "deride",
    "ridicule",
]
# Verbs that introduce someone's words ("X said", "said X", "X told reporters").
SPEECH_VERBS = [
    "say",
    "proclaim",
    "assure",
    "vent",
    "tell",
    "add",
    "write",
    "ask",
    "reply",
    "respond",
    "note",
    "explain",
    "argue",
    "claim",
    "insist",
    "warn",
    "state",
    "declare",
    "continue",
    "recall",
    "joke",
    "tweet",
    "post",
    "announce",
    "admit",
    "acknowledge",
    "concede",
    "suggest",
    "shout",
    "chant",
    "scream",
    "yell",
    "sing",
    "quip",
    "muse",
    "boast",
    "complain",
    "lament",
    "predict",
    "promise",
    "vow",
    "urge",
    "assert",
    "contend",
    "maintain",
    "observe",
    "remark",
    "comment",
    "confirm",
    "deny",
    "retort",
    "counter",
    "repeat",
    "interrupt",
    "snap",
    "stress",
    "emphasize",
    "emphasise",
    "point",
    "mock",
    "slam",
    "blast",
    "praise",
    "criticize",
    "criticise",
    "accuse",
    "dismiss",
    "testify",
    "report",
    "read",
    "conclude",
    "recount",
    "describe",
    "call",
    "label",
    "brand",
    "dub",
    "characterize",
    "characterise",
    "wonder",
    "question",
    "demand",
    "plead",
    "pledge",
    "reiterate",
    "reveal",
    "disclose",
    "charge",
    "allege",
    "caution",
    "opine",
    "whisper",
    "cry",
    "exclaim",
    "mutter",
    "interject",
    "begin",
    "go",
    "put",
    "tout",
    "hail",
    "thunder",
    "rail",
    "complain",
    "fume",
    "scoff",
    "grumble",
    *FRAMING_VERBS,
]
# Verbs that cue a quote only before it, with the quote as their object or complement
# ("called it a 'disaster'", "likened them to a 'vicious snake'").
FRAMING_ONLY = {
    *FRAMING_VERBS,
    "praise",
    "mock",
    "slam",
    "blast",
    "criticize",
    "criticise",
    "accuse",
    "dismiss",
    "call",
    "describe",
    "label",
    "brand",
    "dub",
    "characterize",
    "characterise",
    "go",
    "begin",
    "put",
    "tout",
    "hail",
    "point",
    "read",
    "question",
    "wonder",
}
_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "written", "writes", "writing"],
    "sing": ["sang", "sung", "sings", "singing"],
    "read": ["reads", "reading"],
    "go": ["went", "goes", "going", "gone"],
    "begin": ["began", "begun", "begins", "beginning"],
    "put": ["puts", "putting"],
    "admit": ["admitted", "admits", "admitting"],
    "refer": ["referred", "refers", "referring"],
    "speak": ["spoke", "spoken", "speaks", "speaking"],
    "plead": ["pleaded", "pled", "pleads", "pleading"],
    "thunder": ["thundered", "thunders", "thundering"],
    "quip": ["quipped", "quips", "quipping"],
    "label": ["labels", "labeled", "labelled", "labeling", "labelling"],
    "take": ["took", "taken", "takes", "taking"],
    "pay": ["paid", "pays", "paying"],
    "lead": ["led", "leads", "leading"],
    "run": ["ran", "runs", "running"],
    "get": ["got", "gets", "getting", "gotten"],
}


def inflect(verb: str) -> list[str]:
    if verb in _IRREGULAR:
        return [verb, *_IRREGULAR[verb]]
    if verb.endswith("e"):
        stem = verb[:-1]
        return [verb, verb + "d", verb + "s", stem + "ing"]
    if verb.endswith(("sh", "ch", "ss", "x")):
        return [verb, verb + "ed", verb + "es", verb + "ing"]
    if len(re.findall("[aeiou]+", verb)) == 1 and re.search("[^aeiou][aeiou][^aeiouwxy]$", verb):
        doubled = verb + verb[-1]  # "slam": "slammed", "dub": "dubbing"
        return [verb, doubled + "ed", verb + "s", doubled + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        stem = verb[:-1]  # "decry": "decried", "decries"
        return [verb, stem + "ied", stem + "ies", verb + "ing"]
    return [verb, verb + "ed", verb + "s", verb + "ing"]


VERB_FORMS: dict[str, str] = {form: verb for verb in SPEECH_VERBS for form in inflect(verb)}
"""Inflected form → base form."""

# Verbs whose object does not say what their "to" clause says: it is only wished or promised
# ("wants Roe to resign") or it is a means ("used the radio to call it …").
UNSAID_OBJECT_FORMS = {
    form
    for verb in ("promise", "want", "like", "love", "need", "expect", "wait", "prefer", "wish")
    + ("use", "take", "pay")
    for form in inflect(verb)
}

# Verbs that make their object act, whatever the parse calls the "to" clause ("pushed Roe to
# describe it as '…'", read as a purpose clause).
CAUSING_FORMS = {
    form
    for verb in ("ask", "urge", "push", "prompt", "lead", "force", "persuade", "encourage")
    + ("invite", "press", "pressure", "challenge", "dare", "get")
    for form in inflect(verb)
}

# Verbs of thinking: not speech, but a quoted fragment they govern ("who believes 'we can win'",
# "the MPs found it 'nowhere near ready'") is the thinker's words.
COGNITION_FORMS: dict[str, str] = {
    form: verb
    for verb, forms in {
        "believe": ["believe", "believes", "believed"],
        "think": ["think", "thinks", "thought"],
        "feel": ["feel", "feels", "felt"],
        "find": ["find", "finds", "found"],
        "fear": ["fear", "fears", "feared"],
        "hope": ["hope", "hopes", "hoped"],
        "reckon": ["reckon", "reckons", "reckoned"],
    }.items()
    for form in forms
}

# Unambiguous verb forms, trusted even when a Title Case headline tags them as proper nouns.
HEADLINE_VERBS = {
    "says",
    "said",
    "tells",
    "told",
    "claims",
    "insists",
    "warns",
    "slams",
    "blasts",
    "speaks",
    "admits",
    "vows",
    "urges",
    "accuses",
    "praises",
    "mocks",
    "calls",
    "declares",
    "tweets",
    "praised",
    "joked",
    "jokes",
    "claimed",
    "warned",
    "slammed",
    "blasted",
    "admitted",
    "vowed",
    "urged",
    "accused",
    "mocked",
    "declared",
    "tweeted",
    "attacks",
    "dismisses",
    "defends",
    "denies",
    "insisted",
}

# What someone's words are called when they are someone's: "the verdict of Roe", "her reply".
OPINION_NOUNS = {
    *("assessment", "verdict", "view", "opinion", "judgment", "judgement", "conclusion"),
    *("message", "advice", "warning", "response", "reply", "answer", "reaction", "comment"),
    *("words", "argument", "explanation", "prediction", "plea", "promise", "claim", "boast"),
    *("refrain", "mantra", "motto", "summary", "diagnosis", "forecast"),
}

REPLY_NOUNS = {"reply", "answer", "response", "retort"}
"""Words that answer a question: with no owner named, the one just asked's ("came the reply")."""

# Nouns that carry someone's words: "in a statement", "X's tweet".
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
SPEECH_NOUNS = {
    "statement",
    "tweet",
    "post",
    "email",
    "e-mail",
    "letter",
    "memo",
    "interview",
    "speech",
    "remarks",
    "message",
    "note",
    "release",
    "brief",
    "filing",
    "report",
    "op-ed",
    "column",
    "editorial",
    "video",
    "ad",
    "advert",
    "advertisement",
}
