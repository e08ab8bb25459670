"""A selection's moving end, by character, word and sentence, over any text: it lands on a
grapheme boundary (never inside an emoji, a flag, a CJK character or an accented letter),
always moves while there is text to move over, and steps over the gaps between paragraphs."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from reader.tui.text.layout import paragraph_spans
from reader.tui.text.selection import (
    clipboard_text,
    column_of,
    grapheme_at_column,
    next_char,
    next_sentence_end,
    next_word_end,
    previous_char,
    previous_sentence_start,
    previous_word_start,
)

PIECES = [
    "word",
    "Ünïcode",
    "cafe\u0301",
    "“quoted,”",
    "it’s",
    "‘single’",
    "12.5",
    "per cent",
    "東京",
    "は雨です。",
    "👍🏽",
    "🇬🇧",
    "👨\u200d👩\u200d👧",
    "1\ufe0f\u20e3",
    "—",
    ".",
    "!",
    "?",
    ",",
]
texts = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", " ", "", "\n\n"])), min_size=1
).map(lambda parts: "".join(piece + gap for piece, gap in parts).strip() or "word")


def boundaries(text: str, paragraphs) -> set[int]:
    """Every offset between two graphemes inside a paragraph, its ends included."""
    found = set()
    for start, end in paragraphs:
        found.update(start + m.start() for m in regex.finditer(r"\X", text[start:end]))
        found.add(end)
    return found


MOVES = [
    next_char,
    previous_char,
    next_word_end,
    previous_word_start,
    next_sentence_end,
    previous_sentence_start,
]


@given(texts, st.data())
def test_every_move_lands_between_graphemes_and_moves_the_right_way(text, data):
    paragraphs = paragraph_spans(text)
    stops = boundaries(text, paragraphs)
    offset = data.draw(st.sampled_from(sorted(stops)))
    for move in MOVES:
        moved = move(text, paragraphs, offset)
        assert moved in stops, (move.__name__, offset, moved)
        forward = move.__name__.startswith("next")
        if forward:
            assert moved > offset or offset == paragraphs[-1][1]
        else:
            assert moved < offset or offset == paragraphs[0][0]


@given(texts)
def test_characters_there_and_back(text):
    paragraphs = paragraph_spans(text)
    offset, walked = paragraphs[0][0], []
    while offset != paragraphs[-1][1]:
        walked.append(offset)
        offset = next_char(text, paragraphs, offset)
    assert walked + [offset] == sorted(boundaries(text, paragraphs))
    for stop in reversed(walked):
        offset = previous_char(text, paragraphs, offset)
        assert offset == stop


SENTENCE = "Rebels now hold more than 12 per cent of Norland’s coast, the envoy said."


def walk(move, text: str, offset: int, times: int) -> int:
    paragraphs = paragraph_spans(text)
    for _ in range(times):
        offset = move(text, paragraphs, offset)
    return offset


def test_words_select_an_exact_phrase():
    start = SENTENCE.index("more")
    end = walk(next_word_end, SENTENCE, start, 7)
    assert SENTENCE[start:end] == "more than 12 per cent of Norland’s"
    assert walk(previous_word_start, SENTENCE, end, 7) == start
    assert SENTENCE[end : walk(next_word_end, SENTENCE, end, 1)] == " coast"
    assert SENTENCE[end : walk(next_word_end, SENTENCE, end, 2)] == " coast,"


def test_a_word_in_the_middle_ends_where_it_ends():
    inside = SENTENCE.index("ebels")
    assert SENTENCE[inside : walk(next_word_end, SENTENCE, inside, 1)] == "ebels"
    assert walk(previous_word_start, SENTENCE, inside, 1) == 0


def test_curly_quotes_are_words_of_their_own():
    text = "“We’ll see,” she said."
    ends = [walk(next_word_end, text, 0, n) for n in range(1, 6)]
    assert [text[:end] for end in ends] == [
        "“",
        "“We’ll",
        "“We’ll see",
        "“We’ll see,”",
        "“We’ll see,” she",
    ]


def test_cjk_and_emoji_step_one_character_at_a_time():
    text = "東京👍🏽🇬🇧e\u0301!"
    stops = [walk(next_char, text, 0, n) for n in range(1, 7)]
    assert [text[a:b] for a, b in zip([0, *stops[:-1]], stops, strict=True)] == [
        "東",
        "京",
        "👍🏽",
        "🇬🇧",
        "e\u0301",
        "!",
    ]


def test_sentences_across_paragraphs():
    text = "One is here. Two “is here.”\n\nThree goes on"
    ends = [walk(next_sentence_end, text, 0, n) for n in range(1, 4)]
    assert text[: ends[0]] == "One is here."
    assert text[ends[0] : ends[1]] == " Two “is here.”"
    assert ends[2] == len(text)
    assert walk(previous_sentence_start, text, len(text), 1) == text.index("Three")
    assert walk(previous_sentence_start, text, text.index("Three"), 1) == text.index("Two")


def test_characters_step_over_the_gap_between_paragraphs():
    text = "Ab\n\nCd"
    paragraphs = paragraph_spans(text)
    assert next_char(text, paragraphs, 2) == 4
    assert previous_char(text, paragraphs, 4) == 2


def test_screen_cells_and_offsets():
    text = "a東京👍🏽 b"
    line = (0, len(text))
    assert grapheme_at_column(text, line, 0) == (0, 1)
    assert grapheme_at_column(text, line, 1) == (1, 2)
    assert grapheme_at_column(text, line, 2) == (1, 2), "the second cell of a wide character"
    assert grapheme_at_column(text, line, 5) == (3, 5)
    assert grapheme_at_column(text, line, 99) == (len(text), len(text))
    assert column_of(text, 0, 3) == 5


def test_the_clipboard_never_gets_a_control_character():
    copied = clipboard_text("one\x1b]52;c;evil\x07 two\r\nthree\x9b4m\tfour")
    assert not [c for c in copied if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0]
    assert copied.startswith("one") and "three" in copied and "\tfour" in copied
