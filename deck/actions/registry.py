"""The action registry: every action Deck can run, and the one ``invoke`` they all go through.

Buttons, hotkeys, menus, the command line and tests call ``Registry.invoke``. It
validates parameters (nothing invalid is ever sent), waits for the scope's rate-limit
slot (a 429 from any service holds the scope as the service asked, then the call is queued
again), runs the handler as a cancellable task, and reports every invocation and each
service's health through events.
"""
from __future__ import annotations

import functools

import asyncio
import itertools
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Optional

from deck.core.errors import (
    Cancelled,
    CredentialsMissing,
    DeckError,
    RateLimited,
    ServiceError,
    UnknownAction,
    Unreachable,
)
from deck.core.events import Event
from deck.core.params import ParamsModel, validate
from deck.core.redact import redact, redact_params
from deck.core.words import duration, translate
from deck.net.limiter import Limits, Rate

log = logging.getLogger(__name__)

Handler = Callable[[Any], Awaitable[Any]]
MAX_RATE_LIMIT_RETRIES = 3
MAX_WAIT = 120.0  # seconds Deck will hold a scope when a service says "come back later"


@dataclass(frozen=True)
class Action:
    id: str
    title: str
    group: str
    model: "type[ParamsModel] | Callable[[], type[ParamsModel]]"  # the parameters, or how to build them
    handler: Handler
    provider: str = "deck"
    rate: Optional[Rate] = None  # documented limit, shared by the actions of one scope
    destructive: bool = False  # the UI asks before running it
    destructive_when: Optional[tuple[str, Any]] = None  # or only when this parameter has this value (None: absent)
    read_only: bool = False
    description: str = ""
    wire: Optional[dict[str, Any]] = None  # how a service's action travels: {"http": {"method", "path"}} or another
    wire_text: str = ""  # the same in a few words ("GET /path", "SetCurrentProgramScene")
    auth: str = ""  # the auth kind it needs, in words
    scopes: tuple[str, ...] = ()  # OAuth scopes it needs
    deprecated: str = ""  # what to use instead
    capability: str = ""  # set on a portable capability's action (it runs a provider's action)
    words: dict[str, str] = field(default_factory=dict)  # the service's own codes in words (its provider's)

    @functools.cached_property
    def params(self) -> type[ParamsModel]:
        """The parameters' model, built when first needed: start-up does not build hundreds."""
        return self.model if isinstance(self.model, type) else self.model()

    @property
    def scope(self) -> str:
        """The rate-limit scope: the documented one, else the action itself."""
        return (self.rate.scope if self.rate and self.rate.scope else "") or self.id.partition(".")[2] or self.id

    @property
    def limit(self) -> Optional[int]:
        """The documented calls per minute, when the limit is counted per minute."""
        return self.rate.calls if self.rate and self.rate.seconds == 60 else None

    def schema(self) -> dict[str, Any]:
        return self.params.model_json_schema()


BACKGROUND = {"auto", "health check", "toggle", "live events", "demo", "self-test"}


@dataclass(eq=False)
class Invocation:
    id: int
    action: Action
    params: dict[str, Any]  # redacted copy, safe to show and log
    source: str
    state: str = "queued"  # queued, running, ok, failed, cancelled
    at: float = field(default_factory=time.time)  # wall clock, for display
    started: float = field(default_factory=time.perf_counter)
    finished: Optional[float] = None
    result: Any = None
    error: Optional[str] = None
    task: Optional[asyncio.Task[Any]] = None

    @property
    def duration(self) -> Optional[float]:
        return None if self.finished is None else self.finished - self.started

    @property
    def pending(self) -> bool:
        return self.state in ("queued", "running")

    @property
    def background(self) -> bool:
        """Run by Deck itself (a panel's refresh or read, a health check, a toggle's read) or as
        one step of another action, not by the user's own hand (a change made in a panel, a
        deck button, a hotkey, the palette, the Actions panel, the command line)."""
        return (self.source in BACKGROUND or self.source.startswith("via ")
                or (self.source == "ui" and self.action.read_only))


