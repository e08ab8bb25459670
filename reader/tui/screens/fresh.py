"""A screen that is styled once when it first shows, not twice."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.screen import Screen


class StyledOnceScreen(Screen):
    """Textual styles each widget as it is mounted, then restyles every node of a pushed screen
    when it resumes (in case the app's styles changed while it was covered). The first resume
    comes straight after the mount, so that second pass changes nothing: on the article screen
    it was a fifth of opening an article. Any later resume restyles as Textual decides."""

    _shown_before = False

    def post_message(self, message: Message) -> bool:
        if isinstance(message, events.ScreenResume) and not self._shown_before:
            self._shown_before = True
            message = events.ScreenResume(refresh_styles=False)
        return super().post_message(message)
