"""What every stand-in service shares: routes from the provider's own contract table, auth
per kind, the documented validation and rate limits (429 with Retry-After), and fault knobs.

A :class:`ServiceSandbox` keeps one service's state and answers each operation in a
``do_<operation>`` method with already validated parameters. :func:`make_app` serves it:
for every operation of the provider, its method and documented path, then

    latency -> auth (bearer, query key, basic, OAuth via the sandbox's authorization
    server) -> the documented rate limit -> error rate -> parameters gathered from the
    path, query and body and validated with the operation's own model -> the handler ->
    the answer shaped as the operation documents it (JSON, 204, text)

so the sandbox refuses exactly what the real service documents refusing.
"""
from __future__ import annotations

import asyncio
import json
import math
import random
import secrets
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Callable, Optional
from urllib.parse import parse_qsl

from aiohttp import web
from pydantic import ValidationError

from deck.core.names import handler_name
from deck.core.params import describe
from deck.net.auth import Auth, OAuth2
from deck.net.limiter import WindowLimiter
from deck.providers.base import Operation, Provider

if TYPE_CHECKING:
    from .oauth import OAuthServer

Answer = tuple[int, Any, dict[str, str]]


class Body(Mapping[str, object]):
    """An operation's parameters as its contract validated them, read by type: a handler asks
    for ``b.text("username")`` or ``b.number("amount")``, and a value of another type is the
    stand-in's own mistake (the contract refused any such request before the handler ran)."""

    __slots__ = ("_given",)

    def __init__(self, given: Mapping[str, object]):
        self._given = dict(given)

    def __getitem__(self, name: str) -> object:
        return self._given[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._given)

    def __len__(self) -> int:
        return len(self._given)

    def _typed(self, name: str, kinds: tuple[type, ...], default: object) -> Any:
        value = self._given.get(name, default)
        if value is _REQUIRED:
            raise KeyError(name)
        if value is not default and not isinstance(value, kinds):
            raise TypeError(f"{name} is {type(value).__name__}, not {kinds[0].__name__}")
        return value

    def text(self, name: str, default: str = "") -> str:
        """A text (dates and times too); ``default`` when not given."""
        return str(self._typed(name, (str,), default))

    def number(self, name: str, default: Optional[int] = None) -> int:
        """A whole number (0/1 flags too); required unless a default is given."""
        return int(self._typed(name, (int,), _REQUIRED if default is None else default))

    def real(self, name: str, default: Optional[float] = None) -> float:
        return float(self._typed(name, (int, float), _REQUIRED if default is None else default))

    def flag(self, name: str, default: bool = False) -> bool:
        return bool(self._typed(name, (bool, int), default))

    def listed(self, name: str) -> list[object]:
        """A list, empty when not given."""
        return list(self._typed(name, (list,), []))

    def texts(self, name: str) -> list[str]:
        """A list of texts, empty when not given."""
        return [str(v) for v in self.listed(name)]

    def record(self, name: str) -> dict[str, object]:
        """An object, empty when not given."""
        return dict(self._typed(name, (dict,), {}))

    def records(self, name: str) -> list[dict[str, object]]:
        """A list of objects, empty when not given."""
        return [dict(r) for r in self._typed(name, (list,), []) if isinstance(r, dict)]


_REQUIRED = object()


class Refused(Exception):
    """A handler's refusal: the service's status and its own words."""

    def __init__(self, status: int, message: str):
        self.status, self.message = status, message


