"""The chat channels Deck reads: which readers run, where they connect, what they said.

``PLATFORM:CHANNEL`` names a channel everywhere (settings, ``deck chat tail``):
``twitch:somechannel``, ``kick:someslug`` (or ``kick:someslug:12345`` with the chatroom
id), ``owncast:https://owncast.example`` (or ``owncast:name`` with the server's URL
from settings or ``DECK_OWNCAST_URL``).
"""
from __future__ import annotations

import asyncio
import logging
from typing import Callable, Optional

from deck.core.events import Event

from .message import Item
from .platforms import PLATFORMS, URL_DEFAULTS, URL_ENV
from .readers import ChatReader

__all__ = ["ChatHub", "make_reader", "parse_channel", "URL_DEFAULTS", "URL_ENV"]

log = logging.getLogger(__name__)


def parse_channel(spec: str, urls: Callable[[str], str]) -> tuple[str, str, str]:
    """``PLATFORM:CHANNEL`` as (platform, channel, url); ValueError says what is wrong."""
    name, sep, channel = spec.strip().partition(":")
    platform = PLATFORMS.get(name.lower())
    if not sep or platform is None:
        raise ValueError(f"{spec!r}: write PLATFORM:CHANNEL with PLATFORM one of {', '.join(PLATFORMS)}")
    return (platform.id, *platform.channel(spec, channel, urls))


def make_reader(spec: str, urls: Callable[[str], str], on_items: Callable[[list[Item]], None],
                on_health: Optional[Callable[[ChatReader], None]] = None,
                server_token: Callable[[str], str] = lambda url: "") -> ChatReader:
    """The reader of a channel. ``server_token`` gives the access token Deck keeps for a
    streamer's own server (by its address), for a platform that reads more with one."""
    platform, channel, url = parse_channel(spec, urls)
    return PLATFORMS[platform].reader(channel, url, urls, on_items, on_health, server_token)


class ChatHub:
    """Runs one reader per configured channel and passes on what they read."""

    def __init__(self, urls: Callable[[str], str], server_token: Callable[[str], str] = lambda url: ""):
        self.urls = urls
        self.server_token = server_token  # the token Deck keeps for a streamer's own server, by its address
        self.readers: dict[str, ChatReader] = {}  # by spec
        self.items = Event()  # (list of ChatMessage / ChatEvent)
        self.health = Event()  # (reader)
        self.channels_changed = Event()  # ()
        self.problems: dict[str, str] = {}  # spec -> why it cannot be read

    def check(self, spec: str) -> None:
        """Raise ValueError with the reason when ``spec`` is not a channel Deck can read."""
        parse_channel(spec, self.urls)

    def set_channels(self, specs: list[str]) -> None:
        """Read exactly these channels (starts and stops readers; needs a running loop)."""
        wanted = list(dict.fromkeys(s.strip() for s in specs if s.strip()))
        for spec in [s for s in self.readers if s not in wanted]:
            asyncio.ensure_future(self.readers.pop(spec).stop())
        self.problems = {}
        for spec in wanted:
            if spec in self.readers:
                continue
            try:
                reader = make_reader(spec, self.urls, self.items.emit, self.health.emit, self.server_token)
            except ValueError as exc:
                self.problems[spec] = str(exc)
                log.warning("chat channel skipped: %s", exc)
                continue
            self.readers[spec] = reader
            reader.start()
        self.channels_changed.emit()

    async def stop(self) -> None:
        readers, self.readers = list(self.readers.values()), {}
        await asyncio.gather(*(r.stop() for r in readers), return_exceptions=True)
