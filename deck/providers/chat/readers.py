"""Chat readers: one WebSocket per channel that reconnects until stopped.

A reader parses each frame with its platform's pure parser, answers the protocol's
pings, hands messages and events to ``on_items`` and reports its :class:`Health` to
``on_health``. When the socket drops, stalls or the server asks, it reconnects with
exponential backoff and jitter. The backoff starts over only after a connection proved
healthy (it delivered chat, or stayed up a while), so a server that closes right after its
welcome, or sends a frame too large each time, is not hammered.
"""
from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable, Optional
from urllib.parse import quote, urlsplit

import httpx
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from deck.core.jsontext import loads
from deck.core.words import QT_TRANSLATE_NOOP, translate
from deck.net.http import AnswerTooLarge, bounded, error_text, shared_client

from . import kick, owncast, twitch
from .message import ChatMessage, Control, Item

log = logging.getLogger(__name__)


GATHER = 0.2  # seconds a busy socket's next messages gather before they are read together
GATHER_BUSY = 1.0  # ... and a very busy one's, once a second (BUSY_BATCH or more at a time: > 25 a second),
BUSY_BATCH = 5  # up to a flood's (FLOOD_BATCH or more: > 2,500 a second), read in smaller batches again:
FLOOD_BATCH = 500  # its wake-ups cost little beside its messages, and smaller batches keep the window smooth
TURN = 0.004  # seconds a reader works through a burst before the event loop gets a turn
LINES = 64  # IRC lines of one frame parsed at a time


def unread(ws: ClientConnection) -> int:
    """Messages the connection has taken from the socket and not yet handed on (1 when the
    websockets version keeps them where Deck cannot see: then no batch is waited for)."""
    try:
        return len(ws.recv_messages.frames)
    except (AttributeError, TypeError):
        return 1


async def gather(ws: ClientConnection, seconds: float) -> None:
    """Leave the socket unread for a moment, so a busy chat is read in batches: one wake-up
    for what arrived meanwhile instead of one per message. A quiet chat's next message is read
    at once; a busy one's waits at most GATHER, a very busy one's GATHER_BUSY (its lines
    scroll by faster than anyone reads them one by one, and each wake-up costs more than the
    messages it reads)."""
    ws.transport.pause_reading()
    try:
        await asyncio.sleep(seconds)
    finally:
        if not ws.transport.is_closing():
            ws.transport.resume_reading()


LOOKUP_SECONDS = 15.0  # one HTTP step of joining a chat (a lookup, a registration, the history), whole
LOOKUP_BYTES = 256 * 1024  # a lookup's or registration's answer
HISTORY_BYTES = 2 * 1024 * 1024  # a chat history's answer (Owncast's holds its last 50 messages: maxBacklogNumber)


async def fetch(what: str, method: str, url: str, limit: int = LOOKUP_BYTES, **kwargs: Any) -> httpx.Response:
    """One HTTP step of joining a chat, whole within LOOKUP_SECONDS and at most ``limit`` bytes;
    a failure is a ConnectionError saying ``what`` failed (the reader retries with backoff)."""
    try:
        return await bounded(shared_client(), method, url, limit=limit, deadline=LOOKUP_SECONDS, **kwargs)
    except AnswerTooLarge as exc:
        raise ConnectionError(translate("Chat", "{step} failed: {why}").format(step=translate("Chat", what), why=exc)) from None
    except httpx.TransportError as exc:
        raise ConnectionError(translate("Chat", "{step} failed ({why})").format(step=translate("Chat", what),
                                                                                why=describe(exc))) from None


def origin_of(url: str) -> str:
    """The web origin of a WebSocket server (``wss://host:port/path`` -> ``https://host:port``): what a
    page served by that server would send, which servers that check ``Origin`` accept."""
    parts = urlsplit(url)
    scheme = {"wss": "https", "ws": "http"}.get(parts.scheme, parts.scheme)
    return f"{scheme}://{parts.netloc.rpartition('@')[2]}"


HISTORY = QT_TRANSLATE_NOOP("Chat", "Owncast's chat history")


