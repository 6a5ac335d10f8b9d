"""The chat platforms Deck reads, one :class:`Platform` each: its id (the one spelling, as in
``PLATFORM:CHANNEL``), its title, the addresses it connects to (each overridable in settings
or the environment), how a channel is named on it and which reader reads it. Nothing else
lists the platforms: the hub, the command line and the sandbox's exports come from here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional
from urllib.parse import urlsplit

from deck.core.names import env_name
from deck.core.words import translate

from . import kick, twitch
from .message import Item
from .readers import ChatReader, KickReader, OwncastReader, TwitchReader

Urls = Callable[[str], str]  # an address's name ("twitch-irc") -> where it is now
Build = Callable[[str, str, Urls, Callable[[list[Item]], None], Optional[Callable[[ChatReader], None]],
                  Callable[[str], str]], ChatReader]


@dataclass(frozen=True)
class Platform:
    id: str  # "twitch": how channels, settings and messages name it
    title: str  # "Twitch": how a person reads it
    urls: dict[str, str]  # the addresses it uses by their part ("irc", "emotes"; "" its server), with defaults
    channel: Callable[[str, str, Urls], tuple[str, str]]  # (spec, CHANNEL, urls) -> (channel, address); ValueError
    reader: Build  # (channel, address, urls, on_items, on_health, token of a server) -> its reader

    def url_name(self, part: str) -> str:
        """An address's name: ``twitch-irc``, or ``owncast`` for the platform's own server."""
        return f"{self.id}-{part}" if part else self.id

    def env(self, part: str) -> str:
        """The environment variable that moves an address: ``DECK_TWITCH_IRC_URL``, ``DECK_OWNCAST_URL``."""
        return env_name(self.id, f"{part}_url" if part else "url")


TWITCH_NAME = re.compile(r"^#?[A-Za-z0-9_]{1,25}$")
KICK_NAME = re.compile(r"^[A-Za-z0-9_-]{1,25}(:\d{1,12})?$")


def _twitch_channel(spec: str, channel: str, urls: Urls) -> tuple[str, str]:
    if not TWITCH_NAME.match(channel):
        raise ValueError(f"{spec!r}: a Twitch channel is 1-25 letters, digits or _")
    return channel.lstrip("#").lower(), urls("twitch-irc")


def _kick_channel(spec: str, channel: str, urls: Urls) -> tuple[str, str]:
    if not KICK_NAME.match(channel):
        raise ValueError(f"{spec!r}: a Kick channel is its slug (1-25 letters, digits, - or _), "
                         "optionally followed by :chatroom-id")
    return channel.lower(), urls("kick-pusher")


def _owncast_channel(spec: str, channel: str, urls: Urls) -> tuple[str, str]:
    if channel.startswith(("http://", "https://")):
        parts = urlsplit(channel)
        if not parts.netloc:
            raise ValueError(translate("Chat", "{channel}: not a server address").format(channel=repr(spec)))
        return parts.netloc, channel.rstrip("/")
    server = urls("owncast")
    if not server:
        raise ValueError(translate("Chat", "{channel}: give the Owncast server's address (owncast:https://…), or set "
                                           "it in Accounts or {env}").format(channel=repr(spec),
                                                                             env=env_name("owncast", "url")))
    return channel or urlsplit(server).netloc, server.rstrip("/")


PLATFORMS: dict[str, Platform] = {p.id: p for p in (
    Platform("kick", "Kick", {"pusher": kick.DEFAULT_PUSHER_URL, "web": kick.DEFAULT_WEB_URL,
                              "emotes": kick.DEFAULT_EMOTE_URL}, _kick_channel,
             lambda channel, url, urls, on_items, on_health, token: KickReader(
                 channel, url, on_items, on_health, web_url=urls("kick-web"), emote_url=urls("kick-emotes"))),
    Platform("twitch", "Twitch", {"irc": twitch.DEFAULT_IRC_URL, "emotes": twitch.DEFAULT_EMOTE_URL},
             _twitch_channel,
             lambda channel, url, urls, on_items, on_health, token: TwitchReader(
                 channel, url, on_items, on_health, emote_url=urls("twitch-emotes"))),
    Platform("owncast", "Owncast", {"": ""}, _owncast_channel,  # a server of the streamer's own: no default
             lambda channel, url, urls, on_items, on_health, token: OwncastReader(
                 channel, url, on_items, on_health, integration=lambda: token(url))),
)}

# every address by its name, with its default and its environment variable
URL_DEFAULTS = {p.url_name(part): default for p in PLATFORMS.values() for part, default in p.urls.items()}
URL_ENV = {p.url_name(part): p.env(part) for p in PLATFORMS.values() for part in p.urls}
