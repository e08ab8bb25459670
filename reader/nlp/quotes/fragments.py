"""Quoted fragments: inside a sentence or a whole quoted sentence, and which are no speech.

"called it a 'farce'" is a fragment; "so-called 'smart' meters", Margaret "Maggie" Roe and her
"Morning Sofa" show are a term, a nickname and a title, nobody's words.
"""

from __future__ import annotations

from reader.nlp.quotes.cue import Cue
from reader.nlp.quotes.frames import Frames
from reader.nlp.quotes.lexicon import VERB_FORMS
from reader.nlp.quotes.marks import Stretch
from reader.nlp.quotes.paraphrase import quoted_clause


def embedded(frames: Frames, index: int) -> bool:
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


def right_before(frames: Frames, cue: Cue | None, stretch: Stretch) -> bool:
    """Is the cue the last word before the quote ("Roe Said 'We Will Win'"), or does the verb
    call something the quoted words ("dismissed him as 'the Harbour Wrecker'")?"""
    if cue is None or cue.end > stretch.open_mark:
        return False
    if _scare_marked(frames.text, stretch) or _naming_participle(cue):
        return False  # "the hall known as 'The Loft'", "a show called 'Morning Sofa'": a name
    between = frames.text[cue.end : stretch.open_mark]
    if _told(cue) and not between.strip():
        return False  # "Roe told 'Weekend Politics'": whom she told, a show's name
    called_as = cue.token is not None and between.rstrip().lower().endswith(" as")
    return called_as or not between.strip(" :,")


def _told(cue: Cue) -> bool:
    verb = cue.token
    return verb is not None and VERB_FORMS.get(verb.lower_) == "tell"


def _naming_participle(cue: Cue) -> bool:
    """ "a show called …", "a group named …": the participle names a thing, nobody speaks."""
    verb = cue.token
    return verb is not None and verb.tag_ == "VBN" and verb.dep_ == "acl"


def _scare_marked(text: str, stretch: Stretch) -> bool:
    before = text[max(0, stretch.open_mark - 20) : stretch.open_mark].lower().rstrip()
    return before.endswith(_SCARE_MARKERS)


def names_a_thing(frames: Frames, stretch: Stretch) -> bool:
    """A title, a nickname or a so-called term rather than someone's words.

    "so-called 'smart' meters"; Margaret "Maggie" Roe; her "Morning Sofa" show —
    quoted words in Title Case inside a sentence that is not itself a Title Case headline.
    """
    text = frames.text
    if _scare_marked(text, stretch):
        return True
    words = text[stretch.start : stretch.end].split()
    if not words or len(words) > 10:
        return False
    para_start, para_end = frames.paras[stretch.paragraph]
    inside = frames.tokens(stretch.start, stretch.end)
    sentence_start = max(para_start, inside[0].sent.start_char) if len(inside) else para_start
    lead = [t for t in frames.tokens(sentence_start, stretch.open_mark) if not t.is_space]
    if len(lead) >= 3 and _title_case([t.text for t in lead]) and _capital_verb(lead[1:]):
        return False  # a Title Case line: "Roe Said The Levy Was Needed 'For Practical Reasons.'"
    around = text[para_start : stretch.open_mark].split()[-5:]
    if stretch.close_mark is not None:
        around += text[stretch.close_mark + 1 : para_end].split()[:5]
    if _title_case(around):
        return False  # a headline: every word is capitalised anyway
    return _title_case(words)


def _capital_verb(tokens) -> bool:
    """A capitalised verb past the first word: a Title Case line, not "Sunday on CNN's"."""
    return any(
        (t.pos_ in {"VERB", "AUX"} or t.lower_ in VERB_FORMS) and t.text[:1].isupper()
        for t in tokens
    )


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower().strip(".,:;!?") not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = [w for w in content if w[:1].isupper() or w[:1].isdigit()]
    return len(capitalised) == len(content)


MAX_TERM_WORDS = 3


def bare_term(frames: Frames, stretch: Stretch) -> bool:
    """A quote with no cue and nobody to say it that is a short phrase with no verb of its own
    (a single-quoted word in a headline, "words such as 'x', 'y'") is a term or a scare quote,
    not speech."""
    words = [t for t in frames.tokens(stretch.start, stretch.end) if t.is_alpha]
    return 0 < len(words) <= MAX_TERM_WORDS and not quoted_clause(frames, stretch)


_SUBJECTS = {"nsubjpass", "csubjpass"}


def in_cue_subject(frames: Frames, cue: Cue, stretch: Stretch) -> bool:
    """Is the quoted fragment part of the subject of a passive cue verb with no agent ('her
    "exit" was widely reported') or of the noun a participle describes ('the "failing" agency,
    widely reported to …')? Then the verb does not report it. An agent may be the speaker
    ('the "ruinous cost" was described by Roe'), and an active verb's subject is left alone:
    the parse puts speech there ('Any "clear" reading of it, said Roe, …')."""
    verb = cue.token
    if verb is None or verb.idx < stretch.end or not verb.is_alpha:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    words = [t.i for t in frames.tokens(stretch.start, stretch.end)]
    if not words:
        return False
    holders = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBG"}:
        holders.append(verb.head)  # the noun a participle describes
    return any(
        h.left_edge.i <= words[0] and words[-1] < min(h.right_edge.i + 1, verb.i) for h in holders
    )
