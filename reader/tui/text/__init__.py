"""Pure text code for the article view: no Textual here, only offsets into the article text.

``layout`` wraps paragraphs into screen lines; ``ranges`` keeps the styled ranges (entities,
quotes, highlights, search hits) that each line is painted with.
"""