class Reconnect(Exception):
    """The server asked for (or the protocol needs) a fresh connection now."""


class Refused(Exception):
    """The service will not serve this channel as configured; retrying slowly."""


@dataclass
class Health:
    state: str = "connecting"  # connecting | connected | retrying | stopped
    last_message: float = 0.0  # time.time() of the last frame
    reconnects: int = 0
    error: str = ""


class ChatReader:
    platform = ""
    idle_timeout = 150.0  # seconds without a frame before Deck pings the server itself
    pong_timeout = 30.0  # seconds to wait for the answer before reconnecting
    min_delay, max_delay = 0.5, 60.0
    healthy_after = 10.0  # seconds up that make a quiet connection count as one that worked

    def __init__(self, channel: str, url: str, on_items: Callable[[list[Item]], None],
                 on_health: Optional[Callable[["ChatReader"], None]] = None):
        self.channel, self.url = channel, url
        self.on_items = on_items
        self.on_health = on_health or (lambda reader: None)
        self.health = Health()
        self.task: Optional[asyncio.Task[None]] = None
        self.ws: Optional[ClientConnection] = None
        self.received = 0  # messages and events handed on
        self.stopping = False
        self._turn = 0.0  # when the event loop last had a turn during a burst

    @property
    def key(self) -> str:
        return f"{self.platform}:{self.channel}"

    def start(self) -> asyncio.Task[None]:
        self.task = asyncio.ensure_future(self.run())
        self.task.set_name(f"chat {self.key}")
        return self.task

    async def stop(self) -> None:
        self.stopping = True  # Python 3.11's wait_for can swallow a cancel: the loops check this too
        if self.task:
            self.task.cancel()
            await asyncio.wait({self.task}, timeout=2)  # a connect being cancelled may take its time
            if self.ws is not None and not self.task.done():
                self.ws.transport.abort()
        self._set(state="stopped")

    async def run(self) -> None:
        attempt = 0
        while not self.stopping:
            self._set(state="connecting")
            received, started = self.received, time.monotonic()
            slow = False
            try:
                await self.session()
                raise ConnectionError(translate("Chat", "the server closed the connection"))
            except asyncio.CancelledError:
                raise
            except Reconnect as exc:
                reason = str(exc) or translate("Chat", "the server asked to reconnect")
            except Exception as exc:  # a dropped socket, a refusal, garbage: all mean try again
                reason, slow = describe(exc), isinstance(exc, Refused)
            finally:
                self.ws = None
            healthy = self.health.state == "connected" and (
                self.received > received or time.monotonic() - started >= self.healthy_after)
            attempt = 0 if healthy else attempt + 1
            delay = self._backoff(attempt, slow)
            self.health.reconnects += 1
            log.info("chat %s: %s; reconnecting in %.1f s", self.key, reason, delay)
            self._set(state="retrying", error=reason)
            await asyncio.sleep(delay)

    def _backoff(self, attempt: int, slow: bool = False) -> float:
        """A connection that worked is retried at once (with jitter, so many clients do not
        come back together); failing attempts wait twice as long each time, up to a minute."""
        if slow:
            return self.max_delay * random.uniform(0.5, 1.0)
        if attempt == 0:
            return random.uniform(0, self.min_delay)
        return float(min(self.max_delay, self.min_delay * 2 ** attempt) * random.uniform(0.5, 1.0))

    def _set(self, **changes: Any) -> None:
        for name, value in changes.items():
            setattr(self.health, name, value)
        if changes.get("state") == "connected":
            self.health.error = ""
        self.on_health(self)

    def connect(self, url: str, **options: Any) -> Any:
        """The WebSocket, with the same limits for every platform (frames up to 4 MiB). Not
        compressed: chat lines are short, and inflating each one cost more than reading it."""
        return connect(url, max_size=2 ** 22, max_queue=256, open_timeout=10, compression=None, **options)

    async def frames(self, ws: ClientConnection, ping: Callable[[], Any]) -> AsyncIterator[Any]:
        """Text frames until the socket closes. A watchdog beside it pings the server when it
        goes quiet and cuts the connection when even that gets no answer; reading itself sets
        no timer per frame (at a hundred messages a second those timers were most of the cost)."""
        self.ws = ws
        seen = [time.monotonic()]
        stale: list[str] = []

        async def watch() -> None:
            while ws.close_code is None:
                quiet = time.monotonic() - seen[0]
                if quiet < self.idle_timeout:
                    await asyncio.sleep(self.idle_timeout - quiet)
                    continue
                before = seen[0]
                try:
                    if await ping():  # True: the server answered already
                        seen[0] = time.monotonic()
                        continue
                    await asyncio.sleep(self.pong_timeout)
                    if seen[0] != before:
                        continue
                    reason = translate("Chat", "the server stopped answering")
                except Reconnect as exc:
                    reason = str(exc)
                except ConnectionClosed:
                    return  # the reader sees the close itself
                stale.append(reason)
                ws.transport.abort()
                return

        watchdog = asyncio.ensure_future(watch())
        batch = 0  # frames read since the last pause
        try:
            async for frame in ws:
                batch += 1
                seen[0] = time.monotonic()
                self.health.last_message = time.time()
                if isinstance(frame, str):
                    yield frame
                if self.stopping:
                    return
                if not unread(ws):  # all that was read is handed on: let the next ones gather
                    await gather(ws, GATHER_BUSY if BUSY_BATCH <= batch < FLOOD_BATCH else GATHER)
                    batch = 0
                    self._turn = time.monotonic()
                else:
                    await self.turn()
        except ConnectionClosed:
            if stale:
                raise Reconnect(stale[0]) from None
            raise
        finally:
            watchdog.cancel()
        if stale:
            raise Reconnect(stale[0])

    async def turn(self) -> None:
        """Give the event loop a turn once this reader has worked through a burst for TURN
        seconds without one: the window paints and answers between the parts of a burst."""
        if time.monotonic() - self._turn > TURN:
            await asyncio.sleep(0)
            self._turn = time.monotonic()

    def deliver(self, items: list[Item]) -> list[Control]:
        """Hand messages and events on; return the controls for the protocol to act on."""
        shown: list[Item] = [i for i in items if not isinstance(i, Control)]
        if shown:
            self.received += len(shown)
            self.on_items(shown)
        return [i for i in items if isinstance(i, Control)]

    async def session(self) -> None:
        raise NotImplementedError


