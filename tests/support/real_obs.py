"""A real OBS Studio for tests: Debian's ``obs-studio`` started headless under its own Xvfb with
Mesa's software OpenGL, in a throwaway HOME whose configuration turns obs-websocket on at a
free port of 127.0.0.1 with a password (../shared/reference/obs/headless.md).

Where OBS is not installed the tests that need it skip with the reason, unless
``DECK_REQUIRE_OBS=1`` (CI, which installs it) makes that a failure."""
from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Optional

from .installed import installed

START_SECONDS = 60  # OBS's WebSocket server answers about 1-10 s after start on a busy machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RealObs:
    def __init__(self) -> None:
        self.binary = installed(("obs",), ("Xvfb",), "DECK_REQUIRE_OBS", "OBS Studio (Debian's obs-studio) with Xvfb is")
        self.home = Path(tempfile.mkdtemp(prefix="deck-obs-"))
        self.port = free_port()
        self.password = "deck-" + secrets.token_hex(6)
        self.url = f"ws://127.0.0.1:{self.port}"
        config = self.home / ".config" / "obs-studio"
        config.mkdir(parents=True)
        (config / "global.ini").write_text(
            "[General]\nFirstRun=true\nEnableAutoUpdates=false\n\n[OBSWebSocket]\nFirstLoad=false\nServerEnabled=true\n"
            f"ServerPort={self.port}\nAlertsEnabled=false\nAuthRequired=true\nServerPassword={self.password}\n")
        (self.home / "Videos").mkdir()
        self.xvfb: Optional[subprocess.Popen[bytes]] = None
        self.obs: Optional[subprocess.Popen[bytes]] = None
        self.display = ""

    def start(self) -> "RealObs":
        if self.xvfb is None:
            read, write = os.pipe()
            self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten",
                                          "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.close(write)
            with os.fdopen(read) as out:
                self.display = ":" + out.readline().strip()
        env = {**os.environ, "HOME": str(self.home), "DISPLAY": self.display, "LIBGL_ALWAYS_SOFTWARE": "1",
               "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(self.home / ".config")}
        self.obs = subprocess.Popen([self.binary, "--disable-shutdown-check", "--disable-updater", "--multi"],
                                    cwd=self.home, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.obs.poll() is not None:
                raise RuntimeError(f"OBS ended at start (exit {self.obs.returncode})")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.2)  # polling a port another process opens: nothing to wait on instead
        raise RuntimeError(f"OBS's WebSocket server did not open port {self.port} within {START_SECONDS} s")

    def quit(self) -> None:
        if self.obs is not None and self.obs.poll() is None:
            os.killpg(self.obs.pid, signal.SIGTERM)
            try:
                self.obs.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.obs.pid, signal.SIGKILL)
                self.obs.wait(5)
        self.obs = None

    def stop(self) -> None:
        self.quit()
        if self.xvfb is not None:
            self.xvfb.terminate()
            self.xvfb.wait(10)
            self.xvfb = None
        shutil.rmtree(self.home, ignore_errors=True)
