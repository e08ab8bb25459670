"""The attributes our components add to spaCy's ``Doc``, each registered here, once.

- ``doc._.reader_entities``: ``list[Entity]``, set by ``reader_entity_groups`` (``reader_quotes``
  adds the speakers the NER missed);
- ``doc._.reader_credits``: ``(start, end)`` of each credit ("(Reuters)", "Photo: …"), set by
  ``reader_entity_cleanup``;
- ``doc._.reader_figures``: ``list[Figure]``, set by ``reader_figures``;
- ``doc._.reader_quotes``: ``list[Quote]``, set by ``reader_quotes``;
- ``doc._.reader_text``: the ``Doc``'s text, joined once (``reader.nlp.doc_text``).

Every component module imports this one (through ``doc_text``), so the attributes exist whichever
component a pipeline adds first.
"""

from __future__ import annotations

from spacy.tokens import Doc

_DEFAULTS: dict[str, object] = {
    "reader_entities": [],
    "reader_credits": [],
    "reader_figures": [],
    "reader_quotes": [],
    "reader_text": None,
}

for _name, _default in _DEFAULTS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
