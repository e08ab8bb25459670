"""From the head of a speaker phrase to a speaker: a person, an organisation, or nobody named.

"Mr. Smith" → the fullest name of that person; "he"/"she" → the person it refers to;
"the White House" → "White House"; "the PM" → the person the article titled so;
"a campaign aide", "sources" → no speaker (the words are kept as ``speaker_text``).
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.model import Entity
from reader.nlp.entities.consistency import name_key
from reader.nlp.quotes.cue import object_of
from reader.nlp.quotes.delayed import named_after
from reader.nlp.quotes.documents import DOCUMENT_NOUNS, author_token, owner_of_named_document
from reader.nlp.quotes.gender import is_pronoun
from reader.nlp.quotes.lexicon import OPINION_NOUNS, REPLY_NOUNS, SPEECH_NOUNS
from reader.nlp.quotes.organisations import (
    ORG_DESCRIPTIONS,
    PUBLICATION_NOUNS,
    Organisations,
    body_they_form,
    numbered_name,
    org_name,
)
from reader.nlp.quotes.people import People
from reader.nlp.quotes.person_words import FEMALE_PRONOUNS, MALE_PRONOUNS, TITLE_WORDS
from reader.nlp.quotes.phrases import (
    appositives,
    bisect_token,
    definite,
    person_role,
    phrase,
    proper_name,
)
from reader.nlp.quotes.pronouns import asked
from reader.nlp.quotes.role_speakers import RoleSpeakers, Speaker
from reader.nlp.quotes.roles import person_noun, who_stands_for

_RELATIVE = {"who", "that", "which", "whom"}


# An appositive name of these types is not who spoke ("a spokesman in Leeds, Monday"); any other
# type, however the NER labelled it, names the speaker ("his nephew Karim Haddad" as a FAC).
_NOT_SPEAKERS = {
    *("GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"),
    *("WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"),
}

# "the niece, state Sen. Ann Lee (D-Ohio), said": at most this many title words before the
# name, and tokens in the parenthesis after it.
_TITLE_REACH = 4
_ASIDE_REACH = 8


class Speakers(RoleSpeakers):
    def __init__(self, people: People, entities: list[Entity]) -> None:
        self.people = people
        self.doc = people.doc
        self.text = people.text
        self.orgs = Organisations(people, entities)
        self._record = True
        self._entities = entities

    def resolve(self, head: Token, record: bool = True) -> Speaker:
        """The speaker ``head`` names. With ``record`` (the chosen cue's speaker), a named
        person becomes a mention later pronouns may refer to; without (a runner-up), nothing
        is remembered."""
        self._record = record
        try:
            speaker = self._resolve(head)
        finally:
            self._record = True
        if speaker.name and head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
            # "Roe, who called it 'a farce'": Roe speaks through the word that stands for her.
            speaker.start, speaker.end = head.idx, head.idx + len(head)
            speaker.text = head.text
        return speaker

    def _resolve(self, head: Token) -> Speaker:
        if head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
            head = who_stands_for(head)
        owner = owner_of_named_document(head)  # "the Green Book", the Authority's, said
        speaker = self._resolve(owner) if owner is not None else None
        if speaker is not None and speaker.name is not None:
            speaker.start, speaker.end = phrase(head)
            speaker.text = self.text[speaker.start : speaker.end]
            speaker.reason = f"'{speaker.text}' is {speaker.name}'s document"
            return speaker
        owner = _words_owner(head)
        if owner is not None:
            head = owner  # "Jane Roe's brief said", "Her response was …", "came the reply from Roe"
        elif head.lower_ in REPLY_NOUNS and not any(c.dep_ == "prep" for c in head.children):
            answerer = self._just_asked(head)
            if answerer is not None:  # "Roe asked Doe if … '…,' came the reply"
                start, end = phrase(head)
                reason = f"'{self.text[start:end]}' is {answerer}'s, the one just asked"
                return self._person(answerer, self.text[start:end], start, end, reason, "asked")
        start, end = phrase(head)
        text = self.text[start:end]
        word = head.lower_
        surname = word in {"he", "she"} and not is_pronoun(head)  # "Mr He", "He Jianxiong"
        if not surname and (head.pos_ == "PRON" or word in MALE_PRONOUNS | FEMALE_PRONOUNS):
            if word in {"he", "she", "him", "her", "his"}:
                found = self.people.resolve_pronoun(head)
                speaker = self._speaker(found.name, text, start, end, found.reason, "pronoun")
                speaker.runner_up, speaker.runner_up_reason = (
                    found.runner_up,
                    found.runner_up_reason,
                )
                speaker.margin, speaker.distance = found.margin, found.distance
                return speaker
            if word in {"it", "they"}:
                org = self.orgs.it_organisation(head)
                how = "the organisation last a subject" if org else "whose document it is"
                org = org or self._author(head)  # "Roe issued a statement. '…,' it read."
                if org is not None:
                    reason = f"'{text}' → {org} ({how})"
                    return self._speaker(org, text, start, end, reason, "it")
            for token in appositives(head):  # "Another, Jo Roe, said"
                appos = self.people.mention_at(token.idx, token.idx + len(token))
                if appos is not None and appos.name:
                    reason = f"'{text}' is {appos.name} (appositive)"
                    return self._person(appos.name, text, start, end, reason, "appositive")
            return self._speaker(None, text, start, end, f"'{text}' names nobody", "nobody")
        mention = self.people.mention_at(head.idx, head.idx + len(head))
        if mention is not None and name_key(head.text) not in name_key(mention.name):
            mention = None  # a headline span glued onto another name ("X Thanked Roe")
        if mention is not None:
            reason = f"'{text}' → {mention.name}"
            return self._person(mention.name, text, start, end, reason, "name")
        for token in appositives(head) if head.pos_ == "PROPN" else ():
            appos = self.people.mention_at(token.idx, token.idx + len(token))
            if appos is not None:  # "The Bishop of Durham, the Rt Rev Jane Roe, said"
                reason = f"'{text}' is {appos.name}"
                return self._person(appos.name, text, start, end, reason, "appositive")
        if head.pos_ == "PROPN" and _described(head) and person_noun(head):
            return self._role(head, text, start, end)  # "the Scot", "the American"
        known = None
        if head.text[:1].isupper() and not org_name(head):
            known = self.people.known_person(head.text)
        if known is not None and head.ent_type_ not in {"GPE", "NORP"}:
            return self._person(known, text, start, end, f"'{text}' → {known}", "name")
        if head.pos_ != "PROPN" and head.lower_ not in SPEECH_NOUNS:
            named = self._named_before(start, end)
            if named is not None:
                reason = f"'{text}' describes {named} (appositive)"
                return self._person(named, text, start, end, reason, "appositive")
            body = self._body_named_before(start, end)
            if body is not None:  # "the Harbour Trust, a local charity, said"
                reason = f"'{text}' describes {body} (appositive)"
                return self._speaker(body, text, start, end, reason, "org")
            for token in appositives(head):
                appos = self.people.mention_at(token.idx, token.idx + len(token))
                org = None if appos is not None else self._appositive_body(head, token)
                if org is not None:  # "The group, the Harbour Workers Coalition, said"
                    reason = f"'{text}' is {org} (appositive)"
                    return self._speaker(org, text, start, end, reason, "org")
                name = appos.name if appos is not None else None
                # "analysts Calder Research said": a name right after the noun is who it
                # is, however NER typed it.
                close = token.left_edge.i == head.i + 1
                typed = close or token.ent_type_ not in _NOT_SPEAKERS
                if name is None and token.pos_ == "PROPN" and typed:
                    name = self.people.resolve_name(proper_name(token), start)
                if name:
                    reason = f"'{text}' is {name} (appositive)"
                    return self._person(name, text, start, end, reason, "appositive")
            named = self._named_after(head, end)
            if named is not None:
                reason = f"'{text}' is {named} (appositive)"
                return self._person(named, text, start, end, reason, "appositive")
        numbered = numbered_name(head)
        if numbered is not None:  # "Studio 9 said", "Channel 5 said"
            reason = f"'{text}' → {numbered} (a name with its number)"
            return self._speaker(numbered, text, start, end, reason, "org")
        body = body_they_form(head) or self._body_before(head)
        org = self.orgs.organisation(body, *phrase(body)) if body is not None else None
        if org is not None:  # "the MPs who make up the Harbour Committee"
            reason = f"'{text}' → {org} (the body they form)"
            return self._speaker(org, text, start, end, reason, "org")
        org = self.orgs.organisation(head, start, end)
        if org is not None:
            reason = f"'{text}' → {org} (organisation)"
            return self._speaker(org, text, start, end, reason, "org")
        org = self.orgs.described(head) or self.orgs.author(head)
        if org is not None:
            reason = f"'{text}' → {org} (the organisation named last)"
            return self._speaker(org, text, start, end, reason, "org_described")
        org = self.orgs.named_by(head)
        if org is not None:
            reason = f"'{text}' → {org} (the article's only organisation so named)"
            return self._speaker(org, text, start, end, reason, "org_described")
        if head.lower_ in DOCUMENT_NOUNS and head.pos_ == "NOUN":
            author = self._author(head)
            if author is not None:
                reason = f"'{text}' → {author} (whose {head.lower_} it is)"
                return self._speaker(author, text, start, end, reason, "document")
        if head.pos_ == "PROPN" and head.text[:1].isupper() and not _office(head):
            name = self.people.resolve_name(proper_name(head), start)
            if name and org_name(head):
                reason = f"'{text}' → {name} (organisation's name)"
                return self._speaker(name, text, start, end, reason, "org")
            if name and name.lower() not in TITLE_WORDS:
                reason = f"'{text}' → {name} (proper name)"
                return self._person(name, text, start, end, reason, "proper_name")
        if head.lower_ in PUBLICATION_NOUNS and definite(head):
            paper = self.orgs.publication_before(start)
            if paper is not None:
                reason = f"'{text}' → {paper} (last paper named)"
                return self._speaker(paper, text, start, end, reason, "publication")
        if definite(head) and person_role(head):
            speaker = self._role(head, text, start, end)
            named = None if speaker.name else named_after(self.people, head)
            if named is None:
                return speaker
            reason = f"'{text}' is {named}, named just after"  # "…, says Dunmere manager"
            return self._person(named, text, start, end, reason, "named_after")
        named = named_after(self.people, head)
        if named is not None:  # "… is 'laughable', a clergyman has said. ¶ … Jane Roe, …"
            reason = f"'{text}' is {named}, named just after"
            return self._person(named, text, start, end, reason, "named_after")
        org = self.orgs.named_after(head)
        if org is not None:  # "A bookmaker has stopped taking bets …. Harbour Bets made …"
            reason = f"'{text}' is {org}, named just after"
            return self._speaker(org, text, start, end, reason, "org_described")
        return self._speaker(None, text, start, end, f"'{text}' is not named")

    def _appositive_body(self, head: Token, token: Token) -> str | None:
        """The organisation an appositive names, when it is one ("the group, X Coalition,")."""
        if token.ent_type_ != "ORG" and head.lower_ not in ORG_DESCRIPTIONS:
            return None
        return self.orgs.organisation(token, *phrase(token))

    def _body_before(self, head: Token) -> Token | None:
        """ "the MPs who make up the Harbour Committee published …. The MPs found …": the
        same members, so the same committee."""
        det = [c for c in head.lefts if c.dep_ == "det"]
        if head.tag_ != "NNS" or len(det) != 1 or det[0].lower_ != "the":
            return None
        for token in reversed(self.doc[: head.i]):
            if token.lower_ == head.lower_ and token.tag_ == "NNS":
                body = body_they_form(token)
                if body is not None:
                    return body
        return None

    def _author(self, head: Token) -> str | None:
        """The named author of the document ``head`` ("the statement said" → who issued it)."""
        owner = author_token(head, self.people.sentence_of)
        if owner is None:
            return None
        named = next(
            (
                entity.name
                for entity in self._entities
                if entity.label == "PERSON"
                for start, end in entity.mentions
                if start <= owner.idx < end
            ),
            None,
        )
        if named is not None:
            return named  # the whole name, however the mention at it was cut
        record, self._record = self._record, False
        try:
            return self._resolve(owner).name
        finally:
            self._record = record

    def _named_before(self, start: int, end: int) -> str | None:
        """ "Doe, a top adviser, said": the parse made the description the subject."""
        name = self._before_commas(start, end)
        if name is None:
            return None
        mention = self.people.mention_at(name.idx, name.idx + len(name))
        return mention.name if mention is not None else None

    def _body_named_before(self, start: int, end: int) -> str | None:
        """ "the Harbour Trust, a local charity, said": the parse made the description the
        subject; the organisation named just before the commas is who speaks."""
        name = self._before_commas(start, end)
        if name is None or name.ent_type_ != "ORG":
            return None
        return self.orgs.organisation(name, *phrase(name))

    def _before_commas(self, start: int, end: int) -> Token | None:
        """The word before a description set off by commas at [start, end): "Doe" in "Doe, a
        top adviser, said"."""
        doc = self.doc
        i, j = bisect_token(doc, start), bisect_token(doc, end)
        if i < 2 or doc[i - 1].text != "," or j >= len(doc) or doc[j].text != ",":
            return None
        return doc[i - 2]

    def _named_after(self, head: Token, end: int) -> str | None:
        """ "Roe's niece, state Sen. Ann "Bo" Lee (D-Ohio), said": the parse lost the
        appositive (a quoted nickname and a parenthesis in one name); read it off the words
        between the description and its verb."""
        doc, verb = self.doc, head.head
        j = bisect_token(doc, end)
        if head.dep_ != "nsubj" or j >= verb.i or doc[j].text != "," or doc[verb.i - 1].text != ",":
            return None
        k = j + 1
        while k < verb.i and k - j <= _TITLE_REACH and self._mention_from(k) is None:
            if doc[k].pos_ in {"VERB", "AUX", "PUNCT"} and doc[k].text != ".":
                return None
            k += 1
        mention = self._mention_from(k) if k < verb.i else None
        if mention is None:
            return None
        rest = [t for t in doc[k : verb.i - 1] if t.idx >= mention[1]]
        if rest and (rest[0].text != "(" or rest[-1].text != ")" or len(rest) > _ASIDE_REACH):
            return None
        return mention[0]

    def _just_asked(self, head: Token) -> str | None:
        """The person asked something in this sentence or the one before, outside quotes."""
        here = self.people.sentence_of(head.idx)
        for mention in reversed(self.people.mentions_before(head.idx)):
            if here - mention.sentence > 1:
                break
            if not self.people.in_quote(mention.start) and asked(self.people, mention):
                return mention.name or None
        return None

    def _mention_from(self, i: int) -> tuple[str, int] | None:
        """The person mention that starts at token ``i``: its name and where it ends."""
        token = self.doc[i]
        mention = self.people.mention_at(token.idx, token.idx + len(token))
        if mention is None or mention.start != token.idx:
            return None
        return mention.name, mention.end


def _described(head: Token) -> bool:
    """A capitalised word after "the", maybe with a place before it ("the Scot", "the Ohio
    Republican"), rather than a name."""
    det = [c for c in head.lefts if c.dep_ == "det"]
    if head.tag_ != "NNP" or len(det) != 1 or det[0].lower_ != "the":
        return False
    between = head.doc[det[0].i + 1 : head.i]
    return all(t.dep_ == "compound" and t.ent_type_ == "GPE" for t in between)


def _words_owner(head: Token) -> Token | None:
    """Whose words ``head`` is, when it is a statement, reply or verdict with a named owner:
    "Roe's statement", "her reply", "the verdict of the Harbour Trust"."""
    word = head.lower_
    if word not in SPEECH_NOUNS and word not in OPINION_NOUNS:
        return None
    for child in head.children:
        if child.dep_ == "poss" and (child.pos_ == "PROPN" or child.lower_ in {"his", "her"}):
            return child
        of = child.dep_ == "prep" and child.lower_ in {"of", "from"}
        if of and word in OPINION_NOUNS and head.pos_ == "NOUN":
            owner = object_of(child)
            if owner is not None and owner.pos_ in {"PROPN", "NOUN"}:
                return owner
    return None


def _office(head: Token) -> bool:
    """ "the Harbour Council High Commissioner for Fisheries", "the Harbourside MP": an
    office, not a name."""
    if head.lower_ not in TITLE_WORDS:
        return False
    if head.text.isupper() and any(c.dep_ == "det" for c in head.lefts):
        return True  # an abbreviated title with an article ("the Labour MP", "the CEO")
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}]
    return any(t.pos_ == "PROPN" for prep in preps for t in prep.subtree)