class ServiceSandbox:
    """State and handlers of one stand-in service. ``received`` records every request that
    reached an operation: (operation id, parameters, status)."""

    provider: Provider
    scheme = "http"  # how its address starts (a WebSocket-only stand-in: "ws")
    webhook_url = ""  # where a stand-in that pushes live events delivers them ("": nowhere)

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.secrets: dict[str, str] = {}  # keychain kind -> the value this sandbox accepts
        self.received: list[tuple[str, dict[str, Any], int]] = []
        self.listeners: list[Callable[[str, dict[str, Any]], Any]] = []  # (operation, params) after each success
        self.oauth: Optional["OAuthServer"] = None
        self.grant: Any = None  # the sign-in of the request being answered
        self.loop: Optional[asyncio.AbstractEventLoop] = None  # the loop serving it (for pushes from other threads)
        # fault knobs
        self.latency = 0.0
        self.error_rate = 0.0
        self.malformed = False  # 2xx answers are cut short
        self.intercept: Optional[Callable[[str], Optional[Answer]]] = None  # answer an operation yourself
        self.limits: dict[str, int] = {}  # overrides of the documented calls per scope
        self.window: Optional[float] = None  # overrides every documented period
        self.rate_limited = 0
        self._limiters: dict[str, WindowLimiter] = {}

    # ---- what each service does its own way
    def error(self, status: int, message: str) -> object:
        """The service's error body."""
        return {"error": message}

    def ok(self, op: Operation, result: object) -> object:
        """The service's success body around a handler's result."""
        return result

    def success_status(self, op: Operation) -> int:
        return 200

    def gather(self, op: Operation, raw: dict[str, Any]) -> dict[str, object]:
        """Raw parameters before validation (a service that accepts aliases renames them here)."""
        return raw

    def authorised(self, request: web.Request, auth: Auth) -> Optional[str]:
        """None when the request carries valid credentials for ``auth``; else the refusal."""
        if isinstance(auth, OAuth2):  # the token is the authorization server's to check
            header = request.headers.get("Authorization", "")
            token = header[7:] if header.startswith("Bearer ") else ""
            if self.oauth is None or not self.oauth.valid(token):
                return "Unauthorized: the access token is invalid or has expired"
            return None
        return auth.refuses(request.headers, request.query, self.secrets)

    def permits(self, op: Operation, request: web.Request) -> Optional[Answer]:
        """After authentication: a refusal of the service's own (a token's scope, a required
        header), or None."""
        return None

    def handler(self, op: Operation) -> Optional[Callable[[Body], object]]:
        """What serves ``op``: the method named for it (a stand-in may serve some otherwise)."""
        return getattr(self, handler_name(op.id), None)

    def unserved(self) -> list[str]:
        """The provider's HTTP operations this stand-in has no handler for (another transport's
        stand-in serves its own)."""
        return [op.id for op in self.provider.operations if op.transport == "http" and self.handler(op) is None]

    def handle(self, op: Operation, params: dict[str, Any]) -> object:
        handler = self.handler(op)
        assert handler is not None  # make_app refuses a stand-in with an operation it does not serve
        return handler(Body(params))

    def tick(self) -> None:
        """One step of simulated life (``deck --demo``)."""

    def serve(self, app: web.Application) -> None:
        """Routes of its own transports, besides the HTTP operations the harness serves."""

    def join_chat(self, chat: object) -> None:
        """Share the live chat stand-in (a :class:`ChatSandbox`) with it, for a service whose
        actions show in chat or that is a chat server itself."""

    def limiter(self, op: Operation) -> Optional[WindowLimiter]:
        if op.rate is None:
            return None
        scope = op.rate.scope or op.id
        calls = self.limits.get(scope, op.rate.calls)
        period = self.window if self.window is not None else op.rate.seconds
        limiter = self._limiters.get(scope)
        if limiter is None or limiter.limit != calls or limiter.period != period:
            limiter = self._limiters[scope] = WindowLimiter(calls, period)
        return limiter


def _collect(op: Operation, request: web.Request, body: object, form: dict[str, list[str]]) -> dict[str, object]:
    """Each documented parameter from where the contract says it travels."""
    raw: dict[str, Any] = {}
    query = request.query
    for p in op.params:
        if p.place == "path":
            if p.name in request.match_info:
                raw[p.name] = request.match_info[p.name]
            continue
        if p.place == "json":
            if isinstance(body, dict) and p.name in body:
                raw[p.name] = body[p.name]
            continue
        values = query.getall(p.name, []) if p.place == "query" else form.get(p.name, [])
        if not values:
            continue
        if p.kind == "list" and p.style == "repeat":
            raw[p.name] = list(values)
        elif p.kind == "list" and p.style == "csv":
            raw[p.name] = [v for v in values[0].split(",") if v]
        elif p.kind in ("list", "object", "records") or (p.style == "json" and p.kind != "str"):
            try:
                raw[p.name] = json.loads(values[0])
            except ValueError:
                raw[p.name] = values[0]
        else:
            raw[p.name] = values[0]
    return raw


def _unknown(op: Operation, request: web.Request, body: object, form: dict[str, list[str]],
             ignore: set[str]) -> list[str]:
    names = {p.name for p in op.params}
    extra = [k for k in request.query if k not in names and k not in ignore]
    if isinstance(body, dict):
        extra += [k for k in body if k not in names]
    extra += [k for k in form if k not in names]
    return sorted(set(extra))


