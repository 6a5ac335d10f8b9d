"""A real headless Chromium (Debian's ``chromium``) driven over the DevTools protocol, for the
phone deck's tests: open a page in a phone-sized viewport, run script in it, take screenshots.
Skips with the reason where Chromium is not installed (``DECK_REQUIRE_CHROMIUM=1`` makes that a
failure). Chromium is started with no network of its own beyond the page it is given."""
from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
import time
from itertools import count
from pathlib import Path
from typing import Any, Optional

from .installed import installed
from websockets.asyncio.client import connect

FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--remote-debugging-port=0", "--remote-allow-origins=*"]


class Browser:
    def __init__(self) -> None:
        self.binary = installed(("chromium", "chromium-browser"), (), "DECK_REQUIRE_CHROMIUM",
                                "Chromium (Debian's chromium) is")
        self.profile = Path(tempfile.mkdtemp(prefix="deck-chromium-"))
        self.process = subprocess.Popen([self.binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Chromium did not start its DevTools endpoint")
            time.sleep(0.05)  # a file another process writes: nothing to wait on instead
        port, path = port_file.read_text().splitlines()[:2]
        self.endpoint = f"ws://127.0.0.1:{port}{path}"
        self.ids = count(1)
        self.ws: Any = None
        self.session = ""

    async def open(self, url: str, width: int = 390, height: int = 844) -> None:
        """A tab at ``url``, as a phone of that size in portrait."""
        self.ws = await connect(self.endpoint, max_size=64 * 1024 * 1024, proxy=None)  # type: ignore[call-arg]
        target = (await self.call("Target.createTarget", {"url": "about:blank"}))["targetId"]
        self.session = (await self.call("Target.attachToTarget", {"targetId": target, "flatten": True}))["sessionId"]
        await self.viewport(width, height)
        await self.call("Emulation.setTouchEmulationEnabled", {"enabled": True})
        await self.call("Page.enable")
        await self.call("Page.navigate", {"url": url})

    async def call(self, method: str, params: Optional[dict[str, Any]] = None) -> dict[str, Any]:
        ident = next(self.ids)
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        await self.ws.send(json.dumps(message))
        while True:
            answer = json.loads(await self.ws.recv())
            if answer.get("id") == ident:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return dict(answer.get("result") or {})

    async def js(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                      "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(str(result["exceptionDetails"]))
        return result.get("result", {}).get("value")

    async def viewport(self, width: int, height: int, mobile: bool = True) -> None:
        await self.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                                "deviceScaleFactor": 2, "mobile": mobile})

    async def screenshot(self, path: Path) -> None:
        shot = await self.call("Page.captureScreenshot", {"format": "png"})
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        self.process.terminate()  # its DevTools socket ends with it
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)
