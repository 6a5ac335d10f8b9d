"""Deck's window: panels, the deck grid, dialogs."""
from __future__ import annotations

import linecache
from types import ModuleType


def _uses_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None) or ""
    if not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _scan_without_keeping() -> None:
    """PySide6 reads the source of every module imported after it (whether the module names
    PySide6 decides its opt-in ``__feature__`` switches, which Deck does not use) through
    ``inspect``, and every line stays in ``linecache``: 17 MB of a running Deck's memory. The
    same question is answered here from the file, keeping nothing."""
    try:
        import PySide6.QtCore  # noqa: F401 (loads shiboken's support modules)
        from shibokensupport import feature
    except ImportError:
        return
    if hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = _uses_pyside
        linecache.clearcache()


_scan_without_keeping()
