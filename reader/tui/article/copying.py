"""``y``: the selection, or else the quote at the cursor, onto the clipboard.

``App.copy_to_clipboard`` sends it to the terminal as OSC 52 (base64, so the text itself never
reaches the terminal); control characters of the article are replaced first, so a paste
elsewhere can never run one.
"""

from __future__ import annotations

from textual.app import App

from reader.model import Article, Quote, Span
from reader.textsafety import one_line
from reader.tui.article.highlighting import quote_at
from reader.tui.text.selection import clipboard_text
from reader.tui.widgets.article_view import ArticleView

NOTHING = "Nothing to copy: select with v (or the mouse), or go to a quote"


def span_to_copy(view: ArticleView, quotes: list[Quote]) -> Span | None:
    """The selection (which copying ends), or else the quote at the cursor."""
    selection = view.selection
    if selection is not None and selection[0] < selection[1]:
        view.end_selection()
        return selection
    quote = quote_at(quotes, view)
    return (quote.start, quote.end) if quote else None


def copy(app: App, article: Article | None, span: Span | None) -> None:
    if span is None or article is None:
        app.notify(NOTHING, markup=False)
        return
    copied = clipboard_text(article.text[span[0] : span[1]])
    app.copy_to_clipboard(copied)
    app.notify(f"Copied “{one_line(copied, 60)}”", markup=False)
