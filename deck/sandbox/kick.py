"""A local Kick public API: its 25 routes (served by the harness from the contract table, with
the sign-in host's tokens and scopes checked) over one signed-in broadcaster and a few other
channels: categories, livestreams, channel-point rewards and their redemptions, chat sent,
bans and timeouts, event subscriptions and a KICKs leaderboard. Answers come in Kick's
``{"data", "message"}`` envelope."""
from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import json
import secrets
import time
import uuid
from typing import Any, Callable

import aiohttp

from deck.providers.base import Operation
from deck.providers.kick import PROVIDER

from . import data
from .harness import Body, Refused, ServiceSandbox
from .keys import KeyPair

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ZERO_TIME = "0001-01-01T00:00:00Z"  # what Kick answers for "never" (Go's zero time)


def ulid() -> str:
    stamp = int(time.time() * 1000)
    head = "".join(CROCKFORD[(stamp >> (5 * i)) & 31] for i in reversed(range(10)))
    return head + "".join(secrets.choice(CROCKFORD) for _ in range(16))


def _now(age: float = 0.0) -> str:
    when = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=age)
    return when.isoformat(timespec="seconds").replace("+00:00", "Z")


def _user(user_id: int, name: str) -> dict[str, object]:
    """Kick's user object in events."""
    return {"is_anonymous": False, "user_id": user_id, "username": name, "is_verified": False,
            "profile_picture": "", "channel_slug": name.lower(), "identity": None}


