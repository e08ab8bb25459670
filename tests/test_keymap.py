"""The config's [keymap] is checked: unknown ids, key names that are no keys, and a key moved
onto one that another live binding has (both ids named)."""

from __future__ import annotations

import pytest
from textual.screen import ModalScreen, Screen

from reader.tui.keymap import check_keymap, is_key_name, key_owners, reader_classes


@pytest.mark.parametrize(
    "key", ["x", "X", "ctrl+f", "f2", "pageup", "question_mark", "comma", "slash", "shift+tab"]
)
def test_key_names_textual_can_bind_are_keys(key):
    assert is_key_name(key)


@pytest.mark.parametrize("key", ["bananas", "Enter", "ctrl+ff", "cr", "ctrl+", "hyperspace+x"])
def test_nonsense_is_not_a_key(key):
    assert not is_key_name(key)


def test_a_nonsense_key_is_named_and_the_binding_keeps_its_default():
    keymap, problems = check_keymap({"article.search": "bananas", "article.filter": "F, Enter"})
    assert keymap == {"article.filter": "F"}
    assert len(problems) == 2
    assert "'article.search' = 'bananas' is not a key name" in problems[0]
    assert "'Enter'" in problems[1]


def test_an_unknown_id_is_named():
    keymap, problems = check_keymap({"library.nuke": "x"})
    assert keymap == {}
    assert problems == ["config: [keymap] has no key with id 'library.nuke' (? lists the ids)"]


def test_a_key_moved_onto_another_of_the_same_screen_names_both_ids():
    _, problems = check_keymap({"article.search": "m"})
    assert len(problems) == 1
    assert "'article.search'" in problems[0] and "'article.mark-sentence'" in problems[0]


def test_the_app_keys_clash_with_every_screen_but_not_with_dialogs():
    _, problems = check_keymap({"library.sort": "q"})
    assert any("'app.quit'" in problem for problem in problems)
    _, problems = check_keymap({"confirm.yes": "q"})
    assert problems == [], "q in a dialog is the dialog's"


def test_a_widget_key_clashes_with_its_screen_not_with_another_widget():
    _, problems = check_keymap({"sidebar.top": "n"})
    assert [p for p in problems if "'article.next-match'" in p]
    _, problems = check_keymap({"sidebar.top": "space"})
    assert problems == [], "the text's space and the sidebar's are never live together"


def test_keys_swapped_in_one_keymap_do_not_clash():
    keymap, problems = check_keymap({"article.mark-sentence": "M", "article.mark-paragraph": "m"})
    assert problems == []
    assert keymap == {"article.mark-sentence": "M", "article.mark-paragraph": "m"}


def test_moving_a_key_onto_a_key_it_already_had_is_no_clash():
    _, problems = check_keymap({"article.top": "g,home,t"})
    assert problems == []


def test_every_widget_key_lives_on_a_screen():
    """A widget's ids name the screen or dialog it is on (or WIDGET_SCREENS says which):
    otherwise its clashes with that screen's keys would go unnoticed."""
    screens = set()
    for cls in reader_classes():
        if issubclass(cls, Screen):
            area = getattr(cls, "AREA", "") or cls.__name__.removesuffix("Screen").lower()
            screens.add(f"dialog:{area}" if issubclass(cls, ModalScreen) else area)
    assert {owner.place for owner in key_owners() if owner.widget} <= screens


def test_a_key_of_the_help_table_clashes_with_the_help_screen_not_with_the_app():
    _, problems = check_keymap({"help.down": "q"})
    assert [p for p in problems if "'help.close'" in p]
    assert not [p for p in problems if "'app.quit'" in p], "the app's q is not live in a dialog"
