"""Deck's local receiver for events a service pushes (webhooks).

It listens on 127.0.0.1 only: the service reaches it through a tunnel the user runs
(Cloudflare Tunnel, ngrok…), which forwards the public https address to this one. Each POST
body is read whole (at most :data:`MAX_BODY` bytes, within :data:`READ_SECONDS`) and handed,
raw, with its headers, to ``handle``, whose answer is sent back. A GET answers that Deck is
listening, so the user can check their tunnel from a browser.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Mapping

log = logging.getLogger(__name__)
MAX_BODY = 1 << 20
READ_SECONDS = 10.0
Handler = Callable[[Mapping[str, str], bytes], Awaitable[tuple[int, str]]]


class Receiver:
    def __init__(self, handle: Handler, port: int = 0, host: str = "127.0.0.1"):
        self.handle, self.host, self.port = handle, host, port
        self._runner: Any = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/" if self._runner else ""

    async def start(self) -> str:
        """Listen; the address. OSError when the port cannot be used."""
        from aiohttp import web  # only when a receiver is switched on

        async def post(request: web.Request) -> web.Response:
            try:
                body = await asyncio.wait_for(request.read(), READ_SECONDS)
            except web.HTTPRequestEntityTooLarge:
                return web.Response(status=413, text="too large")
            except asyncio.TimeoutError:
                return web.Response(status=408, text="the body did not arrive in time")
            status, text = await self.handle(dict(request.headers), body)
            return web.Response(status=status, text=text)

        async def get(request: web.Request) -> web.Response:
            return web.Response(text="Deck is listening for events.\n")

        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post("/{tail:.*}", post)
        app.router.add_get("/{tail:.*}", get)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._runner = runner
        log.info("listening for events on %s", self.url)
        return self.url

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
