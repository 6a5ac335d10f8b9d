"""Kick chat: the Pusher WebSocket (protocol 7) that kick.com's own web client reads.

Every frame is ``{"event", "channel", "data"}`` where ``data`` is JSON encoded a second
time. Chat lives on ``chatrooms.<chatroom id>.v2``; the chatroom id is not the channel
or user id and comes from Kick's website API (``/api/v2/channels/<slug>``).
"""
from __future__ import annotations

import json
import logging
import re
from typing import Any, Mapping

from deck.core.words import QT_TRANSLATE_NOOP, amount

from .message import ChatEvent, ChatMessage, Control, Item, Span, emote_span, iso_time

log = logging.getLogger(__name__)
APP_KEY = "32cbd69e4b950bf97679"
DEFAULT_PUSHER_URL = f"wss://ws-us2.pusher.com/app/{APP_KEY}?protocol=7&client=js&version=8.4.0&flash=false"
DEFAULT_WEB_URL = "https://kick.com"
DEFAULT_EMOTE_URL = "https://files.kick.com"
EMOTE = re.compile(r"\[emote:(\d+):([^\]]*)\]")
PREFIX = "App\\Events\\"


def channel_name(chatroom_id: int) -> str:
    return f"chatrooms.{chatroom_id}.v2"


def channel_names(chatroom_id: int) -> list[str]:
    """The public channels kick.com's own client reads for a chatroom: chat on the ``.v2`` one,
    gifted subscriptions and other notices (some without the ``App\\Events\\`` prefix) on the others."""
    return [channel_name(chatroom_id), f"chatrooms.{chatroom_id}", f"chatroom_{chatroom_id}"]


def subscribe(channel: str) -> str:
    return json.dumps({"event": "pusher:subscribe", "data": {"auth": "", "channel": channel}})


PONG = json.dumps({"event": "pusher:pong", "data": {}})
PING = json.dumps({"event": "pusher:ping", "data": {}})


