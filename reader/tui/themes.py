"""The app's own themes: a dark and a light one tuned for long reading (warm paper tones)."""

from __future__ import annotations

from textual.theme import Theme

READER_DARK = Theme(
    name="reader-dark",
    primary="#7aa2d6",
    secondary="#c678dd",
    accent="#e0a458",
    warning="#e0a458",
    error="#d16d6d",
    success="#8fb573",
    foreground="#dcd6cc",
    background="#1c1d21",
    surface="#24262b",
    panel="#2e3037",
    dark=True,
)

READER_LIGHT = Theme(
    name="reader-light",
    primary="#2f5d9b",
    secondary="#8e3fa8",
    accent="#a65e1c",
    warning="#9a5518",
    error="#a83232",
    success="#4f7a3a",
    foreground="#2b2a27",
    background="#f6f1e7",
    surface="#ede6d8",
    panel="#e2d9c6",
    dark=False,
    variables={"footer-key-foreground": "#2f5d9b"},
)

READER_THEMES = (READER_DARK, READER_LIGHT)
