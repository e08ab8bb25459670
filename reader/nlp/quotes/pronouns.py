"""Who "he" and "she" are: the people named (or already resolved) in the sentences before.

Every subject he/she outside quotes is resolved once, in order, and becomes a mention of its
person, so "Doe spoke. He asked voters … Roe …. '…,' he said." follows Doe through the "He"
rather than jumping to the nearer Roe.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from reader.nlp.quotes.gender import is_pronoun
from reader.nlp.quotes.lexicon import REPLY_NOUNS, SPEECH_NOUNS, SUBJECT_DEPS, VERB_FORMS
from reader.nlp.quotes.mentions import Mention, is_main_subject
from reader.nlp.quotes.person_words import MALE_PRONOUNS
from reader.nlp.quotes.phrases import NAME_DEPS, mention_top
from reader.nlp.quotes.roles import (
    describe,
    description_keys,
    is_description,
    official,
    role_span,
)
from reader.nlp.token_lookup import token_indexes

if TYPE_CHECKING:
    from reader.nlp.quotes.people import People

MAIN = 1.0
"""How much the subject of a sentence's main clause outweighs one in a clause inside it."""
BACK_SENTENCES = 8
"""How many sentences back a pronoun may look for its person."""
QUOTED_SELF = 2.0
"""How much less likely a person named inside the quote a "he said" attributes is its speaker:
speakers seldom name themselves ("'Roe is the best we have,' he said" is not Roe's)."""
_NEAR = 3
AHEAD_SENTENCES = 6
"""How many sentences after an opening "he" the person may first be named."""
MAIN_OBJECT = 0.25
"""How much the object of a sentence's main verb ("Roe asked Doe to name Poe") outweighs one
of a verb inside it: after "He did not", the one asked, not the one to be named."""
WEAK_GENDER = 0.5
"""Gender votes this low come from a single resolved he/she, which may have been wrong."""
WEAK_CLASH = 1.5
"""What such a gender costs a candidate of the other pronoun (instead of ruling it out)."""
ROLE_NOUN_CLASH = 0.75
"""What a "spokesman" or "chairman" costs a candidate of a "she" (news gives women them too)."""
ANSWERER = 3.0
"""How much "she replied" favours the one just asked ("Roe asked Doe if …") over the asker:
more than a main subject and a known gender together."""
OTHER_PRONOUN_REACH = 2
"""Sentences within which a person just called "she" (as a main clause's subject) is hardly
the next "he", nor the reverse: an article does not switch pronouns for one person."""
OTHER_PRONOUN = 3.0
"""What that costs the person: more than two sentences' distance, so anyone else comes first."""
_REPLIES = {"reply", "respond", "retort"}
_ANSWERS = {"answer", "answered", "answers", "answering", "refused", "declined", "agreed"}
_ASKS = {"ask", "question", "urge"}
_PRESSES = {
    "pressed", "challenged", "invited", "emailed", "begged", "implored", "quizzed", "grilled",
}  # fmt: skip
_WRITES = {"wrote", "written", "writes", "writing", "appealed", "turned"}
_PRONOUNS = {"he", "she"}


@dataclass
class Reference:
    """Whom a he/she refers to, why, and the next best candidate."""

    name: str | None
    reason: str
    antecedent: Mention | None = None
    runner_up: str | None = None
    runner_up_reason: str | None = None
    margin: float | None = None
    """How far the best candidate's score is ahead of the runner-up's."""
    distance: int | None = None
    """Sentences between the pronoun and its antecedent."""


def chain_pronouns(people: People) -> None:
    """Resolve every subject he/she outside quotes, in order, each one a new mention (of an
    unnamed person too: "a spokeswoman said … She added: …"); and every definite description
    that is a subject ("the chancellor", "the Scot"), so a "he" after it follows it."""
    for index in token_indexes(people.doc, "DEP", ["nsubj", "nsubjpass"]):
        token = people.doc[index]
        if people.in_quote(token.idx):
            continue
        if is_pronoun(token):
            _follow_pronoun(people, token)
        elif is_description(token) and people.mention_at(token.idx, token.idx + 1) is None:
            # "X said the prime minister had …": a description in what someone says is not
            # whom the sentences before were about, only one the article titled so
            name = describe(people, token, token.idx, refer_back=not _reported(token))
            if name is not None:
                for key in description_keys(token):
                    people.described.setdefault(key, name)
                _add(people, _mention(people, token, name))
                if official(token):
                    people.roles.append((*role_span(token), name))


def _reported(token: Token) -> bool:
    """Is ``token`` the subject of a clause someone else is reported to say ("The council said
    the prime minister had …")?"""
    clause = token.head
    verb = clause.head
    if clause.dep_ != "ccomp" or VERB_FORMS.get(verb.lower_) is None:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for c in verb.children)


def _follow_pronoun(people: People, token: Token) -> None:
    found = _resolve(people, token)
    people.pronouns[token.i] = found
    antecedent = found.antecedent
    if antecedent is None:
        return
    if found.name is None:
        unnamed = _mention(people, token, "")
        unnamed.gender = antecedent.gender or ("m" if token.lower_ == "he" else "f")
        bisect.insort(people.unnamed, unnamed, key=lambda m: m.start)
        return
    _add(people, _mention(people, token, found.name))
    people.persons[found.name].votes["m" if token.lower_ == "he" else "f"] += 0.5


