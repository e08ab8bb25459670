"""Each quote's cue and speaker, in the order the quotes come.

1. ``frames``/``governing``: the cue around each quote (a reporting verb before or after it, the
   verb that governs a fragment, a colon, a dash).
2. ``speakers`` + ``people``: the cue's subject → a person's fullest name, an organisation, or
   nobody named ("a campaign aide"); he/she → the person it refers to.
3. Quotes with no cue of their own inherit: the rest of a quote split by its cue
   (“A,” he said. “B.”) is *continued*; a paragraph that opens with a quote after a quoted
   paragraph is *floating*. A quoted fragment inside a sentence with no cue (a scare quote, a
   title) is dropped rather than given a guessed speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from reader.model import Entity, Quote
from reader.nlp.doc_text import doc_text
from reader.nlp.quotes.cue import Cue
from reader.nlp.quotes.frames import Frames
from reader.nlp.quotes.governing import governing_cue
from reader.nlp.quotes.marks import Stretch, find_stretches, paragraphs
from reader.nlp.quotes.people import People
from reader.nlp.quotes.roles import RoleMention, role_mentions
from reader.nlp.quotes.speakers import Speaker, Speakers

FLOATING_REACH = 2
"""A quote-only paragraph inherits the last speaker from at most this many paragraphs back."""


@dataclass
class _Said:
    """The last attributed quote: what a continued or floating quote inherits."""

    paragraph: int
    quote: Quote


def find_quotes(doc: Doc) -> tuple[list[Quote], list[RoleMention]]:
    """The article's quotes, and the role nouns that name a titled person ("the PM")."""
    text = doc_text(doc)
    paras = paragraphs(text)
    stretches = find_stretches(text)
    if not doc.has_annotation("DEP"):  # a pipeline without a parser: quotes, no speakers
        reason = "no dependency parse, so no speaker"
        return [Quote(s.start, s.end, kind="floating", reason=reason) for s in stretches], []
    frames = Frames(doc, stretches, paras)
    entities: list[Entity] = list(getattr(doc._, "reader_entities", None) or [])
    people = People(doc, frames.in_quote)
    speakers = Speakers(people, entities)
    by_stretch: dict[int, Quote] = {}
    last: _Said | None = None
    for index, stretch in enumerate(stretches):
        quote = _attribute(frames, speakers, index, stretch, last, by_stretch.get(index - 1))
        if quote is None:
            continue
        by_stretch[index] = quote
        if quote.kind in {"direct", "partial"} and (quote.speaker or quote.speaker_text):
            last = _Said(stretch.paragraph + stretch.paragraphs - 1, quote)
    _back_to_lost_breaks(frames, by_stretch)
    return list(by_stretch.values()), people.roles + role_mentions(people)


def _back_to_lost_breaks(frames: Frames, by_stretch: dict[int, Quote]) -> None:
    """ "A. "B," said Roe.' with the paragraph break lost before "B": A is Roe's too."""
    for index in sorted(by_stretch, reverse=True):
        earlier = by_stretch.get(index - 1)
        later = by_stretch[index]
        if earlier is None or not frames.lost_break(index) or earlier.kind != "floating":
            continue
        if later.kind == "direct" and later.speaker:
            _inherit(
                earlier, later, "continued", "the same quote, broken by a lost paragraph break, as"
            )


def _find_cue(frames: Frames, index: int, embedded: bool) -> Cue | None:
    if not embedded and frames.colon_before(index):
        cue = frames.cue_before(index)  # "Roe said: '…'" whatever follows the quote
        if cue is not None:
            return cue
    return (
        frames.cue_after(index, embedded)
        or (governing_cue(frames, index) if embedded else None)
        or frames.cue_before(index)
        or frames.cue_intro(index)
        or (None if embedded else frames.cue_any_verb(index))
    )