class TwitchReader(ChatReader):
    platform = "twitch"
    idle_timeout = 360.0  # Twitch pings about every five minutes

    def __init__(self, channel: str, url: str, on_items: Callable[[list[Item]], None],
                 on_health: Optional[Callable[[ChatReader], None]] = None, emote_url: str = twitch.DEFAULT_EMOTE_URL):
        super().__init__(channel.lower().lstrip("#"), url, on_items, on_health)
        self.emote_url = emote_url
        self.welcomed, self.rejoins = False, 0  # registration: the server's welcome, JOINs sent again
        self.negotiated = False  # CAP END sent

    async def session(self) -> None:
        self.welcomed, self.rejoins, self.negotiated = False, 0, False
        async with self.connect(self.url, origin=origin_of(self.url)) as ws:
            for line in twitch.login_lines(twitch.anonymous_nick()):  # one command per message
                await ws.send(line)
            async for frame in self.frames(ws, lambda: ws.send("PING :deck")):
                lines = frame.split("\r\n")  # a frame may hold hundreds of lines: read in parts
                for at in range(0, len(lines), LINES):
                    if at:
                        await self.turn()
                    await self.act(ws, twitch.parse_lines(lines[at:at + LINES], self.emote_url))

    async def act(self, ws: ClientConnection, items: list[Item]) -> None:
        """Hand the chat on and answer the protocol's controls."""
        for control in self.deliver(items):
            if control.kind == "ping":
                await ws.send(f"PONG :{control.data['text']}")
            elif control.kind == "cap" and control.data["params"][1:2] in (["ACK"], ["NAK"]) and not self.negotiated:
                self.negotiated = True  # one answer ends the negotiation: registration goes on, tags or not
                await ws.send("CAP END")
            elif control.kind == "welcome":  # registered: now the channel
                self.welcomed = True
                await ws.send(twitch.join_line(self.channel))
            elif control.kind == "not registered" and self.welcomed and self.rejoins < 3:
                self.rejoins += 1  # a JOIN the server still took for too early
                await ws.send(twitch.join_line(self.channel))
            elif control.kind == "nick taken":
                raise Reconnect(translate("Chat", "the server gave Deck's nick to someone else"))
            elif control.kind == "reconnect":
                raise Reconnect(translate("Chat", "Twitch asked to reconnect"))
            elif control.kind == "ready" and self.health.state != "connected":
                self._set(state="connected")