def _mention(people: People, token: Token, name: str) -> Mention:
    """A subject mention at ``token`` ("" for a person the article does not name)."""
    end = token.idx + len(token)
    sentence = people.sentence_of(token.idx)
    return Mention(token.idx, end, name, sentence, True, main=is_main_subject(token))


def _add(people: People, mention: Mention) -> None:
    i = bisect.bisect_left(people.starts, mention.start)
    people.mentions.insert(i, mention)
    people.starts.insert(i, mention.start)


def resolve(people: People, token: Token) -> Reference:
    return _resolve(people, token)


def _resolve(people: People, token: Token) -> Reference:
    """Candidates are the people named (or he/she-resolved) outside quotes in the last
    few sentences whose gender does not clash, and the unnamed people who were subjects. A
    subject beats an object, and the subject of the main clause ("Roe said Doe was 'amazed'")
    one inside it, a person known to have that gender beats one of unknown gender, nearer
    sentences beat farther ones. The best candidate of another person is the runner-up.
    """
    gender = "m" if token.lower_ in MALE_PRONOUNS else "f"
    here = people.sentence_of(token.idx)
    quoted = _named_in_own_quote(people, token)
    ranked = _ranked(people, token, gender, here, quoted)
    if not ranked:
        ahead = _named_ahead(people, token, gender, here)
        if ahead is not None:  # "He vowed to … ¶ … Jim Roe came forth": an opening on him
            why = f"'{token.text}' → {ahead.name}, named just after (nobody is named before)"
            return Reference(ahead.name, why, ahead, distance=here - ahead.sentence)
        return Reference(None, f"'{token.text}' → nobody it can refer to")
    (score, *_), mention = ranked[0]
    name, how = _described(people, mention, gender)
    found = Reference(name, f"'{token.text}' → {how}", mention, distance=here - mention.sentence)
    if len(ranked) > 1:
        (second, *_), other = ranked[1]
        found.runner_up, other_how = _described(people, other, gender)
        found.runner_up_reason = f"'{token.text}' could also be {other_how}"
        found.margin = score - second
        if found.runner_up is None:
            found.runner_up = people.text[other.start : other.end]
    return found


def _named_ahead(people: People, token: Token, gender: str, here: int) -> Mention | None:
    """The first person named after ``token``, as a subject and of no other gender, when the
    article names nobody before it: a story that opens on "he" names him a few lines on."""
    i = bisect.bisect_left(people.starts, token.idx)
    if any(m.name for m in people.mentions[:i]):
        return None
    for mention in people.mentions[i:]:
        if mention.sentence - here > AHEAD_SENTENCES:
            return None
        if not mention.name or people.in_quote(mention.start):
            continue
        return mention if mention.subject and _gender(people, mention) in (None, gender) else None
    return None


def _named_in_own_quote(people: People, token: Token) -> set[str]:
    """The people named inside the quote right before the pronoun ("'…,' he said") or right
    after its verb ("he said: '…'")."""
    doc = token.doc
    near = [*range(token.i - 1, max(token.i - 1 - _NEAR, -1), -1)]
    near += range(token.head.i + 1, min(token.head.i + 1 + _NEAR, len(doc)))
    for i in near:
        bounds = people.quote_bounds(doc[i].idx)
        if bounds is not None:
            return {name for name in people.named_within(*bounds) if name}
    return set()


def _ranked(
    people: People, token: Token, gender: str, here: int, quoted: set[str]
) -> list[tuple[tuple, Mention]]:
    """The people ``token`` may refer to, best first; those in ``quoted`` (named inside the
    quote it attributes) marked down, and those whose other gender rests on one resolved
    pronoun ("Roe said he was 'lovely'" wrongly made Roe a "he"; then "…," she said)."""
    best: dict[object, tuple[tuple, Mention]] = {}
    replying = _replies(token)
    other = "she" if gender == "m" else "he"
    called_other: set[str] = set()  # "'…,' she said. '…,' he replied": hardly her again
    for mentions in (people.mentions, people.unnamed):
        i = bisect.bisect_left(mentions, token.idx, key=lambda m: m.start) - 1
        seen: set[str] = set()
        while i >= 0:
            mention = mentions[i]
            i -= 1
            distance = here - mention.sentence
            if distance > BACK_SENTENCES:
                break
            if people.in_quote(mention.start):
                continue
            if mention.name and mention.name not in seen:
                seen.add(mention.name)
                word = people.text[mention.start : mention.end].lower()
                if word == other and mention.main and distance <= OTHER_PRONOUN_REACH:
                    called_other.add(mention.name)
            known_gender = _gender(people, mention)
            clash = known_gender not in (None, gender)
            role_noun = clash and gender == "f" and _role_noun_man(people, mention)
            if clash and not (_weak(people, mention) or role_noun):
                continue
            known = known_gender == gender
            # In its own sentence a pronoun takes the nearer subject ("Roe said Doe was wrong
            # when he spoke" is Doe); across sentences the main clause's subject leads.
            voice = not mention.subject and _voice_of_main_subject(people, mention)
            main = MAIN * ((mention.main or voice) and distance > 0)
            score = 0.75 * known + 1.0 * (mention.subject or voice) + main - 1.0 * distance
            score += MAIN_OBJECT * (not mention.subject and _main_object(people, mention))
            # a gender that rests on one resolved pronoun may be that pronoun's mistake
            score -= (ROLE_NOUN_CLASH if role_noun else WEAK_CLASH) * clash
            score -= QUOTED_SELF * (mention.name in quoted)
            score -= OTHER_PRONOUN * (mention.name in called_other)
            score += ANSWERER * (replying and distance <= 1 and asked(people, mention))
            # Level candidates in one sentence: one already referred to by a he/she leads one
            # only named, as the person the text is following ("Roe said …, he noted, so Doe
            # may … . He said …"); a bonus of any size sent pronouns to stray resolutions.
            chain = people.text[mention.start : mention.end].lower() in _PRONOUNS
            key = (score, -distance, chain, mention.start)
            who = mention.name or ("", mention.start)
            if who not in best or key > best[who][0]:
                best[who] = (key, mention)
    return sorted(best.values(), key=lambda item: item[0], reverse=True)


