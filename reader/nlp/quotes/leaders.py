"""Who a description of someone in charge names: "the cafe owner", "the Dunmere boss".

Such a description points at the person the article tied to what they are in charge of — the
one who "runs the cafe", or whose "side" lost — more surely than at whoever was last a
subject: "Jo Roe runs the cafe. Tom Vail owns the shop next door. '…,' the cafe owner said"
is Roe's, and "Vail's side were sloppy. '…,' admitted the Dunmere boss" is Vail's, though
Vail is no subject there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from reader.nlp.quotes.gender import noun_gender
from reader.nlp.quotes.lexicon import inflect
from reader.nlp.quotes.phrases import mention_top, role_word

if TYPE_CHECKING:
    from reader.nlp.quotes.mentions import Mention
    from reader.nlp.quotes.people import People

LEADER_NOUNS = frozenset(
    {
        "boss", "manager", "owner", "co-owner", "coach", "leader", "chief", "head", "founder",
        "chairman", "chairwoman", "chair", "proprietor", "landlord", "landlady", "director",
        "captain", "skipper", "gaffer", "headteacher", "headmaster", "headmistress",
    }
)  # fmt: skip
"""Nouns for the person in charge of something."""
LEADING_FORMS = frozenset(
    form
    for verb in ("run", "own", "manage", "lead", "found", "head", "coach", "chair", "captain")
    for form in inflect(verb)
)
"""Verbs that put their subject (or their passive's agent) in charge of their object."""
GROUP_NOUNS = frozenset({"side", "team", "squad", "club", "men", "women", "players", "charges"})
"""What someone in charge is said to have: "Vail's side", "Roe's men"."""
NAMED_THING, GROUP = 2, 1


def _charge_words(head: Token) -> set[str]:
    """What the description says its person is in charge of: "the cafe owner" → {cafe}."""
    return {
        t.lower_
        for child in head.lefts
        if child.dep_ in {"compound", "nmod", "amod"}
        for t in child.subtree
        if t.is_alpha
    }


def person_in_charge(people: People, head: Token, at: int, reach: int) -> str | None:
    """The person within ``reach`` sentences before ``at`` whom the article put in charge of
    what the description names, or of a group, if any (the nearest of the closest tie)."""
    word = role_word(head)
    if word not in LEADER_NOUNS:
        return None
    wanted = _charge_words(head)
    gender = noun_gender(word)
    here = people.sentence_of(at)
    best = None
    for mention in reversed(people.mentions_before(at)):
        distance = here - mention.sentence
        if distance > reach:
            break
        if distance == 0 or people.in_quote(mention.start) or not mention.name:
            continue
        if gender and people.persons[mention.name].gender not in {None, gender}:
            continue
        strength = _tie(people, mention, wanted)
        if strength and (best is None or strength > best[0]):
            best = (strength, mention.name)
    return best[1] if best else None


def _tie(people: People, mention: Mention, wanted: set[str]) -> int:
    """How the mention's clause puts its person in charge: of a thing the description names
    (``NAMED_THING``: "Roe runs the cafe", "the yard run by Roe", "Roe's Kestrel"); of a group
    ("Roe's side"), or of anything when the description names nothing ("the owner"):
    ``GROUP``; or not at all (0)."""
    top = mention_top(people.doc, mention)
    if top.dep_ == "poss":
        owned = top.head
        if _words(owned) & wanted:
            return NAMED_THING
        return GROUP if owned.lower_ in GROUP_NOUNS else 0
    for verb in _verbs_led(top):
        things = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
        if top.head.dep_ == "agent" and verb == top.head.head:
            # "the boatyard run by Roe", or "boatyard" parsed as a compound of "run"
            things += [verb.head, verb] if verb.dep_ == "acl" else [verb]
        if any(_words(thing) & wanted for thing in things):
            return NAMED_THING
        if things and not wanted:
            return GROUP
    return 0


def _verbs_led(top: Token) -> list[Token]:
    """The verbs of leading whose doer the name is: its clause's verb, a passive's or a
    participle's agent ("run by Roe"), or a relative clause on the name ("Roe, who runs …")."""
    verbs = []
    if top.dep_ == "nsubj":
        verbs.append(top.head)
    if top.dep_ == "pobj" and top.head.dep_ == "agent":
        verbs.append(top.head.head)
    verbs += [c for c in top.children if c.dep_ in {"relcl", "acl"}]
    return [v for v in verbs if v.lower_ in LEADING_FORMS]


def _words(noun: Token) -> set[str]:
    return {noun.lower_} | {c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"}}
