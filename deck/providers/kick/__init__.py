"""Kick's own public API: 25 operations under ``/public``, signed in with OAuth 2.1 and PKCE
at Kick's sign-in host (the user's own Kick app)."""
from __future__ import annotations

from typing import Any

from deck.net.auth import OAuth2
from deck.core.words import translate
from deck.providers.answers import first, obj, objects, whole
from deck.net.signed_events import Headers
from deck.providers.base import EventSource, Probe, Provider
from deck.providers.capabilities import (
    Category,
    EventSubscription,
    EventSubscriptions,
    Gift,
    GiftBoard,
    PeoplePage,
    Person,
    Route,
    StreamStatus,
    rename,
)

from . import events as webhook_events
from .spec import DEFAULT_SCOPES, OPERATIONS, SCOPES

KICK = ("kick",)


def _viewer(values: dict[str, Any]) -> Any:
    """Kick acts on a viewer by their numeric id (the chat view gives it with the message)."""
    text = str(values.get("user_id") or "")
    return int(text) if text.isdigit() else text


def _moderate(timeout: bool) -> Any:
    def build(v: dict[str, Any], platform: str) -> dict[str, Any]:
        out = {"user_id": _viewer(v), "reason": v.get("reason") or None}
        if timeout:
            out["duration"] = v.get("duration")
        return {k: val for k, val in out.items() if val is not None}
    return build


def _status(answer: object) -> StreamStatus:
    c = first(obj(answer).get("data"))
    stream, category = obj(c.get("stream")), obj(c.get("category"))
    live = bool(stream.get("is_live"))
    started = str(stream.get("start_time") or "")
    return StreamStatus(platform="kick", live=live, title=str(c.get("stream_title") or ""),
                        category=str(category.get("name") or ""), category_id=str(category.get("id") or ""),
                        viewers=whole(stream.get("viewer_count")) or 0, channel=str(c.get("slug") or ""),
                        started=started if live and not started.startswith("0001-") else "",  # Go's zero time: none
                        subscribers=whole(c.get("active_subscribers_count")))


def _meta(values: dict[str, Any], platform: str) -> dict[str, Any]:
    """Kick sets a category by its id: a name alone must first be picked from a search."""
    category = str(values.get("category_id") or "")
    if values.get("game") and not category.isdigit():
        raise ValueError(translate("Kick", "category: pick one from the search list (Kick sets a category by its id)"))
    out: dict[str, Any] = {"stream_title": values["title"]} if values.get("title") else {}
    return {**out, "category_id": int(category)} if category.isdigit() and values.get("game") else out


def _categories(answer: object) -> list[Category]:
    return [Category(name=str(c.get("name") or ""), id=str(c.get("id") or "")) for c in objects(_data(answer))]


def _data(answer: object) -> object:
    return obj(answer).get("data")


def _gifts(answer: object) -> GiftBoard:
    board = obj(_data(answer))
    return GiftBoard(**{period: [Gift(rank=whole(e.get("rank")) or 0, user=str(e.get("username") or e.get("user_id")),
                                      amount=whole(e.get("gifted_amount")) or 0) for e in objects(board.get(period))]
                        for period in ("lifetime", "month", "week")})


def _users(answer: object) -> PeoplePage:
    people = [Person(id=str(u.get("user_id", "")), name=str(u.get("name") or ""), display_name=str(u.get("name") or ""),
                     platform="kick") for u in objects(_data(answer))]
    return PeoplePage(people=people, total=len(people))


def _subscriptions(answer: object) -> EventSubscriptions:
    return EventSubscriptions(subscriptions=[
        EventSubscription(id=str(s.get("id") or ""), event=str(s.get("event") or ""), version=whole(s.get("version")) or 1)
        for s in objects(_data(answer))])


def _found(answer: object) -> Person:
    """A viewer's channel, found by their name (a Kick user's channel slug): its owner's id
    ("" when there is no such user)."""
    c = first(_data(answer))
    return Person(id=str(c.get("broadcaster_user_id") or ""), name=str(c.get("slug") or ""), platform="kick")


def _me(answer: object) -> dict[str, int]:
    user_id = whole(first(_data(answer)).get("user_id"))
    if user_id is None:
        raise ValueError("no user id")  # read as the service's answer in a form Deck does not understand
    return {"broadcaster_user_id": user_id}


