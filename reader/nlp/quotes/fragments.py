"""Quoted fragments: inside a sentence or a whole quoted sentence, and which are no speech.

"called it a 'farce'" is a fragment; "so-called 'smart' meters", Margaret "Maggie" Roe and her
"Morning Sofa" show are a term, a nickname and a title, nobody's words.
"""

from __future__ import annotations

from reader.nlp.quotes.cue import Cue
from reader.nlp.quotes.frames import Frames
from reader.nlp.quotes.marks import Stretch


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
    """Is the cue the last word before the quote ("Roe Said 'We Will Win'")?"""
    if cue is None or cue.end > stretch.open_mark:
        return False
    return not frames.text[cue.end : stretch.open_mark].strip(" :,")


def names_a_thing(frames: Frames, stretch: Stretch) -> bool:
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
