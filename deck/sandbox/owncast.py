"""A local Owncast server: its External and Admin routes (served by the harness from the
contract table) over one server's state: status and broadcaster, configuration, viewers and
hardware figures that move, chat users, disabled users, moderators, IP bans, followers and
follow requests, webhooks, access tokens with their scopes, logs and emoji.

Chat is shared with the Owncast chat socket of :class:`~deck.sandbox.chat.ChatSandbox` when
one is attached (``chat``): hiding a message or disabling a user reaches the readers there,
and messages sent through the integration API show up in chat."""
from __future__ import annotations

import copy
import datetime as dt
import secrets
import time
import uuid
from typing import Any, Optional

from aiohttp import web

from deck.net.auth import Auth, Basic, BearerKey
from deck.providers.base import Operation
from deck.providers.owncast import PROVIDER
from deck.providers.owncast.spec import SETTINGS, TOKEN_SCOPES

from . import data
from .harness import Answer, Body, Refused, ServiceSandbox

VERSION = "0.2.0"


def _now(offset: float = 0) -> str:
    return dt.datetime.fromtimestamp(time.time() + offset, dt.timezone.utc).isoformat(timespec="seconds") \
        .replace("+00:00", "Z")


def _user(name: str, moderator: bool = False) -> dict[str, Any]:
    return {"id": uuid.uuid4().hex[:10], "displayName": name, "displayColor": len(name) % 12, "createdAt": _now(-86400),
            "disabledAt": None, "nameChangedAt": None, "previousNames": [name],
            "scopes": ["MODERATOR"] if moderator else [], "isBot": False, "authenticated": False}


def _variant(name: str, height: int, bitrate: int) -> dict[str, Any]:
    return {"name": name, "videoPassthrough": False, "audioPassthrough": True, "videoBitrate": bitrate,
            "audioBitrate": 0, "scaledWidth": 0, "scaledHeight": height, "framerate": 30, "cpuUsageLevel": 2}