ROUTES = (
    Route("chat.send", "send", KICK, lambda v, p: {"content": v.get("message"), "type": "user",
                                                    **({"reply_to_message_id": v["reply_to"]} if v.get("reply_to") else {})},
          rank=10, note="Kick's own API"),
    Route("chat.timeout", "ban", KICK, _moderate(True), rank=10, needs=("user_id",), note="Kick's own API"),
    Route("chat.ban", "ban", KICK, _moderate(False), rank=10, needs=("user_id",), note="Kick's own API"),
    Route("chat.unban", "unban", KICK, lambda v, p: {"user_id": _viewer(v)}, rank=10, needs=("user_id",),
          note="Kick's own API"),
    Route("stream.status", "channels", KICK, lambda v, p: {}, _status, rank=10),
    Route("stream.title", "update-channel", KICK, rename(title="stream_title"), rank=10),
    Route("stream.meta", "update-channel", KICK, _meta, rank=10, note="Kick's own API"),
    Route("stream.search-categories", "categories", KICK, lambda v, p: {"name": [v["query"]], "limit": v.get("limit")},
          _categories, rank=10),
    Route("gifts.leaderboard", "kicks-leaderboard", result=_gifts),
    Route("users.lookup", "users", params=rename(ids="id"), result=_users),
    Route("users.find", "channels", KICK, lambda v, p: {"slug": [str(v["name"]).lower()]}, _found, rank=10),
    Route("chat.send-bot", "send", KICK, lambda v, p: {"content": v.get("message"), "type": "bot"}, rank=10,
          note="Kick's own API, as your bot"),
    Route("chat.delete", "delete-message", KICK, rename(), rank=10, note="Kick's own API"),
    Route("events.subscriptions", "event-subscriptions", params=lambda v, p: {}, result=_subscriptions),
    Route("events.subscribe", "subscribe-events",
          params=lambda v, p: {"events": [{"name": n, "version": 1} for n in v["events"]], "method": "webhook"}),
    Route("events.unsubscribe", "unsubscribe-events", params=lambda v, p: {"id": v["ids"]}),
)


class Kick(Provider):
    name = "kick"
    title = "Kick"
    default_url = "https://api.kick.com"
    auths = {"user": OAuth2(
        host="https://id.kick.com", authorize_path="/oauth/authorize", token_path="/oauth/token",
        revoke_path="/oauth/revoke", introspect_path="/oauth/token/introspect", pkce=True, client_secret=True,
        scopes=SCOPES, default_scopes=DEFAULT_SCOPES, redirect_host="localhost",  # Kick rewrites 127.0.0.1
        revoke_hint="token_type_hint", register_url="https://kick.com/settings/developer",
        register_steps="On Kick open Settings → Developer (two-factor authentication must be on there), create an "
                       "app, add the redirect URI below and copy the client ID and secret.")}
    operations = OPERATIONS
    routes = ROUTES
    probe = Probe("users")
    events = EventSource(
        key="public-key", read_key=lambda answer: str(obj(_data(answer)).get("public_key") or ""),
        headers=Headers(id="Kick-Event-Message-Id", timestamp="Kick-Event-Message-Timestamp",
                        signature="Kick-Event-Signature", type="Kick-Event-Type", version="Kick-Event-Version"),
        translate=webhook_events.items_of, events=webhook_events.EVENTS,
        setup="Kick delivers events only to a public <b>https</b> address. Deck listens on this computer alone, so "
              "run a tunnel to it — for example <code>cloudflared tunnel --url http://127.0.0.1:PORT</code> or "
              "<code>ngrok http PORT</code> — and enter the tunnel's address as the Webhook URL of your app at "
              '<a href="https://kick.com/settings/developer">kick.com/settings/developer</a>, with webhooks '
              "switched on. Deck checks every delivery's signature with Kick's public key and ignores repeats.")
    identity = staticmethod(_me)  # the signed-in user is the broadcaster Deck acts for
    website = "https://kick.com"
    account_help = ("Deck signs in to Kick with your own Kick app, so what you do on Kick through Deck is under "
                    "your own login.")

    def probe_summary(self, result: object) -> str:
        me = first(_data(result))
        return translate("Accounts", "Signed in as {name} (user id {id})").format(name=me.get("name") or "?",
                                                                                 id=me.get("user_id") or "?")


PROVIDER = Kick()
