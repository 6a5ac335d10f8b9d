"""The chat channels Deck reads: which readers run, where they connect, what they said.

``PLATFORM:CHANNEL`` names a channel everywhere (settings, ``deck chat tail``):
``twitch:somechannel``, ``kick:someslug`` (or ``kick:someslug:12345`` with the chatroom
id), ``owncast:https://owncast.example`` (or ``owncast:name`` with the server's URL
from settings or ``DECK_OWNCAST_URL``).
"""
from __future__ import annotations

import asyncio
import logging
import re
from typing import Callable, Optional
from urllib.parse import urlsplit

from deck.core.events import Event

from . import kick, twitch
from .message import PLATFORMS, Item
from .readers import ChatReader, KickReader, OwncastReader, TwitchReader

log = logging.getLogger(__name__)
URL_DEFAULTS = {"kick-pusher": kick.DEFAULT_PUSHER_URL, "kick-web": kick.DEFAULT_WEB_URL,
                "kick-emotes": kick.DEFAULT_EMOTE_URL, "twitch-irc": twitch.DEFAULT_IRC_URL,
                "twitch-emotes": twitch.DEFAULT_EMOTE_URL, "owncast": ""}
URL_ENV = {"kick-pusher": "DECK_KICK_PUSHER_URL", "kick-web": "DECK_KICK_WEB_URL", "kick-emotes": "DECK_KICK_EMOTES_URL",
           "twitch-irc": "DECK_TWITCH_IRC_URL", "twitch-emotes": "DECK_TWITCH_EMOTES_URL", "owncast": "DECK_OWNCAST_URL"}
TWITCH_NAME = re.compile(r"^#?[A-Za-z0-9_]{1,25}$")
KICK_NAME = re.compile(r"^[A-Za-z0-9_-]{1,25}(:\d{1,12})?$")


def parse_channel(spec: str, urls: Callable[[str], str]) -> tuple[str, str, str]:
    """``PLATFORM:CHANNEL`` as (platform, channel, url); ValueError says what is wrong."""
    platform, sep, channel = spec.strip().partition(":")
    platform = platform.lower()
    if not sep or platform not in PLATFORMS:
        raise ValueError(f"{spec!r}: write PLATFORM:CHANNEL with PLATFORM one of {', '.join(PLATFORMS)}")
    if platform == "twitch":
        if not TWITCH_NAME.match(channel):
            raise ValueError(f"{spec!r}: a Twitch channel is 1-25 letters, digits or _")
        return platform, channel.lstrip("#").lower(), urls("twitch-irc")
    if platform == "kick":
        if not KICK_NAME.match(channel):
            raise ValueError(f"{spec!r}: a Kick channel is its slug (1-25 letters, digits, - or _), "
                             "optionally followed by :chatroom-id")
        return platform, channel.lower(), urls("kick-pusher")
    if channel.startswith(("http://", "https://")):
        parts = urlsplit(channel)
        if not parts.netloc:
            raise ValueError(f"{spec!r}: not a server address")
        return platform, parts.netloc, channel.rstrip("/")
    server = urls("owncast")
    if not server:
        raise ValueError(f"{spec!r}: give the Owncast server's address (owncast:https://…), "
                         "or set it in Accounts or DECK_OWNCAST_URL")
    if not channel:
        channel = urlsplit(server).netloc
    return platform, channel, server.rstrip("/")


def make_reader(spec: str, urls: Callable[[str], str], on_items: Callable[[list[Item]], None],
                on_health: Optional[Callable[[ChatReader], None]] = None,
                owncast_token: Callable[[str], str] = lambda url: "") -> ChatReader:
    platform, channel, url = parse_channel(spec, urls)
    if platform == "twitch":
        return TwitchReader(channel, url, on_items, on_health, emote_url=urls("twitch-emotes"))
    if platform == "kick":
        return KickReader(channel, url, on_items, on_health, web_url=urls("kick-web"), emote_url=urls("kick-emotes"))
    return OwncastReader(channel, url, on_items, on_health, integration=lambda: owncast_token(url))


class ChatHub:
    """Runs one reader per configured channel and passes on what they read."""

    def __init__(self, urls: Callable[[str], str], owncast_token: Callable[[str], str] = lambda url: ""):
        self.urls = urls
        self.owncast_token = owncast_token  # an Owncast server's integration token, by its address
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
                reader = make_reader(spec, self.urls, self.items.emit, self.health.emit, self.owncast_token)
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
