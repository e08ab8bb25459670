"""The library screen's parts: its tables (columns, cells, sort orders) and the messages its
thread workers post; the screen (``screens/library.py``) lays them out."""
