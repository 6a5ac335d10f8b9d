"""Kick's webhook events (version 1) as Deck's own: chat messages and moderation for the
chat view (with the same ids the Pusher reader gives, so the two merge without repeats), and
:class:`Happening` s for recent activity, the redemption queue and the stream's state."""
from __future__ import annotations

from typing import Any, Callable

from deck.net.signed_events import Delivery
from deck.providers.answers import obj, objects, whole
from deck.providers.capabilities import Happening
from deck.providers.chat.kick import DEFAULT_EMOTE_URL, content_spans, gift_notice, subscription_notice
from deck.providers.chat.message import ChatEvent, ChatMessage, iso_time
from deck.core.words import QT_TRANSLATE_NOOP, amount, translate

EVENTS = {
    "chat.message.sent": "chat messages",
    "channel.followed": "follows",
    "channel.subscription.new": "new subscriptions",
    "channel.subscription.renewal": "renewed subscriptions",
    "channel.subscription.gifts": "gifted subscriptions",
    "kicks.gifted": "KICKs",
    "channel.reward.redemption.updated": "reward redemptions",
    "moderation.banned": "bans and timeouts",
    "livestream.status.updated": "the stream going live or ending",
    "livestream.metadata.updated": "title and category changes",
}


def _name(user: object) -> str:
    user = obj(user)
    return str(user.get("username") or (translate("Events", "Anonymous") if user.get("is_anonymous")
                                        else translate("Events", "someone")))


def _login(user: object) -> str:
    user = obj(user)
    return str(user.get("channel_slug") or user.get("username") or "").lower()


def _chat(d: dict[str, Any], channel: str, at: str) -> list[Any]:
    sender = obj(d.get("sender"))
    identity = obj(sender.get("identity"))
    reply = obj(d.get("replies_to"))
    return [ChatMessage("kick", channel, str(d.get("message_id") or ""), str(sender.get("user_id") or ""),
                        _login(sender), _name(sender), str(identity.get("username_color") or ""),
                        tuple(str(b.get("type") or b.get("text") or "") for b in objects(identity.get("badges"))),
                        content_spans(str(d.get("content") or ""), DEFAULT_EMOTE_URL), iso_time(d.get("created_at")),
                        reply_to=(_name(reply.get("sender")), str(reply.get("content") or "")) if reply else None)]


def _subscription(renewed: bool) -> Callable[[dict[str, Any], str, str], list[Any]]:
    def read(d: dict[str, Any], channel: str, at: str) -> list[Any]:
        who, months = _name(d.get("subscriber")), whole(d.get("duration")) or 1
        text = (amount("Events", months, QT_TRANSLATE_NOOP("Events", "{who} renewed their subscription for {n} month"),
                       QT_TRANSLATE_NOOP("Events", "{who} renewed their subscription for {n} months")) if renewed else
                amount("Events", months, QT_TRANSLATE_NOOP("Events", "{who} subscribed for {n} month"),
                       QT_TRANSLATE_NOOP("Events", "{who} subscribed for {n} months"))).format(who=who)
        return [subscription_notice(channel, who, months),
                Happening(kind="subscription", title=translate("Events", "Resubscription") if renewed
                          else translate("Events", "Subscription"), who=who,
                          detail=text, when=str(d.get("created_at") or at))]
    return read


def _gifts(d: dict[str, Any], channel: str, at: str) -> list[Any]:
    gifter = _name(d.get("gifter"))
    chat = gift_notice(channel, gifter, [_name(g) for g in objects(d.get("giftees"))])
    return [chat, Happening(kind="gift", title=translate("Events", "Gifted subscriptions"), who=gifter, detail=chat.notice,
                            when=str(d.get("created_at") or at))]


