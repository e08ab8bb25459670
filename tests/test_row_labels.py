"""Sidebar rows and speaker names fitted to a width (#12 §5): what tells a row apart (an
entity's count, a quote's words) is never what is cut, and a narrow place shows a speaker's
surname rather than a cut title. Names are generated: Latin, accented and wide CJK words of
many lengths, at many widths."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.style import Style

from reader.model import Analysis, Article, Entity, Highlight, Quote
from reader.tui.text.row_labels import entity_label, highlight_label, quote_label
from reader.tui.text.speakers import Speaker, fit_speakers, short_names, speaker_of, surname
from reader.tui.widgets.article_lines import margin, names_below

LATIN = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéøñ", min_size=1, max_size=14)
CJK = st.text(alphabet=[chr(0x4E00 + k) for k in range(0, 2000, 37)], min_size=1, max_size=6)
CAPITALISED = st.one_of(LATIN.map(str.capitalize), CJK)
NAMES = st.lists(CAPITALISED, min_size=1, max_size=7).map(" ".join)
NOT_NAMES = {"jr", "sr", "kc", "qc", "mp", "mep", "phd"}
"""Words after a name that are never the name (generated words can spell them)."""
WIDTHS = st.integers(min_value=1, max_value=70)
ROW_WIDTHS = st.integers(min_value=12, max_value=70)


def said(speaker: str | None, words: str, speaker_text: str | None = None) -> tuple[str, Quote]:
    text = f"“{words},” {speaker_text or speaker or 'someone'} said."
    return text, Quote(1, 1 + len(words), speaker=speaker, speaker_text=speaker_text)


@settings(max_examples=300, deadline=None)
@given(name=NAMES, count=st.integers(min_value=1, max_value=99_999), width=WIDTHS)
@example(name="Maritime and Logistics Union", count=4, width=27)  # as a newcomer saw it cut
@example(name="国际海事组织", count=12, width=9)
def test_an_entity_row_fits_and_keeps_its_count(name, count, width):
    label = entity_label(name, count, width).plain
    assert cell_len(label) <= width
    number = f" {count}"
    if width > len(number):
        assert label.endswith(number)
        shown = label.removesuffix(number)
        if cell_len(name) + len(number) <= width:
            assert shown == name
        else:
            assert shown.endswith("…") and name.startswith(shown.rstrip("…").rstrip())


@settings(max_examples=300, deadline=None)
@given(speaker=NAMES, words=NAMES, width=ROW_WIDTHS)
@example(speaker="Ursula von der Leyen", words="We will act now", width=29)
def test_a_quote_row_fits_and_shows_the_quotes_words(speaker, words, width):
    text, quote = said(speaker, words)
    label = quote_label(text, quote, width).plain
    assert cell_len(label) <= width
    name, _, shown = label.partition(": ")
    assert cell_len(name) <= max(8, width // 2)
    assert shown and (shown == words or shown.endswith("…"))
    assert words.startswith(shown.rstrip("…").rstrip())
    if cell_len(speaker) > width // 3 and cell_len(surname(speaker)) <= width // 2:
        assert name == surname(speaker)


@settings(max_examples=100, deadline=None)
@given(speaker=NAMES, first=CAPITALISED, second=CAPITALISED, rest=NAMES)
def test_two_quotes_by_one_speaker_are_told_apart_at_80_columns(speaker, first, second, rest):
    """The 80-column sidebar leaves 27 cells for a quote row."""
    if first == second:
        return
    one = quote_label(*said(speaker, f"{first} {rest}"), 27).plain
    two = quote_label(*said(speaker, f"{second} {rest}"), 27).plain
    assert one != two


def test_an_unnamed_speaker_is_the_articles_words_in_italics_never_a_cut_mark():
    text, quote = said(None, "Bring back the old boats", speaker_text="one sign")
    label = quote_label(text, quote, 27)
    assert label.plain == "one sign: Bring back the o…"
    assert label.spans[0].style == "italic"
    assert quote_label(text, quote, 60).plain.startswith("one sign (unnamed): Bring back")
    nobody = quote_label(*said(None, "Bring back the old boats"), 60).plain
    assert nobody.startswith("no speaker given: ")


@settings(max_examples=200, deadline=None)
@given(
    words=NAMES,
    width=WIDTHS,
    note=st.booleans(),
    anchored=st.booleans(),
)
def test_a_highlight_row_fits_and_keeps_its_marks(words, width, note, anchored):
    highlight = Highlight("h", "a", 0, len(words), words, note="n" if note else "")
    highlight.anchored = anchored
    label = highlight_label(highlight, width).plain
    assert cell_len(label) <= width
    if width >= 30:
        assert label.startswith("■ ")
        assert ("⚠ moved? " in label) == (not anchored)
        assert label.endswith(" ✎") == note


@settings(max_examples=300, deadline=None)
@given(
    given_names=st.lists(CAPITALISED, max_size=3),
    family=CAPITALISED.filter(lambda word: word.casefold() not in NOT_NAMES),
)
@example(given_names=["A"], family="Ii")  # a name, not the numeral II
def test_the_surname_is_the_last_capitalised_word(given_names, family):
    assert surname(" ".join([*given_names, family])) == family


def test_surnames_keep_their_particles_and_drop_suffixes():
    assert surname("Sir Keir Starmer") == "Starmer"
    assert surname("Ursula von der Leyen") == "von der Leyen"
    assert surname("Martin Luther King Jr.") == "King"
    assert surname("Martin Luther King, Jr.") == "King"
    assert surname("Madonna") == "Madonna"
    assert surname("Charles Windsor III") == "Windsor"
    assert surname("习近平") == "习近平"


def test_speakers_are_written_in_full_when_they_fit_else_by_surname():
    dunlop = speaker_of(Quote(0, 1, speaker="Moira Dunlop"))
    leyen = speaker_of(Quote(0, 1, speaker="Ursula von der Leyen"))
    assert dunlop == Speaker("Moira Dunlop", "Dunlop")
    assert fit_speakers([dunlop, leyen], 40) == "Moira Dunlop, Ursula von der Leyen"
    assert fit_speakers([dunlop, leyen], 30) == "Dunlop, von der Leyen"
    unnamed = speaker_of(Quote(0, 1, speaker_text="a source close to the talks"))
    assert unnamed.short == unnamed.full == "a source close to the talks (unnamed)"


def plain_style(_component: str) -> Style:
    return Style()


@settings(max_examples=300, deadline=None)
@given(speakers=st.lists(NAMES, min_size=1, max_size=3), left=st.integers(3, 40))
@example(speakers=["Deputy Prime Minister Harriet Oyelaran-Whitcombe"], left=20)
def test_the_margin_is_exactly_its_width_and_prefers_surnames_to_cut_titles(speakers, left):
    people = [speaker_of(Quote(0, 1, speaker=name)) for name in speakers]
    note = margin("▌", people, left, plain_style)
    assert note.cell_length == left
    shown = note.plain.strip(" ▌")
    surnames = ", ".join(dict.fromkeys(surname(name) for name in speakers))
    if shown and cell_len(", ".join(speakers)) > left - 3 and cell_len(surnames) <= left - 3:
        assert shown == surnames


@settings(max_examples=200, deadline=None)
@given(speakers=st.lists(NAMES, min_size=1, max_size=3), measure=st.integers(10, 80))
def test_names_below_a_paragraph_fit_its_measure(speakers, measure):
    people = [speaker_of(Quote(0, 1, speaker=name)) for name in speakers]
    assert names_below(people, measure, plain_style).cell_length <= measure


def analysis_naming(full: str, mentions: list[str]) -> tuple[Analysis, Quote]:
    """An article naming ``full`` once in full, then by each of ``mentions`` in turn."""
    text = f"{full} spoke first."
    spans = [(0, len(full))]
    for words in mentions:
        text += f" Later {words} spoke."
        start = text.rindex(words)
        spans.append((start, start + len(words)))
    text += " “We are done,” he said."
    quote = Quote(text.index("We"), text.index(",”"), speaker=full, speaker_entity="e1")
    person = Entity("e1", "PERSON", full, spans)
    article = Article(text=text)
    return Analysis(article, "model", "1", entities=[person], quotes=[quote]), quote


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(CAPITALISED, min_size=2, max_size=4, unique=True),
    pick=st.integers(min_value=0, max_value=3),
    repeats=st.integers(min_value=1, max_value=3),
)
def test_a_speaker_is_shortened_as_the_article_shortens_the_name(words, pick, repeats):
    short = words[pick % len(words)]  # any word of the name, not only the last
    analysis, quote = analysis_naming(" ".join(words), [short] * repeats)
    assert speaker_of(quote, short_names(analysis)).short == short


def test_the_surname_stands_in_when_the_article_never_shortens_the_name():
    analysis, quote = analysis_naming("Tomasz Wrenfield", ["him", "the minister"])
    assert short_names(analysis) == {}
    assert speaker_of(quote, short_names(analysis)).short == "Wrenfield"
    analysis, quote = analysis_naming("Li Qiangwen", ["Li", "Li", "Qiangwen"])
    assert speaker_of(quote, short_names(analysis)).short == "Li"
