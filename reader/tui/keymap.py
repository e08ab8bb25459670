"""The ``[keymap]`` of the config, checked before the app uses it: every id must name one of
reader's keys, every key must be a key Textual knows, and a key moved onto one that another
binding of the same screen already has is named with both ids (Textual would quietly let one
of them win).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass

from textual.app import App
from textual.binding import Binding
from textual.keys import KEY_NAME_REPLACEMENTS, Keys, _character_to_key, key_to_character
from textual.screen import ModalScreen, Screen

from reader.textsafety import one_line

MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}
KEY_NAMES = {key.value for key in Keys} | set(KEY_NAME_REPLACEMENTS.values())
EVERYWHERE = "*"
"""Where the app's own keys work: on every screen but dialogs."""
WIDGET_SCREENS = {"sidebar": "article", "search": "article", "help": "dialog:help"}
"""Widgets whose keys work on another area's screen or in a dialog, by their ids' area."""


@dataclass(frozen=True)
class KeyOwner:
    """One binding with an id, and where its keys are live."""

    binding: Binding
    place: str
    """The screen area (``article``, ``library``…), a dialog's own, or ``EVERYWHERE``."""
    owner: str
    """The class whose ``BINDINGS`` hold it."""
    widget: bool = False
    """A widget's key: live only while that widget (or one inside it) has focus."""

    @property
    def id(self) -> str:
        return self.binding.id or ""

    def keys(self, keymap: dict[str, str]) -> set[str]:
        return set(split_keys(keymap.get(self.id) or self.binding.key))

    def meets(self, other: KeyOwner) -> bool:
        """Both can be live at once (one would hide the other)."""
        if self.binding.priority or other.binding.priority or self.owner == other.owner:
            return True
        if self.widget and other.widget:
            return False  # two widgets of a screen: only the focused one's keys are live
        places = {self.place, other.place}
        if EVERYWHERE in places:
            return not any(place.startswith("dialog:") for place in places)
        return len(places) == 1


def split_keys(keys: str) -> list[str]:
    """``"x, ?"`` as Textual's key names: ``["x", "question_mark"]``."""
    return [_character_to_key(k) if len(k) == 1 else k for k in map(str.strip, keys.split(","))]


def is_key_name(key: str) -> bool:
    """``key`` is something Textual can bind: a character or key name, with modifiers."""
    *modifiers, base = key.split("+")
    if not base or any(modifier not in MODIFIERS for modifier in modifiers):
        return False
    if len(base) == 1 or base in KEY_NAMES:
        return True
    character = key_to_character(base)  # "comma" is ",": Textual names a pressed "," so
    return character is not None and _character_to_key(character) == base


def reader_classes() -> list[type]:
    """Every class defined in a module of ``reader.tui`` (each is imported to find them)."""
    import reader.tui

    classes = []
    for found in pkgutil.walk_packages(reader.tui.__path__, "reader.tui."):
        module = importlib.import_module(found.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                classes.append(value)
    return classes


def key_owners() -> list[KeyOwner]:
    """Every binding with an id of the app's own classes, with where it is live."""
    owners: list[KeyOwner] = []
    for cls in reader_classes():
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding) and binding.id:
                place = place_of(cls, binding.id)
                widget = not issubclass(cls, App | Screen)
                owners.append(KeyOwner(binding, place, cls.__qualname__, widget))
    return owners


def place_of(owner: type, binding_id: str) -> str:
    area = binding_id.partition(".")[0]
    if issubclass(owner, App):
        return EVERYWHERE
    if issubclass(owner, ModalScreen):
        return f"dialog:{area}"
    if issubclass(owner, Screen):
        return area
    return WIDGET_SCREENS.get(area, area)


def check_keymap(
    keymap: dict[str, str], owners: list[KeyOwner] | None = None
) -> tuple[dict[str, str], list[str]]:
    """``keymap`` (binding id → keys) without what cannot be used, and one line per problem:
    an unknown id, a key that is no key (the binding keeps its default when none of its keys
    is one), a key another binding live at the same time already has."""
    owners = key_owners() if owners is None else owners
    by_id: dict[str, list[KeyOwner]] = {}
    for owner in owners:
        by_id.setdefault(owner.id, []).append(owner)
    usable: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, keys in keymap.items():
        shown = one_line(binding_id, 60)
        if binding_id not in by_id:
            problems.append(f"config: [keymap] has no key with id {shown!r} (? lists the ids)")
            continue
        good = []
        for key in split_keys(keys):
            if is_key_name(key):
                good.append(key)
            else:
                problems.append(
                    f"config: [keymap] {shown!r} = {one_line(key, 30)!r} is not a key name"
                    " (keys look like x, X, ctrl+f, f2, pageup, question_mark)"
                )
        if good:
            usable[binding_id] = ",".join(good)
    for binding_id in usable:
        for owner in by_id[binding_id]:
            problems.extend(_clashes(owner, usable, owners))
    return usable, list(dict.fromkeys(problems))


def _clashes(moved: KeyOwner, keymap: dict[str, str], owners: list[KeyOwner]) -> list[str]:
    new_keys = moved.keys(keymap) - set(split_keys(moved.binding.key))
    problems = []
    for other in owners:
        if other.id == moved.id or not moved.meets(other):
            continue
        for key in sorted(new_keys & other.keys(keymap)):
            problems.append(
                f"config: [keymap] {moved.id!r} = {key!r}, but {key!r} is already the key of"
                f" {other.id!r}: give one of them another key"
            )
    return problems
