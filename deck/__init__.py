"""Deck: a desktop control deck for live streamers."""

__version__ = "0.1.0"  # the one place the version is written; packaging and installers read it
