"""Kick's public API (KICK Dev API 1.0.0): the 25 operations under ``/public``.

Answers come in a ``{"data": …, "message": …}`` envelope (lists paged with
``pagination.next_cursor``). Ids: users, broadcasters and categories are integers; rewards and
redemptions are ULIDs; chat messages are UUIDs. Arrays in a query repeat the key, except
``/public/v2/categories``, which takes comma-separated values. The OAuth endpoints live on
``id.kick.com`` (the document lists them on the API host; its own guide corrects that), so they
are the sign-in's, not operations. Kick documents no rate limits; only sending chat declares
a 429, which Deck honours like any other.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from deck.core.params import Param, Rule
from deck.providers.base import Operation

ULID = r"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$"
UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
HEX_COLOR = r"^#[0-9A-Fa-f]{6}$"
EVENTS = ("chat.message.sent", "channel.followed", "channel.subscription.renewal", "channel.subscription.gifts",
          "channel.subscription.new", "channel.reward.redemption.updated", "livestream.status.updated",
          "livestream.metadata.updated", "moderation.banned", "kicks.gifted")

SCOPES = {
    "user:read": "see your user information (name, user id)",
    "channel:read": "see your channel (description, category…)",
    "channel:write": "change your stream's title, category and tags",
    "channel:rewards:read": "see your channel-point rewards and redemptions",
    "channel:rewards:write": "create, edit and delete rewards, accept and reject redemptions",
    "chat:write": "send chat messages as you or as your bot",
    "streamkey:read": "read your stream URL and stream key",
    "events:subscribe": "subscribe to your channel's live events (follows, subs, chat…)",
    "moderation:ban": "ban, time out and unban in your chat",
    "moderation:chat_message:manage": "delete chat messages",
    "kicks:read": "see your KICKs leaderboard",
}
# what Deck asks for unless the user allows less: everything it uses, not the stream key
DEFAULT_SCOPES = tuple(s for s in SCOPES if s != "streamkey:read")


def Q(name: str, kind: str = "str", **kw: Any) -> Param:
    return Param(name, kind, place="query", **kw)


def J(name: str, kind: str = "str", **kw: Any) -> Param:
    return Param(name, kind, **kw)


def _items(field: str, pattern: str, what: str, low: int = 0, high: int = 0) -> Callable[[dict[str, Any]], str | None]:
    """A check of each item of list ``field``: a pattern, or a length from ``low`` to ``high``."""
    def check(values: dict[str, Any]) -> str | None:
        for item in values.get(field) or []:
            text = str(item)
            if pattern and not re.fullmatch(pattern, text):
                return f"{field}: {text!r} is not {what}"
            if high and not low <= len(text) <= high:
                return f"{field}: {text!r} must be {low}-{high} characters"
        return None
    return check


def _user_needs_broadcaster(values: dict[str, Any]) -> str | None:
    if values.get("type") == "user" and values.get("broadcaster_user_id") is None:
        return "broadcaster_user_id: required when sending as the user (type user)"
    return None


def _ids_alone(values: dict[str, Any]) -> str | None:
    if values.get("id") and (values.get("reward_id") or values.get("status") or values.get("cursor")):
        return "id: filtering by redemption ids cannot be combined with other filters"
    return None


# what an app access token (no user signed in) may call, as the document's security lists say
APP_TOKEN = {"categories", "categories-v1", "category-v1", "channels", "users", "livestreams", "livestream-stats",
             "event-subscriptions", "subscribe-events", "unsubscribe-events", "introspect-v1"}


def op(id: str, title: str, group: str, method: str, path: str, params: tuple[Param, ...] = (),
       scopes: tuple[str, ...] = (), **kw: Any) -> Operation:
    return Operation(id, title, group, method, path, params, scopes=scopes, app=id in APP_TOKEN, **kw)


USER_ID = J("user_id", "int", required=True, min=1, doc="The viewer's Kick user id")
BROADCASTER = J("broadcaster_user_id", "int", required=True, min=1, doc="The channel's user id")
REWARD_FIELDS = (J("background_color", pattern=HEX_COLOR, doc="A colour like #53FC18"),
                 J("description", max=200), J("is_enabled", "bool"), J("is_user_input_required", "bool"),
                 J("should_redemptions_skip_request_queue", "bool"))
REDEMPTION_IDS = (J("ids", "list", required=True, min=1, max=25, unique=True, doc="Up to 25 redemption ids"),)

OPERATIONS: tuple[Operation, ...] = (
    # categories
    op("categories", "Search categories", "Categories", "GET", "/public/v2/categories",
       (Q("cursor", min=4, max=28), Q("limit", "int", min=1, max=1000, doc="1-1000 (default 25)"),
        Q("name", "list", style="csv", max=50, doc="Names, 3-100 characters each"),
        Q("tag", "list", style="csv", max=50, doc="Tags, 3-100 characters each"),
        Q("id", "list", item="int", style="csv", max=100, doc="Category ids")),
       checks=(_items("name", "", "", 3, 100), _items("tag", "", "", 3, 100), _items("id", r"[1-9]\d*", "an id"))),
    op("categories-v1", "Search categories (v1)", "Categories", "GET", "/public/v1/categories",
       (Q("q", required=True, min=1, max=100), Q("page", "int", min=1, default=1)),
       deprecated="categories"),
    op("category-v1", "Category (v1)", "Categories", "GET", "/public/v1/categories/{category_id}",
       (Param("category_id", "int", required=True, place="path", min=1),), deprecated="categories"),
    # channels and users
    op("channels", "Channels", "Channels", "GET", "/public/v1/channels",
       (Q("broadcaster_user_id", "list", item="int", max=50, doc="Up to 50 user ids"),
        Q("slug", "list", max=50, doc="Up to 50 slugs, 25 characters each")),
       rules=(Rule("at_most_one", ("broadcaster_user_id", "slug")),), checks=(_items("slug", "", "", 1, 25),),
       scopes=("channel:read",)),
    op("update-channel", "Change title, category and tags", "Channels", "PATCH", "/public/v1/channels",
       (J("category_id", "int", min=1), J("custom_tags", "list", max=10), J("stream_title", min=1, max=140)),
       rules=(Rule("one_of", ("category_id", "custom_tags", "stream_title")),), answer="empty",
       scopes=("channel:write",)),
    op("users", "Users", "Channels", "GET", "/public/v1/users", (Q("id", "list", item="int", max=50),),
       scopes=("user:read",)),
    op("livestreams", "Livestreams", "Livestreams", "GET", "/public/v1/livestreams",
       (Q("broadcaster_user_id", "list", item="int", max=50), Q("category_id", "int", min=1),
        Q("language", min=2, max=10), Q("limit", "int", min=1, max=100),
        Q("sort", choices=("viewer_count", "started_at"), titles=(("viewer_count", "Viewers"), ("started_at", "Start time")))),),
    op("livestream-stats", "Livestream stats", "Livestreams", "GET", "/public/v1/livestreams/stats"),
    # rewards
    op("rewards", "Channel-point rewards", "Rewards", "GET", "/public/v1/channels/rewards",
       scopes=("channel:rewards:read",)),
    op("create-reward", "Create reward", "Rewards", "POST", "/public/v1/channels/rewards",
       (J("title", required=True, min=1, max=50), J("cost", "int", required=True, min=1), *REWARD_FIELDS),
       scopes=("channel:rewards:write",)),
    op("update-reward", "Edit reward", "Rewards", "PATCH", "/public/v1/channels/rewards/{id}",
       (Param("id", required=True, place="path", pattern=ULID, doc="The reward's id"), J("title", min=1, max=50),
        J("cost", "int", min=1), J("is_paused", "bool"), *REWARD_FIELDS),
       rules=(Rule("one_of", ("title", "cost", "is_paused", "background_color", "description", "is_enabled",
                              "is_user_input_required", "should_redemptions_skip_request_queue")),),
       scopes=("channel:rewards:write",)),
    op("delete-reward", "Delete reward", "Rewards", "DELETE", "/public/v1/channels/rewards/{id}",
       (Param("id", required=True, place="path", pattern=ULID, doc="The reward's id"),), answer="empty",
       destructive=True, scopes=("channel:rewards:write",),
       description="Its pending redemptions can no longer be accepted or rejected from Deck."),
    op("redemptions", "Reward redemptions", "Rewards", "GET", "/public/v1/channels/rewards/redemptions",
       (Q("reward_id", pattern=ULID), Q("status", choices=("pending", "accepted", "rejected"),
                                        titles=(("pending", "Pending"), ("accepted", "Accepted"), ("rejected", "Rejected"))),
        Q("id", "list", max=100, doc="Redemption ids (alone: no other filter with them)"),
        Q("cursor", max=500, pattern=r"^[A-Za-z0-9+/=_-]+$")),
       checks=(_items("id", ULID, "a redemption id"), _ids_alone), scopes=("channel:rewards:read",)),
    op("accept-redemptions", "Accept redemptions", "Rewards", "POST",
       "/public/v1/channels/rewards/redemptions/accept", REDEMPTION_IDS,
       checks=(_items("ids", ULID, "a redemption id"),), scopes=("channel:rewards:write",)),
    op("reject-redemptions", "Reject redemptions", "Rewards", "POST",
       "/public/v1/channels/rewards/redemptions/reject", REDEMPTION_IDS,
       checks=(_items("ids", ULID, "a redemption id"),), scopes=("channel:rewards:write",)),
    # chat and moderation
    op("send", "Send chat message", "Chat", "POST", "/public/v1/chat",
       (J("content", required=True, min=1, max=500), J("type", required=True, choices=("user", "bot"),
                                                       titles=(("user", "As you"), ("bot", "As the bot"))),
        J("broadcaster_user_id", "int", min=1, doc="Required as the user; ignored as the bot"),
        J("reply_to_message_id", pattern=UUID, doc="The message answered")),
       checks=(_user_needs_broadcaster,), scopes=("chat:write",)),
    op("delete-message", "Delete chat message", "Chat", "DELETE", "/public/v1/chat/{message_id}",
       (Param("message_id", required=True, place="path", max=100, doc="The message's id"),), answer="empty",
       scopes=("moderation:chat_message:manage",)),
    op("ban", "Ban or time out", "Moderation", "POST", "/public/v1/moderation/bans",
       (BROADCASTER, USER_ID, J("duration", "int", min=1, max=10_080, doc="Minutes of timeout; none bans"),
        J("reason", max=100)), scopes=("moderation:ban",), destructive_when=("duration", None)),  # a ban asks, a timeout not
    op("unban", "Unban or end a timeout", "Moderation", "DELETE", "/public/v1/moderation/bans",
       (BROADCASTER, USER_ID), scopes=("moderation:ban",)),
    # KICKs
    op("kicks-leaderboard", "KICKs leaderboard", "KICKs", "GET", "/public/v1/kicks/leaderboard",
       (Q("top", "int", min=1, max=100, doc="1-100 (default 10)"),), scopes=("kicks:read",)),
    # live events
    op("event-subscriptions", "Event subscriptions", "Events", "GET", "/public/v1/events/subscriptions",
       (Q("broadcaster_user_id", "int", min=1),)),
    op("subscribe-events", "Subscribe to events", "Events", "POST", "/public/v1/events/subscriptions",
       (J("events", "records", required=True, min=1, max=len(EVENTS),
          fields=(J("name", required=True, choices=EVENTS), J("version", "int", required=True, min=1, max=10))),
        J("method", choices=("webhook",)), J("broadcaster_user_id", "int", min=1, doc="Only with an app token")),
       scopes=("events:subscribe",)),
    op("unsubscribe-events", "Unsubscribe from events", "Events", "DELETE", "/public/v1/events/subscriptions",
       (Q("id", "list", required=True, min=1, max=100, doc="Subscription ids"),), answer="empty",
       scopes=("events:subscribe",)),
    op("public-key", "Kick's public key for event signatures", "Events", "GET", "/public/v1/public-key", auth="none"),
    op("introspect-v1", "Token introspection (v1)", "Account", "POST", "/public/v1/token/introspect",
       deprecated="the sign-in's introspection at id.kick.com", read=True),
)

assert len(OPERATIONS) == 25, len(OPERATIONS)
