"""The deck in a phone's or tablet's browser, served by the running app: the same pages, buttons,
icons, colours and live states as the desktop grid, updated over a WebSocket.

Off unless the user allows it (``remote.web``: ``local`` serves 127.0.0.1 only, ``lan`` this
computer's address on the network). A browser is let in only after pairing: the app shows a
six-digit code that works once, for two minutes; five wrong codes a minute and pairing waits.
Each paired device gets its own token, kept by the browser as an HttpOnly, SameSite=Strict
cookie (never in an address), listed in the app with its name and last use and revocable one
by one; only a hash of it is kept on disk. Every request must name the address served as its
Host (no DNS rebinding); a press and the live socket must come from the page itself (Origin);
nothing is done for a GET; bodies are small.

The app's deck is reached through ``control`` (the desktop's DeckControl, duck-typed so this
module stays free of Qt): ``profile``, ``toggles``, ``question_of(cell)``, ``run_cell(cell,
confirmed=)`` and its ``cell_state``, ``toggle_changed`` and ``profile_changed`` signals.
"""
from __future__ import annotations

import hashlib
import json
import logging
import secrets
import time
from pathlib import Path
from typing import Any, Optional

from deck.core.fileio import BadFile, atomic_write, read_json
from deck.core.paths import config_dir
from deck.core.words import translate

log = logging.getLogger(__name__)



def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Devices:
    """Paired browsers (or, in ``api-tokens.json``, the HTTP API's tokens with the action groups
    each may run): name, when made, when last used, and the hash of each one's token."""

    def __init__(self, path: Optional[Path] = None):
        self.path = path or config_dir() / "devices.json"
        try:
            data = read_json(self.path)
            self.items: list[dict[str, Any]] = [d for d in data if isinstance(d, dict) and isinstance(d.get("hash"), str)] \
                if isinstance(data, list) else []
        except (BadFile, OSError):  # none yet, or unreadable: no device is paired
            self.items = []

    def save(self) -> None:
        atomic_write(self.path, json.dumps(self.items, indent=1), backup=False)

    def add(self, name: str, groups: Optional[list[str]] = None) -> str:
        """A new token (shown once; only its hash is kept); ``groups``: the action groups it may run."""
        token = secrets.token_urlsafe(32)
        item: dict[str, Any] = {"id": secrets.token_hex(6), "name": name[:60] or translate("WebDeck", "A browser"), "hash": _hash(token),
                                "paired": time.time(), "last_used": time.time()}
        if groups is not None:
            item["groups"] = sorted({g.strip().lower() for g in groups if g.strip()})
        self.items.append(item)
        self.save()
        return token

    def find(self, token: str) -> Optional[dict[str, Any]]:
        wanted = _hash(token)
        return next((d for d in self.items if secrets.compare_digest(d["hash"], wanted)), None)

    def revoke(self, device_id: str) -> None:
        kept = [d for d in self.items if d.get("id") != device_id]
        if len(kept) != len(self.items):
            self.items = kept
            self.save()


def lan_address() -> str:
    """This computer's address on its network (no packet is sent to find it)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: routing is looked up, nothing is sent
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


class RemoteDeck:
    """The phone deck as the app's Remote menu runs it: off, this computer, or the network."""

    def __init__(self, control: object, settings: Any, save: Any):
        self.control, self.settings, self.save = control, settings, save
        self.devices = Devices()
        self.tokens = Devices(config_dir() / "api-tokens.json")
        self.server: Any = None  # the server (``server.WebDeck``) while the phone deck is allowed
        self.problem = ""

    @property
    def mode(self) -> str:
        return str(self.settings.remote.web)

    async def apply(self, mode: Optional[str] = None) -> None:
        """Serve as ``mode`` says (and remember it); the old server goes first."""
        if mode is not None and mode != self.settings.remote.web:
            self.settings.remote.web = mode
            self.save()
        if self.server is not None:
            await self.server.stop()
            self.server = None
        self.problem = ""
        if self.mode == "off":
            return
        from .server import WebDeck  # the web framework is loaded only for a phone deck that is allowed

        host = "127.0.0.1" if self.mode == "local" else lan_address()
        server = WebDeck(self.control, host, self.settings.remote.web_port, self.devices, self.tokens)
        try:
            await server.start()
        except OSError as exc:
            self.problem = translate("WebDeck", "The phone deck cannot listen on {address} ({why}).").format(
                address=f"{host}:{self.settings.remote.web_port}", why=exc.strerror or exc)
            await server.stop()
            return
        self.server = server

    def url(self) -> str:
        return self.server.url if self.server else ""

    def new_code(self) -> str:
        return self.server.new_code() if self.server else ""

    async def revoke(self, device_id: str) -> None:
        """A paired device or an API token, removed (and whatever it has open, closed)."""
        if self.server is not None:
            await self.server.revoke(device_id)
        else:
            self.devices.revoke(device_id)
            self.tokens.revoke(device_id)

    def new_token(self, name: str, groups: list[str]) -> str:
        """An HTTP API token (shown once): ``groups`` are the action groups it may run, all when empty."""
        return self.tokens.add(name, groups)

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.stop()
            self.server = None
