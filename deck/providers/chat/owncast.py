"""Owncast chat: the ``/ws`` WebSocket of a self-hosted server, plus REST history.

A reader registers an anonymous chat user (``POST /api/chat/register``), opens
``/ws?accessToken=...`` and reads events, several of which can share one frame
(newline-separated). History (``GET /api/chat?accessToken=...``) fills in what was said
before and while the socket was down; message ids keep it free of duplicates.
"""
from __future__ import annotations

import json
import logging
import re
from typing import Any

from .message import ChatEvent, ChatMessage, Control, Item, Span, emote_span, iso_time, text_spans

log = logging.getLogger(__name__)
# Owncast's chat palette: displayColor is an index into the web client's user colours.
PALETTE = ("#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#46f0f0", "#f032e6", "#bcf60c",
           "#fabebe", "#008080", "#e6beff")
IMG = re.compile(r"<img\b[^>]*>", re.I)
ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
TAG = re.compile(r"<[^>]+>")
NOTICES = {"SYSTEM", "CHAT_ACTION", "FEDIVERSE_ENGAGEMENT_FOLLOW", "FEDIVERSE_ENGAGEMENT_LIKE",
           "FEDIVERSE_ENGAGEMENT_REPOST"}


_REFERENCE = re.compile(r"&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def unescape(text: str) -> str:
    """``html.unescape`` for the references Owncast writes (``&amp; &lt; &gt; &quot; &#39;``),
    without loading the table of all 2,231 HTML entities (half a MiB) unless a message holds
    another kind."""
    if "&" not in text:
        return text
    references = _REFERENCE.findall(text)
    if text.count("&") != len(references) or not all(r in _NAMED or 32 <= _code(r) < 127 for r in references):
        from html import unescape as every
        return every(text)
    return _REFERENCE.sub(lambda m: _NAMED.get(m.group(1)) or chr(_code(m.group(1))), text)


def _code(reference: str) -> int:
    return int(reference[2:], 16) if reference[1:2] in "xX" else int(reference[1:])


def body_spans(body: str, base_url: str) -> tuple[Span, ...]:
    """Owncast sends sanitised HTML: custom emoji are ``<img>`` tags, the rest is text."""
    spans: list[Span] = []
    cursor = 0
    for match in IMG.finditer(body):
        text = unescape(TAG.sub("", body[cursor:match.start()]))
        if text:
            spans.append(Span(text))
        attrs = dict(ATTR.findall(match.group(0)))
        src = attrs.get("src", "")
        name = attrs.get("alt") or attrs.get("title") or src.rsplit("/", 1)[-1]
        url = src if src.startswith(("http://", "https://")) else f"{base_url}{src}" if src.startswith("/") else ""
        spans.append(emote_span(unescape(name), unescape(name), url))
        cursor = match.end()
    text = unescape(TAG.sub("", body[cursor:]))
    if text:
        spans.append(Span(text))
    return tuple(spans)


def colour(user: dict[str, Any]) -> str:
    index = user.get("displayColor")
    return PALETTE[index % len(PALETTE)] if isinstance(index, int) and index >= 0 else ""


def event_items(event: dict[str, Any], channel: str, base_url: str) -> list[Item]:
    kind = event.get("type")
    given = event.get("user")
    user: dict[str, Any] = given if isinstance(given, dict) else {}
    name = str(user.get("displayName", ""))
    if kind == "CHAT":
        badges = tuple(b for b, on in (("moderator", "MODERATOR" in (user.get("scopes") or [])),
                                       ("bot", user.get("isBot") is True),
                                       ("verified", user.get("authenticated") is True)) if on)
        return [ChatMessage("owncast", channel, str(event["id"]), str(user.get("id", "")), name, name, colour(user),
                            badges, body_spans(str(event.get("body", "")), base_url), iso_time(event.get("timestamp")),
                            hidden=event.get("visible") is False)]
    if kind in NOTICES:
        text = unescape(TAG.sub("", str(event.get("body", ""))))
        return [ChatMessage("owncast", channel, str(event.get("id", "")), "", "", name or "Owncast", "", (),
                            text_spans(text), iso_time(event.get("timestamp")), "notice", notice=text)]
    if kind == "NAME_CHANGE":
        text = f"{event.get('oldName', '')} is now {name}"
        return [ChatMessage("owncast", channel, str(event.get("id", "")), str(user.get("id", "")), name, name,
                            colour(user), (), text_spans(text), iso_time(event.get("timestamp")), "notice", notice=text)]
    if kind == "VISIBILITY-UPDATE":
        ids = tuple(str(i) for i in event.get("ids") or [])
        return [ChatEvent("owncast", channel, "restore" if event.get("visible") else "delete", ids,
                          time=iso_time(event.get("timestamp")))]
    if kind == "CONNECTED_USER_INFO":
        return [Control("ready", {"user": user})]
    if kind in ("ERROR_NEEDS_REGISTRATION", "ERROR_USER_DISABLED", "ERROR_MAX_CONNECTIONS_EXCEEDED", "CHAT_DISABLED"):
        return [Control("refused", {"reason": kind})]
    return []  # joins, parts and types newer than Deck


def parse(frame: str, channel: str = "", base_url: str = "") -> list[Item]:
    """The items in one socket frame (one or more JSON events, one per line)."""
    items: list[Item] = []
    for line in frame.split("\n"):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
            if not isinstance(event, dict):
                raise ValueError("not an object")
            items.extend(event_items(event, channel, base_url))
        except Exception as exc:  # one bad event never stops the reader
            log.warning("ignored a malformed Owncast event (%s): %.200r", exc, line)
    return items


def history_items(events: object, channel: str, base_url: str) -> list[Item]:
    if not isinstance(events, list):
        log.warning("Owncast history is not a list: %.200r", events)
        return []
    items: list[Item] = []
    for event in events:
        try:
            items.extend(event_items(event, channel, base_url) if isinstance(event, dict) else [])
        except Exception as exc:
            log.warning("ignored a malformed Owncast history entry (%s): %.200r", exc, event)
    return [i for i in items if isinstance(i, ChatMessage)]
