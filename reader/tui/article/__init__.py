"""The article screen's jobs, each in its own module; the screen (``screens/article.py``)
lays them out and wires them together, and none of them imports it."""