def _replies(token: Token) -> bool:
    """Is the pronoun the subject of a verb of replying ("she replied", "he answered"), or
    the owner of a reply ("her reply:", "came his answer")?"""
    verb = token.head
    if token.dep_ == "poss":
        return verb.lower_ in REPLY_NOUNS
    return VERB_FORMS.get(verb.lower_) in _REPLIES or verb.lower_ in _ANSWERS


def asked(people: People, mention: Mention) -> bool:
    """Is the mention the one asked or pressed ("Roe asked Doe if …", "Roe asked the
    minister, Doe, whether …", "Doe was asked whether …", "Roe challenged Doe to …"), or the
    one written to ("Roe wrote to Doe asking for …")?"""
    token = mention_top(people.doc, mention)
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "to":
        return verb.head.lower_ in _WRITES
    if token.dep_ == "nsubj" and _infinitive(verb) and verb.head.i < token.i:
        verb = verb.head  # "Roe challenged Doe to resign": Doe as the parse's subject of "resign"
    elif token.dep_ not in {"dobj", "dative", "nsubjpass"}:
        return False
    return VERB_FORMS.get(verb.lower_) in _ASKS or verb.lower_ in _PRESSES


def _infinitive(verb: Token) -> bool:
    """A "to" clause or an "-ing" one, the complement of the verb before it."""
    to = any(c.tag_ == "TO" for c in verb.children)
    return verb.dep_ in {"ccomp", "xcomp"} and (to or verb.tag_ == "VBG")


def _voice_of_main_subject(people: People, mention: Mention) -> bool:
    """Is the person the one whose words are the main clause's subject ("Roe's letter blamed
    Doe for the delay. In it, he said …": Roe acts there, not Doe)?"""
    top = mention_top(people.doc, mention)
    words = top.head
    return (
        top.dep_ == "poss"
        and words.lower_ in SPEECH_NOUNS
        and words.dep_ in SUBJECT_DEPS
        and words.head.dep_ == "ROOT"
    )


def _main_object(people: People, mention: Mention) -> bool:
    """Is the mention (its last word) the object of its sentence's main verb?"""
    token = _name_top(people, mention)
    return token.dep_ in {"dobj", "dative"} and token.head.dep_ == "ROOT"


def _name_top(people: People, mention: Mention) -> Token:
    """The word the mention's name hangs on in the parse (its role in the clause)."""
    return mention_top(people.doc, mention, NAME_DEPS)


def _weak(people: People, mention: Mention) -> bool:
    """Does the person's gender rest on less evidence than a resolved pronoun or two?"""
    if not mention.name:
        return False
    votes = people.persons[mention.name].votes
    return votes["m"] + votes["f"] <= WEAK_GENDER


def _described(people: People, mention: Mention, gender: str) -> tuple[str | None, str]:
    """The candidate's name (None if unnamed), and how it is described in a reason."""
    if not mention.name:
        return None, f"'{people.text[mention.start : mention.end]}', who is not named"
    person = people.persons[mention.name]
    which = "man" if gender == "m" else "woman"
    how = "last named " + (which if person.gender == gender else "person")
    if mention.main:
        how += ", subject of the main clause"
    elif mention.subject:
        how += ", subject"
    return person.name, f"{person.name} ({how})"


def _gender(people: People, mention: Mention) -> str | None:
    return people.persons[mention.name].gender if mention.name else mention.gender


def _role_noun_man(people: People, mention: Mention) -> bool:
    """Is all that makes the person a man a role noun news gives women too ("Harbour
    spokesman Wren Tallis")?"""
    if not mention.name:
        return False
    person = people.persons[mention.name]
    return person.votes["m"] <= person.generic_male
