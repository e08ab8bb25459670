"""Echoes: the same quote in different articles, found, grouped and compared."""
