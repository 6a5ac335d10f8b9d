"""Quitting the real app after using it prints no Qt warning (no "shared QObject was deleted
directly", no object destroyed twice) and exits 0."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_quitting_after_use_is_clean(deck_home):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "support" / "quit_app.py")], env=env,
                         capture_output=True, text=True, timeout=90)
    assert out.returncode == 0, out.stderr[-2000:]
    printed = out.stdout + out.stderr
    for bad in ("QObject", "deleted directly", "Traceback", "destroyed while", "Internal C++ object"):
        assert bad not in printed, printed[-2000:]
