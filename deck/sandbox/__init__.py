"""Local stand-ins of Deck's services, served over real HTTP on 127.0.0.1.

``Sandbox().start()`` runs every service on its own ephemeral port in a background
thread; ``deck --demo``, ``deck sandbox`` and the tests use it. Clients reach it only
through its base URLs, exactly as they reach the real services.
"""
from __future__ import annotations

import asyncio
import threading
from typing import Any, Optional

from aiohttp import web

from .chat import PUSHER_KEY, ChatSandbox
from .missxss import MissXssSandbox

__all__ = ["Sandbox", "MissXssSandbox", "ChatSandbox"]


class Sandbox:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, simulate: bool = False,
                 tick_seconds: float = 2.0, token: Optional[str] = None):
        self.host, self._port = host, port
        self.simulate, self.tick_seconds = simulate, tick_seconds
        self.missxss = MissXssSandbox(token)
        self.chat = ChatSandbox()
        self.chat.rate = 2.0 if simulate else 0.0
        self.missxss.listeners.append(self.chat.moderated)
        self.urls: dict[str, str] = {}
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._thread: Optional[threading.Thread] = None
        self._ready = threading.Event()
        self._stop: Optional[asyncio.Event] = None
        self._error: Optional[BaseException] = None

    @property
    def missxss_url(self) -> str:
        return self.urls["missxss"]

    def chat_urls(self) -> dict[str, str]:
        """Where Deck's chat readers connect, by the names of their overridable settings."""
        kick, twitch = self.urls["kick-chat"], self.urls["twitch-chat"]
        return {"kick-pusher": f"ws{kick[4:]}/app/{PUSHER_KEY}?protocol=7&client=js&version=8.4.0&flash=false",
                "kick-web": kick, "kick-emotes": kick, "twitch-irc": f"ws{twitch[4:]}/", "twitch-emotes": twitch,
                "owncast": self.urls["owncast"]}

    def start(self) -> "Sandbox":
        self._thread = threading.Thread(target=self._main, name="deck-sandbox", daemon=True)
        self._thread.start()
        self._ready.wait(15)
        if self._error:
            raise RuntimeError(f"sandbox failed to start: {self._error}")
        return self

    def stop(self) -> None:
        if self._loop and self._stop:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread:
            self._thread.join(10)

    def __enter__(self) -> "Sandbox":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def _main(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported to start()
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        runners = []
        apps = {"missxss": self.missxss.app(), **{f"{k}-chat" if k != "owncast" else k: v
                                                    for k, v in self.chat.apps().items()}}
        for name, app in apps.items():
            runner = web.AppRunner(app, access_log=None, handle_signals=False)
            await runner.setup()
            site = web.TCPSite(runner, self.host, self._port if len(runners) == 0 else 0)
            await site.start()
            port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            self.urls[name] = f"http://{self.host}:{port}"
            runners.append(runner)
        ticker = asyncio.ensure_future(self._tick()) if self.simulate else None
        await self.chat.start()
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            if ticker:
                ticker.cancel()
            await self.chat.stop()
            for runner in runners:
                await runner.cleanup()

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self.tick_seconds)
            if self.simulate:  # can be switched off while running
                self.missxss.tick()