def _kicks(d: dict[str, Any], channel: str, at: str) -> list[Any]:
    gift = obj(d.get("gift"))
    detail = f"{whole(gift.get('amount')) or 0} KICKs" + (f" ({gift['name']})" if gift.get("name") else "")
    if gift.get("message"):
        detail += f" — “{gift['message']}”"
    return [Happening(kind="kicks", title="KICKs", who=_name(d.get("sender")), detail=detail,
                      when=str(d.get("created_at") or at))]


def _followed(d: dict[str, Any], channel: str, at: str) -> list[Any]:
    return [Happening(kind="follow", title=translate("Events", "Follow"), who=_name(d.get("follower")), when=at)]


def _redemption(d: dict[str, Any], channel: str, at: str) -> list[Any]:
    reward = obj(d.get("reward"))
    detail = translate("Events", "{reward} ({cost} points), {status}").format(
        reward=reward.get("title") or translate("Events", "a reward"), cost=whole(reward.get("cost")) or 0,
        status=translate("Events", str(d.get("status") or QT_TRANSLATE_NOOP("Events", "pending"))))
    if d.get("user_input"):
        detail += f" — “{d['user_input']}”"
    return [Happening(kind="redemption", title=translate("Events", "Redemption"), who=_name(d.get("redeemer")), detail=detail,
                      when=str(d.get("redeemed_at") or at))]


def _banned(d: dict[str, Any], channel: str, at: str) -> list[Any]:
    user, meta = obj(d.get("banned_user")), obj(d.get("metadata"))
    ends = iso_time(meta.get("expires_at"))
    seconds = max(0, round(ends - (iso_time(meta.get("created_at")) or iso_time(at)))) if ends else 0
    kind = "timeout" if ends else "ban"
    detail = (amount("Events", seconds // 60, QT_TRANSLATE_NOOP("Events", "timed out for {n} minute by {who}"),
                     QT_TRANSLATE_NOOP("Events", "timed out for {n} minutes by {who}"))
              if ends else translate("Events", "banned by {who}")).format(who=_name(d.get("moderator")))
    if meta.get("reason"):
        detail += f": {meta['reason']}"
    return [ChatEvent("kick", channel, kind, (), str(user.get("user_id") or ""), _login(user), seconds, iso_time(at)),
            Happening(kind="ban", title=translate("Events", "Timeout") if ends else translate("Events", "Ban"),
                      who=_name(user), detail=detail, when=at)]


def _status(d: dict[str, Any], channel: str, at: str) -> list[Any]:
    live = bool(d.get("is_live"))
    return [Happening(kind="live", title=translate("Events", "Stream"), who=channel,
                      detail=translate("Events", "went live: {title}").format(title=d.get("title") or "") if live
                      else translate("Events", "ended the stream"), when=at)]


def _metadata(d: dict[str, Any], channel: str, at: str) -> list[Any]:
    meta = obj(d.get("metadata"))
    category = obj(meta.get("category")).get("name")
    detail = f"{meta.get('title') or ''}" + (f" · {category}" if category else "")
    return [Happening(kind="metadata", title=translate("Events", "Stream info"), who=channel, detail=detail, when=at)]


READERS: dict[str, Callable[[dict[str, Any], str, str], list[Any]]] = {
    "chat.message.sent": _chat, "channel.followed": _followed, "channel.subscription.new": _subscription(False),
    "channel.subscription.renewal": _subscription(True), "channel.subscription.gifts": _gifts, "kicks.gifted": _kicks,
    "channel.reward.redemption.updated": _redemption, "moderation.banned": _banned,
    "livestream.status.updated": _status, "livestream.metadata.updated": _metadata,
}


def items_of(delivery: Delivery) -> list[Any]:
    """Deck's items for one accepted delivery; [] for an event Deck does not show."""
    read = READERS.get(delivery.type)
    data = obj(delivery.data)
    if read is None:
        return []
    channel = _login(data.get("broadcaster"))
    return [item.model_copy(update={"id": delivery.id, "platform": "kick"}) if isinstance(item, Happening) else item
            for item in read(data, channel, delivery.sent)]
