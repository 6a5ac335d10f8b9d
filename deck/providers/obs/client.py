"""obs-websocket v5: one WebSocket to OBS Studio, kept open while Deck needs it.

The protocol as obs-websocket documents it: the server's ``Hello`` (op 0) names its version
and, when a password is set, a challenge and a salt; Deck answers ``Identify`` (op 1) with
``base64(sha256(base64(sha256(password + salt)) + challenge))`` and the events it wants; the
server confirms with ``Identified`` (op 2). Requests (op 6) are answered by op 7 with the same
``requestId``; a batch (op 8) by op 9; events arrive as op 5. ``Reidentify`` (op 3) changes the
events without reconnecting (the level meters are asked for only while someone shows them).

:class:`ObsLink` keeps the connection: it connects when first needed, reconnects with backoff
when OBS goes away (a streamer restarts OBS mid-stream), and says where it stands in
:attr:`ObsLink.state` (``connected``, ``not running``, ``wrong password``, ``reconnecting``…).
:class:`ObsTransport` is the provider's transport: the registry's one policy (validation,
limits, queue, confirmation) runs before it, and it refuses a request the connected OBS does
not serve (``GetVersion``'s ``availableRequests``) instead of sending it to fail.
"""
from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import itertools
import json
import logging
from typing import Any, AsyncIterator, Callable, Optional

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from pydantic import ValidationError

from deck.core.errors import BadAddress, DeckError, InvalidParams, ServiceError, Unreachable
from deck.core.events import Event
from deck.core.jsontext import TooDeep, loads
from deck.core.names import env_name
from deck.core.params import ParamsModel, describe

from deck.core.words import duration, translate

from .live import ObsLive
from .spec import REQUEST_STATUS

log = logging.getLogger(__name__)

SUBPROTOCOL = "obswebsocket.json"
RPC_VERSION = 1
EVENTS = (1 << 11) - 1  # obs-websocket's "All" of 5.0 to 5.6: General … Ui
METERS = 1 << 16  # InputVolumeMeters, a high-volume event: only while asked for
CONNECT_SECONDS = 5.0  # the WebSocket, Hello and Identified together
REQUEST_SECONDS = 10.0  # one request (or batch), connecting included
BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)  # seconds between reconnection attempts
MAX_MESSAGE = 16 * 1024 * 1024  # a screenshot is the largest answer OBS gives
AUTH_FAILED = 4009  # WebSocketCloseCode::AuthenticationFailed
NOT_FOUND = 600  # RequestStatus::ResourceNotFound
# where a name OBS did not find is looked up: (field, request listing them, list key, name key, the field
# the request needs)
LISTS = (("sceneName", "GetSceneList", "scenes", "sceneName", ""), ("inputName", "GetInputList", "inputs", "inputName", ""),
         ("sourceName", "GetInputList", "inputs", "inputName", ""),
         ("transitionName", "GetSceneTransitionList", "transitions", "transitionName", ""),
         ("filterName", "GetSourceFilterList", "filters", "filterName", "sourceName"))


def answer_to(password: str, salt: str, challenge: str) -> str:
    """The ``authentication`` string of Identify (obs-websocket's documented two-step SHA-256)."""
    secret = base64.b64encode(hashlib.sha256((password + salt).encode()).digest()).decode()
    return base64.b64encode(hashlib.sha256((secret + challenge).encode()).digest()).decode()


class ObsFailed(ServiceError):
    """OBS answered a request with a failure: its status code and its own comment."""

    def __init__(self, service: str, request: str, status: dict[str, Any]):
        code = status.get("code") if isinstance(status.get("code"), int) else 0
        self.code = code
        name = REQUEST_STATUS.get(code, "")
        comment = str(status.get("comment") or "").strip() or "no reason given"
        super().__init__(service, f"{request}: {comment} ({code} {name})".strip(), None)