def content_spans(content: str, emote_url: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    cursor = 0
    for match in EMOTE.finditer(content):
        if match.start() > cursor:
            spans.append(Span(content[cursor:match.start()]))
        emote_id, name = match.group(1), match.group(2)
        spans.append(emote_span(name, emote_id, f"{emote_url}/emotes/{emote_id}/fullsize"))
        cursor = match.end()
    if cursor < len(content):
        spans.append(Span(content[cursor:]))
    return tuple(spans)


def _user(data: object) -> dict[str, Any]:
    return data if isinstance(data, dict) else {}


def _event(name: str, data: dict[str, Any], channel: str, emote_url: str) -> list[Item]:
    if name == "ChatMessageEvent":
        sender = _user(data.get("sender"))
        identity = _user(sender.get("identity"))
        badges = tuple(str(b.get("type", "")) for b in identity.get("badges") or [] if isinstance(b, dict))
        reply = None
        meta = _user(data.get("metadata"))
        if data.get("type") == "reply" and meta:
            reply = (str(_user(meta.get("original_sender")).get("username", "")),
                     str(_user(meta.get("original_message")).get("content", "")))
        username = str(sender.get("username", ""))
        return [ChatMessage("kick", channel, str(data["id"]), str(sender.get("id", "")),
                            str(sender.get("slug") or username.lower()), username, str(identity.get("color") or ""),
                            badges, content_spans(str(data.get("content", "")), emote_url),
                            iso_time(data.get("created_at")), "chat", reply)]
    if name == "MessageDeletedEvent":
        return [ChatEvent("kick", channel, "delete", (str(_user(data.get("message")).get("id", "")),))]
    if name == "UserBannedEvent":
        user = _user(data.get("user"))
        minutes = data.get("duration")
        permanent = data.get("permanent") is True or (not data.get("expires_at") and not minutes)
        return [ChatEvent("kick", channel, "ban" if permanent else "timeout", (), str(user.get("id", "")),
                          str(user.get("slug") or user.get("username", "")).lower(),
                          int(minutes) * 60 if isinstance(minutes, int) and not permanent else 0)]
    if name == "UserUnbannedEvent":
        user = _user(data.get("user"))
        return [ChatEvent("kick", channel, "unban", (), str(user.get("id", "")),
                          str(user.get("slug") or user.get("username", "")).lower())]
    if name == "ChatroomClearEvent":
        return [ChatEvent("kick", channel, "clear")]
    if name == "SubscriptionEvent":
        return [subscription_notice(channel, str(data.get("username", "")), data.get("months", 1))]
    if name == "GiftedSubscriptionsEvent":
        names = [str(n) for n in data.get("gifted_usernames") or []]
        return [gift_notice(channel, str(data.get("gifter_username", "")), names)]
    return []


def notice(channel: str, notice_id: str, who: str, text: str) -> ChatMessage:
    return ChatMessage("kick", channel, notice_id, "", who.lower(), who, "", (), (), 0.0, "notice", notice=text)


# A subscription or gift reaches Deck from the chat socket and from Kick's webhooks: both make
# the notice here, with one id, so the chat view shows it once.
def subscription_notice(channel: str, who: str, months: object) -> ChatMessage:
    text = amount("Events", months, QT_TRANSLATE_NOOP("Events", "{who} subscribed for {n} month"),
                  QT_TRANSLATE_NOOP("Events", "{who} subscribed for {n} months"))
    return notice(channel, f"sub-{who}-{months}", who, text.format(who=who))


def gift_notice(channel: str, gifter: str, names: list[str]) -> ChatMessage:
    text = amount("Events", len(names), QT_TRANSLATE_NOOP("Events", "{who} gifted {n} subscription to {names}"),
                  QT_TRANSLATE_NOOP("Events", "{who} gifted {n} subscriptions to {names}")).format(who=gifter, names=", ".join(names))
    return notice(channel, f"gift-{gifter}-{'-'.join(names)}", gifter, text)


def parse(frame: str, channels: Mapping[str, str] = {}, emote_url: str = DEFAULT_EMOTE_URL) -> list[Item]:
    """The items in one Pusher frame. ``channels`` maps Pusher channel names to the names
    Deck shows (the Kick slug); malformed frames are logged and ignored."""
    try:
        outer = json.loads(frame)
        event = str(outer["event"])
        raw = outer.get("data")
        data = json.loads(raw) if isinstance(raw, str) and raw else raw if isinstance(raw, (dict, list)) else {}
        if isinstance(data, list):  # some events carry an array ("[]" when a pin is removed)
            data = {}
        if not isinstance(data, dict):
            raise ValueError("data is not an object")
        if event == "pusher:connection_established":
            return [Control("ready", {"socket_id": data.get("socket_id"), "activity_timeout": data.get("activity_timeout")})]
        if event == "pusher:ping":
            return [Control("ping")]
        if event == "pusher:pong":
            return [Control("pong")]
        if event == "pusher_internal:subscription_succeeded":
            return [Control("subscribed", {"channel": outer.get("channel")})]
        if event == "pusher:error":
            return [Control("error", {"code": data.get("code"), "message": data.get("message", "")})]
        if event.startswith("pusher"):
            return []
        pusher_channel = str(outer.get("channel", ""))
        channel = channels.get(pusher_channel) or re.sub(r"^\D+|\D+$", "", pusher_channel.replace(".v2", ""))
        name = event[len(PREFIX):] if event.startswith(PREFIX) else event  # newer events come without the prefix
        items = _event(name, data, channel, emote_url)
        if not items:
            log.debug("Kick event %s on %s is not one Deck shows", name, pusher_channel)
        return items
    except Exception as exc:  # one bad frame never stops the reader
        log.warning("ignored a malformed Kick frame (%s): %.200r", exc, frame)
        return []