def _attribute(
    frames: Frames,
    speakers: Speakers,
    index: int,
    stretch: Stretch,
    last: _Said | None,
    previous: Quote | None,
) -> Quote | None:
    quote = Quote(start=stretch.start, end=stretch.end)
    embedded = _embedded(frames, index)
    cue = _find_cue(frames, index, embedded)
    if embedded and _names_a_thing(frames, stretch) and not _right_before(frames, cue, stretch):
        return None
    if cue is not None:
        quote.kind = "partial" if embedded else "direct"
        _set_cue(quote, cue)
        if cue.speaker is None:
            quote.reason = f"'{cue.text}' {cue.where}, but no speaker at it"
            return quote
        speaker = speakers.resolve(cue.speaker)
        _set_speaker(quote, speaker)
        quote.reason = f"'{cue.text}' {cue.where}; {speaker.reason}"
        return quote
    if embedded:
        return None  # a scare quote or a title: nobody's speech
    if previous is not None and frames.lost_break(index):
        return _inherit(
            quote, previous, "continued", "the same quote, broken by a lost paragraph break, as"
        )
    if last is not None and last.paragraph == stretch.paragraph:
        return _inherit(quote, last.quote, "continued", "same paragraph as")
    if stretch.close_mark is None and stretch.paragraphs == 1 and not frames.lost_break(index + 1):
        return None  # a stray opening mark with no cue: more likely a typo than speech
    if not frames.starts_paragraph(index):
        # "Roe criticised the plan. 'It will fail.'": the sentence before is about its speaker.
        para_start = frames.paras[stretch.paragraph][0]
        mention = speakers.people.last_subject(para_start, stretch.open_mark)
        quote.kind = "floating"
        if mention is None:
            quote.reason = "no cue in its sentence"
            return quote
        quote.speaker = mention.name
        quote.speaker_entity = speakers.people.entity_id(mention.name)
        quote.speaker_text = frames.text[mention.start : mention.end]
        quote.speaker_start, quote.speaker_end = mention.start, mention.end
        quote.reason = f"no cue of its own; the sentence before is about {mention.name}"
        return quote
    narrator = _narrative_subject(frames, speakers.people, stretch, last)
    if narrator is not None:
        name, start, end = narrator
        quote.kind = "floating"
        quote.speaker, quote.speaker_entity = name, speakers.people.entity_id(name)
        quote.speaker_text = frames.text[start:end]
        quote.speaker_start, quote.speaker_end = start, end
        quote.reason = f"quote-only paragraph after a paragraph about {name}"
        return quote
    if last is not None and stretch.paragraph - last.paragraph <= FLOATING_REACH:
        return _inherit(quote, last.quote, "floating", "quote-only paragraph after")
    quote.kind = "floating"
    quote.reason = "no cue and no earlier speaker nearby"
    return quote


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


def _embedded(frames: Frames, index: int) -> bool:
    """Is the quote a fragment inside a sentence (rather than a whole quoted sentence)?"""
    start, end = frames.before_window(index)
    before = frames.text[start:end].strip()
    if before and not before.endswith((":", ",", "—", "–", " -")):
        return True
    stretch = frames.stretches[index]
    if stretch.close_mark is None:
        return False
    after = frames.text[stretch.close_mark + 1 : stretch.close_mark + 3]
    return after[:1].isalnum()


_SCARE_MARKERS = ("so-called", "so called", "dubbed", "known as", "titled", "entitled", "nicknamed")
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by"}


def _right_before(frames: Frames, cue: Cue | None, stretch: Stretch) -> bool:
    """Is the cue the last word before the quote ("Roe Said 'We Will Win'")?"""
    if cue is None or cue.end > stretch.open_mark:
        return False
    return not frames.text[cue.end : stretch.open_mark].strip(" :,")


def _names_a_thing(frames: Frames, stretch: Stretch) -> bool:
    """A title, a nickname or a so-called term rather than someone's words.

    "so-called 'smart' meters"; Margaret "Maggie" Roe; her "Morning Sofa" show —
    quoted words in Title Case inside a sentence that is not itself a Title Case headline.
    """
    text = frames.text
    before = text[max(0, stretch.open_mark - 20) : stretch.open_mark].lower().rstrip()
    if before.endswith(_SCARE_MARKERS):
        return True
    words = text[stretch.start : stretch.end].split()
    if not words or len(words) > 10:
        return False
    para_start, para_end = frames.paras[stretch.paragraph]
    around = text[para_start : stretch.open_mark].split()[-5:]
    if stretch.close_mark is not None:
        around += text[stretch.close_mark + 1 : para_end].split()[:5]
    if _title_case(around):
        return False  # a headline: every word is capitalised anyway
    return _title_case(words)


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower().strip(".,:;!?") not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = [w for w in content if w[:1].isupper() or w[:1].isdigit()]
    return len(capitalised) == len(content)


def _inherit(quote: Quote, source: Quote, kind: str, how: str) -> Quote:
    quote.kind = kind
    quote.speaker, quote.speaker_entity = source.speaker, source.speaker_entity
    quote.speaker_text = source.speaker_text
    quote.speaker_start, quote.speaker_end = source.speaker_start, source.speaker_end
    quote.cue, quote.cue_start, quote.cue_end = source.cue, source.cue_start, source.cue_end
    who = source.speaker or (f"'{source.speaker_text}'" if source.speaker_text else "nobody")
    quote.reason = f"{how} a quote by {who}"
    return quote


def _set_cue(quote: Quote, cue: Cue) -> None:
    quote.cue, quote.cue_start, quote.cue_end = cue.text, cue.start, cue.end


def _set_speaker(quote: Quote, speaker: Speaker) -> None:
    quote.speaker, quote.speaker_entity = speaker.name, speaker.entity_id
    quote.speaker_text = speaker.text
    quote.speaker_start, quote.speaker_end = speaker.start, speaker.end
