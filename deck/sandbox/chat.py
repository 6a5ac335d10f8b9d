"""Live chat stand-ins: Kick's Pusher socket, Twitch IRC over WebSocket, Owncast's chat.

Each speaks its protocol the way the real server does (Pusher protocol 7 with the
double-encoded ``data`` and ``pusher:ping``; IRC with tags, numerics, PING and JOIN;
Owncast's newline-packed events, anonymous registration and REST history) and streams a
believable chat at a configurable rate: varied users, colours, badges, emotes next to
non-ASCII text, replies, /me, subscriptions, gifts, deletions, timeouts and bans.

Fault knobs, for tests and benchmarks: :meth:`ChatSandbox.drop` cuts every socket without
a close frame, :meth:`stall` stops all traffic for a while, :meth:`garbage` sends a frame
no parser understands. ``POST /_sandbox/chat`` sets the same knobs from another process.
"""
from __future__ import annotations

import asyncio
import itertools
import struct
import json
import re
import random
import time
import uuid
import zlib
from collections import deque
from datetime import datetime, timezone
from typing import Any, Optional

from aiohttp import WSMsgType, web

from .data import NAMES

PUSHER_KEY = "32cbd69e4b950bf97679"
TWITCH_EMOTES = [("Kappa", "25"), ("PogChamp", "305954156"), ("LUL", "425618"), ("<3", "555555584")]
KICK_EMOTES = [("KEKW", "37226"), ("PeepoClap", "37227"), ("catJAM", "39261")]
OWNCAST_EMOJI = ["bananadance", "party", "owncast"]
LINES = [
    "gg wp", "that was insane", "ÇOK İYİ yayın 🔥", "こんにちは from Tokyo", "can we get a clip of that?",
    "first time here, love the vibes", "what's the song?", "@{streamer} hello!", "{emote}", "{emote} {emote}",
    "this boss is impossible {emote}", "naber millet", "LETS GOOO", "who else is watching from work", "10/10 play",
    "{emote} ünlü olacaksın", "lag?", "hydrate reminder 💧", "{streamer} do the dance {emote}", "ez",
]
BADGES = [(), (), (), ("subscriber",), ("subscriber",), ("moderator",), ("vip",), ("subscriber", "sub_gifter"),
          ("og",)]
COLOURS = ["#FF4500", "#1E90FF", "#2E8B57", "#DAA520", "#FF69B4", "#8A2BE2", "#00FF7F", "#D2691E", ""]


def emote_png(key: str, size: int = 28) -> bytes:
    """A little smiling face in a colour of its own per emote: a real PNG to fetch and draw."""
    hue = zlib.crc32(key.encode()) % 6
    colour = [(255, 196, 0), (255, 105, 97), (119, 221, 119), (100, 181, 246), (186, 104, 200), (255, 167, 38)][hue]
    rows = []
    c = (size - 1) / 2
    for y in range(size):
        row = bytearray(b"\0")
        for x in range(size):
            dx, dy = x - c, y - c
            d = (dx * dx + dy * dy) ** 0.5
            eye = min((dx + size * 0.18) ** 2, (dx - size * 0.18) ** 2) + (dy + size * 0.12) ** 2 < (size * 0.07) ** 2
            smile = abs(d - size * 0.26) < size * 0.045 and dy > size * 0.08
            if d > c:
                row += bytes((0, 0, 0, 0))
            elif eye or smile:
                row += bytes((40, 30, 20, 255))
            else:
                row += bytes((*colour, 255))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b"")


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat().replace("+00:00", "Z")


def _irc_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\:").replace(" ", "\\s").replace("\r", "\\r").replace("\n", "\\n")


class User:
    def __init__(self, index: int, name: str, rng: random.Random):
        self.id = str(100000 + index)
        self.login = name
        self.name = name.replace("_", " ").title().replace(" ", "_") if index % 3 == 0 else name
        self.colour = rng.choice(COLOURS)
        self.badges = rng.choice(BADGES)


