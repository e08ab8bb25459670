"""Each quote's cue and speaker, in the order the quotes come.

1. ``frames``/``governing``: the cue around each quote (a reporting verb before or after it, the
   verb that governs a fragment, a colon, a dash).
2. ``speakers`` + ``people``: the cue's subject → a person's fullest name, an organisation, or
   nobody named ("a campaign aide"); he/she → the person it refers to.
3. Quotes with no cue of their own inherit: the rest of a quote split by its cue
   (“A,” he said. “B.”) is *continued*; a paragraph that opens with a quote after a quoted
   paragraph is *floating*. A quoted fragment inside a sentence with no cue is dropped (a scare
   quote, a title) unless it is a clause of its own (``paraphrase``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from reader.model import Entity, Quote
from reader.nlp.doc_text import doc_text
from reader.nlp.quotes.confidence import confidence
from reader.nlp.quotes.coordinated import share_coordinated
from reader.nlp.quotes.cue import Cue, object_of
from reader.nlp.quotes.cue_order import cues_of
from reader.nlp.quotes.evidence import Evidence, where_of
from reader.nlp.quotes.fragments import (
    bare_term,
    embedded,
    in_cue_subject,
    names_a_thing,
    right_before,
)
from reader.nlp.quotes.frames import Frames
from reader.nlp.quotes.governing import CLAIM_NOUNS, framed_by_a_thing
from reader.nlp.quotes.headline import is_subheading
from reader.nlp.quotes.interviews import the_one_asked
from reader.nlp.quotes.lexicon import VERB_FORMS
from reader.nlp.quotes.marks import Stretch, find_stretches, paragraphs
from reader.nlp.quotes.nested import at_framing_subject
from reader.nlp.quotes.paraphrase import main_subject, quoted_clause, reporter_before
from reader.nlp.quotes.people import People
from reader.nlp.quotes.quantities import is_share, share_speaker
from reader.nlp.quotes.roles import RoleMention, role_mentions
from reader.nlp.quotes.speakers import Speaker, Speakers

FLOATING_REACH = 2
"""A quote-only paragraph inherits the last speaker from at most this many paragraphs back."""


@dataclass
class _Said:
    """The last attributed quote: what a continued or floating quote inherits."""

    paragraph: int
    said: tuple[Quote, Evidence]


def find_quotes(doc: Doc) -> tuple[list[Quote], list[RoleMention]]:
    """The article's quotes, and the role nouns that name a titled person ("the PM")."""
    found, roles = attribute_quotes(doc)
    return [quote for quote, _ in found], roles


def attribute_quotes(doc: Doc) -> tuple[list[tuple[Quote, Evidence]], list[RoleMention]]:
    """Each quote with the evidence its speaker rests on (its confidence and runner-up are
    set from it), and the role nouns that name a titled person."""
    text = doc_text(doc)
    paras = paragraphs(text)
    stretches = find_stretches(text)
    if not doc.has_annotation("DEP"):  # a pipeline without a parser: quotes, no speakers
        reason = "no dependency parse, so no speaker"
        return [
            (Quote(s.start, s.end, kind="floating", reason=reason), Evidence("floating"))
            for s in stretches
        ], []
    frames = Frames(doc, stretches, paras)
    entities: list[Entity] = list(getattr(doc._, "reader_entities", None) or [])
    people = People(doc, frames.in_quote, frames.quote_bounds)
    speakers = Speakers(people, entities)
    by_stretch: dict[int, tuple[Quote, Evidence]] = {}
    last: _Said | None = None
    for index, stretch in enumerate(stretches):
        if is_subheading(text, stretch, paras):
            continue
        previous = by_stretch.get(index - 1)
        done = _attribute(frames, speakers, index, stretch, last, previous)
        if done is None:
            continue
        by_stretch[index] = done
        quote = done[0]
        # A claim's owner ("Doe's warning that it is 'doomed'") is quoted, not speaking: the
        # paragraph's speaker carries on past it.
        speaking = (quote.cue or "").lower() not in CLAIM_NOUNS
        attributed = quote.speaker or quote.speaker_text
        if quote.kind in {"direct", "partial"} and attributed and speaking:
            last = _Said(stretch.paragraph + stretch.paragraphs - 1, done)
    _back_to_lost_breaks(frames, by_stretch)
    share_coordinated(text, stretches, by_stretch, _inherit)
    found = list(by_stretch.values())
    for quote, evidence in found:
        _weigh(quote, evidence)
    return found, people.roles + role_mentions(people)