class ObsLink:
    """The one connection to an OBS, by address and password."""

    def __init__(self, url: str, password: Callable[[], Optional[str]], title: str = "OBS Studio",
                 provider: str = "obs"):
        self.url, self.password, self.title, self.provider = url, password, title, provider
        self.state = "not connected"  # connecting, connected, not running, wrong password, reconnecting
        self.detail = ""  # the state in a sentence
        self.version: dict[str, Any] = {}  # GetVersion's answer, once connected
        self.available: frozenset[str] = frozenset()
        self.state_changed = Event()  # (state, detail)
        self.events = Event()  # (event type, data)
        self.meters = False
        self._ws: Optional[ClientConnection] = None
        self._ids = itertools.count(1)
        self._waiting: dict[str, asyncio.Future[Any]] = {}
        self._connecting: Optional[asyncio.Task[None]] = None
        self._keeper: Optional[asyncio.Task[None]] = None
        self._reader: Optional[asyncio.Task[None]] = None
        self._closed = False

    # ---- state
    @property
    def connected(self) -> bool:
        return self._ws is not None and self.state == "connected"

    def versions(self) -> str:
        v = self.version
        return f"OBS {v.get('obsVersion', '?')}, obs-websocket {v.get('obsWebSocketVersion', '?')}"

    def _set(self, state: str, detail: str) -> None:
        if (state, detail) != (self.state, self.detail):
            self.state, self.detail = state, detail
            self.state_changed.emit(state, detail)

    def serves(self, request_type: str) -> bool:
        """Whether the connected OBS serves the request (everything, until it is known)."""
        return not self.available or request_type in self.available

    # ---- connecting
    async def ensure(self) -> None:
        """Connected, or raises why not (within CONNECT_SECONDS)."""
        if self.connected:
            return
        if self._connecting is None or self._connecting.done():
            self._connecting = asyncio.ensure_future(self._connect())
        await asyncio.shield(self._connecting)

    def keep(self) -> None:
        """Stay connected from now on: reconnect with backoff whenever OBS goes away."""
        if self._keeper is None or self._keeper.done():
            self._keeper = asyncio.ensure_future(self._keep())

    async def _keep(self) -> None:
        failures = 0
        while not self._closed:
            try:
                await self.ensure()
                failures = 0
                assert self._reader is not None
                await asyncio.shield(self._reader)  # until the connection ends
            except asyncio.CancelledError:
                raise
            except DeckError:
                if self.state == "wrong password":
                    return  # asked again only with a new password (Accounts makes a new connection)
            if self._closed:
                return
            wait = BACKOFF[min(failures, len(BACKOFF) - 1)]
            failures += 1
            if self.state in ("connected", "reconnecting", "connecting"):
                self._set("reconnecting", translate("Obs", "Reconnecting to OBS in {time}").format(time=duration(wait)))
            await asyncio.sleep(wait)

    async def _connect(self) -> None:
        if self.state in ("not connected", "wrong password"):  # a retry keeps saying "not running" or "reconnecting"
            self._set("connecting", translate("Obs", "Connecting to OBS…"))
        try:
            async with asyncio.timeout(CONNECT_SECONDS):
                ws = await connect(self.url, subprotocols=[SUBPROTOCOL], max_size=MAX_MESSAGE,  # type: ignore[list-item]
                                   open_timeout=None, ping_interval=20, ping_timeout=20, compression=None,
                                   proxy=None)
                try:
                    await self._identify(ws)
                except BaseException:
                    await ws.close()
                    raise
        except TimeoutError:
            self._set("not running", translate("Obs", "OBS did not answer at {url} within {time}").format(
                url=self.url, time=duration(CONNECT_SECONDS)))
            raise Unreachable(self.title, translate("Errors", "no answer within {time}").format(
                time=duration(CONNECT_SECONDS)), self.url) from None
        except (InvalidURI, ValueError) as exc:
            raise BadAddress(self.title, self.url, str(exc), env_name(self.provider, "url")) from None
        except (OSError, InvalidHandshake) as exc:
            self._set("not running", translate("Obs", "OBS is not running (or its WebSocket server is off)"))
            raise Unreachable(self.title, translate("Obs", "OBS is not running, or its WebSocket server is off "
                                                           "(OBS → Tools → WebSocket Server Settings)"), self.url) from exc
        except ConnectionClosed as exc:
            if exc.rcvd is not None and exc.rcvd.code == AUTH_FAILED:
                self._set("wrong password", translate("Obs", "OBS refused the password"))
                raise ServiceError(self.title, self._copy_password(translate("Obs", "OBS refused the password.")),
                                   401) from None
            self._set("not running", translate("Obs", "OBS closed the connection"))
            raise Unreachable(self.title, translate("Obs", "OBS closed the connection ({why})").format(why=exc),
                              self.url) from None
        self._ws = ws
        self._reader = asyncio.ensure_future(self._read(ws))
        try:
            version = await self._request_on(ws, "GetVersion", {})
        except DeckError:
            await ws.close()
            raise
        self.version = version
        self.available = frozenset(version.get("availableRequests") or ())
        self._set("connected", translate("Obs", "Connected to {version}").format(version=self.versions()))

    async def _identify(self, ws: ClientConnection) -> None:
        hello = self._decode(await ws.recv())
        if hello.get("op") != 0:
            raise ServiceError(self.title, translate("Obs", "the server did not greet as obs-websocket does (no Hello)"))
        data = hello.get("d") or {}
        identify: dict[str, Any] = {"rpcVersion": RPC_VERSION, "eventSubscriptions": self._subscriptions()}
        auth = data.get("authentication")
        if isinstance(auth, dict):
            password = self.password()
            if not password:
                self._set("wrong password", translate("Obs", "OBS asks for a password"))
                raise ServiceError(self.title, self._copy_password(translate("Obs", "OBS asks for a password.")), 401)
            identify["authentication"] = answer_to(password, str(auth.get("salt", "")), str(auth.get("challenge", "")))
        await ws.send(json.dumps({"op": 1, "d": identify}))
        identified = self._decode(await ws.recv())
        if identified.get("op") != 2:
            raise ServiceError(self.title, translate("Obs", "OBS did not confirm the identification"))

    def _copy_password(self, problem: str) -> str:
        return problem + " " + translate("Obs", "Copy the one OBS shows in Tools → WebSocket Server Settings → Show "
                                                "Connect Info into File → Accounts → OBS Studio (or {env}).").format(
            env=env_name(self.provider, "password"))

    def _subscriptions(self) -> int:
        return EVENTS | (METERS if self.meters else 0)

    async def want_meters(self, on: bool) -> None:
        """Ask for the level meters (about 20 a second) or stop them, without reconnecting."""
        if self.meters == on:
            return
        self.meters = on
        if self.connected and self._ws is not None:
            await self._ws.send(json.dumps({"op": 3, "d": {"eventSubscriptions": self._subscriptions()}}))

    # ---- reading
    def _decode(self, raw: Any) -> dict[str, Any]:
        try:
            message = loads(raw if isinstance(raw, str) else raw.decode("utf-8", "replace"))
        except (TooDeep, ValueError):
            raise ServiceError(self.title, translate("Obs", "OBS sent a message that is not JSON")) from None
        if not isinstance(message, dict):
            raise ServiceError(self.title, translate("Obs", "OBS sent a message that is not a JSON object"))
        return message

    async def _read(self, ws: ClientConnection) -> None:
        try:
            async for raw in ws:
                try:
                    message = self._decode(raw)
                except ServiceError as exc:
                    log.warning("%s", exc)
                    continue
                op, data = message.get("op"), message.get("d") or {}
                if op in (7, 9):
                    waiting = self._waiting.pop(str(data.get("requestId")), None)
                    if waiting is not None and not waiting.done():
                        waiting.set_result(data)
                elif op == 5 and isinstance(data, dict):
                    try:
                        self.events.emit(str(data.get("eventType", "")), data.get("eventData") or {})
                    except Exception:  # a listener's bug never ends the connection
                        log.exception("an OBS event listener failed")
        except ConnectionClosed:
            pass
        finally:
            self._lost(ws)

    def _lost(self, ws: ClientConnection) -> None:
        if self._ws is ws:
            self._ws = None
            self._set("reconnecting" if self._keeper and not self._closed else "not running",
                      translate("Obs", "OBS went away") if not self._closed else translate("Obs", "Disconnected"))
        for waiting in self._waiting.values():
            if not waiting.done():
                waiting.set_exception(Unreachable(self.title, translate("Obs", "the connection to OBS ended before it "
                                                                               "answered"), self.url))
        self._waiting.clear()

    # ---- requests
    async def request(self, request_type: str, data: Optional[dict[str, Any]] = None) -> dict[str, Any]:
        """One request's ``responseData``; raises :class:`ObsFailed` with OBS's code and comment."""
        async with self._bounded(request_type):
            await self.ensure()
            assert self._ws is not None
            return await self._request_on(self._ws, request_type, data or {})

    async def _request_on(self, ws: ClientConnection, request_type: str, data: dict[str, Any]) -> dict[str, Any]:
        if not self.serves(request_type):
            raise self.not_served(request_type)
        answer = await self._exchange(ws, 6, {"requestType": request_type, "requestData": data})
        status = answer.get("requestStatus") or {}
        if not status.get("result"):
            raise ObsFailed(self.title, request_type, status)
        response = answer.get("responseData")
        return response if isinstance(response, dict) else {}

    async def batch(self, requests: list[tuple[str, dict[str, Any]]], halt_on_failure: bool = True) -> list[dict[str, Any]]:
        """Requests run by OBS one after another in one message; each result's status and data."""
        async with self._bounded("RequestBatch"):
            await self.ensure()
            assert self._ws is not None
            for request_type, _ in requests:
                if not self.serves(request_type):
                    raise self.not_served(request_type)
            answer = await self._exchange(self._ws, 8, {
                "haltOnFailure": halt_on_failure, "executionType": 0,
                "requests": [{"requestType": t, "requestData": d} for t, d in requests]})
            results = answer.get("results")
            return [r for r in results if isinstance(r, dict)] if isinstance(results, list) else []

    async def _exchange(self, ws: ClientConnection, op: int, data: dict[str, Any]) -> dict[str, Any]:
        request_id = str(next(self._ids))
        waiting: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting[request_id] = waiting
        try:
            await ws.send(json.dumps({"op": op, "d": {**data, "requestId": request_id}}, ensure_ascii=False))
        except ConnectionClosed:
            self._waiting.pop(request_id, None)
            raise Unreachable(self.title, translate("Obs", "the connection to OBS ended"), self.url) from None
        try:
            answer: dict[str, Any] = await waiting
            return answer
        finally:
            self._waiting.pop(request_id, None)

    @contextlib.asynccontextmanager
    async def _bounded(self, what: str) -> AsyncIterator[None]:
        """One bound for a request, connecting included."""
        try:
            async with asyncio.timeout(REQUEST_SECONDS):
                yield
        except TimeoutError:
            raise Unreachable(self.title, translate("Obs", "{request} was not answered within {time}").format(
                request=what, time=duration(REQUEST_SECONDS)), self.url) from None

    def not_served(self, request_type: str) -> DeckError:
        return DeckError(translate("Obs", "{service}: {request} needs a newer OBS than the one connected ({version}); "
                                          "nothing was sent.").format(service=self.title, request=request_type,
                                                                      version=self.versions()))

    async def close(self) -> None:
        """End the connection and stop keeping it (a later request connects again)."""
        self._closed = True
        tasks = [t for t in (self._keeper, self._connecting) if t is not None and not t.done()]
        for task in tasks:
            task.cancel()
        if self._ws is not None:
            await self._ws.close()
        await asyncio.gather(*tasks, *([self._reader] if self._reader else []), return_exceptions=True)
        self._keeper = self._connecting = self._reader = None
        self._closed = False
        self._set("not connected", translate("Obs", "Disconnected"))