class ChatSandbox:
    def __init__(self, streamer: str = "deckdemo", seed: int = 11):
        self.rng = random.Random(seed)
        self.streamer = streamer
        self.users = [User(i, n, self.rng) for i, n in enumerate(NAMES)]
        self.rate = 2.0  # messages per second, per channel being read
        self.events = True  # deletions, bans, subs and gifts among the messages
        self.sent = 0  # chat messages sent, all platforms
        self.drops = 0
        self.kick_lookup_blocked = False  # answer the chatroom lookup as Cloudflare often does: 403
        self.ping_every = 30.0  # seconds between the servers' own pings
        self.pongs = {"kick": 0, "twitch": 0}  # answers to those pings
        self.stalled_until = 0.0
        self.sockets: dict[str, set[web.WebSocketResponse]] = {"kick": set(), "twitch": set(), "owncast": set()}
        self.kick_rooms: dict[web.WebSocketResponse, set[int]] = {}
        self.kick_slugs: dict[int, str] = {self.chatroom_id(streamer): streamer}
        self.twitch_joins: dict[web.WebSocketResponse, set[str]] = {}
        self.owncast_tokens: dict[str, dict[str, Any]] = {}
        self.owncast_history: deque[dict[str, Any]] = deque(maxlen=200)
        self.recent: dict[str, deque[tuple[str, User]]] = {}  # "platform:channel" -> (message id, author)
        self.ids = itertools.count(1)
        self.loop: Optional[asyncio.AbstractEventLoop] = None
        self.tasks: list[asyncio.Task[Any]] = []

    # ------------------------------------------------------------------ knobs
    MAX_RATE = 100_000.0  # messages per second per channel

    def set_rate(self, rate: float) -> None:
        """Messages per second per channel; raises ValueError for anything not from 0 to MAX_RATE."""
        value = float(rate)
        if not 0.0 <= value <= self.MAX_RATE:  # also refuses nan and infinity
            raise ValueError(f"rate must be a number from 0 to {self.MAX_RATE:g}")
        self.rate = value

    def drop(self) -> None:
        """Cut every chat socket without a close frame (thread-safe)."""
        self._soon(self._drop)

    def stall(self, seconds: float) -> None:
        """Send nothing and answer nothing, not even pings, for ``seconds``."""
        self.stalled_until = time.monotonic() + seconds

    def garbage(self) -> None:
        """One frame on every socket that no parser understands."""
        self._soon(self._garbage)

    def connections(self) -> dict[str, int]:
        return {platform: len(sockets) for platform, sockets in self.sockets.items()}

    def _soon(self, fn: Any) -> None:
        if self.loop is None:
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self.loop:
            fn()
        else:
            self.loop.call_soon_threadsafe(fn)

    def _drop(self) -> None:
        self.drops += 1
        for sockets in self.sockets.values():
            for ws in list(sockets):
                transport = ws._req.transport if ws._req else None
                if transport:
                    transport.abort()

    def _garbage(self) -> None:
        frames = {"kick": '{"event":"App\\\\Events\\\\ChatMessageEvent","channel":"chatrooms.1.v2","data":"{not json',
                  "twitch": "@badges=;;;= :::\r\n\x00\x01 PRIVMSG\r\n", "owncast": '{"type":"CHAT","id":\n[1,2'}
        for platform, sockets in self.sockets.items():
            for ws in list(sockets):
                asyncio.ensure_future(self._send(ws, frames[platform]))

    @staticmethod
    async def _send(ws: web.WebSocketResponse, text: str) -> None:
        try:
            await ws.send_str(text)
        except (ConnectionError, RuntimeError):
            pass

    def stalled(self) -> bool:
        return time.monotonic() < self.stalled_until

    async def unstalled(self) -> None:
        """A stalled server reads nothing until it wakes up (then answers late)."""
        while self.stalled():
            await asyncio.sleep(self.stalled_until - time.monotonic())

    # ------------------------------------------------------------------ apps
    def apps(self) -> dict[str, web.Application]:
        control = [web.post("/_sandbox/chat", self.control), web.get("/_sandbox/chat", self.control)]
        kick = web.Application()
        kick.add_routes([web.get("/api/v2/channels/{slug}", self.kick_channel), web.get("/app/{key}", self.kick_ws),
                         web.get("/emotes/{id}/fullsize", self.image), *control])
        twitch = web.Application()
        twitch.add_routes([web.get("/", self.twitch_ws), web.get("/emoticons/v2/{id}/default/dark/1.0", self.image),
                           *control])
        owncast = web.Application()
        owncast.add_routes(self.owncast_routes())
        return {"kick": kick, "twitch": twitch, "owncast": owncast}

    def owncast_routes(self) -> list[web.RouteDef]:
        """Owncast's chat: served on the Owncast server's own address when there is one."""
        return [web.post("/api/chat/register", self.owncast_register), web.get("/api/chat", self.owncast_history_route),
                web.get("/ws", self.owncast_ws), web.get("/img/emoji/{name}", self.image),
                web.post("/_sandbox/chat", self.control), web.get("/_sandbox/chat", self.control)]

    async def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.tasks = [asyncio.ensure_future(self._stream()), asyncio.ensure_future(self._pings())]

    async def stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        for sockets in self.sockets.values():
            for ws in list(sockets):
                await ws.close()

    async def control(self, request: web.Request) -> web.Response:
        if request.method == "POST":
            try:
                knobs = await request.json()
                if not isinstance(knobs, dict):
                    raise ValueError("send a JSON object")
                if "rate" in knobs:
                    self.set_rate(knobs["rate"])
                stall = float(knobs.get("stall") or 0)
                if not 0 <= stall <= 600:
                    raise ValueError("stall must be from 0 to 600 seconds")
            except (ValueError, TypeError) as exc:
                return web.json_response({"error": str(exc)}, status=400)
            if "events" in knobs:
                self.events = bool(knobs["events"])
            if stall:
                self.stall(stall)
            if knobs.get("drop"):
                self._drop()
            if knobs.get("garbage"):
                self._garbage()
        return web.json_response({"rate": self.rate, "sent": self.sent, "drops": self.drops,
                                  "connections": self.connections()})

    async def image(self, request: web.Request) -> web.Response:
        key = request.match_info.get("id") or request.match_info.get("name", "")
        return web.Response(body=emote_png(key), content_type="image/png", headers={"Cache-Control": "max-age=86400"})

    # ------------------------------------------------------------------ Kick (Pusher protocol 7)
    @staticmethod
    def chatroom_id(slug: str) -> int:
        return 1_000_000 + zlib.crc32(slug.encode()) % 9_000_000

    async def kick_channel(self, request: web.Request) -> web.Response:
        slug = request.match_info["slug"].lower()
        if self.kick_lookup_blocked:
            return web.Response(status=403, text="<html><title>Just a moment...</title></html>", content_type="text/html")
        if not slug.replace("_", "").replace("-", "").isalnum() or len(slug) > 25:
            return web.json_response({"message": "Not found"}, status=404)
        room = self.chatroom_id(slug)
        self.kick_slugs[room] = slug
        return web.json_response({"id": room - 500_000, "user_id": room - 700_000, "slug": slug,
                                  "chatroom": {"id": room, "channel_id": room - 500_000, "slow_mode": False,
                                               "followers_mode": False, "subscribers_mode": False}})

    async def kick_ws(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        if request.match_info["key"] != PUSHER_KEY:
            await ws.send_str(json.dumps({"event": "pusher:error", "data": {"code": 4001, "message": "App key not in this cluster"}}))
            await ws.close(code=4001)
            return ws
        if request.query.get("protocol") != "7":
            await ws.close(code=4007, message=b"Unsupported protocol version")
            return ws
        self.sockets["kick"].add(ws)
        self.kick_rooms[ws] = set()
        socket_id = f"{self.rng.randint(100000, 999999)}.{self.rng.randint(1000000, 9999999)}"
        await ws.send_str(json.dumps({"event": "pusher:connection_established",
                                      "data": json.dumps({"socket_id": socket_id, "activity_timeout": 120})}))
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                try:
                    frame = json.loads(msg.data)
                    data = frame.get("data")
                    data = json.loads(data) if isinstance(data, str) and data else data or {}
                except (ValueError, AttributeError):
                    continue
                event = frame.get("event")
                await self.unstalled()
                if event == "pusher:pong":
                    self.pongs["kick"] += 1
                elif event == "pusher:ping":
                    await ws.send_str(json.dumps({"event": "pusher:pong", "data": "{}"}))
                elif event == "pusher:subscribe":
                    channel = str(data.get("channel", ""))
                    parts = channel.split(".")
                    if len(parts) == 3 and parts[0] == "chatrooms" and parts[1].isdigit() and parts[2] == "v2":
                        self.kick_rooms[ws].add(int(parts[1]))
                    if re.fullmatch(r"chatrooms\.\d+(\.v2)?|chatroom_\d+|channel_\d+", channel):
                        await ws.send_str(json.dumps({"event": "pusher_internal:subscription_succeeded",
                                                      "channel": channel, "data": "{}"}))
                elif event == "pusher:unsubscribe":
                    parts = str(data.get("channel", "")).split(".")
                    if len(parts) == 3 and parts[1].isdigit():
                        self.kick_rooms[ws].discard(int(parts[1]))
        finally:
            self.sockets["kick"].discard(ws)
            self.kick_rooms.pop(ws, None)
        return ws

    def _kick_frames(self, room: int, slug: str, n: int) -> list[str]:
        frames = []
        for _ in range(n):
            event, data = self._kick_event(slug)
            frames.append(json.dumps({"event": f"App\\Events\\{event}", "channel": f"chatrooms.{room}.v2",
                                      "data": json.dumps(data)}))
        return frames

    def _kick_event(self, slug: str) -> tuple[str, dict[str, Any]]:
        key = f"kick:{slug}"
        recent = self.recent.setdefault(key, deque(maxlen=50))
        roll = self.rng.random() if self.events else 1.0
        if roll < 0.02 and recent:
            message_id, _ = self.rng.choice(recent)
            return "MessageDeletedEvent", {"id": str(uuid.uuid4()), "message": {"id": message_id}}
        if roll < 0.025 and recent:
            _, user = self.rng.choice(recent)
            return "UserBannedEvent", {"id": str(uuid.uuid4()), "user": {"id": int(user.id), "username": user.name, "slug": user.login},
                                       "banned_by": {"id": 1, "username": self.streamer, "slug": self.streamer},
                                       "permanent": False, "duration": 10, "expires_at": _iso(time.time() + 600)}
        if roll < 0.035:
            user = self.rng.choice(self.users)
            return "SubscriptionEvent", {"chatroom_id": self.chatroom_id(slug), "username": user.name,
                                         "months": self.rng.randint(1, 24)}
        if roll < 0.04:
            gifter, *gifted = self.rng.sample(self.users, 4)
            return "GiftedSubscriptionsEvent", {"chatroom_id": self.chatroom_id(slug), "gifter_username": gifter.name,
                                                "gifted_usernames": [u.name for u in gifted]}
        user = self.rng.choice(self.users)
        message_id = str(uuid.uuid4())
        content = self._line(lambda: "[emote:{1}:{0}]".format(*self.rng.choice(KICK_EMOTES)))
        data: dict[str, Any] = {"id": message_id, "chatroom_id": self.chatroom_id(slug), "content": content,
                                "type": "message", "created_at": _iso(time.time()),
                                "sender": {"id": int(user.id), "username": user.name, "slug": user.login,
                                           "identity": {"color": user.colour or "#75FD46",
                                                        "badges": [{"type": b, "text": b.title()} for b in user.badges]}}}
        if recent and self.rng.random() < 0.08:
            parent_id, parent = self.rng.choice(recent)
            data["type"] = "reply"
            data["metadata"] = {"original_sender": {"id": int(parent.id), "username": parent.name},
                                "original_message": {"id": parent_id, "content": "an earlier message"},
                                "message_ref": str(int(time.time() * 1000))}
        recent.append((message_id, user))
        self.sent += 1
        return "ChatMessageEvent", data

    # ------------------------------------------------------------------ Twitch (IRC over WebSocket)
    async def twitch_ws(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        nick = ""
        password = ""
        self.twitch_joins[ws] = set()
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                await self.unstalled()
                for line in msg.data.split("\r\n"):
                    command, _, rest = line.partition(" ")
                    command = command.upper()
                    if command == "CAP" and rest.upper().startswith("REQ"):  # (CAP END is not answered)
                        await ws.send_str(f":tmi.twitch.tv CAP * ACK :{rest.partition(':')[2]}\r\n")
                    elif command == "PASS":
                        password = rest
                    elif command == "NICK":
                        nick = rest.strip().lower()
                        if not (nick.startswith("justinfan") or password.startswith("oauth:")):
                            await ws.send_str(":tmi.twitch.tv NOTICE * :Login authentication failed\r\n")
                            await ws.close()
                            return ws
                        welcome = [f":tmi.twitch.tv {n} {nick} :{t}" for n, t in
                                   (("001", "Welcome, GLHF!"), ("002", "Your host is tmi.twitch.tv"),
                                    ("003", "This server is rather new"), ("004", "-"), ("375", "-"),
                                    ("372", "You are in a maze of twisty passages, all alike."), ("376", ">"))]
                        await ws.send_str("\r\n".join(welcome) + "\r\n")
                        self.sockets["twitch"].add(ws)
                    elif command == "JOIN" and nick:
                        for channel in rest.split(","):
                            name = channel.strip().lstrip("#").lower()
                            self.twitch_joins[ws].add(name)
                            await ws.send_str(
                                f":{nick}!{nick}@{nick}.tmi.twitch.tv JOIN #{name}\r\n"
                                f"@emote-only=0;followers-only=-1;r9k=0;room-id=1;slow=0;subs-only=0 "
                                f":tmi.twitch.tv ROOMSTATE #{name}\r\n")
                    elif command == "PART":
                        self.twitch_joins[ws].discard(rest.strip().lstrip("#").lower())
                    elif command == "PING":
                        await ws.send_str(f":tmi.twitch.tv PONG tmi.twitch.tv {rest}\r\n")
                    elif command == "PONG":
                        self.pongs["twitch"] += 1
        finally:
            self.sockets["twitch"].discard(ws)
            self.twitch_joins.pop(ws, None)
        return ws

    def _twitch_lines(self, channel: str, n: int) -> list[str]:
        return [self._twitch_line(channel) for _ in range(n)]

    def _twitch_line(self, channel: str) -> str:
        key = f"twitch:{channel}"
        recent = self.recent.setdefault(key, deque(maxlen=50))
        now = int(time.time() * 1000)
        roll = self.rng.random() if self.events else 1.0
        if roll < 0.02 and recent:
            message_id, user = self.rng.choice(recent)
            return f"@login={user.login};room-id=;target-msg-id={message_id};tmi-sent-ts={now} :tmi.twitch.tv CLEARMSG #{channel} :deleted"
        if roll < 0.025 and recent:
            _, user = self.rng.choice(recent)
            duration = "" if self.rng.random() < 0.3 else "ban-duration=600;"
            return f"@{duration}room-id=1;target-user-id={user.id};tmi-sent-ts={now} :tmi.twitch.tv CLEARCHAT #{channel} :{user.login}"
        if roll < 0.035:
            user = self.rng.choice(self.users)
            months = self.rng.randint(2, 30)
            system = _irc_escape(f"{user.name} subscribed at Tier 1. They've subscribed for {months} months!")
            return (f"@badges=subscriber/{months};color={user.colour};display-name={user.name};emotes=;id={uuid.uuid4()};"
                    f"login={user.login};msg-id=resub;msg-param-cumulative-months={months};msg-param-sub-plan=1000;"
                    f"room-id=1;system-msg={system};tmi-sent-ts={now};user-id={user.id} "
                    f":tmi.twitch.tv USERNOTICE #{channel} :still here {TWITCH_EMOTES[0][0]}")
        user = self.rng.choice(self.users)
        text = self._line(lambda: self.rng.choice(TWITCH_EMOTES)[0])
        action = self.rng.random() < 0.05
        positions: dict[str, list[str]] = {}
        cursor = 0
        for word in text.split(" "):
            emote_id = next((i for n, i in TWITCH_EMOTES if n == word), None)
            if emote_id:
                positions.setdefault(emote_id, []).append(f"{cursor}-{cursor + len(word) - 1}")
            cursor += len(word) + 1
        emotes = "/".join(f"{i}:{','.join(p)}" for i, p in positions.items())
        badges = ",".join(f"{b}/1" for b in user.badges if b != "og")
        message_id = str(uuid.uuid4())
        reply = ""
        if recent and self.rng.random() < 0.08:
            parent_id, parent = self.rng.choice(recent)
            reply = (f"reply-parent-display-name={parent.name};reply-parent-msg-body={_irc_escape('an earlier message')};"
                     f"reply-parent-msg-id={parent_id};reply-parent-user-id={parent.id};reply-parent-user-login={parent.login};")
        recent.append((message_id, user))
        self.sent += 1
        body = f"\x01ACTION {text}\x01" if action else text
        return (f"@badge-info=;badges={badges};color={user.colour};display-name={user.name};emotes={emotes};"
                f"first-msg=0;flags=;id={message_id};mod={int('moderator' in user.badges)};{reply}room-id=1;"
                f"subscriber={int('subscriber' in user.badges)};tmi-sent-ts={now};turbo=0;user-id={user.id};user-type= "
                f":{user.login}!{user.login}@{user.login}.tmi.twitch.tv PRIVMSG #{channel} :{body}")

    # ------------------------------------------------------------------ Owncast
    async def owncast_register(self, request: web.Request) -> web.Response:
        try:
            body = await request.json() if request.can_read_body else {}
        except ValueError:
            return web.json_response({"error": "invalid JSON"}, status=400)
        token = uuid.uuid4().hex
        name = str((body or {}).get("displayName") or f"viewer-{self.rng.randint(100, 999)}")[:30]
        user = {"id": uuid.uuid4().hex[:10], "displayName": name, "displayColor": self.rng.randint(0, 11),
                "createdAt": _iso(time.time()), "previousNames": [name], "scopes": [], "isBot": False,
                "authenticated": False}
        self.owncast_tokens[token] = user
        return web.json_response({"id": user["id"], "accessToken": token, "displayName": name})

    async def owncast_history_route(self, request: web.Request) -> web.Response:
        if request.query.get("accessToken") not in self.owncast_tokens:
            return web.json_response({"error": "invalid access token"}, status=401)
        return web.json_response(list(self.owncast_history))

    async def owncast_ws(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=False)  # pongs by hand: a stalled server sends none
        await ws.prepare(request)
        user = self.owncast_tokens.get(request.query.get("accessToken", ""))
        if user is None:
            await ws.send_str(json.dumps({"type": "ERROR_NEEDS_REGISTRATION"}))
            await ws.close()
            return ws
        self.sockets["owncast"].add(ws)
        await ws.send_str(json.dumps({"type": "CONNECTED_USER_INFO", "user": user}))
        try:
            async for msg in ws:
                if msg.type == WSMsgType.PING:
                    await self.unstalled()
                    await ws.pong(msg.data)
        finally:
            self.sockets["owncast"].discard(ws)
        return ws

    # what the Owncast server's API did, as its chat socket tells readers
    def owncast_post(self, event: dict[str, Any]) -> None:
        """A message sent through the integration API."""
        shown = {**event, "visible": True}
        self.owncast_history.append(shown)
        self._soon(lambda: self._owncast_broadcast(shown))

    def owncast_visibility(self, ids: list[str], visible: bool) -> None:
        for event in self.owncast_history:
            if event["id"] in ids:
                event["visible"] = visible
        update = {"type": "VISIBILITY-UPDATE", "id": uuid.uuid4().hex[:10], "timestamp": _iso(time.time()),
                  "ids": list(ids), "visible": visible}
        self._soon(lambda: self._owncast_broadcast(update))

    def owncast_disabled(self, user: dict[str, Any]) -> None:
        """A disabled user's messages are hidden for everyone."""
        ids = [e["id"] for e in self.owncast_history if (e.get("user") or {}).get("id") == user.get("id")]
        if ids:
            self.owncast_visibility(ids, False)

    def _owncast_broadcast(self, event: dict[str, Any]) -> None:
        for ws in list(self.sockets["owncast"]):
            asyncio.ensure_future(self._send(ws, json.dumps(event)))

    def _owncast_events(self, n: int) -> list[dict[str, object]]:
        return [self._owncast_event() for _ in range(n)]

    def _owncast_event(self) -> dict[str, object]:
        recent = self.recent.setdefault("owncast:", deque(maxlen=50))
        roll = self.rng.random() if self.events else 1.0
        now = _iso(time.time())
        if roll < 0.02 and recent:
            message_id, _ = self.rng.choice(recent)
            for event in self.owncast_history:
                if event["id"] == message_id:
                    event["visible"] = False
            return {"type": "VISIBILITY-UPDATE", "id": uuid.uuid4().hex[:10], "timestamp": now, "ids": [message_id],
                    "visible": False}
        if roll < 0.03:
            return {"type": "SYSTEM", "id": uuid.uuid4().hex[:10], "timestamp": now,
                    "body": "<p>Welcome! Please be nice in chat.</p>", "user": {"displayName": "Deck Demo Owncast"}}
        user = self.rng.choice(self.users)
        text = self._line(lambda: (lambda e: f'<img class="emoji" alt=":{e}:" title=":{e}:" src="/img/emoji/{e}.gif">')(
            self.rng.choice(OWNCAST_EMOJI)))
        message_id = uuid.uuid4().hex[:10]
        event = {"type": "CHAT", "id": message_id, "timestamp": now, "body": f"<p>{text}</p>", "visible": True,
                 "user": {"id": user.id, "displayName": user.name, "displayColor": int(user.id) % 12,
                          "createdAt": now, "previousNames": [user.name], "isBot": False, "authenticated": False,
                          "scopes": ["MODERATOR"] if "moderator" in user.badges else []}}
        recent.append((message_id, user))
        self.owncast_history.append(event)
        self.sent += 1
        return event

    # ------------------------------------------------------------------ the stream
    def _line(self, emote: Any) -> str:
        template = self.rng.choice(LINES)
        text = template.replace("{streamer}", self.streamer)
        while "{emote}" in text:
            text = text.replace("{emote}", emote(), 1)
        return text

    async def _stream(self) -> None:
        """Every 20 ms, the messages due at the current rate, packed the way each server packs
        them: IRC lines and Owncast events share a frame, Pusher sends one event per frame."""
        owed = 0.0
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.02)
            now = time.monotonic()
            owed += self.rate * (now - last)
            last = now
            count = int(owed)
            if self.stalled() or count == 0:
                if self.stalled():
                    owed = 0.0
                continue
            owed -= count
            for ws, rooms in list(self.kick_rooms.items()):
                for room in rooms:
                    for frame in self._kick_frames(room, self.kick_slugs.get(room, str(room)), count):
                        await self._send(ws, frame)
            for ws, channels in list(self.twitch_joins.items()):
                for channel in channels:
                    await self._send(ws, "\r\n".join(self._twitch_lines(channel, count)) + "\r\n")
            if self.sockets["owncast"]:
                frame = "\n".join(json.dumps(e) for e in self._owncast_events(count))
                for ws in list(self.sockets["owncast"]):
                    await self._send(ws, frame)

    async def _pings(self) -> None:
        """Server-side keep-alive as the real servers do it (Pusher and IRC pings)."""
        last = time.monotonic()
        while True:
            await asyncio.sleep(min(self.ping_every, 0.25))
            if self.stalled() or time.monotonic() - last < self.ping_every:
                continue
            last = time.monotonic()
            for ws in list(self.sockets["kick"]):
                await self._send(ws, json.dumps({"event": "pusher:ping", "data": "{}"}))
            for ws in list(self.sockets["twitch"]):
                await self._send(ws, "PING :tmi.twitch.tv\r\n")

    # ------------------------------------------------------------------ moderation echo
    def moderated(self, scope: str, params: dict[str, Any]) -> None:
        """MissXss moderated someone: the platform's chat says so, as the real one would."""
        self._soon(lambda: self._moderated(scope, params))

    def name_of(self, user_id: object) -> str:
        """A chatter's name by their Kick user id."""
        return next((u.name for u in self.users if u.id == str(user_id)), f"user{user_id}")

    def id_of(self, login: str) -> Optional[int]:
        """A chatter's Kick user id by their name (None: nobody of that name chats here)."""
        return next((int(u.id) for u in self.users if u.login == login.lower()), None)

    def kick_moderated(self, operation: str, params: dict[str, Any]) -> None:
        """Kick's own API banned, timed out or unbanned a viewer (by id), or deleted a message:
        Kick's chat says so."""
        if operation == "delete-message":
            self._kick_broadcast("MessageDeletedEvent", {"id": str(uuid.uuid4()), "message": {"id": params["message_id"]}})
            return
        user = next((u for u in self.users if u.id == str(params.get("user_id"))), None)
        if user is None or operation not in ("ban", "unban"):
            return
        scope = "unban-user" if operation == "unban" else "timeout" if params.get("duration") else "ban"
        self.moderated(scope, {"username": user.login, "platform": "Kick", "duration": params.get("duration")})

    def _kick_broadcast(self, event: str, data: dict[str, Any]) -> None:
        """An event on every Kick chatroom Deck reads."""
        for ws, rooms in list(self.kick_rooms.items()):
            for room in rooms:
                frame = json.dumps({"event": f"App\\Events\\{event}", "channel": f"chatrooms.{room}.v2",
                                    "data": json.dumps(data)})
                asyncio.ensure_future(self._send(ws, frame))

    def _moderated(self, scope: str, params: dict[str, Any]) -> None:
        login = str(params.get("username", "")).lower()
        platform = str(params.get("platform") or "Kick").lower()
        if scope not in ("timeout", "ban", "unban-user") or not login:
            return
        user = next((u for u in self.users if u.login == login), None)
        user_id = user.id if user else "0"
        if platform == "twitch":
            minutes = int(params.get("duration") or 1)
            now = int(time.time() * 1000)
            if scope == "unban-user":
                return  # Twitch chat says nothing on unban
            tag = f"ban-duration={minutes * 60};" if scope == "timeout" else ""
            for ws, channels in list(self.twitch_joins.items()):
                for channel in channels:
                    line = f"@{tag}room-id=1;target-user-id={user_id};tmi-sent-ts={now} :tmi.twitch.tv CLEARCHAT #{channel} :{login}"
                    asyncio.ensure_future(self._send(ws, line + "\r\n"))
        elif platform == "kick":
            who = {"id": int(user_id), "username": user.name if user else login, "slug": login}
            data: dict[str, Any]
            if scope == "unban-user":
                event, data = "UserUnbannedEvent", {"id": str(uuid.uuid4()), "user": who,
                                                    "unbanned_by": {"id": 1, "username": self.streamer}}
            else:
                minutes = int(params.get("duration") or 0) if scope == "timeout" else 0
                event, data = "UserBannedEvent", {"id": str(uuid.uuid4()), "user": who,
                                                  "banned_by": {"id": 1, "username": self.streamer},
                                                  "permanent": scope == "ban", "duration": minutes or None}
            self._kick_broadcast(event, data)