def make_app(sandbox: ServiceSandbox) -> web.Application:
    provider = sandbox.provider
    unserved = sandbox.unserved()
    if unserved:
        raise RuntimeError(f"the {provider.title} stand-in serves no {', '.join(unserved)}")
    key_params = {name for a in provider.auths.values() for name in a.query_names()}

    def route(op: Operation) -> Callable[[web.Request], Any]:
        async def serve(request: web.Request) -> web.StreamResponse:
            if sandbox.latency:
                await asyncio.sleep(sandbox.latency)
            seen: dict[str, Any] = {}
            status, payload, headers = await answer(op, request, seen)
            sandbox.received.append((op.id, seen, status))
            if status < 300:
                for listener in sandbox.listeners:
                    listener(op.id, seen)
            if status < 300 and sandbox.malformed:
                return web.Response(text='{"status": true, "trunc', content_type="application/json")
            if status < 300 and op.answer == "empty":
                return web.Response(status=204, headers=headers)
            if status < 300 and op.answer == "text":
                return web.Response(text=str(payload), status=status, headers=headers)
            return web.json_response(payload, status=status, headers=headers)
        return serve

    async def answer(op: Operation, request: web.Request, seen: dict[str, Any]) -> Answer:
        """The answer to one request; ``seen`` gets the parameters as the handler saw them."""
        auth = provider.auth_of(op)
        refusal = sandbox.authorised(request, auth)
        if refusal:
            return 401, sandbox.error(401, refusal), {}
        if (refused := sandbox.permits(op, request)) is not None:
            return refused
        if isinstance(auth, OAuth2) and sandbox.oauth is not None:
            token = request.headers.get("Authorization", "")[7:]
            sandbox.grant = sandbox.oauth.access.get(token)  # whose request this is (``/me`` tells)
            app = sandbox.grant is not None and sandbox.grant.kind == "app"
            if app and not op.app:
                return 401, sandbox.error(401, "This needs a user access token, not an app token"), {}
            missing = [] if app else [s for s in op.scopes if not sandbox.oauth.valid(token, s)]
            if missing:
                return 403, sandbox.error(403, f"The token lacks the {missing[0]} scope"), {}
        limiter = sandbox.limiter(op)
        if limiter is not None and (wait := limiter.try_acquire()) > 0:
            sandbox.rate_limited += 1
            return (429, sandbox.error(429, f"Rate limit exceeded for {op.id} ({op.rate}). Try again later."),
                    {"Retry-After": str(max(1, math.ceil(wait)))})
        if sandbox.intercept is not None and (forced := sandbox.intercept(op.id)) is not None:
            return forced
        if sandbox.error_rate and sandbox.rng.random() < sandbox.error_rate:
            return 500, sandbox.error(500, "Internal server error"), {}
        raw_body = await request.read()
        body: Any = None
        form: dict[str, list[str]] = {}
        if request.content_type == "application/x-www-form-urlencoded":
            for k, v in parse_qsl(raw_body.decode("utf-8", "replace"), keep_blank_values=True):
                form.setdefault(k, []).append(v)
        elif raw_body.strip():
            try:
                body = json.loads(raw_body)
            except ValueError:
                return 400, sandbox.error(400, "The request body is not valid JSON"), {}
        if op.body == "json" and body is not None and not isinstance(body, dict):
            return 400, sandbox.error(400, "Request body must be a JSON object"), {}
        raw = sandbox.gather(op, _collect(op, request, body, form))
        seen.update(raw)
        unknown = _unknown(op, request, sandbox.gather(op, body) if isinstance(body, dict) else body, form, key_params)
        try:
            params = op.model.model_validate(raw).wire()
        except ValidationError as exc:
            problems = describe(exc)
        else:
            problems = []
        problems += [f"{name}: unknown parameter" for name in unknown]
        if problems:
            return 400, sandbox.error(400, "Invalid parameters: " + "; ".join(problems)), {}
        seen.clear()
        seen.update(params)
        try:
            result = sandbox.handle(op, params)
        except Refused as exc:
            return exc.status, sandbox.error(exc.status, exc.message), {}
        return sandbox.success_status(op), sandbox.ok(op, result), {}

    app = web.Application()
    for op in provider.operations:
        if op.transport == "http":
            app.router.add_route(op.method, op.path, route(op))
    sandbox.serve(app)
    return app


def new_secret(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(24)
