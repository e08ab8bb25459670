"""The words around a quote that may attribute it: its frame, and the cue in it.

For each quote, the *before* window runs from the start of its sentence (or the end of the
previous quote in the paragraph) to the opening mark; the *after* window runs from the
closing mark to the end of that sentence (or the next quote). A reporting verb in one of
them ("said", "told", "according to", "wrote"), a colon ("Roe said: …", "MR. DOE: …") or a
dash ("— Jane Doe") is the cue; the speaker is the cue's subject.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from reader.nlp.doc_text import doc_text
from reader.nlp.quotes.clause_checks import framing_too_far, subordinate, title_case_subject
from reader.nlp.quotes.colon import colon_speaker, later_clause_speaker
from reader.nlp.quotes.cue import (
    Cue,
    addressed,
    answers,
    becomes,
    cue_words,
    ends_clause,
    first_finite_verb,
    goes_on,
    has_its_own_thing,
    is_cue_verb,
    is_dash,
    lost_subject,
    make_cue,
    mistagged_cue,
    modifies_the_subject,
    name_head,
    name_set_off_before,
    named_before_appositive,
    says_no_more,
    short_report,
)
from reader.nlp.quotes.dash_credits import dash_credit, dash_line_credit
from reader.nlp.quotes.lexicon import FINITE_TAGS
from reader.nlp.quotes.marks import Stretch
from reader.nlp.quotes.sentence_ends import SENTENCE_END, is_abbreviation, last_sentence_end
from reader.nlp.quotes.subjects import Subjects, passive_agent, quoting_clause
from reader.nlp.quotes.viewpoints import by_pronoun, viewpoint
from reader.nlp.token_lookup import token_starts

AFTER_REACH = 40
"""Tokens after the closing mark searched for a cue ("…," said X, the long title of X)."""
_NO_SPEAKER_TYPES = {"DATE", "TIME", "GPE", "NORP", "LOC", "CARDINAL", "ORDINAL"}
"""Proper nouns a colon's speaker is not ("In December:", "New York:")."""
MANNER = "after the quote (how it was said)"
"""Where a cue is that is no reporting verb: "'…,' Roe shrugged"; a cue before comes first."""


