"""``deck --self-test`` as CI and a user run it: the real app in its own process."""
from __future__ import annotations

import os
import subprocess
import sys

from deck.core import credentials


def self_test(env):
    return subprocess.run([sys.executable, "-m", "deck", "--self-test"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def test_self_test_passes_and_reports_each_check(tmp_path):
    out = self_test({"DECK_HOME": str(tmp_path)})
    assert out.returncode == 0, out.stdout + out.stderr
    from deck.providers import catalogue

    providers = catalogue.providers()
    counts = ", ".join(f"{len(p.operations)} {p.name}" for p in sorted(providers, key=lambda p: p.name))
    answered = ", ".join(p.title for p in providers)
    for line in ("ok    settings folder writable", "ok    bundled resources: app icon and",
                 "ok    Qt platform plugin: offscreen", "ok    actions registered: ", counts,
                 f"ok    round trip against the sandbox: {answered} answered",
                 f"ok    status lights: {len(providers)} connected", "Self-test passed."):
        assert line in out.stdout
    assert "keychain" in out.stdout  # ok or warn: CI machines have no keychain
    assert not (tmp_path / "config" / "ui-state.json").exists()  # the app ran in a throw-away home
    assert "propagateSizeHints" not in out.stdout + out.stderr  # offscreen's noise about size limits, not printed


def test_self_test_fails_with_the_reason(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    out = self_test({"DECK_HOME": str(blocker)})
    assert out.returncode == 1
    assert "FAIL  settings folder writable:" in out.stdout
    assert "Self-test failed: 1 problem." in out.stdout


def test_packaged_app_names_its_keychain_backend(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(credentials, "_chosen", None)  # chosen again, as at start
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/deck-bus")
    name, problem = credentials.keychain_status()
    assert name == "deck.core.credentials.NoKeychain" and "no usable system keychain" in problem


def test_self_test_leaves_no_folder_behind(tmp_path):
    out = self_test({"DECK_HOME": str(tmp_path), "TMPDIR": str(tmp_path)})
    assert out.returncode == 0, out.stdout
    assert not list(tmp_path.glob("deck-self-test-*"))


def test_a_sixth_service_passes_the_self_test_with_its_light(tmp_path):
    """A service of the tests' own, added to the catalogue, is served by the demo's stand-ins,
    answers the self-test's round trip and gets its light, with no list of services edited."""
    script = ("import sys; from deck.providers import catalogue; from tests.support.kitchen import KITCHEN; "
              "known = catalogue.providers(); catalogue.providers = lambda: (*known, KITCHEN); "
              "from deck.selftest import run_self_test; sys.exit(run_self_test())")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=root,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "DECK_HOME": str(tmp_path)})
    assert out.returncode == 0, out.stdout + out.stderr
    from deck.providers import catalogue

    count = len(catalogue.providers()) + 1
    assert "Kitchen answered" in out.stdout or ", Kitchen" in out.stdout, out.stdout
    assert f"ok    status lights: {count} connected" in out.stdout, out.stdout
