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


def test_ctrl_c_in_the_terminal_quits_cleanly(tmp_path):
    """Ctrl+C quits the demo as the menu does: everything closed in order, exit 130, no
    KeyboardInterrupt traceback, no crash."""
    import signal
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DECK_HOME": str(tmp_path)}
    app = subprocess.Popen([sys.executable, "-m", "deck", "--demo"], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    profile = tmp_path / "config" / "profiles" / "default.json"
    deadline = time.monotonic() + 60
    while not profile.exists():  # written once the app has booted
        assert app.poll() is None and time.monotonic() < deadline, app.communicate()[1][-2000:]
        time.sleep(0.05)
    app.send_signal(signal.SIGINT)
    out, err = app.communicate(timeout=60)
    assert app.returncode == 130, err[-2000:]
    for bad in ("Traceback", "KeyboardInterrupt", "Segmentation", "QObject"):
        assert bad not in out + err, err[-2000:]


def test_the_session_ending_still_cleans_up(deck_home):
    """When the desktop session ends, Qt quits its loop itself: the clean-up (connections
    closed, the sandbox stopped) still runs to its end."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "support" / "session_end_app.py")], env=env,
                         capture_output=True, text=True, timeout=90)
    assert out.returncode == 0 and "cleaned up" in out.stdout, out.stderr[-2000:]