def _weigh(quote: Quote, evidence: Evidence) -> None:
    """Confidence, and the best reading that names someone else."""
    evidence.named = quote.speaker is not None
    quote.confidence = confidence(evidence)
    chosen = (quote.speaker or "").lower()
    for name, why in evidence.alternatives:
        if (name or "").lower() != chosen:
            quote.runner_up, quote.runner_up_reason = name, why
            return


def _back_to_lost_breaks(frames: Frames, by_stretch: dict[int, tuple[Quote, Evidence]]) -> None:
    """ "A. "B," said Roe.' with the paragraph break lost before "B": A is Roe's too."""
    for index in sorted(by_stretch, reverse=True):
        earlier = by_stretch.get(index - 1)
        later = by_stretch[index]
        if earlier is None or not frames.lost_break(index) or earlier[0].kind != "floating":
            continue
        if later[0].kind == "direct" and later[0].speaker:
            how = "the same quote, broken by a lost paragraph break, as"
            by_stretch[index - 1] = _inherit(earlier[0], later, "continued", how, "lost_break")


def _attribute(
    frames: Frames,
    speakers: Speakers,
    index: int,
    stretch: Stretch,
    last: _Said | None,
    previous: tuple[Quote, Evidence] | None,
) -> tuple[Quote, Evidence] | None:
    quote = Quote(start=stretch.start, end=stretch.end)
    is_fragment = embedded(frames, index)
    cues = cues_of(frames, index, is_fragment)
    if is_fragment:
        cues = [c for c in cues if not in_cue_subject(frames, c, stretch)]
    cue = cues[0] if cues else None
    if is_fragment and names_a_thing(frames, stretch) and not right_before(frames, cue, stretch):
        return None
    if cue is not None:
        if _nobody(cue):
            # "Roe insisted he had 'won', claiming …": a cue with nobody at it ("you can't
            # yell 'fire'") yields to one that names a speaker.
            cues.sort(key=_nobody)
            cue = cues[0]
        same_paragraph = last is not None and last.paragraph == stretch.paragraph
        if is_fragment and same_paragraph and framed_by_a_thing(cue):
            # "X wrote … '…'. The aim was to go after Y as '…'": still X's words
            how = "a fragment in paraphrase after"
            return _inherit(quote, last.said, "partial", how, "continued")
        return _from_cue(quote, cue, cues[1:], speakers, is_fragment)
    if is_fragment:
        return _paraphrased(frames, speakers, stretch, last)
    if previous is not None and frames.lost_break(index):
        how = "the same quote, broken by a lost paragraph break, as"
        return _inherit(quote, previous, "continued", how, "lost_break")
    if last is not None and last.paragraph == stretch.paragraph:
        newcomer = _new_subject_before(frames, speakers, stretch, last)
        if newcomer is None:
            return _inherit(quote, last.said, "continued", "same paragraph as", "continued")
        _set_speaker(quote, newcomer)
        quote.kind = "floating"
        quote.reason = f"no cue of its own; the sentence before turns to {newcomer.name}"
        return quote, Evidence(
            "sentence_before", how="name", alternatives=_last_speaker(last, stretch)
        )
    if stretch.close_mark is None and stretch.paragraphs == 1 and not frames.lost_break(index + 1):
        return None  # a stray opening mark with no cue: more likely a typo than speech
    quote.kind = "floating"
    other = _last_speaker(last, stretch)
    if not frames.starts_paragraph(index):
        # "Roe criticised the plan. 'It will fail.'": the sentence before is about its speaker.
        para_start = frames.paras[stretch.paragraph][0]
        mention = speakers.people.last_subject(para_start, stretch.open_mark)
        if mention is None:
            mention = reporter_before(frames, speakers.people, stretch)
        source = _according_to_before(frames, stretch) if mention is None else None
        if source is not None:  # "The problem, according to Roe, is …. '…'"
            speaker = speakers.resolve(source)
            if speaker.name is not None:
                _set_speaker(quote, speaker)
                quote.reason = f"no cue of its own; the sentence before is {speaker.name}'s view"
                return quote, Evidence("sentence_before", how=speaker.how, alternatives=other)
        if mention is None:
            if bare_term(frames, stretch):
                return None
            quote.reason = "no cue in its sentence"
            return quote, Evidence("floating", alternatives=other)
        _set_mention(quote, speakers, mention.name, mention.start, mention.end)
        quote.reason = f"no cue of its own; the sentence before is about {mention.name}"
        return quote, Evidence("sentence_before", how="name", alternatives=other)
    narrator = _narrative_subject(frames, speakers.people, stretch, last)
    if narrator is not None:
        name, start, end = narrator
        _set_mention(quote, speakers, name, start, end)
        quote.reason = f"quote-only paragraph after a paragraph about {name}"
        return quote, Evidence("narrative", how="name", alternatives=other)
    asked = the_one_asked(frames, speakers.people, stretch, *_asker(last))
    if asked is not None:  # "Roe pressed Doe on …, '…,' she said. ¶ '…'": Doe answers
        _set_mention(quote, speakers, asked.name, asked.start, asked.end)
        quote.reason = f"quote-only paragraph after {asked.name} was asked"
        return quote, Evidence("narrative", how="name", alternatives=other)
    if last is not None and stretch.paragraph - last.paragraph <= FLOATING_REACH:
        return _inherit(quote, last.said, "floating", "quote-only paragraph after", "floating")
    if bare_term(frames, stretch):
        return None
    quote.reason = "no cue and no earlier speaker nearby"
    return quote, Evidence("floating")


