"""What every chat reader produces: immutable messages and the events that change them.

A :class:`ChatMessage` is never edited after parsing; a deletion, timeout, ban or clear
arrives as a :class:`ChatEvent` and the view marks the messages it names. Parsers are
pure functions from a raw frame to a list of these (and :class:`Control` items the
reader itself acts on), so snapshot tests and ``deck chat tail`` use exactly what the app
uses.
"""
from __future__ import annotations

import colorsys
import re
import zlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from sys import intern
from typing import Any, Hashable, Optional, TypeVar, Union



@dataclass(frozen=True, slots=True)
class Span:
    text: str
    emote: str = ""  # the emote's id (or name) when this span is an emote
    url: str = ""  # where its image is, when known


_BADGE_SETS: dict[tuple[str, ...], tuple[str, ...]] = {}
_EMOTES: dict[Span, Span] = {}
SHARED = 1024  # badge sets and emotes shared: a real chat has a few of the one and hundreds of the other

V = TypeVar("V", bound=Hashable)


def one_of(table: dict[V, V], value: V) -> V:
    """The copy of ``value`` kept in ``table`` (a chat repeats its badges and emotes: a
    scrollback keeps one of each); at most SHARED kept, then they start anew."""
    kept = table.get(value)
    if kept is None:
        if len(table) >= SHARED:
            table.clear()
        kept = table[value] = value
    return kept


def emote_span(text: str, emote_id: str, url: str) -> Span:
    return one_of(_EMOTES, Span(text, emote_id, url))


@dataclass(frozen=True, slots=True)
class ChatMessage:
    platform: str
    channel: str
    id: str
    user_id: str
    login: str  # the stable name moderation uses
    name: str  # the display name
    color: str  # "#rrggbb", "" when the platform gives none
    badges: tuple[str, ...]
    spans: tuple[Span, ...]
    time: float  # seconds since the epoch (the platform's own timestamp when given)
    kind: str = "chat"  # chat | action (/me) | notice (subs, gifts, raids, system lines)
    reply_to: Optional[tuple[str, str]] = None  # (name, text) of the message replied to
    notice: str = ""  # the platform's own text for a notice ("x subscribed for 3 months")
    hidden: bool = False  # already deleted when it arrived (history)

    def __post_init__(self) -> None:
        # a chat repeats its channels, people, names and colours: a scrollback keeps one copy of each
        keep = object.__setattr__
        keep(self, "channel", intern(self.channel))
        keep(self, "user_id", intern(self.user_id))
        keep(self, "login", intern(self.login))
        keep(self, "name", intern(self.name))
        keep(self, "color", intern(self.color))
        keep(self, "badges", one_of(_BADGE_SETS, self.badges))

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["type"] = "message"
        data["spans"] = [{k: v for k, v in asdict(s).items() if v} for s in self.spans]
        return data


@dataclass(frozen=True, slots=True)
class ChatEvent:
    """A change to earlier messages: ``delete``/``restore`` one message, ``timeout``/``ban``
    a user's messages, ``unban``, or ``clear`` the channel."""
    platform: str
    channel: str
    kind: str
    message_ids: tuple[str, ...] = ()
    user_id: str = ""
    login: str = ""
    seconds: int = 0  # a timeout's length
    time: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"type": "event", **asdict(self)}


@dataclass(frozen=True, slots=True)
class Control:
    """Protocol housekeeping for the reader (ping, reconnect, ready…); never shown."""
    kind: str
    data: dict[str, Any] = field(default_factory=dict)


Item = Union[ChatMessage, ChatEvent, Control]


def text_spans(text: str) -> tuple[Span, ...]:
    return (Span(text),) if text else ()


def iso_time(value: object) -> float:
    """An ISO-8601 timestamp as seconds since the epoch (0 when missing or unreadable).
    Go servers write nanoseconds; Python reads up to microseconds."""
    if not isinstance(value, str) or not value:
        return 0.0
    try:
        return datetime.fromisoformat(value).timestamp()  # the common case, at once
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(re.sub(r"(\.\d{6})\d+", r"\1", value.replace("Z", "+00:00"))).timestamp()
    except ValueError:
        return 0.0


def name_colour(name: str) -> str:
    """A stable, readable colour for a user the platform gives none for."""
    hue = (zlib.crc32(name.lower().encode()) % 360) / 360
    r, g, b = colorsys.hls_to_rgb(hue, 0.55, 0.65)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


def duration_text(seconds: int) -> str:
    """A timeout's length, short: 600 -> "10m", 86400 -> "1d"."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
