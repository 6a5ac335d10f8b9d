"""Local stand-ins of Deck's services, served over real HTTP on 127.0.0.1.

``Sandbox().start()`` runs, in a background thread and each on its own ephemeral port, one
stand-in per provider of the catalogue (``deck/sandbox/<provider>.py``), an OAuth 2
authorization server for each provider that signs in with OAuth, and the live-chat sockets.
``deck --demo``, ``deck sandbox`` and the tests use it. Clients reach it only through its
base URLs, exactly as they reach the real services.
"""
from __future__ import annotations

import asyncio
import importlib
import threading
from typing import Any, Optional

from aiohttp import web

from deck.net.auth import OAuth2
from deck.providers import catalogue
from deck.providers.base import Provider

from .chat import PUSHER_KEY, ChatSandbox
from .harness import ServiceSandbox, make_app
from .oauth import OAuthServer

__all__ = ["Sandbox", "ServiceSandbox", "ChatSandbox", "OAuthServer"]


def stand_in(provider: Provider, seed: int = 7) -> ServiceSandbox:
    """The provider's stand-in, from ``deck/sandbox/<name>.py`` (or the provider's own ``sandbox()``)."""
    own = getattr(provider, "sandbox", None)
    made: ServiceSandbox = own(seed) if callable(own) else importlib.import_module(f"deck.sandbox.{provider.name}").make(seed)
    return made


class Sandbox:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, simulate: bool = False,
                 tick_seconds: float = 2.0, providers: Optional[tuple[Provider, ...]] = None):
        self.host, self._port = host, port
        self.simulate, self.tick_seconds = simulate, tick_seconds
        self.services: dict[str, ServiceSandbox] = {}
        self.oauth: dict[str, OAuthServer] = {}
        for provider in providers or catalogue.providers():
            service = self.services[provider.name] = stand_in(provider)
            auth = next((a for a in provider.auths.values() if isinstance(a, OAuth2)), None)
            if auth is not None:
                server = self.oauth[provider.name] = OAuthServer(
                    authorize_path=auth.authorize_path, token_path=auth.token_path,
                    revoke_path=auth.revoke_path or "/oauth/revoke",
                    introspect_path=auth.introspect_path or "/oauth/token/introspect", require_pkce=auth.pkce)
                service.oauth = server
        self.chat = ChatSandbox()
        self.chat.rate = 2.0 if simulate else 0.0
        for service in self.services.values():
            service.join_chat(self.chat)
        self.urls: dict[str, str] = {}
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._thread: Optional[threading.Thread] = None
        self._ready = threading.Event()
        self._stop: Optional[asyncio.Event] = None
        self._error: Optional[BaseException] = None

    def __getattr__(self, name: str) -> object:
        """``sandbox.missxss`` is that service's stand-in; ``sandbox.missxss_url`` its address."""
        services = self.__dict__.get("services", {})
        if name in services:
            return services[name]
        if name.endswith("_url") and name[:-4] in services:
            return self.urls[name[:-4]]
        raise AttributeError(name)

    def base_urls(self) -> dict[str, str]:
        """Every address Deck takes from the sandbox: services, their OAuth hosts and chat."""
        urls = {name: self.urls[name] for name in self.services}
        urls.update({f"{name}-id": self.urls[f"{name}-id"] for name in self.oauth})
        urls.update(self.chat_urls())
        return urls

    def give_credentials(self, credentials: Any) -> None:
        """Every secret the stand-ins accept, and an app registration with each OAuth server
        (client id and secret, as the user would paste them), kept in memory."""
        for name, service in self.services.items():
            for kind, value in service.secrets.items():
                credentials.set(name, value, kind, memory=True)
        for name, server in self.oauth.items():
            client = server.register("http://localhost/callback")
            credentials.set(name, client.id, "client_id", memory=True)
            credentials.set(name, client.secret, "client_secret", memory=True)

    def chat_urls(self) -> dict[str, str]:
        """Where Deck's chat readers connect, by the names of their overridable settings."""
        kick, twitch = self.urls["kick-chat"], self.urls["twitch-chat"]
        return {"kick-pusher": f"ws{kick[4:]}/app/{PUSHER_KEY}?protocol=7&client=js&version=8.4.0&flash=false",
                "kick-web": kick, "kick-emotes": kick, "twitch-irc": f"ws{twitch[4:]}/", "twitch-emotes": twitch,
                "owncast": self.urls["owncast" if "owncast" in self.services else "owncast-chat"]}

    def start(self) -> "Sandbox":
        self._thread = threading.Thread(target=self._main, name="deck-sandbox", daemon=True)
        self._thread.start()
        self._ready.wait(15)
        if self._error:
            raise RuntimeError(str(self._error))
        return self

    def stop(self) -> None:
        if self._loop and self._stop:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread:
            self._thread.join(10)

    def __enter__(self) -> "Sandbox":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _main(self) -> None:
        try:
            asyncio.run(self._serve())
        except OSError as exc:  # reported to start()
            self._error = RuntimeError(f"port {self._port} cannot be used ({exc.strerror or exc})")
            self._ready.set()
        except BaseException as exc:
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        for service in self.services.values():
            service.loop = self._loop
        self._stop = asyncio.Event()
        runners: list[web.AppRunner] = []
        apps = {name: make_app(service) for name, service in self.services.items()}
        apps.update({f"{name}-id": server.app() for name, server in self.oauth.items()})
        apps.update({f"{k}-chat": v for k, v in self.chat.apps().items()})
        if "owncast" in apps:  # one Owncast server: its API and its chat on one address
            apps["owncast"].add_routes(self.chat.owncast_routes())
            del apps["owncast-chat"]
        for name, app in apps.items():
            # stopping does not wait for handlers still sleeping on a latency knob
            runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.25)
            await runner.setup()
            site = web.TCPSite(runner, self.host, self._port if not runners else 0)
            await site.start()
            port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            scheme = self.services[name].scheme if name in self.services else "http"
            self.urls[name] = f"{scheme}://{self.host}:{port}"
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
                for service in self.services.values():
                    service.tick()
