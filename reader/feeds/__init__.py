"""Feeds in: RSS and Atom subscriptions whose new entries are read, analysed and stored."""
