"""Where Deck keeps its files. ``DECK_HOME`` moves everything (tests, portable installs)."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def config_dir() -> Path:
    home = os.environ.get("DECK_HOME")
    if home:
        return Path(home) / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir("Deck", "Deck"))


def log_dir() -> Path:
    home = os.environ.get("DECK_HOME")
    if home:
        return Path(home) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir("Deck", "Deck"))


def resources_dir() -> Path:
    """Icons, translations and other bundled files: inside the packaged app, next to the package
    (a checkout), or where an installed wheel put its data files (``<prefix>/share/deck``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    beside = Path(__file__).resolve().parents[2] / "resources"
    return beside if beside.is_dir() else Path(sys.prefix) / "share" / "deck" / "resources"