class Frames:
    def __init__(self, doc: Doc, stretches: list[Stretch], paras: list[tuple[int, int]]):
        self.doc = doc
        self.text = doc_text(doc)
        self.stretches = stretches
        self.paras = paras
        self.token_starts = token_starts(doc)
        self._bounds = [(s.open_mark, _close_end(s)) for s in stretches]
        self._bound_starts = [b[0] for b in self._bounds]
        self._para_starts = [p[0] for p in paras]
        self.subjects = Subjects(doc, self.in_quote, self._same_paragraph)
        self._cues_before: dict[tuple[int, bool], Cue | None] = {}

    # -- geometry -------------------------------------------------------------------------

    def in_quote(self, offset: int) -> bool:
        return self.quote_bounds(offset) is not None

    def quote_bounds(self, offset: int) -> tuple[int, int] | None:
        """The quote (opening mark to closing mark) that ``offset`` is in, if any."""
        i = bisect.bisect_right(self._bound_starts, offset) - 1
        if i >= 0 and self._bounds[i][0] <= offset < self._bounds[i][1]:
            return self._bounds[i]
        return None

    def _same_paragraph(self, offset: int, anchor: int) -> bool:
        i = bisect.bisect_right(self._para_starts, anchor) - 1
        return i < 0 or self.paras[i][0] <= offset <= self.paras[i][1]

    def has_quote(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._bound_starts, start)
        return i < len(self._bounds) and self._bounds[i][0] < end

    def tokens(self, start: int, end: int) -> Span:
        i = bisect.bisect_left(self.token_starts, start)
        j = bisect.bisect_left(self.token_starts, end)
        return self.doc[i:j]

    def lost_break(self, index: int) -> bool:
        """Does the quote open where the one before was cut short by a new opening mark, with
        nothing between ("A. "B," a paragraph break lost between A and B)?"""
        if not 0 < index < len(self.stretches):
            return False
        before, stretch = self.stretches[index - 1], self.stretches[index]
        return (
            before.close_mark is None
            and before.paragraph + before.paragraphs - 1 == stretch.paragraph
            and not self.text[before.end : stretch.open_mark].strip()
        )

    def introduced_before(self, index: int) -> bool:
        """ "Roe said: '….'", "Roe said, '….'" — a colon or comma before a quote that ends its
        own sentence: a cue after it ('…." Doe added, "…') introduces the next quote."""
        start, end = self.before_window(index)
        stretch = self.stretches[index]
        ends_sentence = self.text[stretch.end - 1] in ".!?…"
        return ends_sentence and self.text[start:end].rstrip().endswith((":", ","))

    def before_window(self, index: int) -> tuple[int, int]:
        stretch = self.stretches[index]
        para_start = self.paras[stretch.paragraph][0]
        # From the start of the sentence: an earlier quote in the same sentence ("called it
        # "A" and "B"") does not hide the cue; its words are skipped by ``in_quote``.
        start = para_start
        if index > 0:
            prev = self.stretches[index - 1]
            if prev.close_mark is None and _close_end(prev) > para_start:
                start = max(start, _close_end(prev))
        segment = self.text[start : stretch.open_mark]
        last = last_sentence_end(segment)
        if last is not None:
            start += last.end()
        return start, stretch.open_mark

    def after_window(self, index: int) -> tuple[int, int]:
        stretch = self.stretches[index]
        if stretch.close_mark is None:
            return stretch.end, stretch.end
        start = stretch.close_mark + 1
        last_para = stretch.paragraph + stretch.paragraphs - 1
        end = self.paras[last_para][1]
        following = index + 1
        while following < len(self.stretches) and self._label(following, end):
            following += 1  # '"…," Roe, with a "Keep the Ferry" banner, said.': no new quote
        if following < len(self.stretches):
            end = min(end, self.stretches[following].open_mark)
        segment = self.text[start:end]
        for match in SENTENCE_END.finditer(segment):
            if not is_abbreviation(segment, match.start()) and segment[: match.start()].strip():
                return start, start + match.end()
        return start, end

    def _label(self, index: int, end: int) -> bool:
        """A few quoted words inside a sentence that goes on in lower case: a name or a
        slogan ("a 'Keep the Ferry' banner"), not a quote of its own."""
        stretch = self.stretches[index]
        if stretch.close_mark is None or stretch.open_mark >= end or stretch.paragraphs > 1:
            return False
        words = self.text[stretch.start : stretch.end].split()
        after = self.text[stretch.close_mark + 1 : end].lstrip(" \u00a0")
        before = self.text[: stretch.open_mark].rstrip(" \u00a0")
        inside = before[-1:].isalnum() or before.endswith(("'s", "’s"))
        return len(words) <= 4 and inside and after[:1].isalpha() and after[:1].islower()

    # -- cues -----------------------------------------------------------------------------

    def cue_after(self, index: int, embedded: bool = False) -> Cue | None:
        """ "…," X said / said X / X told reporters / — X, right after the closing mark.

        The cue clause must lead the window (only punctuation, or "as", before it), or for a
        whole quoted sentence close it (", Mr. X said." after some paraphrase).
        """
        start, end = self.after_window(index)
        stretch = self.stretches[index]
        ended = SENTENCE_END.match(self.text, start, end) or self.text[stretch.end - 1] in ".!?"
        if embedded and ended and not self._asked_on(stretch, start, end):
            return None  # a fragment's cue is in its own sentence, not the next one
        closed = self.text[stretch.end - 1] in ".!?…"
        if closed and self.text[start:end].rstrip().endswith(":"):
            return None  # '"….'' Roe said: "…"': the cue of the next quote
        # '"…." Roe said.' is rare but real; '"…." Roe said the vote …' is a new sentence.
        new_sentence = self.text[stretch.end - 1] in ".…"
        tokens = [t for t in self.tokens(start, end)][:AFTER_REACH]
        words = [t for t in tokens if not t.is_punct and not t.is_space]
        if not words:
            return None if embedded else dash_line_credit(self, index)
        if not embedded and is_dash(self.text[start:end]):
            cue = dash_credit(self.text, start, end, words)
            if cue is not None:
                return cue
        first = words[0]
        if first.lower_ in {"according", "in"}:  # '"…", according to Roe', '…, in her view'
            view = viewpoint(first, end, "after the quote")
            if view is not None:
                return view
        verbs = [t for t in words if (is_cue_verb(t) or goes_on(t)) and not self.in_quote(t.idx)]
        if not verbs and self.text[stretch.end - 1] == ",":
            verbs = [t for t in words[1:8] if mistagged_cue(t)][:1]
        where = "after the quote"
        if not verbs and not embedded and self._open_ended(stretch, words[0]):
            verbs, where = first_finite_verb(words), MANNER
        for token in verbs:
            if embedded and has_its_own_thing(token):
                continue
            describes = token.dep_ in {"acl", "amod"} and token.tag_ in {"VBN", "VBG"}
            described = token.head
            if describes and (
                self.in_quote(described.idx)
                or described.left_edge.idx <= stretch.start < described.idx
            ):
                continue  # '"… the small repair fund" announced in March', '"bad" cuts made by'
            subject = self.subjects.of(token, start, end)
            if subject is not None and subject.i > token.i + 8:
                subject = None
            if where == MANNER and subject is not None and subject.tag_ in {"WDT", "WP"}:
                return None  # '"…," which meets in May.': the quote's sentence goes on
            opening = subject.left_edge if subject is not None and subject.i < token.i else token
            opening = quoting_clause(token) or opening  # "…," Tanjug quotes Roe as saying.
            lead = [w for w in words if w.i < opening.i]
            if subject is None and 0 < len(lead) <= 8:
                # A parse that lost the subject: "…," Tulsa police Chief Jane Roe said.
                subject = lost_subject(tokens, lead, token)
                lead = [] if subject is not None else lead
            elif subject is None and lead:
                subject = named_before_appositive(tokens, token)
                lead = [] if subject is not None else lead
            elif modifies_the_subject(lead, opening):
                lead = []
            leading = not lead or (not embedded and [w.lower_ for w in lead] == ["as"])
            closing = (
                not leading
                and subject is not None
                and opening.i > 0
                and self.doc[opening.i - 1].text == ","
                and ends_clause(token, end, subject)
            )
            if not (leading or closing):
                return None
            if new_sentence and (closing or not says_no_more(token, end)):
                return None  # '"…." The board was satisfied, she added.' reports the board
            if self.text[stretch.end - 1] in "?!" and answers(token):
                return None  # '"…?" Roe responded that …': Roe's answer, not the question
            if addressed(token):
                subject = passive_agent(token)[1]
            elif subject is None:
                subject = self.subjects.inverted(token, end)
            return make_cue(token, subject, where)
        return None

    def _asked_on(self, stretch: Stretch, start: int, end: int) -> bool:
        """'… "Will that fill the ferry?" an aide asked': a question or exclamation the
        sentence goes on after, in lower case."""
        after = self.text[start:end].lstrip(" \u00a0")
        return self.text[stretch.end - 1] in "?!" and after[:1].islower()

    def _open_ended(self, stretch: Stretch, first: Token) -> bool:
        """ "'…,' Roe shrugged." — a quote left open by a comma (or by ?/! before a lower-case
        word): whatever verb follows with its subject is how it was said."""
        last = self.text[stretch.end - 1]
        return last == "," or (last in "?!" and (first.text[:1].islower() or short_report(first)))

    def cue_before(self, index: int, embedded: bool = False) -> Cue | None:
        """Asked for up to three times a quote (``_cues``): worked out once."""
        if (index, embedded) not in self._cues_before:
            start, end = self.before_window(index)
            self._cues_before[index, embedded] = self._cue_in(
                start, end, "before the quote", not embedded
            )
        return self._cues_before[index, embedded]

    def cue_any_verb(self, index: int) -> Cue | None:
        """A whole quoted sentence introduced by a comma or colon after any verb:
        "X dashed off a note with the subject line, '…'" — the verb's subject wrote it."""
        start, end = self.before_window(index)
        words = [t for t in self.tokens(start, end) if not t.is_space and not self.in_quote(t.idx)]
        if not words or words[-1].text not in {",", ":"}:
            return None
        verbs = [t for t in words if t.pos_ == "VERB"]
        if not verbs:
            return None
        verb = verbs[-1]
        subject = self.subjects.of(verb, start, end)
        if subject is None or subject.pos_ not in {"PROPN", "PRON"}:
            return None
        return make_cue(verb, subject, "before the quote")

    def starts_paragraph(self, index: int) -> bool:
        stretch = self.stretches[index]
        para_start = self.paras[stretch.paragraph][0]
        return not self.text[para_start : stretch.open_mark].strip()

    def cue_intro(self, index: int) -> Cue | None:
        """A paragraph that ends with a colon introduces a quote that opens the next one."""
        stretch = self.stretches[index]
        if stretch.paragraph == 0 or not self.starts_paragraph(index):
            return None
        start, end = self.paras[stretch.paragraph - 1]
        intro = self.text[start:end].rstrip()
        if not intro.endswith(":") or self.in_quote(start + len(intro) - 1):
            return None
        segment = intro[:-1]
        for match in SENTENCE_END.finditer(segment):
            if not is_abbreviation(segment, match.start()):
                start = self.paras[stretch.paragraph - 1][0] + match.end()
        return self._cue_in(start, self.paras[stretch.paragraph - 1][0] + len(intro), "before")

    def _cue_in(self, start: int, end: int, where: str, whole: bool = True) -> Cue | None:
        """The cue in [start, end); for a whole quote, not a verb of a clause about something
        else (a fragment is often the words of such a clause: "an aide who called it '…'")."""
        tokens = [t for t in self.tokens(start, end) if not self.in_quote(t.idx)]
        words = [t for t in tokens if not t.is_space]
        if not words:
            return None
        fallback = None
        for token in reversed(words):
            view = viewpoint(token, end, where)  # "according to Roe", "in Roe's view", …
            if view is not None and not by_pronoun(view):
                return view
            fallback = fallback or view  # "Roe told the board, in her words, …": the verb first
            if not is_cue_verb(token, framing=True) or framing_too_far(token, words):
                continue
            if becomes(token, self.in_quote):
                continue
            if not (whole and subordinate(token, words, self.in_quote)):
                later = later_clause_speaker(words, token)
                if later is not None:
                    return Cue(None, ":", words[-1].idx, words[-1].idx + 1, later, "colon " + where)
                passive, agent = passive_agent(token)
                if passive:
                    return make_cue(token, agent, where)  # "Roe was asked, '…?'": not Roe
                subject = (
                    title_case_subject(token)
                    or self.subjects.of(token, start, end)
                    or (name_set_off_before(token) if token.tag_ in FINITE_TAGS else None)
                    or self.subjects.inverted(token, end)
                    or self.subjects.of_sentence(token, start)
                    or self.subjects.earlier_speaker(token, words)
                )
                return make_cue(token, subject, where)
        if fallback is not None:
            return fallback
        as_cue = self._as_pattern(words)
        if as_cue is not None:
            return as_cue
        last = words[-1]
        if last.text == ":":
            clause = words[:-1]
            head = colon_speaker(self.subjects, clause, start, self.in_quote) or name_head(
                [t for t in clause if not t.is_punct and t.ent_type_ not in _NO_SPEAKER_TYPES]
            )
            if head is not None:
                return Cue(None, ":", last.idx, last.idx + 1, head, "colon " + where)
        # A headline that opens with "Name:" ("Roe: As mayor, 'I kept every promise'").
        colon = next((t for t in words[:4] if t.text == ":"), None)
        if colon is not None and colon.i > words[0].i:
            head = name_head([t for t in words if t.i < colon.i and not t.is_punct])
            if head is not None:
                return Cue(None, ":", colon.idx, colon.idx + 1, head, "colon " + where)
        return None

    def _as_pattern(self, words: list[Token]) -> Cue | None:
        """ "attacking Doe as a 'fraud'": the subject of the verb that "as" hangs on."""
        tail = [w.lower_ for w in words[-2:]]
        if not tail or not ("as" in tail and tail[-1] in {"as", "a", "an", "the"}):
            return None
        marker = words[-1] if tail[-1] == "as" else words[-2]
        verb = marker.head
        closed = marker.i > 0 and verb.doc[marker.i - 1].text == ","
        while closed and verb.dep_ == "relcl" and verb.doc[verb.left_edge.i - 1].text == ",":
            verb = verb.head.head  # "thanking Doe, who retired in May, as a '…'": thanking
        if verb.pos_ not in {"VERB", "AUX"} or self.in_quote(verb.idx):
            return None
        subject = self.subjects.of(verb, words[0].idx, marker.idx)
        if subject is None:
            return None
        return cue_words(self.doc, verb, marker, subject, "before the quote")


def _close_end(stretch: Stretch) -> int:
    return stretch.close_mark + 1 if stretch.close_mark is not None else stretch.end