def _paraphrased(
    frames: Frames, speakers: Speakers, stretch: Stretch, last: _Said | None
) -> tuple[Quote, Evidence] | None:
    """A quoted clause in paraphrase with no cue: the sentence's subject's words, else the
    paragraph speaker's. A fragment with no verb of its own is a scare quote or a title."""
    if not quoted_clause(frames, stretch):
        return None
    quote = Quote(start=stretch.start, end=stretch.end)
    subject = main_subject(frames, stretch)
    speaker = speakers.resolve(subject) if subject is not None else None
    if speaker is not None and speaker.name is not None:
        quote.kind = "partial"
        _set_speaker(quote, speaker)
        quote.reason = f"a quoted clause with no cue; its sentence's subject: {speaker.reason}"
        return quote, Evidence("sentence_before", how=speaker.how, partial=True)
    if last is not None and last.paragraph == stretch.paragraph:
        return _inherit(
            quote, last.said, "partial", "a quoted clause in paraphrase after", "continued"
        )
    reporter = reporter_before(frames, speakers.people, stretch)
    if reporter is None:
        return None
    quote.kind = "partial"  # "…, he said. Ferries win only when 'the fares stay low'"
    _set_mention(quote, speakers, reporter.name, reporter.start, reporter.end)
    quote.reason = f"a quoted clause after a sentence that reports {reporter.name}"
    return quote, Evidence("sentence_before", how="name", partial=True)


def _asker(last: _Said | None) -> tuple[str | None, int]:
    return (last.said[0].speaker, last.paragraph) if last is not None else (None, -1)


_NOBODY = {"you", "this", "that", "some", "all", "someone", "anyone", "everyone", "one"}


def _nobody(cue: Cue) -> bool:
    return cue.speaker is None or cue.speaker.lower_ in _NOBODY


def _from_cue(
    quote: Quote, cue: Cue, others: list[Cue], speakers: Speakers, is_fragment: bool
) -> tuple[Quote, Evidence]:
    quote.kind = "partial" if is_fragment else "direct"
    _set_cue(quote, cue)
    evidence = Evidence(
        "cue", where_of(cue.where), VERB_FORMS.get(cue.text.lower(), cue.text), partial=is_fragment
    )
    share = cue.speaker is not None and is_share(cue.speaker)
    poll = share_speaker(cue.speaker, speakers) if share else None
    if cue.speaker is None or (share and poll is None):
        # "75 percent said …" with no poll named: a share of people, not a speaker.
        quote.reason = f"'{cue.text}' {cue.where}, but no speaker at it"
        evidence.route = "cue_nobody"
    else:
        speaker = poll or speakers.resolve(cue.speaker)
        at_framing_subject(cue, speaker, speakers)
        _set_speaker(quote, speaker)
        quote.reason = f"'{cue.text}' {cue.where}; {speaker.reason}"
        evidence.how, evidence.margin, evidence.distance = (
            speaker.how,
            speaker.margin,
            speaker.distance,
        )
        if speaker.runner_up_reason:
            evidence.alternatives.append((speaker.runner_up, speaker.runner_up_reason))
    for other in others:
        if other.speaker is None:
            continue
        alternative = speakers.resolve(other.speaker, record=False)
        why = f"'{other.text}' {other.where}; {alternative.reason}"
        evidence.alternatives.append((alternative.name, why))
    return quote, evidence


