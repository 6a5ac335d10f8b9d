"""Twitch chat: IRC over WebSocket, read anonymously (``justinfan`` login).

One WebSocket text frame carries one or more IRC lines separated by CRLF. Tags are
IRCv3 (``@key=value;...``) with escaped values; emote ranges index code points of the
message text (after the ``/me`` wrapper is removed).
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from typing import Optional

from .message import ChatEvent, ChatMessage, Control, Item, Span, emote_span, text_spans

log = logging.getLogger(__name__)
DEFAULT_IRC_URL = "wss://irc-ws.chat.twitch.tv:443"
DEFAULT_EMOTE_URL = "https://static-cdn.jtvnw.net"
ESCAPES = {"s": " ", ":": ";", "\\": "\\", "r": "\r", "n": "\n"}


@dataclass(frozen=True, slots=True)
class IrcLine:
    tags: dict[str, str]
    prefix: str
    command: str
    params: list[str]


def unescape(value: str) -> str:
    if "\\" not in value:
        return value
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            if i + 1 < len(value):
                out.append(ESCAPES.get(value[i + 1], value[i + 1]))
            i += 2  # a lone trailing backslash is dropped
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def parse_line(line: str) -> Optional[IrcLine]:
    tags: dict[str, str] = {}
    rest = line
    if rest.startswith("@"):
        raw_tags, _, rest = rest[1:].partition(" ")
        for item in raw_tags.split(";"):
            key, _, value = item.partition("=")
            if key:
                tags[key] = unescape(value)
    prefix = ""
    rest = rest.lstrip(" ")
    if rest.startswith(":"):
        prefix, _, rest = rest[1:].partition(" ")
    head, sep, trailing = rest.partition(" :")
    words = head.split()
    if not words:
        return None
    params = words[1:] + ([trailing] if sep else [])
    return IrcLine(tags, prefix, words[0].upper(), params)


def emote_spans(text: str, spec: str, emote_url: str) -> tuple[Span, ...]:
    """Split ``text`` into text and emote spans from the ``emotes`` tag
    (``id:start-end,start-end/id2:start-end``; inclusive code-point indices)."""
    ranges: list[tuple[int, int, str]] = []
    for group in spec.split("/") if spec else ():
        emote_id, _, positions = group.partition(":")
        for pos in positions.split(","):
            start, _, end = pos.partition("-")
            if not (start.isdigit() and end.isdigit()):
                continue
            s, e = int(start), int(end)
            if 0 <= s <= e < len(text):
                ranges.append((s, e, emote_id))
    if not ranges:
        return text_spans(text)
    spans: list[Span] = []
    cursor = 0
    for s, e, emote_id in sorted(ranges):
        if s < cursor:
            continue  # overlapping ranges: keep the first
        if s > cursor:
            spans.append(Span(text[cursor:s]))
        spans.append(emote_span(text[s:e + 1], emote_id, f"{emote_url}/emoticons/v2/{emote_id}/default/dark/1.0"))
        cursor = e + 1
    if cursor < len(text):
        spans.append(Span(text[cursor:]))
    return tuple(spans)


_BADGES: dict[str, tuple[str, ...]] = {}  # a channel's few badge sets, read once each


def _badges(tag: str) -> tuple[str, ...]:
    known = _BADGES.get(tag)
    if known is None:
        if len(_BADGES) > 1024:
            _BADGES.clear()
        known = _BADGES[tag] = tuple(b.partition("/")[0] for b in tag.split(",") if b)
    return known


def _time(tags: dict[str, str]) -> float:
    ts = tags.get("tmi-sent-ts", "")
    return int(ts) / 1000 if ts.isdigit() else 0.0


CHANNEL_PREFIXES = ("#", "&")  # a target that is a channel; any other is a nick (a private message)


def to_items(line: IrcLine, emote_url: str = DEFAULT_EMOTE_URL) -> list[Item]:
    tags, cmd, params = line.tags, line.command, line.params
    channel = params[0].lstrip("#") if params else ""
    if cmd in ("PRIVMSG", "NOTICE") and not (params and params[0].startswith(CHANNEL_PREFIXES)):
        return []  # addressed to Deck's own nick, or to no one: not chat of a channel
    if cmd == "PRIVMSG" and len(params) == 2:
        text, kind = params[1], "chat"
        if text.startswith("\x01ACTION"):  # /me, possibly with no text and no closing \x01
            text, kind = text[7:].rstrip("\x01").strip(" "), "action"
        login = line.prefix.partition("!")[0]
        reply = None
        if tags.get("reply-parent-msg-id"):
            reply = (tags.get("reply-parent-display-name") or tags.get("reply-parent-user-login", ""),
                     tags.get("reply-parent-msg-body", ""))
        return [ChatMessage("twitch", channel, tags.get("id", ""), tags.get("user-id", ""), login,
                            tags.get("display-name") or login, tags.get("color", ""), _badges(tags.get("badges", "")),
                            emote_spans(text, tags.get("emotes", ""), emote_url), _time(tags), kind, reply)]
    if cmd == "USERNOTICE":
        text = params[1] if len(params) > 1 else ""
        login = tags.get("login", "")
        return [ChatMessage("twitch", channel, tags.get("id", ""), tags.get("user-id", ""), login,
                            tags.get("display-name") or login, tags.get("color", ""), _badges(tags.get("badges", "")),
                            emote_spans(text, tags.get("emotes", ""), emote_url), _time(tags), "notice",
                            notice=" ".join(tags.get("system-msg", tags.get("msg-id", "")).split()))]  # line breaks read as spaces
    if cmd == "CLEARCHAT":
        target = params[1] if len(params) > 1 else ""
        if not target:
            return [ChatEvent("twitch", channel, "clear", time=_time(tags))]
        duration = tags.get("ban-duration", "")
        return [ChatEvent("twitch", channel, "timeout" if duration else "ban", (), tags.get("target-user-id", ""),
                          target, int(duration) if duration.isdigit() else 0, _time(tags))]
    if cmd == "CLEARMSG":
        return [ChatEvent("twitch", channel, "delete", (tags.get("target-msg-id", ""),), "", tags.get("login", ""),
                          time=_time(tags))]
    if cmd == "NOTICE" and channel:
        text = params[1] if len(params) > 1 else ""
        return [ChatMessage("twitch", channel, tags.get("msg-id", ""), "", "", "Twitch", "", (), text_spans(text),
                            0.0, "notice", notice=text)]
    if cmd == "PING":
        return [Control("ping", {"text": params[-1] if params else "tmi.twitch.tv"})]
    if cmd == "RECONNECT":
        return [Control("reconnect")]
    if cmd in REGISTRATION:
        return [Control(REGISTRATION[cmd], {"params": params})]
    if cmd in ("366", "ROOMSTATE") or (cmd == "JOIN" and line.prefix.partition("!")[0].startswith(ANONYMOUS)):
        return [Control("ready", {"channel": channel if cmd != "366" else params[1].lstrip("#") if len(params) > 1 else ""})]
    return []


# The registration's steps (RFC 1459/2812 numerics, IRCv3 capability negotiation) as controls
REGISTRATION = {"CAP": "cap", "001": "welcome", "451": "not registered", "433": "nick taken"}
ANONYMOUS = "justinfan"  # the nick prefix of a reader that only reads


def parse(frame: str, emote_url: str = DEFAULT_EMOTE_URL) -> list[Item]:
    """Every item of one WebSocket frame; malformed lines are logged and skipped."""
    return parse_lines(frame.split("\r\n"), emote_url)


def parse_lines(lines: list[str], emote_url: str = DEFAULT_EMOTE_URL) -> list[Item]:
    items: list[Item] = []
    for raw in lines:
        if not raw:
            continue
        try:
            line = parse_line(raw)
            if line is None:
                raise ValueError("no command")
            items.extend(to_items(line, emote_url))
        except Exception as exc:  # one bad line never stops the reader
            log.warning("ignored a malformed Twitch IRC line (%s): %.200r", exc, raw)
    return items


CAPABILITIES = "twitch.tv/tags twitch.tv/commands"


def login_lines(nick: str) -> list[str]:
    """The registration, one IRC command per WebSocket message (IRCv3's WebSocket binding):
    ask for the capabilities (the server holds registration until ``CAP END``), then the
    anonymous password, nick and user. Channels are joined once the server welcomes (001)."""
    return [f"CAP REQ :{CAPABILITIES}", "PASS SCHMOOPIIE", f"NICK {nick}", f"USER {nick} 0 * :{nick}"]


def anonymous_nick() -> str:
    return f"{ANONYMOUS}{random.randint(1000, 80999)}"


def join_line(channel: str) -> str:
    return f"JOIN #{channel.lower().lstrip('#')}"