class ObsTransport:
    """The provider's ``obs`` transport: an operation's validated parameters as one request."""

    def __init__(self, provider: Any, base_url: str, signer: Callable[[Any], Any]):
        self.provider = provider
        self.link = ObsLink(base_url, lambda: signer(None).get("password"), provider.title, provider.name)
        self.live = ObsLive(self.link)
        self.health = self.link.state_changed  # (state, detail): the service's light

    def suggest(self, param: str) -> list[str]:
        """OBS's own names for a parameter, as its live state has them (once read)."""
        live = self.live
        if not live.loaded:
            return []
        if param.endswith("SceneName") or param == "sceneName":
            return list(live.scenes)
        if param == "inputName":
            return list(live.inputs)
        if param == "sourceName":
            return list(live.inputs) + list(live.scenes)
        if param == "transitionName":
            return list(live.transitions)
        return []

    def why_not(self, op: Any) -> str:
        """Why the connected OBS cannot take ``op`` (known once connected), or ""."""
        return "" if op.path == "RequestBatch" or self.link.serves(op.path) else str(self.link.not_served(op.path))

    async def send(self, op: Any, params: ParamsModel) -> object:
        values = params.wire()
        if op.path == "RequestBatch":
            return await self.batch(self.steps(values["requests"]), values.get("haltOnFailure", True))
        try:
            return await self.link.request(op.path, values)
        except ObsFailed as exc:
            if exc.code == NOT_FOUND and (hint := await self.did_you_mean(values)):
                raise ServiceError(exc.service, exc.message + " " + translate("Obs", "Did you mean {names}?").format(
                    names=hint)) from None
            raise

    async def did_you_mean(self, values: dict[str, Any]) -> str:
        """The closest names OBS knows to the scene, input, source, transition or filter it did
        not find (the names that exist are passed over: another one was not found)."""
        for field, request, key, item, needs in LISTS:
            wanted = values.get(field)
            if not isinstance(wanted, str) or (needs and not values.get(needs)):
                continue
            try:
                answer = await self.link.request(request, {needs: values[needs]} if needs else {})
            except DeckError:
                continue
            names = [str(i.get(item)) for i in answer.get(key) or [] if isinstance(i, dict)]
            if wanted in names:
                continue
            import difflib  # (only when a name is wrong)

            close = difflib.get_close_matches(wanted, names, n=3, cutoff=0.5) or \
                [n for n in names if n.casefold() == wanted.casefold()]
            return translate("Errors", " or ").join(f"`{n}`" for n in close)
        return ""

    def steps(self, requests: list[dict[str, Any]]) -> list[tuple[Any, ParamsModel]]:
        """A batch's requests, each checked against its own operation's contract (nothing is sent
        when one is wrong)."""
        steps = []
        for index, request in enumerate(requests, 1):
            name = str(request.get("action", "")).removeprefix(f"{self.provider.name}.")
            op = self.provider.by_id.get(name)
            if op is None or op.path == "RequestBatch":
                raise InvalidParams(f"{self.provider.name}.request-batch", [translate(
                    "Obs", "request {index}: no OBS action {name}").format(index=index, name=repr(name))])
            try:
                steps.append((op, op.model.model_validate(request.get("params") or {})))
            except ValidationError as exc:
                raise InvalidParams(f"{self.provider.name}.request-batch",
                                    [f"request {index} ({op.title}): {p}" for p in describe(exc)]) from None
        return steps

    async def batch(self, steps: list[tuple[Any, ParamsModel]], halt_on_failure: bool = True) -> list[Any]:
        """Several operations as one RequestBatch; a failed step raises with its words (and, with
        ``halt_on_failure``, OBS ran none after it)."""
        results = await self.link.batch([(op.path, params.wire()) for op, params in steps], halt_on_failure)
        answers = []
        for (op, _), result in zip(steps, results):
            status = result.get("requestStatus") or {}
            if not status.get("result"):
                raise ObsFailed(self.provider.title, op.path, status)
            answers.append(result.get("responseData") or {})
        return answers

    async def close(self) -> None:
        await self.live.close()
        await self.link.close()