class Registry:
    def __init__(self, limits: Optional[Limits] = None):
        self._actions: dict[str, Action] = {}
        self._limits = limits or Limits()
        self._ids = itertools.count(1)
        self._pending: dict[int, Invocation] = {}
        self.invocation_changed = Event()  # (Invocation)
        self.health_changed = Event()  # (provider, state, detail)
        self.health: dict[str, tuple[str, str]] = {}
        self.known: dict[str, str] = {}  # ids Deck has seen named (a Discord member's id: their name), to say who in words

    # ---- catalogue
    def register(self, action: Action) -> None:
        if action.id in self._actions:
            raise ValueError(f"action {action.id} registered twice")
        self._actions[action.id] = action

    def get(self, action_id: str) -> Action:
        try:
            return self._actions[action_id]
        except KeyError:
            raise UnknownAction(action_id, tuple(self._actions)) from None

    def actions(self) -> list[Action]:
        return sorted(self._actions.values(), key=lambda a: a.id)

    def __contains__(self, action_id: str) -> bool:
        return action_id in self._actions

    def validate(self, action_id: str, params: Optional[dict[str, Any]] = None) -> ParamsModel:
        action = self.get(action_id)
        return validate(action_id, action.params, dict(params or {}))

    # ---- running
    def learn(self, value: object, name: str, keep: int = 5000) -> None:
        """Remember what an id is called, to say it in words where it is shown."""
        self.known.pop(str(value), None)
        self.known[str(value)] = name
        if len(self.known) > keep:
            del self.known[next(iter(self.known))]

    def pending(self) -> list[Invocation]:
        return list(self._pending.values())

    def cancel_pending(self) -> int:
        """Cancel every queued or running invocation; returns how many."""
        tasks = [inv.task for inv in self._pending.values() if inv.task and not inv.task.done()]
        for task in tasks:
            task.cancel()
        return len(tasks)

    async def invoke(
        self, action_id: str, params: dict[str, Any] | ParamsModel | None = None, *, source: str = ""
    ) -> object:
        action = self.get(action_id)
        model = params if isinstance(params, action.params) else validate(action_id, action.params, dict(params or {}))
        inv = Invocation(next(self._ids), action, redact_params(model.model_dump(exclude_none=True)), source)
        self._pending[inv.id] = inv
        inv.task = asyncio.ensure_future(self._run(inv, model))
        self.invocation_changed.emit(inv)
        try:
            return await inv.task
        except asyncio.CancelledError:
            if inv.task.cancelled():
                raise Cancelled(action_id) from None
            raise

    async def _run(self, inv: Invocation, model: ParamsModel) -> Any:
        action = inv.action
        limiter = None
        if action.rate or action.wire:  # an undocumented limit still honours the service's 429
            rate = action.rate
            limiter = self._limits.get(f"{action.provider}:{action.scope}", rate.calls if rate else None,
                                       rate.seconds if rate else 60.0)
        try:
            for attempt in itertools.count():
                if limiter is not None:
                    await limiter.acquire()
                self._set_state(inv, "running")
                try:
                    result = await action.handler(model)
                except RateLimited as exc:
                    # The service refused without acting: wait as told (or back off), then queue again.
                    wait = exc.retry_after if exc.retry_after is not None else 0.5 * 2.0 ** attempt
                    if wait > MAX_WAIT:
                        raise ServiceError(exc.service, exc.message + translate(
                            "Errors", " (the service asks to wait {time}; not retrying)").format(time=duration(wait)),
                            429) from None
                    if limiter is None or attempt >= MAX_RATE_LIMIT_RETRIES:
                        raise
                    limiter.block(wait)
                    self._set_state(inv, "queued")
                    continue
                inv.result = result
                self._finish(inv, "ok")
                self.report_health(action.provider, "connected", "")
                return result
        except asyncio.CancelledError:
            inv.error = "cancelled"
            self._finish(inv, "cancelled")
            raise
        except DeckError as exc:
            inv.error = redact(str(exc))
            self._finish(inv, "failed")
            self._report_failure(action.provider, exc)
            raise
        except Exception as exc:  # a bug in a handler: report it, never crash the caller's loop
            log.exception("%s failed unexpectedly", action.id)
            inv.error = f"internal error: {type(exc).__name__}: {exc}"
            self._finish(inv, "failed")
            raise DeckError(inv.error) from exc

    def _set_state(self, inv: Invocation, state: str) -> None:
        if inv.state != state:
            inv.state = state
            self.invocation_changed.emit(inv)

    def _finish(self, inv: Invocation, state: str) -> None:
        inv.finished = time.perf_counter()
        self._pending.pop(inv.id, None)
        inv.state = state
        self.invocation_changed.emit(inv)

    def _report_failure(self, provider: str, exc: DeckError) -> None:
        if isinstance(exc, CredentialsMissing):
            self.report_health(provider, exc.state, str(exc))
        elif isinstance(exc, Unreachable):
            self.report_health(provider, "unreachable", str(exc))
        elif isinstance(exc, ServiceError) and exc.status in (401, 403):
            self.report_health(provider, "key rejected", str(exc))
        elif isinstance(exc, ServiceError):
            self.report_health(provider, "connected", "")

    def report_health(self, provider: str, state: str, detail: str) -> None:
        if self.health.get(provider) != (state, detail):
            self.health[provider] = (state, detail)
            self.health_changed.emit(provider, state, detail)