class KickReader(ChatReader):
    """``channel`` is the Kick slug, or ``slug:chatroom id`` when the id is known."""
    platform = "kick"
    idle_timeout = 120.0  # Pusher's activity_timeout

    def __init__(self, channel: str, url: str, on_items: Callable[[list[Item]], None],
                 on_health: Optional[Callable[[ChatReader], None]] = None, web_url: str = kick.DEFAULT_WEB_URL,
                 emote_url: str = kick.DEFAULT_EMOTE_URL):
        slug, _, room = channel.partition(":")
        super().__init__(slug.lower(), url, on_items, on_health)
        self.chatroom_id = int(room) if room.isdigit() else 0
        self.web_url, self.emote_url = web_url, emote_url

    async def resolve(self) -> int:
        """The chatroom id, from Kick's website API (the public API does not give it)."""
        response = await fetch(QT_TRANSLATE_NOOP("Chat", "Kick's channel lookup"), "GET",
                               f"{self.web_url}/api/v2/channels/{quote(self.channel)}",
                               headers={"Accept": "application/json"})
        if response.status_code == 404:
            raise Refused(translate("Chat", "Kick has no channel {name}").format(name=repr(self.channel)))
        if response.status_code >= 400:
            raise Refused(translate("Chat", "Kick refused the chatroom lookup ({status}: {why}). Add the chatroom id to "
                                            "the channel, e.g. kick:{name}:123456").format(
                status=response.status_code, why=error_text(response)[:120], name=self.channel))
        try:
            return int(loads(response.content)["chatroom"]["id"])
        except (ValueError, KeyError, TypeError):
            raise Refused(translate("Chat", "Kick's channel lookup gave no chatroom id")) from None

    async def session(self) -> None:
        if not self.chatroom_id:
            self.chatroom_id = await self.resolve()
        names = {name: self.channel for name in kick.channel_names(self.chatroom_id)}
        async with self.connect(self.url) as ws:
            async for frame in self.frames(ws, lambda: ws.send(kick.PING)):
                for control in self.deliver(kick.parse(frame, names, self.emote_url)):
                    if control.kind == "ready":
                        timeout = control.data.get("activity_timeout")
                        if isinstance(timeout, (int, float)) and timeout > 0:
                            self.idle_timeout = min(self.idle_timeout, float(timeout))
                        for name in names:
                            await ws.send(kick.subscribe(name))
                    elif control.kind == "subscribed":
                        self._set(state="connected")
                    elif control.kind == "ping":
                        await ws.send(kick.PONG)
                    elif control.kind == "error":
                        code = control.data.get("code")
                        if isinstance(code, int) and 4000 <= code < 4100:
                            raise Refused(translate("Chat", "Kick's chat server refused: {why} ({code})").format(
                                why=control.data.get("message"), code=code))