class KickSandbox(ServiceSandbox):
    provider = PROVIDER

    def __init__(self, seed: int = 7):
        super().__init__(seed)
        self.me: dict[str, Any] = {"user_id": 4_377_088, "name": "deckdemo", "email": "demo@deck.example", "profile_picture": ""}
        self.categories: list[dict[str, Any]] = [{"id": 100 + i, "name": name, "thumbnail": "", "tags": tags}
                           for i, (name, tags) in enumerate((("Just Chatting", ["IRL"]), ("Valorant", ["FPS"]),
                                                             ("Minecraft", ["Sandbox"]), ("Slots & Casino", []),
                                                             ("Counter-Strike 2", ["FPS"])))]
        self.channels = [self._channel(self.me["user_id"], "deckdemo", "Building Deck live", self.categories[0], True,
                                       42)]
        self.channels += [self._channel(5_000_000 + i, name.lower(), f"{name} plays", self.categories[i % 5], i % 2 == 0,
                                        100 * (i + 1)) for i, name in enumerate(data.NAMES[:4])]
        self.rewards: list[dict[str, Any]] = []
        self.redemptions: list[dict[str, Any]] = []
        self.sent: list[dict[str, Any]] = []
        self.deleted: list[str] = []
        self.bans: dict[int, dict[str, Any]] = {}
        self.subscriptions: list[dict[str, Any]] = []
        for title, cost, managed in (("Hydrate!", 100, True), ("Song request", 500, True), ("Old reward", 50, False)):
            reward = self._reward(title, cost, managed)
            self.rewards.append(reward)
        for i in range(3):
            self.redemptions.append({"id": ulid(), "reward_id": self.rewards[i % 2]["id"], "redeemed_at": _now(),
                                     "redeemer": {"user_id": 9_000 + i}, "status": "pending",
                                     "user_input": "never gonna give you up" if i == 1 else ""})
        self.name_of: Callable[[Any], str] = lambda user_id: f"user{user_id}"  # a viewer's name by id (the chat stand-in knows them)
        self.id_of: Any = lambda name: None  # and their id by name: every Kick user has a channel
        self.webhook_url = ""  # the Webhook URL of the app at Kick ("": webhooks switched off)
        self.deliveries: list[dict[str, Any]] = []  # each sent: id, type, headers, body, status
        self.leaderboard = [{"rank": i + 1, "user_id": 9_000 + i, "username": n, "gifted_amount": 500 - 100 * i}
                            for i, n in enumerate(data.NAMES[:5])]

    def join_chat(self, chat: Any) -> None:
        self.listeners.append(chat.kick_moderated)  # bans and deletions show in the chat
        self.name_of, self.id_of = chat.name_of, chat.id_of  # the chat stand-in knows the viewers

    # ---- records
    def _channel(self, user_id: int, slug: str, title: str, category: dict[str, Any], live: bool,
                 viewers: int) -> dict[str, Any]:
        return {"broadcaster_user_id": user_id, "slug": slug, "stream_title": title, "channel_description": "",
                "banner_picture": "", "active_subscribers_count": 12, "canceled_subscribers_count": 1,
                "category": {k: category[k] for k in ("id", "name", "thumbnail")},
                "stream": {"is_live": live, "is_mature": False, "key": "", "url": "", "language": "en",
                           "start_time": _now() if live else ZERO_TIME, "thumbnail": "", "viewer_count": viewers,
                           "custom_tags": ["deck"]}}

    def _reward(self, title: str, cost: int, managed: bool = True, **extra: object) -> dict[str, Any]:
        reward = {"id": ulid(), "title": title, "cost": cost, "description": "", "background_color": "#00e701",
                  "is_enabled": True, "is_paused": False, "is_user_input_required": False,
                  "should_redemptions_skip_request_queue": False, **extra}
        reward["_managed"] = managed  # made by this app: only the creating app may change it
        return reward

    @staticmethod
    def _public(reward: dict[str, Any]) -> dict[str, object]:
        return {k: v for k, v in reward.items() if not k.startswith("_")}

    # ---- how Kick answers
    def error(self, status: int, message: str) -> object:
        return {"data": None, "message": message}

    def ok(self, op: Operation, result: object) -> object:
        if isinstance(result, dict) and "pagination" in result:
            return {"message": "OK", **result}
        return {"data": result if result is not None else {}, "message": "OK"}

    def _mine(self) -> dict[str, Any]:
        return self.channels[0]

    # ---- categories, channels, users, livestreams
    def do_categories(self, b: Body) -> object:
        names = [n.lower() for n in b.texts("name")]
        found = [c for c in self.categories
                 if (not names or any(n in c["name"].lower() for n in names))
                 and (not b.get("tag") or set(b.listed("tag")) & set(c["tags"]))
                 and (not b.get("id") or c["id"] in b.listed("id"))]
        start = int(b.text("cursor")[4:]) if b.get("cursor") else 0
        limit = b.number("limit", 25)
        page = found[start:start + limit]
        cursor = f"page{start + limit}" if start + limit < len(found) else ""
        return {"data": page, "pagination": {"next_cursor": cursor}}

    def do_categories_v1(self, b: Body) -> object:
        return [{k: c[k] for k in ("id", "name", "thumbnail")} for c in self.categories
                if b.text("q").lower() in c["name"].lower()]

    def do_category_v1(self, b: Body) -> object:
        found = next((c for c in self.categories if c["id"] == b.number("category_id")), None)
        if found is None:
            raise Refused(404, "category not found")
        return {**found, "viewer_count": 1234}

    def do_channels(self, b: Body) -> object:
        if b.get("broadcaster_user_id"):
            return [c for c in self.channels if c["broadcaster_user_id"] in b.listed("broadcaster_user_id")]
        if b.get("slug"):
            known = [c for c in self.channels if c["slug"] in b.listed("slug")]
            viewers = [self._channel(self.id_of(s), s, "", self.categories[0], False, 0) for s in b.texts("slug")
                       if s not in {c["slug"] for c in known} and self.id_of(s) is not None]
            return known + viewers
        return [self._mine()]

    def do_update_channel(self, b: Body) -> object:
        mine = self._mine()
        if "category_id" in b:
            category = next((c for c in self.categories if c["id"] == b.number("category_id")), None)
            if category is None:
                raise Refused(400, "invalid category_id")
            mine["category"] = {k: category[k] for k in ("id", "name", "thumbnail")}
        if "stream_title" in b:
            mine["stream_title"] = b.text("stream_title")
        if "custom_tags" in b:
            mine["stream"]["custom_tags"] = b.listed("custom_tags")
        self.emit("livestream.metadata.updated", {"metadata": {
            "title": mine["stream_title"], "language": "en", "has_mature_content": False, "category": mine["category"]}})
        return None

    def do_users(self, b: Body) -> object:
        if b.get("id"):
            return [{"user_id": i, "name": f"user{i}", "email": "", "profile_picture": ""} for i in b.listed("id")]
        return [self.me]

    def do_livestreams(self, b: Body) -> object:
        live = [c for c in self.channels if c["stream"]["is_live"]
                and (not b.get("broadcaster_user_id") or c["broadcaster_user_id"] in b.listed("broadcaster_user_id"))
                and (not b.get("category_id") or c["category"]["id"] == b.number("category_id"))]
        key = "started_at" if b.get("sort") == "started_at" else "viewer_count"
        rows = [{"broadcaster_user_id": c["broadcaster_user_id"], "channel_id": c["broadcaster_user_id"] + 1,
                 "slug": c["slug"], "stream_title": c["stream_title"], "category": c["category"],
                 "viewer_count": c["stream"]["viewer_count"], "started_at": c["stream"]["start_time"],
                 "language": "en", "has_mature_content": False, "custom_tags": c["stream"]["custom_tags"],
                 "thumbnail": "", "profile_picture": ""} for c in live]
        rows.sort(key=lambda r: r[key], reverse=True)
        return rows[:b.number("limit", 25)]

    def do_livestream_stats(self, b: Body) -> object:
        return {"total_count": sum(c["stream"]["is_live"] for c in self.channels)}

    # ---- rewards and redemptions
    def do_rewards(self, b: Body) -> object:
        return [self._public(r) for r in self.rewards]

    def do_create_reward(self, b: Body) -> object:
        if len(self.rewards) >= 15:
            raise Refused(400, "maximum number of rewards reached (15)")
        reward = self._reward(b.text("title"), b.number("cost"))
        reward.update((k, v) for k, v in b.items() if k not in ("title", "cost"))
        self.rewards.append(reward)
        return self._public(reward)

    def _managed(self, reward_id: str) -> dict[str, object]:
        reward = next((r for r in self.rewards if r["id"] == reward_id), None)
        if reward is None:
            raise Refused(404, "reward not found")
        if not reward["_managed"]:
            raise Refused(403, "only the app that created this reward can manage it")
        return reward

    def do_update_reward(self, b: Body) -> object:
        reward = self._managed(b.text("id"))
        reward.update({k: v for k, v in b.items() if k != "id"})
        return self._public(reward)

    def do_delete_reward(self, b: Body) -> object:
        self.rewards.remove(self._managed(b.text("id")))
        return None

    def do_redemptions(self, b: Body) -> object:
        status = b.get("status", "pending")
        picked = [r for r in self.redemptions if (r["id"] in b.listed("id") if b.get("id") else
                  r["status"] == status and (not b.get("reward_id") or r["reward_id"] == b.text("reward_id")))]
        groups = []
        for reward in self.rewards:
            mine = [{k: v for k, v in r.items() if k != "reward_id"} for r in picked if r["reward_id"] == reward["id"]]
            if mine:
                groups.append({"reward": {"id": reward["id"], "title": reward["title"], "cost": reward["cost"],
                                          "description": reward["description"], "can_manage": reward["_managed"],
                                          "is_deleted": False}, "redemptions": mine})
        return {"data": groups, "pagination": {"next_cursor": ""}}

    def _decide(self, ids: list[str], status: str) -> object:
        failed = []
        for rid in ids:
            found = next((r for r in self.redemptions if r["id"] == rid), None)
            if found is None:
                failed.append({"id": rid, "reason": "NOT_FOUND"})
            elif found["status"] != "pending":
                failed.append({"id": rid, "reason": "NOT_PENDING"})
            elif not next(w for w in self.rewards if w["id"] == found["reward_id"])["_managed"]:
                failed.append({"id": rid, "reason": "NOT_OWNED"})
            else:
                found["status"] = status
                self.emit("channel.reward.redemption.updated", self._redemption_event(found))
        return failed  # only the failures, as documented

    def _redemption_event(self, r: dict[str, Any]) -> dict[str, object]:
        reward = next(w for w in self.rewards if w["id"] == r["reward_id"])
        who = r["redeemer"]["user_id"]
        return {"id": r["id"], "user_input": r["user_input"], "status": r["status"], "redeemed_at": r["redeemed_at"],
                "reward": {k: reward[k] for k in ("id", "title", "cost", "description")},
                "redeemer": {k: v for k, v in _user(who, self.name_of(who)).items() if k not in ("is_anonymous", "identity")}}

    def do_accept_redemptions(self, b: Body) -> object:
        return self._decide(b.texts("ids"), "accepted")

    def do_reject_redemptions(self, b: Body) -> object:
        return self._decide(b.texts("ids"), "rejected")

    # ---- chat and moderation
    def do_send(self, b: Body) -> object:
        if b.text("type") == "user" and b.get("broadcaster_user_id") not in {c["broadcaster_user_id"] for c in self.channels}:
            raise Refused(404, "channel not found")
        message_id = str(uuid.uuid4())
        self.sent.append({**b, "message_id": message_id})
        sender = _user(self.me["user_id"], self.me["name"]) if b.text("type") == "user" else _user(1, "BotRix")
        self.emit("chat.message.sent", {"message_id": message_id, "sender": sender, "content": b.text("content"),
                                        "emotes": [], "created_at": _now()})
        return {"is_sent": True, "message_id": message_id}

    def do_delete_message(self, b: Body) -> object:
        self.deleted.append(b.text("message_id"))
        return None

    def do_ban(self, b: Body) -> object:
        if b.number("broadcaster_user_id") != self.me["user_id"]:
            raise Refused(403, "you are not a moderator in this channel")
        self.bans[b.number("user_id")] = {"duration": b.get("duration"), "reason": b.get("reason", ""), "at": _now()}
        self.emit("moderation.banned", {"moderator": _user(self.me["user_id"], self.me["name"]),
                                        "banned_user": _user(b.number("user_id"), self.name_of(b.number("user_id"))),
                                        "metadata": {"reason": b.get("reason", ""), "created_at": _now(),
                                                     "expires_at": _now(-60 * b.number("duration")) if b.get("duration") else None}})
        return {}

    def do_unban(self, b: Body) -> object:
        if self.bans.pop(b.number("user_id"), None) is None:
            raise Refused(400, "user is not banned")
        return {}

    # ---- KICKs and events
    def do_kicks_leaderboard(self, b: Body) -> object:
        top = self.leaderboard[:b.number("top", 10)]
        return {"lifetime": top, "month": top[:3], "week": top[:1]}

    def do_event_subscriptions(self, b: Body) -> object:
        return [s for s in self.subscriptions
                if not b.get("broadcaster_user_id") or s["broadcaster_user_id"] == b.number("broadcaster_user_id")]

    def do_subscribe_events(self, b: Body) -> object:
        out = []
        for event in b.records("events"):
            sub = {"id": ulid(), "app_id": "deck", "broadcaster_user_id": self.me["user_id"], "event": event["name"],
                   "version": event["version"], "method": b.get("method", "webhook"), "created_at": _now(),
                   "updated_at": _now()}
            self.subscriptions.append(sub)
            out.append({"name": event["name"], "version": event["version"], "subscription_id": sub["id"], "error": ""})
        return out

    def do_unsubscribe_events(self, b: Body) -> object:
        self.subscriptions = [s for s in self.subscriptions if s["id"] not in b.listed("id")]
        return None

    def do_public_key(self, b: Body) -> object:
        return {"public_key": KeyPair.shared().pem()}

    def tick(self) -> None:
        """One step of simulated life: someone follows, subscribes, gifts, sends KICKs or redeems."""
        rng, name = self.rng, self.rng.choice(data.NAMES)
        who = _user(9_000 + data.NAMES.index(name), name)
        roll = rng.random()
        if roll < 0.25:
            self.emit("channel.followed", {"follower": who})
        elif roll < 0.35:
            self.emit("channel.subscription.new", {"subscriber": who, "duration": 1, "created_at": _now(),
                                                   "expires_at": _now(-30 * 86400)})
        elif roll < 0.4:
            giftees = [_user(9_100 + i, n) for i, n in enumerate(rng.sample(data.NAMES, 2))]
            self.emit("channel.subscription.gifts", {"gifter": who, "giftees": giftees, "created_at": _now(),
                                                     "expires_at": _now(-30 * 86400)})
        elif roll < 0.5:
            self.emit("kicks.gifted", {"sender": {k: who[k] for k in ("user_id", "username", "is_verified",
                                                                     "profile_picture", "channel_slug")},
                                       "gift": {"amount": rng.choice((100, 500)), "name": "Rage Quit", "type": "LEVEL_UP",
                                                "tier": "MID", "message": "gg", "pinned_time_seconds": 30},
                                       "created_at": _now()})
        elif roll < 0.6:
            reward = rng.choice(self.rewards)
            redemption = {"id": ulid(), "reward_id": reward["id"], "redeemed_at": _now(),
                          "redeemer": {"user_id": who["user_id"]}, "status": "pending", "user_input": ""}
            self.redemptions.append(redemption)
            self.emit("channel.reward.redemption.updated", self._redemption_event(redemption))

    # ---- webhooks: Kick signs each event and POSTs it to the app's Webhook URL
    def emit(self, name: str, data: dict[str, Any]) -> None:
        """Deliver an event as Kick would now: only when subscribed and a Webhook URL is set."""
        if self.webhook_url and any(s["event"] == name for s in self.subscriptions):
            self.deliver(name, data)

    def deliver(self, name: str, data: dict[str, Any], *, age: float = 0.0, message_id: str = "",
                bad_signature: bool = False) -> "concurrent.futures.Future[int]":
        """Sign and POST one event (from any thread); the future gives the receiver's status.
        ``age`` dates it in the past; ``bad_signature`` signs other bytes than those sent."""
        message_id, stamp = message_id or ulid(), _now(age)
        body = json.dumps({"broadcaster": _user(self.me["user_id"], self.me["name"]), **data}).encode()
        signed = f"{message_id}.{stamp}.".encode() + (body + b" " if bad_signature else body)
        headers = {"Kick-Event-Message-Id": message_id, "Kick-Event-Subscription-Id": ulid(),
                   "Kick-Event-Signature": KeyPair.shared().sign(signed), "Kick-Event-Message-Timestamp": stamp,
                   "Kick-Event-Type": name, "Kick-Event-Version": "1", "Content-Type": "application/json"}
        return self.send_delivery({"id": message_id, "type": name, "headers": headers, "body": body})

    def resend(self, index: int = -1, **headers: str) -> "concurrent.futures.Future[int]":
        """An earlier delivery again, byte for byte (a duplicate), or with some headers changed
        (``resend(-1, **{"Kick-Event-Message-Id": …})``: a replay under a new id)."""
        earlier = self.deliveries[index]
        return self.send_delivery({**earlier, "headers": {**earlier["headers"], **headers}})

    def send_delivery(self, delivery: dict[str, Any]) -> "concurrent.futures.Future[int]":
        assert self.loop is not None, "the sandbox is not serving"
        return asyncio.run_coroutine_threadsafe(self._post(delivery), self.loop)

    async def _post(self, delivery: dict[str, Any]) -> int:
        record = {**delivery, "status": 0}
        self.deliveries.append(record)
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
                async with session.post(self.webhook_url, data=delivery["body"], headers=delivery["headers"]) as answer:
                    record["status"] = answer.status
                    record["answer"] = await answer.text()
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            record["answer"] = f"not delivered: {exc}"
        return int(record["status"])

    def do_introspect_v1(self, b: Body) -> object:
        grant = self.grant
        return {"active": grant is not None, "client_id": grant.client if grant else "",
                "scope": grant.scope if grant else "", "exp": int(grant.expires) if grant else 0,
                "token_type": "user"}


def make(seed: int = 7) -> KickSandbox:
    return KickSandbox(seed)
