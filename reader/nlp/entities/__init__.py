"""Entity clean-up and grouping as spaCy components.

``reader_entity_cleanup`` turns the statistical NER's spans into names a reader can trust:
spans trimmed and split (``entity_spans``), capitals lines re-tagged and datelines read
(``headlines``), one label per name across the article and missed mentions found again
(``consistency``). ``reader_entity_groups`` joins the mentions of one real entity
(``grouping``) into ``doc._.reader_entities``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from reader.nlp.doc_text import doc_text
from reader.nlp.entities import consistency, head, headlines, missed, person_cues
from reader.nlp.entities.credits import find_credits, outside_credits
from reader.nlp.entities.described import (
    described_people,
    family_names,
    kin_people,
    role_holders,
    speaking_names,
    speaking_surnames,
)
from reader.nlp.entities.grouping import group_entities
from reader.nlp.entities.job_titles import without_title_words
from reader.nlp.entities.joined import split_joined_names, split_paired_surnames
from reader.nlp.entities.lists import affiliations, complete_lists
from reader.nlp.entities.nicknamed import nicknamed_people
from reader.nlp.entities.opening_roles import common_nouns, without_opening_jobs
from reader.nlp.entities.particles import (
    join_particle_names,
    with_bare_particles,
    with_hyphened_starts,
)
from reader.nlp.entities.possessives import join_possessive_names, split_owned_names
from reader.nlp.entities.pronoun_backed import pronoun_backed_people
from reader.nlp.entities.spans import clean_spans, with_regnal_number
from reader.nlp.entities.sport import competitions, relabel_teams
from reader.nlp.entities.type_cues import type_cues
from reader.nlp.token_lookup import lower_case_texts
from reader.nlp.words import KEPT_LABELS


@Language.factory(
    "reader_entity_cleanup",
    requires=["doc.ents", "doc.sents", "token.tag", "token.dep", "token.head"],
    assigns=["doc.ents", "doc._.reader_credits"],
)
def make_entity_cleanup(nlp: Language, name: str) -> EntityCleanup:
    return EntityCleanup(nlp)


class EntityCleanup:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.common_nouns = common_nouns(f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        doc._.reader_credits = credits = find_credits(text)
        ents = doc.ents  # a new tuple of spans on every access
        names = [e for e in ents if e.label_ in KEPT_LABELS]
        others = [e for e in ents if e.label_ not in KEPT_LABELS]
        caps = headlines.caps_lines(text)
        in_caps = headlines.membership(caps)
        names = headlines.retag_caps_lines(doc, names, caps, self._ner)
        demonyms = {e.text for e in names if e.label_ == "NORP"}
        names = consistency.plural_groups(list(clean_spans(names, demonyms)))
        names = join_possessive_names(doc, without_title_words(names, demonyms))
        names = join_particle_names(doc, names)
        names = missed.acronym_definitions(doc, names)
        datelines = head.dateline_places(doc)
        bylines = head.byline_people(doc)
        lower_words = lower_case_texts(doc)
        cued = person_cues.cued_people(doc, in_caps, lower_words)
        families = family_names(ents)
        cued += described_people(doc, in_caps, families) + speaking_surnames(doc, in_caps, families)
        cued += speaking_names(doc, in_caps, families) + kin_people(doc, in_caps, families)
        cued += role_holders(doc, in_caps, families)
        cued += pronoun_backed_people(doc, in_caps, lower_words)
        nicknamed = nicknamed_people(doc, names)
        names = _without_overlaps(nicknamed + datelines + bylines + cued + names)
        names = [with_regnal_number(span) for span in names]
        names = missed.company_names(doc, names, in_caps, bylines + cued)
        names = consistency.trim_noun_tails(names)
        cued_types = type_cues(names, consistency.name_key, cued, lower_words)
        not_people = {key for key, label in cued_types.items() if label != "PERSON"}
        people = consistency.person_words(names, in_caps, not_people)
        names = consistency.drop_common_acronyms(
            consistency.drop_common_words(names, people, lower_words)
        )
        names = consistency.fix_context(names, people)
        places = {consistency.name_key(span.text) for span in datelines}
        labels = consistency.vote_labels(names, people, in_caps, places, cued_types)
        names = split_owned_names(doc, consistency.relabel(names, labels))
        names = split_paired_surnames(doc, split_joined_names(doc, names))
        for word in consistency.person_words(names, in_caps) - labels.keys():
            labels[word] = "PERSON"  # the words of a name the cues made a person's
        names += missed.find_missed(doc, names, labels, in_caps)
        names = person_cues.complete_names(doc, names, lower_words)
        names = with_bare_particles(doc, join_particle_names(doc, names))  # and the found ones
        names = with_hyphened_starts(doc, names)
        names = affiliations(doc, complete_lists(doc, names))
        names = outside_credits(names, credits)
        vouched = people | {key for key, label in cued_types.items() if label == "PERSON"}
        names = competitions(relabel_teams(names, datelines, vouched, consistency.name_key))
        names = headlines.without_headline_words(doc, names)
        names = without_opening_jobs(doc, names, self.common_nouns)
        doc.set_ents(_without_overlaps(names + others), default="outside")
        return doc

    def _ner(self, text: str) -> Doc:
        """The statistical NER alone on a short text (a re-cased caps line)."""
        doc = self.nlp.make_doc(text)
        return self.nlp.get_pipe("ner")(doc) if "ner" in self.nlp.pipe_names else doc


@Language.component(
    "reader_entity_groups",
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.reader_entities"],
)
def entity_groups(doc: Doc) -> Doc:
    ents = doc.ents
    entities = group_entities(ents)
    label_at = {m: e.label for e in entities for m in e.mentions}
    relabelled = [
        Span(doc, e.start, e.end, label=label_at.get((e.start_char, e.end_char), e.label_))
        for e in ents
    ]
    doc.set_ents(relabelled)
    doc._.reader_entities = entities
    return doc


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Earlier spans in the list win; the result is in document order."""
    taken = set()
    kept = []
    for span in spans:
        positions = range(span.start, span.end)
        if any(i in taken for i in positions):
            continue
        taken.update(positions)
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)