def _new_subject_before(
    frames: Frames, speakers: Speakers, stretch: Stretch, last: _Said
) -> Speaker | None:
    """ "'…,' said Roe. Her colleague, Jo Doe, lays the blame elsewhere. '…'": a person named
    as the main subject of the sentence between the last quote and this one speaks next."""
    said = last.said[0]
    after_said = max(said.end, said.speaker_end or 0)
    before = frames.tokens(after_said, stretch.open_mark)
    words = [t for t in before if not t.is_space and not t.is_punct]
    if not words or words[-1].sent.start_char < after_said:
        return None  # no sentence of its own between them
    sentence = words[-1].sent
    if frames.has_quote(sentence.start_char, stretch.open_mark):
        return None
    subject = frames.subjects.of(sentence.root, sentence.start_char, sentence.end_char)
    if subject is None or subject.pos_ == "PRON":
        return None
    speaker = speakers.resolve(subject, record=False)
    if speaker.name is None or speaker.name == said.speaker or speaker.how not in _NEWCOMER:
        return None
    return speaker


_NEWCOMER = {"name", "appositive"}


def _last_speaker(last: _Said | None, stretch: Stretch) -> list[tuple[str | None, str]]:
    """The reading a quote with no cue could also have: the speaker of the quote before."""
    if last is None or stretch.paragraph - last.paragraph > FLOATING_REACH:
        return []
    quote = last.said[0]
    return [(quote.speaker, f"the quote before is {quote.speaker or 'unnamed'}'s")]


def _according_to_before(frames: Frames, stretch: Stretch) -> Token | None:
    """The source an "according to" names in the sentence right before the quote."""
    before = [t for t in frames.tokens(frames.paras[stretch.paragraph][0], stretch.open_mark)]
    words = [t for t in before if not t.is_space and not frames.in_quote(t.idx)]
    if not words:
        return None
    for token in words[-1].sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            follows = token.doc[token.i + 1]
            source = object_of(follows) if follows.lower_ == "to" else None
            if source is not None and not frames.in_quote(source.idx):
                return source
    return None


def _narrative_subject(
    frames: Frames, people: People, stretch: Stretch, last: _Said | None
) -> tuple[str, int, int] | None:
    """The person the paragraph before a quote-only paragraph is about, if it has no quote.

    "Roe was asked why her campaign had stalled." then "I have tried …" on its own.
    """
    if stretch.paragraph == 0:
        return None
    if last is not None and last.paragraph == stretch.paragraph - 1:
        return None  # the paragraph before holds a quote: its speaker carries on
    start, end = frames.paras[stretch.paragraph - 1]
    if frames.in_quote(start) or frames.has_quote(start, end):
        return None
    mention = people.last_subject(start, end)
    if mention is None:
        return None
    return mention.name, mention.start, mention.end


def _inherit(
    quote: Quote, source: tuple[Quote, Evidence], kind: str, how: str, route: str
) -> tuple[Quote, Evidence]:
    said, evidence = source
    quote.kind = kind
    quote.speaker, quote.speaker_entity = said.speaker, said.speaker_entity
    quote.speaker_text = said.speaker_text
    quote.speaker_start, quote.speaker_end = said.speaker_start, said.speaker_end
    quote.cue, quote.cue_start, quote.cue_end = said.cue, said.cue_start, said.cue_end
    who = said.speaker or (f"'{said.speaker_text}'" if said.speaker_text else "nobody")
    quote.reason = f"{how} a quote by {who}"
    inherited = Evidence(route, inherited=evidence.how or evidence.route, partial=evidence.partial)
    inherited.alternatives = list(evidence.alternatives)
    return quote, inherited


def _set_mention(quote: Quote, speakers: Speakers, name: str, start: int, end: int) -> None:
    quote.speaker, quote.speaker_entity = name, speakers.people.entity_id(name)
    quote.speaker_text = speakers.text[start:end]
    quote.speaker_start, quote.speaker_end = start, end


def _set_cue(quote: Quote, cue: Cue) -> None:
    quote.cue, quote.cue_start, quote.cue_end = cue.text, cue.start, cue.end


def _set_speaker(quote: Quote, speaker: Speaker) -> None:
    quote.speaker, quote.speaker_entity = speaker.name, speaker.entity_id
    quote.speaker_text = speaker.text
    quote.speaker_start, quote.speaker_end = speaker.start, speaker.end
