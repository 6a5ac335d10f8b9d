"""Composition of the Qt-free service side: settings, credentials, clients and the registry.

The command line and the app both build one :class:`Services`; only base URLs and
credentials differ between the real services and the sandbox.
"""
from __future__ import annotations

import os
from typing import Optional

from deck.core.credentials import Credentials
from deck.core.settings import Settings
from deck.providers.chat.hub import URL_DEFAULTS, URL_ENV, ChatHub
from deck.providers.missxss.client import DEFAULT_BASE_URL, MissXssClient

from . import missxss
from .chat_routes import ChatRoutes, missxss_routes
from .registry import Registry

class Services:
    def __init__(self, settings: Settings, credentials: Credentials, registry: Optional[Registry] = None,
                 base_urls: Optional[dict[str, str]] = None):
        self.settings = settings
        self.base_urls = dict(base_urls or {})  # e.g. the sandbox's, never saved
        self.credentials = credentials
        self.registry = registry or Registry()
        self.missxss = self._missxss_client()
        missxss.register(self.registry, lambda: self.missxss)
        self.chat = ChatHub(self.chat_url)
        self.chat_routes = ChatRoutes(self.configured)
        missxss_routes(self.chat_routes)

    def missxss_base_url(self) -> str:
        return (self.base_urls.get("missxss") or os.environ.get("DECK_MISSXSS_URL")
                or self.settings.missxss.base_url or DEFAULT_BASE_URL)

    def chat_url(self, name: str) -> str:
        """Where chat connects (``kick-pusher``, ``twitch-irc``, ``owncast``…): the sandbox's,
        the environment's, the settings' or the real service's."""
        configured = self.settings.owncast.base_url if name == "owncast" else ""
        return self.base_urls.get(name) or os.environ.get(URL_ENV[name]) or configured or URL_DEFAULTS[name]

    def _missxss_client(self) -> MissXssClient:
        return MissXssClient(self.missxss_base_url(), lambda: self.credentials.get("missxss"))

    def reconfigure(self) -> None:
        """Pick up changed base URLs (settings or environment)."""
        self.missxss = self._missxss_client()

    def configured(self, provider: str) -> bool:
        if provider == "missxss":
            return bool(self.credentials.get("missxss"))
        return False