class OwncastReader(ChatReader):
    """``url`` is the Owncast server's base URL; ``channel`` is how Deck names it."""
    platform = "owncast"
    idle_timeout = 75.0  # the server pings every 54 s
    remember = 1_000  # message ids kept to drop what a history (its last 50) repeats of what the socket gave

    def __init__(self, channel: str, url: str, on_items: Callable[[list[Item]], None],
                 on_health: Optional[Callable[[ChatReader], None]] = None,
                 integration: Callable[[], str] = str):
        super().__init__(channel, url.rstrip("/"), on_items, on_health)
        self.token = ""
        self.integration = integration  # the server's integration access token, when Deck has one
        self.seen: OrderedDict[str, None] = OrderedDict()

    async def register(self) -> str:
        response = await fetch(QT_TRANSLATE_NOOP("Chat", "Owncast's chat registration"), "POST", f"{self.url}/api/chat/register",
                               json={"displayName": "Deck"})
        if response.status_code >= 400:
            raise Refused(translate("Chat", "Owncast refused the chat registration ({status}: {why})").format(
                status=response.status_code, why=error_text(response)))
        try:
            return str(loads(response.content)["accessToken"])
        except (ValueError, KeyError, TypeError):
            raise Refused(translate("Chat", "Owncast's chat registration gave no access token")) from None

    async def backfill(self) -> None:
        """The messages sent before Deck joined. History is a nicety: when the server cannot give
        it (slow, huge, refused, unreadable), live chat goes on without it."""
        try:
            await self._history()
        except (ConnectionError, ValueError, TypeError, KeyError) as exc:
            log.warning("Owncast history left out: %s", exc)

    async def _history(self) -> None:
        bearer = self.integration()
        if bearer:  # the integration's history; the chat user's when the server refuses it
            response = await fetch(HISTORY, "GET", f"{self.url}/api/integrations/chat",
                                   limit=HISTORY_BYTES, headers={"Authorization": f"Bearer {bearer}"})
            if response.status_code < 400:
                self.deliver(self.fresh(owncast.history_items(loads(response.content), self.channel, self.url)))
                return
            log.info("Owncast refused the integration's history (%s); reading it as a chat user",
                     response.status_code)
        response = await fetch(HISTORY, "GET", f"{self.url}/api/chat", limit=HISTORY_BYTES,
                               params={"accessToken": self.token})
        if response.status_code == 401:
            self.token = ""
            raise Reconnect(translate("Chat", "Owncast no longer knows Deck's chat user"))
        if response.status_code >= 400:
            log.warning("Owncast history: %s %s", response.status_code, error_text(response))
            return
        self.deliver(self.fresh(owncast.history_items(loads(response.content), self.channel, self.url)))

    def fresh(self, items: list[Item]) -> list[Item]:
        out = []
        for item in items:
            if isinstance(item, ChatMessage):
                if item.id in self.seen:
                    continue
                self.seen[item.id] = None
                if len(self.seen) > self.remember:
                    self.seen.popitem(last=False)
            out.append(item)
        return out

    async def session(self) -> None:
        if not self.token:
            self.token = await self.register()
        ws_url = "ws" + self.url[4:] if self.url.startswith("http") else self.url
        async with self.connect(f"{ws_url}/ws?accessToken={quote(self.token)}") as ws:
            self._set(state="connected")
            await self.backfill()  # after the socket is open: nothing falls in between

            async def ping() -> bool:  # Owncast has no chat-level ping: a WebSocket ping it is
                try:
                    await asyncio.wait_for(await ws.ping(), self.pong_timeout)
                except asyncio.TimeoutError:
                    raise Reconnect(translate("Chat", "the server stopped answering")) from None
                return True

            async for frame in self.frames(ws, ping):
                for control in self.deliver(self.fresh(owncast.parse(frame, self.channel, self.url))):
                    if control.kind == "refused":
                        if control.data["reason"] == "ERROR_NEEDS_REGISTRATION":
                            self.token = ""
                            raise Reconnect(translate("Chat", "Owncast asked Deck to register again"))
                        raise Refused(translate("Chat", "Owncast refused the chat connection ({why})").format(
                            why=control.data["reason"]))


def describe(exc: BaseException) -> str:
    if isinstance(exc, ConnectionClosed):
        return (translate("Chat", "the connection closed ({code})").format(code=exc.rcvd.code) if exc.rcvd
                else translate("Chat", "the connection closed (no close frame)"))
    if isinstance(exc, (OSError, asyncio.TimeoutError)) and not str(exc):
        return type(exc).__name__
    return str(exc) or type(exc).__name__
