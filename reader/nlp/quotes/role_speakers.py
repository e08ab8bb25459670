"""A speaker as the quote rules name it, and the role nouns among speaker phrases.

"the PM", "the Ohio senator", "the chancellor", "the boss": the person the article titled so,
or the one its last sentences were about, or nobody named. ``Speakers`` builds on this with
every other kind of speaker phrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from reader.nlp.quotes.gender import noun_gender
from reader.nlp.quotes.leaders import person_in_charge
from reader.nlp.quotes.people import People
from reader.nlp.quotes.phrases import modifiers, proper_modifiers, role_word
from reader.nlp.quotes.roles import (
    DESCRIPTION_REACH,
    described_person,
    earlier_holder,
    official,
    role_span,
    title_holder,
    titled,
)


@dataclass
class Speaker:
    name: str | None
    entity_id: str | None
    text: str
    start: int
    end: int
    reason: str
    how: str = "unnamed"
    """The rule that named the speaker: name, pronoun, title, refers_back, appositive, org, …"""
    runner_up: str | None = None
    runner_up_reason: str | None = None
    margin: float | None = None
    distance: int | None = None


class RoleSpeakers:
    """Turning a speaker phrase into a ``Speaker``, and role nouns into their holder."""

    people: People
    _record: bool

    def _role(self, head: Token, text: str, start: int, end: int) -> Speaker:
        speaker = self._role_speaker(head, text, start, end)
        if speaker.name is not None and official(head) and self._record:
            self.people.roles.append((*role_span(head), speaker.name))
        return speaker

    def _role_speaker(self, head: Token, text: str, start: int, end: int) -> Speaker:
        """ "the PM", "the Ohio senator", "the chancellor": the titled person, or the one the
        last sentences were about, or nobody.

        An official title goes to its holder first; a common noun ("the singer") is more often
        whom the last sentences were about than someone once called so.
        """
        official = titled(head)
        role = title_holder(self.people, head, modifiers(head), start) if official else None
        if role is not None:
            reason = f"'{text}' → {role} (title given earlier)"
            return self._speaker(role, text, start, end, reason, "title")
        anchors = proper_modifiers(head)
        if anchors and self._owned_by_organisation(head):
            # "the Kestrel Line's spokeswoman": the organisation's, not whoever spoke last.
            return self._speaker(None, text, start, end, f"'{text}' is not named")
        if anchors:
            named = person_in_charge(self.people, head, start, DESCRIPTION_REACH)
            named = named or self.people.recent_subject(
                start, DESCRIPTION_REACH, anchors, head.lower_, noun_gender(role_word(head))
            )
            if named is not None:
                reason = f"'{text}' describes {named}, the subject just before"
                return self._person(named, text, start, end, reason, "describes")
            return self._speaker(None, text, start, end, f"'{text}' is not named")
        named = described_person(self.people, head, start)
        if named is not None:
            reason = f"'{text}' refers back to {named}, whom the sentences before are about"
            return self._person(named, text, start, end, reason, "refers_back")
        role = None if official else earlier_holder(self.people, head, modifiers(head), start)
        if role is not None:
            reason = f"'{text}' → {role} (title given earlier)"
            return self._speaker(role, text, start, end, reason, "title")
        return self._speaker(None, text, start, end, f"'{text}' is not named")

    def _owned_by_organisation(self, head: Token) -> bool:
        """Is the description an organisation's ("the club's spokesman"), by a possessive
        proper name that is no person the article names?"""
        for child in head.lefts:
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                return self.people.mention_at(child.idx, child.idx + len(child)) is None
        return False

    def _person(self, name: str, text: str, start: int, end: int, reason: str, how: str) -> Speaker:
        """A named person speaks here: later pronouns may refer to them."""
        if self._record:
            self.people.add_speaker_mention(start, end, name)
        return self._speaker(name, text, start, end, reason, how)

    def _speaker(
        self, name: str | None, text: str, start: int, end: int, reason: str, how: str = "unnamed"
    ) -> Speaker:
        return Speaker(name, self.people.entity_id(name), text, start, end, reason, how)
