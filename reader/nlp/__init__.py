"""Analysis: spaCy plus our own components (entity clean-up and grouping, figures, quotes).

Nothing here imports Textual. spaCy itself is imported lazily, on the first analysis.
"""
