"""A global hotkey pressed while another window has focus reaches the sandbox, press and
release both (hold to talk). The real app runs in its own process: on a private Xvfb with
xdotool pressing keys, and in a Wayland session whose (stand-in) GlobalShortcuts portal
reports the presses."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from deck.actions.profiles import Hotkey, Step, default_profile
from tests.support.fake_portal import FakePortal, start_session_bus

pytestmark = pytest.mark.xvfb


def wait_for(predicate, what, timeout=20.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)  # polling another process's effect; no fixed wait


@pytest.fixture
def display():
    if not (shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("xmessage")):
        pytest.skip("needs Xvfb, xdotool and xmessage (apt: xvfb xdotool x11-utils)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        pytest.skip("Xvfb could not start here")
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait(10)


def start_app(sandbox, home, **env):
    """The real app with a global Ctrl+Alt+H: press starts the song, release pauses it."""
    sandbox.missxss.song["playing"] = False
    profile = default_profile("Default")
    profile.hotkeys.append(Hotkey(keys="Ctrl+Alt+H", scope="global", step=Step(action="missxss.start-song"),
                                  release=Step(action="missxss.stop-song")))
    folder = home / "config" / "profiles"
    folder.mkdir(parents=True)
    (folder / "default.json").write_text(profile.model_dump_json())
    (folder / "active.txt").write_text("Default")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DECK_HOME": str(home),
           "DECK_MISSXSS_URL": sandbox.missxss_url, "DECK_MISSXSS_TOKEN": sandbox.missxss.token, **env}
    for name in [n for n, v in env.items() if v is None]:
        env.pop(name)
    app = subprocess.Popen([sys.executable, "-m", "deck"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True)
    return app, env


def stop_app(app, home):
    app.terminate()
    output = app.communicate(timeout=20)[0]
    assert app.returncode in (0, -15), output
    assert not any("Traceback" in p.read_text() for p in (home / "logs").glob("*.log"))
    json.loads((home / "config" / "profiles" / "default.json").read_text())  # still whole after quitting


def song_calls(mx):
    return [s for s, _, status in mx.received if s in ("start-song", "stop-song") and status == 200]


def test_global_hotkey_press_and_release_reach_the_sandbox(display, sandbox, tmp_path):
    mx = sandbox.missxss
    app, env = start_app(sandbox, tmp_path, DISPLAY=display, XDG_SESSION_TYPE=None, WAYLAND_DISPLAY=None)
    game = subprocess.Popen(["xmessage", "-name", "game", "a game has focus"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # the app has started its services (and, before them, the hotkey listener)
        wait_for(lambda: any(s == "get-stream-meta" for s, _, _ in mx.received) or app.poll() is not None,
                 "the app to start")
        assert app.poll() is None, app.stdout.read()
        window = subprocess.run(["xdotool", "search", "--sync", "--classname", "game"], env=env, capture_output=True,
                                text=True, timeout=20).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True, timeout=20)
        focused = subprocess.run(["xdotool", "getwindowfocus"], env=env, capture_output=True, text=True).stdout.strip()
        assert focused == window  # Deck's window does not have focus (it is not even on this screen)

        subprocess.run(["xdotool", "keydown", "ctrl+alt+h"], env=env, check=True, timeout=20)
        wait_for(lambda: mx.song["playing"] is True, "the press to start the song")
        assert not any(s == "stop-song" for s, _, _ in mx.received)  # held: nothing on release yet
        subprocess.run(["xdotool", "keyup", "h"], env=env, check=True, timeout=20)
        wait_for(lambda: mx.song["playing"] is False, "the release to pause the song")
        subprocess.run(["xdotool", "keyup", "alt", "ctrl"], env=env, check=True, timeout=20)
        assert song_calls(mx) == ["start-song", "stop-song"]
    finally:
        game.terminate()
        game.wait(10)
        stop_app(app, tmp_path)


@pytest.mark.skipif(not shutil.which("dbus-daemon"), reason="needs dbus-daemon (apt: dbus)")
def test_on_wayland_the_portal_delivers_press_and_release(sandbox, tmp_path):
    mx = sandbox.missxss
    bus, address = start_session_bus()
    portal = FakePortal(address)
    app, _ = start_app(sandbox, tmp_path, DBUS_SESSION_BUS_ADDRESS=address, XDG_SESSION_TYPE="wayland",
                       WAYLAND_DISPLAY="wayland-0", DISPLAY=None)
    try:
        session, shortcut = portal.wait_bound("CTRL+ALT+h")
        bind = next(body for name, body in portal.calls if name == "BindShortcuts")
        assert bind[1][0][1]["description"] == ("s", "Deck: missxss.start-song")
        portal.press(session, shortcut, True)
        wait_for(lambda: mx.song["playing"] is True, "the press to start the song")
        assert "stop-song" not in song_calls(mx)  # held: nothing on release yet
        portal.press(session, shortcut, False)
        wait_for(lambda: mx.song["playing"] is False, "the release to pause the song")
        assert song_calls(mx) == ["start-song", "stop-song"]
    finally:
        stop_app(app, tmp_path)
        portal.close()
        bus.terminate()
        bus.wait(10)