class OwncastSandbox(ServiceSandbox):
    provider = PROVIDER

    def __init__(self, seed: int = 7):
        super().__init__(seed)
        self.secrets = {"token": "owncast-token-" + secrets.token_hex(8),
                        "admin_password": "owncast-admin-" + secrets.token_hex(4)}
        self.chat: Any = None  # the ChatSandbox whose Owncast socket shares this server's chat
        self.csrf_required = True  # as newer servers: admin writes need X-Owncast-CSRF-Protection
        self.online = True
        self.viewers = 12
        self.peak = 31
        self.title = "Building Deck live"
        self.history: list[dict[str, Any]] = [{"time": _now(-60 * i), "value": max(0, 12 - i // 3)}
                                              for i in range(30, 0, -1)]
        self.hardware: dict[str, list[dict[str, Any]]] = {k: [{"time": _now(-60 * i), "value": v + (i % 5)} for i in range(10, 0, -1)]
                         for k, v in (("cpu", 22), ("memory", 41), ("disk", 63))}
        self.config: dict[str, Any] = {
            "instanceDetails": {"appearanceVariables": {}, "version": VERSION, "welcomeMessage": "Welcome! Be nice.",
                                "offlineMessage": "Back soon!", "logo": "", "name": "Deck Demo Owncast",
                                "extraPageContent": "## About\nStreams every evening.", "streamTitle": self.title,
                                "customStyles": "", "customJavascript": "", "summary": "A demo Owncast server",
                                "tags": ["gaming", "deck"],
                                "socialHandles": [{"platform": "mastodon", "url": "https://example.social/@deck",
                                                   "icon": ""}],
                                "nsfw": False},
            "notifications": {"browser": {"goLiveMessage": "We are live!", "enabled": False},
                              "discord": {"webhook": "", "goLiveMessage": "", "enabled": False}},
            "yp": {"instanceUrl": "https://owncast.example", "enabled": False},
            "ffmpegPath": "/usr/bin/ffmpeg", "adminPassword": self.secrets["admin_password"],
            "socketHostOverride": "", "webServerIP": "0.0.0.0", "videoCodec": "libx264", "videoServingEndpoint": "",
            "s3": {"endpoint": "", "accessKey": "", "secret": "", "bucket": "", "region": "", "acl": "",
                   "pathPrefix": "", "enabled": False, "forcePathStyle": False},
            "federation": {"username": "streams", "goLiveMessage": "Live now!", "blockedDomains": [],
                           "enabled": False, "isPrivate": False, "showEngagement": True},
            "supportedCodecs": ["libx264", "h264_nvenc", "h264_vaapi"],
            "externalActions": [], "forbiddenUsernames": ["admin", "owncast"],
            "suggestedUsernames": [], "streamKeys": [{"key": "stream-key-" + secrets.token_hex(6),
                                                      "comment": "Default"}],
            "videoSettings": {"videoQualityVariants": [_variant("720p", 720, 2500), _variant("480p", 480, 1200)],
                              "latencyLevel": 2},
            "rtmpServerPort": 1935, "webServerPort": 8080, "chatDisabled": False, "chatJoinMessagesEnabled": True,
            "chatEstablishedUserMode": False, "chatSpamProtectionEnabled": True, "chatSlurFilterEnabled": False,
            "disableSearchIndexing": False, "streamKeyOverridden": False, "hideViewerCount": False,
        }
        self.users = {u["id"]: u for u in (_user(n, moderator=i == 0) for i, n in enumerate(data.NAMES[:8]))}
        self.messages: list[dict[str, Any]] = [self._message(u, f"hello from {u['displayName']}")
                                               for u in list(self.users.values())[:5]]
        self.ip_bans = [{"createdAt": _now(-3600), "ipAddress": "203.0.113.7", "notes": "spam"}]
        self.clients: list[dict[str, Any]] = [{"id": i + 1, "connectedAt": _now(-600 + i), "user": u, "messageCount": i,
                         "userAgent": "Mozilla/5.0", "geo": {"countryCode": "TR", "regionName": "", "timeZone": ""}}
                        for i, u in enumerate(list(self.users.values())[:4])]
        def person(n: str, i: int) -> dict[str, Any]:
            return {"link": f"https://example.social/@{n}", "name": n, "username": f"{n}@example.social",
                    "image": "", "timestamp": _now(-3600 * i), "disabledAt": None}
        self.followers = [person(n, i) for i, n in enumerate(("ada", "linus", "grace"))]
        self.pending = [person(n, i) for i, n in enumerate(("mallory", "trent"))]
        self.blocked: list[dict[str, Any]] = []
        self.webhooks: list[dict[str, Any]] = []
        self.webhook_ids = iter(range(1, 1_000_000))
        self.tokens: list[dict[str, Any]] = [self._token("Deck", list(TOKEN_SCOPES), self.secrets["token"])]
        self.logs = [{"time": _now(-30 * i), "message": m, "level": lvl} for i, (m, lvl) in enumerate((
            ("Inbound stream connected.", "info"), ("Transcoder started with 2 variants.", "info"),
            ("Slow segment upload (2.3 s).", "warning")))]
        self.emoji = [{"name": "bananadance", "url": "/img/emoji/bananadance.gif"}]
        self.fediverse: list[dict[str, Any]] = []
        self.restarts = 0

    def join_chat(self, chat: object) -> None:
        self.chat = chat  # the Owncast server and its chat socket are one server's

    # ---- records
    def _message(self, user: dict[str, Any], body: str, kind: str = "CHAT") -> dict[str, Any]:
        return {"timestamp": _now(), "type": kind, "id": uuid.uuid4().hex[:10], "user": user, "hiddenAt": None,
                "clientId": 0, "body": body}

    def _token(self, name: str, scopes: list[str], token: str = "") -> dict[str, object]:
        return {"id": uuid.uuid4().hex[:10], "accessToken": token or secrets.token_urlsafe(24), "displayName": name,
                "type": "API", "scopes": scopes, "createdAt": _now(), "lastUsedAt": None, "displayColor": 3,
                "isBot": True}

    # ---- how Owncast answers
    def error(self, status: int, message: str) -> object:
        if status == 401:
            return "unauthorized"  # Owncast answers a refused credential in plain words
        if status >= 500:
            return {"error": message}
        return {"success": False, "message": message}

    def authorised(self, request: web.Request, auth: Auth) -> Optional[str]:
        header = request.headers.get("Authorization", "")
        if isinstance(auth, BearerKey):
            if not any(header == f"Bearer {t['accessToken']}" for t in self.tokens):
                return "unauthorized"
            return None
        if isinstance(auth, Basic):
            self.secrets["admin_password"] = self.config["adminPassword"]  # a new password holds at once
        return super().authorised(request, auth)

    def permits(self, op: Operation, request: web.Request) -> Optional[Answer]:
        auth = self.provider.auth_of(op)
        if isinstance(auth, BearerKey):
            token = next(t for t in self.tokens if request.headers.get("Authorization") == f"Bearer {t['accessToken']}")
            token["lastUsedAt"] = _now()
            if not set(op.scopes) <= set(token["scopes"]):
                return 401, self.error(401, ""), {}
        if (isinstance(auth, Basic) and op.method != "GET" and self.csrf_required
                and request.headers.get("X-Owncast-CSRF-Protection") != "1"):
            return 403, {"success": False, "message": "missing CSRF protection header"}, {}
        return None

    def ok(self, op: Operation, result: object) -> object:
        return {"success": True, "message": result} if isinstance(result, str) and op.answer == "json" else result

    def handler(self, op: Operation) -> Any:
        if op.id in SETTINGS:  # every setter, one way
            return lambda params: self._set(op.id, params["value"])
        return super().handler(op)

    def _set(self, op_id: str, value: Any) -> str:
        *parents, key = SETTINGS[op_id].split(".")
        target = self.config
        for name in parents:
            target = target[name]
        target[key] = copy.deepcopy(value)
        if op_id in ("set-stream-title",):
            self.title = value
        if op_id == "set-video-codec" and value not in self.config["supportedCodecs"]:
            raise Refused(400, f"{value} is not a supported codec")
        return "changed"

    # ---- public and external
    def status(self) -> dict[str, Any]:
        return {"serverTime": _now(), "lastConnectTime": _now(-5400) if self.online else None,
                "lastDisconnectTime": None if self.online else _now(-60), "versionNumber": VERSION,
                "viewerCount": self.viewers if self.online else 0, "online": self.online,
                "streamTitle": self.config["instanceDetails"]["streamTitle"]}

    def do_status(self, b: Body) -> object:
        return self.status()

    def do_web_config(self, b: Body) -> object:
        details = self.config["instanceDetails"]
        return {"name": details["name"], "summary": details["summary"], "streamTitle": details["streamTitle"],
                "offlineMessage": details["offlineMessage"], "logo": details["logo"], "version": VERSION,
                "tags": details["tags"], "socialHandles": details["socialHandles"], "nsfw": details["nsfw"],
                "chatDisabled": self.config["chatDisabled"], "hideViewerCount": self.config["hideViewerCount"],
                "socketHostOverride": self.config["socketHostOverride"], "maxSocketPayloadSize": 8192}

    def _post(self, body: str, kind: str, name: str) -> str:
        if self.config["chatDisabled"]:
            raise Refused(400, "chat is disabled")
        event = self._message({"displayName": name, "isBot": True, "id": "", "scopes": []}, body, kind)
        self.messages.append(event)
        if self.chat is not None:
            self.chat.owncast_post(event)
        return "sent"

    def do_send_system_message(self, b: Body) -> object:
        return self._post(b.text("body"), "SYSTEM", self.config["instanceDetails"]["name"])

    def do_send_system_message_to_client(self, b: Body) -> object:
        if not any(c["id"] == b.number("clientId") for c in self.clients):
            raise Refused(400, f"client {b.number('clientId')} is not connected")
        return "sent"

    def do_send_user_message(self, b: Body) -> object:
        raise Refused(400, "no longer supported. see /api/integrations/chat/send")

    def do_send_message(self, b: Body) -> object:
        return self._post(b.text("body"), "CHAT", "Deck")

    def do_send_action(self, b: Body) -> object:
        return self._post(b.text("body"), "CHAT_ACTION", "Deck")

    def _all_messages(self) -> list[dict[str, Any]]:
        shared = list(self.chat.owncast_history) if self.chat is not None else []
        return self.messages + [m for m in shared if m not in self.messages]

    def _visibility(self, ids: list[str], visible: bool) -> str:
        found = False
        for m in self._all_messages():
            if m["id"] in ids:
                m["hiddenAt"] = None if visible else _now()
                m["visible"] = visible
                found = True
        if not found:
            raise Refused(400, "no message with those ids")
        if self.chat is not None:
            self.chat.owncast_visibility(ids, visible)
        return "changed"

    def do_message_visibility(self, b: Body) -> object:
        return self._visibility(b.texts("idArray"), b.flag("visible"))

    def do_stream_title(self, b: Body) -> object:
        return self._set("set-stream-title", b.text("value"))

    def _visible_messages(self) -> list[dict[str, Any]]:
        return [m for m in self._all_messages() if not m.get("hiddenAt") and m.get("visible", True)]

    def do_chat(self, b: Body) -> object:
        return self._visible_messages()

    def do_clients(self, b: Body) -> object:
        return self.clients

    def do_user_details(self, b: Body) -> object:
        moderator_tokens = self.chat.owncast_tokens if self.chat is not None else {}
        user = moderator_tokens.get(b.text("accessToken"))
        if user is None or "MODERATOR" not in user.get("scopes", []):
            raise Refused(401, "unauthorized")
        found = self._find_user(b.text("userId"))
        return {"user": found, "connectedClients": [c for c in self.clients if c["user"]["id"] == found["id"]],
                "messages": [m for m in self._all_messages() if (m.get("user") or {}).get("id") == found["id"]]}

    # ---- admin: status and server
    def do_admin_status(self, b: Body) -> object:
        status = self.status()
        broadcaster = {"time": _now(-5400), "remoteAddr": "198.51.100.20",
                       "streamDetails": {"videoCodec": "h264", "audioCodec": "aac", "encoder": "OBS 30.1",
                                         "width": 1920, "height": 1080, "videoBitrate": 6000, "audioBitrate": 160,
                                         "framerate": 60}} if self.online else None
        return {"broadcaster": broadcaster,
                "currentBroadcast": {"outputSettings": self.config["videoSettings"]["videoQualityVariants"],
                                     "latencyLevel": {"level": self.config["videoSettings"]["latencyLevel"]}},
                "health": {"message": "", "healthPercentage": 100, "representation": 100, "healthy": True},
                "streamTitle": status["streamTitle"], "versionNumber": VERSION, "viewerCount": status["viewerCount"],
                "overallPeakViewerCount": self.peak, "sessionPeakViewerCount": max(self.viewers, 14),
                "online": self.online}

    def do_disconnect(self, b: Body) -> object:
        if not self.online:
            raise Refused(400, "no inbound stream connected")
        self.online = False
        return "inbound stream disconnected"

    def do_server_config(self, b: Body) -> object:
        return copy.deepcopy(self.config)

    def do_viewers_over_time(self, b: Body) -> object:
        return list(self.history)

    def do_viewers(self, b: Body) -> object:
        return [{"firstSeen": _now(-60 * i), "userAgent": "Mozilla/5.0", "ipAddress": f"192.0.2.{i + 10}",
                 "clientID": uuid.uuid4().hex[:8], "geo": {"countryCode": "DE", "regionName": "", "timeZone": ""}}
                for i in range(self.viewers if self.online else 0)]

    def do_hardware_stats(self, b: Body) -> object:
        return {"message": "", "healthPercentage": 100, "representation": 100, "healthy": True, **self.hardware}

    def do_logs(self, b: Body) -> object:
        return self.logs

    def do_warnings(self, b: Body) -> object:
        return [entry for entry in self.logs if entry["level"] in ("warning", "error")]

    def do_video_metrics(self, b: Body) -> object:
        series = [{"time": _now(-60), "value": 1}]
        return {"errors": [], "qualityVariantChanges": [], "highestLatency": series, "medianLatency": series,
                "lowestLatency": series, "medianSegmentDownloadDuration": series,
                "maximumSegmentDownloadDuration": series, "minimumSegmentDownloadDuration": series,
                "minPlayerBitrate": series, "medianPlayerBitrate": series, "maxPlayerBitrate": series,
                "availableBitrates": [2500, 1200], "segmentLength": 4, "representation": 100}

    def do_update_options(self, b: Body) -> object:
        return {"supportsUpdate": False, "canRestart": True}

    def do_update_start(self, b: Body) -> object:
        raise Refused(400, "updates are not supported on this installation")

    def do_update_force_quit(self, b: Body) -> object:
        self.restarts += 1
        return "quitting"

    def do_yp_reset(self, b: Body) -> object:
        return "directory registration reset"

    def _prometheus(self, b: Body) -> object:
        return "# HELP owncast_viewers Current viewers\n# TYPE owncast_viewers gauge\n" \
               f"owncast_viewers {self.viewers if self.online else 0}\n"

    do_prometheus_get = do_prometheus_post = do_prometheus_put = do_prometheus_delete = _prometheus

    # ---- admin: chat
    def _find_user(self, user_id: str) -> dict[str, Any]:
        user = self.users.get(user_id) or next((m["user"] for m in self._all_messages()
                                                if (m.get("user") or {}).get("id") == user_id), None)
        if user is None:
            raise Refused(400, f"user {user_id} not found")
        self.users.setdefault(user_id, user)
        return user

    def do_admin_chat_clients(self, b: Body) -> object:
        return self.clients

    def do_admin_chat_messages(self, b: Body) -> object:
        return self._all_messages()

    def do_admin_message_visibility(self, b: Body) -> object:
        return self._visibility(b.texts("idArray"), b.flag("visible"))

    def do_set_user_enabled(self, b: Body) -> object:
        user = self._find_user(b.text("userId"))
        user["disabledAt"] = None if b.flag("enabled") else _now()
        if not b.flag("enabled"):
            self.clients = [c for c in self.clients if c["user"]["id"] != user["id"]]
            for m in self._all_messages():
                if (m.get("user") or {}).get("id") == user["id"]:
                    m["hiddenAt"], m["visible"] = _now(), False
            if self.chat is not None:
                self.chat.owncast_disabled(user)
        return "changed"

    def do_disabled_users(self, b: Body) -> object:
        return [u for u in self.users.values() if u.get("disabledAt")]

    def do_ban_ip(self, b: Body) -> object:
        if any(ban["ipAddress"] == b.text("value") for ban in self.ip_bans):
            raise Refused(400, f"{b.text('value')} is already banned")
        self.ip_bans.append({"createdAt": _now(), "ipAddress": b.text("value"), "notes": ""})
        return "banned"

    def do_unban_ip(self, b: Body) -> object:
        before = len(self.ip_bans)
        self.ip_bans = [ban for ban in self.ip_bans if ban["ipAddress"] != b.text("value")]
        if len(self.ip_bans) == before:
            raise Refused(400, f"{b.text('value')} is not banned")
        return "removed"

    def do_ip_bans(self, b: Body) -> object:
        return self.ip_bans

    def do_set_moderator(self, b: Body) -> object:
        user = self._find_user(b.text("userId"))
        scopes = [s for s in user.get("scopes") or [] if s != "MODERATOR"]
        user["scopes"] = scopes + (["MODERATOR"] if b.flag("isModerator") else [])
        return "changed"

    def do_moderators(self, b: Body) -> object:
        return [u for u in self.users.values() if "MODERATOR" in (u.get("scopes") or [])]

    def do_upload_emoji(self, b: Body) -> object:
        self.emoji.append({"name": b.text("name"), "url": f"/img/emoji/{b.text('name')}"})
        return "uploaded"

    def do_delete_emoji(self, b: Body) -> object:
        if not any(e["name"] == b.text("name") for e in self.emoji):
            raise Refused(400, f"emoji {b.text('name')} not found")
        self.emoji = [e for e in self.emoji if e["name"] != b.text("name")]
        return "deleted"

    # ---- admin: followers and the fediverse
    def _paged(self, rows: list[dict[str, Any]], b: Body) -> dict[str, Any]:
        offset, limit = b.number("offset", 0), b.number("limit", 50)
        return {"total": len(rows), "results": rows[offset:offset + limit]}

    def do_followers(self, b: Body) -> object:
        return self._paged(self.followers, b)

    def do_pending_follows(self, b: Body) -> object:
        return self.pending

    def do_blocked_follows(self, b: Body) -> object:
        return self.blocked

    def do_approve_follower(self, b: Body) -> object:
        person = next((p for p in self.pending + self.followers + self.blocked if p["link"] == b.text("actorIRI")), None)
        if person is None:
            raise Refused(400, "no follow request from that account")
        for group in (self.pending, self.followers, self.blocked):
            if person in group:
                group.remove(person)
        (self.followers if b.flag("approved") else self.blocked).append(person)
        person["disabledAt"] = None if b.flag("approved") else _now()
        return "follower updated"

    def do_federation_send(self, b: Body) -> object:
        if not self.config["federation"]["enabled"]:
            raise Refused(400, "federation is not enabled")
        self.fediverse.append({"timestamp": _now(), "iri": f"https://owncast.example/{uuid.uuid4().hex[:8]}",
                               "actorIRI": "https://owncast.example/federation/user/streams", "type": "Create"})
        return "sent"

    def do_federation_actions(self, b: Body) -> object:
        return self._paged(self.fediverse, b)

    # ---- admin: webhooks and access tokens
    def do_webhooks(self, b: Body) -> object:
        return self.webhooks

    def do_create_webhook(self, b: Body) -> object:
        hook = {"id": next(self.webhook_ids), "url": b.text("url"), "events": b.listed("events"), "timestamp": _now(),
                "lastUsed": None}
        self.webhooks.append(hook)
        return hook

    def do_delete_webhook(self, b: Body) -> object:
        if not any(h["id"] == b.number("id") for h in self.webhooks):
            raise Refused(400, f"webhook {b.number('id')} not found")
        self.webhooks = [h for h in self.webhooks if h["id"] != b.number("id")]
        return "deleted"

    def do_access_tokens(self, b: Body) -> object:
        return self.tokens

    def do_create_access_token(self, b: Body) -> object:
        token = self._token(b.text("name"), b.texts("scopes"))
        self.tokens.append(token)
        return token

    def do_delete_access_token(self, b: Body) -> object:
        if not any(t["accessToken"] == b.text("token") for t in self.tokens):
            raise Refused(400, "unable to delete token: not found")
        self.tokens = [t for t in self.tokens if t["accessToken"] != b.text("token")]
        return "deleted token"

    # ---- life
    def tick(self) -> None:
        """Viewers come and go; the hardware works."""
        if self.online:
            self.viewers = max(0, self.viewers + self.rng.choice((-2, -1, 0, 1, 2, 3)))
            self.peak = max(self.peak, self.viewers)
        self.history = self.history[-59:] + [{"time": _now(), "value": self.viewers if self.online else 0}]
        for series in self.hardware.values():
            last = series[-1]["value"]
            series[:] = series[-9:] + [{"time": _now(), "value": max(1, min(99, last + self.rng.randint(-4, 4)))}]


def make(seed: int = 7) -> OwncastSandbox:
    return OwncastSandbox(seed)
