from reader.textsafety import one_line, visible


def test_escape_sequences_become_visible_and_keep_length():
    hostile = "before\x1b]0;pwned\x07\x1b[2Jafter\x9b31m\u202eevil\u200b"
    shown = visible(hostile)
    assert len(shown) == len(hostile)
    assert all(ch not in shown for ch in "\x1b\x07\x9b\u202e\u200b")
    assert shown.startswith("before") and "after" in shown


def test_newlines_and_tabs_are_kept_for_layout():
    assert visible("a\nb\tc") == "a\nb\tc"


def test_one_line_folds_and_shortens():
    assert one_line("a\nb\x1b") == "a b\u241b"
    assert len(one_line("x" * 500, limit=50)) == 50


def test_hidden_characters_and_line_separators_are_shown_one_for_one():
    hostile = "a\u2028b\u2029c\U000e0041d\u2064e\u061cf\ufff9g"
    shown = visible(hostile)
    assert len(shown) == len(hostile)
    assert shown.startswith("a\u2424b\u00b6c")
    assert not any(ch in shown for ch in "\u2028\u2029\U000e0041\u2064\u061c\ufff9")


def test_without_controls_keeps_layout_bidi_and_emoji_joiners():
    from reader.textsafety import without_controls

    text = "x\x1by\n\tz\u202e\u200d\x85"
    cleaned = without_controls(text)
    assert cleaned == "x\u241by\n\tz\u202e\u200d\ufffd"
    assert without_controls("a\nb", keep="") == "a\u240ab"
