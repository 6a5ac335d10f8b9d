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
    """Icons and other bundled files: next to the package, or inside the packaged app."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
