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
