"""The plug-in contract every service fills: its operations as data, and a few hooks.

An :class:`Operation` is one documented endpoint: method, path template as the service
writes it, each parameter under the service's own name and with its place on the wire, the
auth it needs, its rate limit, whether it reads or changes something (and whether that can be
undone), and how its answer is read. From this one table come the typed parameter model
(validation for the command line, the forms and the sandbox), the request on the wire, the
action catalogue and ``deck actions --json``.

A :class:`Provider` holds the table, the auth kinds, the default base URL, the health probe
and the words its Accounts page shows; it overrides a hook only where the service really
differs (an envelope, an error shape).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import httpx
from pydantic import TypeAdapter

from deck.core.errors import ServiceError
from deck.core.words import translate
from deck.core.params import Check, Param, ParamsModel, Rule, build_model
from deck.net.auth import Auth, NoAuth
from deck.net.signed_events import Headers
from deck.net.http import MAX_ANSWER, error_text
from deck.net.limiter import Rate

from .capabilities import Route

ANSWERS = ("json", "empty", "text")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Operation:
    id: str  # the action is ``<provider>.<id>``
    title: str
    group: str
    method: str  # HTTP: the method; another transport: its own word for it, or ""
    path: str  # HTTP: as documented, with ``{placeholders}``, appended to the base URL; else the request's name
    params: tuple[Param, ...] = ()
    rules: tuple[Rule, ...] = ()
    checks: tuple[Check, ...] = ()
    auth: str = ""  # a key of the provider's ``auths``; "" is its first, "none" is public
    scopes: tuple[str, ...] = ()  # OAuth scopes the operation needs
    rate: Optional[Rate] = None  # documented limit; None: only a 429 holds calls back
    read: Optional[bool] = None  # no side effect, safe to retry (default: GET)
    destructive: bool = False  # the UI asks before running it
    # or only with one value of one parameter: ("duration", None) asks when no duration is given
    destructive_when: Optional[tuple[str, Any]] = None
    answer: str = "json"  # "json" (object, array or scalar), "empty" (204) or "text"
    body: str = ""  # "json" sends a JSON object even when no parameter goes there
    result: Any = None  # a type the answer is read into (tolerant models keep unknown fields)
    max_answer: int = MAX_ANSWER  # bytes of the answer Deck reads; a larger one is an error
    description: str = ""
    deprecated: str = ""  # what to use instead, when the service deprecated it
    app: bool = False  # OAuth: the app's own token (no user signed in) may call it too
    transport: str = "http"  # what carries it: "http", or a transport the provider brings (Provider.transports)

    def __post_init__(self) -> None:
        if self.answer not in ANSWERS:
            raise ValueError(f"{self.id}: unknown answer kind {self.answer!r}")
        if self.transport != "http" and self.read is None:
            raise ValueError(f"{self.id}: say whether it only reads (read=True/False): it is not an HTTP GET")
        names = {p.name for p in self.params}
        for placeholder in PLACEHOLDER.findall(self.path):
            p = next((p for p in self.params if p.name == placeholder), None)
            if p is None or p.place != "path" or not p.required:
                raise ValueError(f"{self.id}: {{{placeholder}}} needs a required path parameter")
        if len(names) != len(self.params):
            raise ValueError(f"{self.id}: a parameter is listed twice")

    @property
    def reads(self) -> bool:
        return self.method == "GET" if self.read is None else self.read

    @property
    def wire(self) -> dict[str, Any]:
        """How it travels, for ``deck actions --json``: ``{"http": {"method", "path"}}``, or
        ``{"<transport>": {"request": name}}``."""
        if self.transport == "http":
            return {"http": {"method": self.method, "path": self.path}}
        return {self.transport: {"request": self.path}}

    @property
    def wire_text(self) -> str:
        """The same in a few words: ``GET /items/{id}``, ``SetCurrentProgramScene``."""
        return f"{self.method} {self.path}" if self.transport == "http" else self.path

    @functools.cached_property
    def model(self) -> type[ParamsModel]:
        name = "".join(part.title() for part in re.split(r"[-_.]", self.id)) + "Params"
        return build_model(name, self.params, self.rules, self.checks)

    @functools.cached_property
    def reader(self) -> Optional[TypeAdapter[Any]]:
        return TypeAdapter(self.result) if self.result is not None else None


@dataclass(frozen=True)
class Probe:
    """The health check: a cheap read whose success means "connected"."""

    operation: str
    params: dict[str, Any] = field(default_factory=dict)
    opens: str = ""  # for a credential check: what that credential opens, in words


@dataclass(frozen=True)
class Mint:
    """How a credential is made from another: ``operation`` (signed with what the user has)
    answers the new one in ``field``, kept under ``credential``."""

    operation: str
    params: dict[str, Any]
    field: str
    credential: str
    label: str  # the button's words


@dataclass(frozen=True)
class EventSource:
    """Events a service pushes to Deck (signed webhooks): where its public key is read and how
    a delivery becomes Deck's items. Subscriptions are managed through the ``events.*``
    capabilities."""

    key: str  # the operation answering the public key the deliveries are signed with
    read_key: Callable[[Any], str]  # the PEM, from that answer
    headers: Headers  # the service's names for a delivery's id, timestamp, signature, type, version
    translate: Callable[[Any], list[Any]]  # a Delivery -> chat items and Happenings
    events: dict[str, str]  # event name -> what it is, in words
    setup: str = ""  # how the user lets the service reach Deck's receiver (rich text)


@dataclass(frozen=True)
class LiveToggle:
    """A deck button that follows a service's live state, which the service pushes (OBS's scene
    on air, a source shown, a microphone muted): what a press runs and how the state reads."""

    id: str
    title: str
    arg_label: str  # what the button's argument names ("Scene"); empty when it takes none
    press: Callable[[Any, str, Optional[bool]], tuple[str, dict[str, Any]]]  # (live, arg, on) -> (action, params)
    state: Callable[[Any, str], Optional[bool]]  # (live, arg) -> on, off, or not known
    words: tuple[str, str] = ("ON", "off")
    choices: Callable[[Any], list[str]] = lambda live: []  # the arguments there are now, for the button editor


class Provider:
    """One service. Subclasses set the class attributes and override hooks where needed."""

    name = ""  # action id prefix, settings key, keychain name
    title = ""  # what the user reads
    default_url = ""  # the root that documented paths are appended to
    auths: dict[str, Auth] = {}
    operations: tuple[Operation, ...] = ()
    routes: tuple[Route, ...] = ()  # what it offers to Deck's capabilities
    probe: Optional[Probe] = None
    verify: Optional[Probe] = None  # a call that proves the credential, when the probe is public
    checks: tuple[Probe, ...] = ()  # the other credentials' checks, each saying what it opens
    mint: Optional[Mint] = None  # the main credential made from another one
    events: Optional[EventSource] = None  # live events pushed to Deck's receiver
    # from the probe's answer, what the service knows of the signed-in user, by parameter name
    # (filled into its operations that take them and were not given them: "my channel")
    identity: Optional[Callable[[Any], dict[str, Any]]] = None
    website = ""  # where the user gets a credential
    account_help = ""  # a sentence or two for the Accounts page (rich text)
    about = ""  # anything the user should know about the service itself
    url_label = "Server"  # the base URL field's label on the Accounts page
    url_required = False  # self-hosted services have no default address
    # transports besides HTTP that its operations name: transport -> (provider, base URL, signer for an
    # operation) -> a client with ``async send(operation, params)``; the policy around it is the registry's
    transports: dict[str, Callable[..., Any]] = {}
    toggles: tuple[LiveToggle, ...] = ()  # buttons following the state its transport's ``live`` keeps
    words: dict[str, str] = {}  # its own codes, in answers and parameter values, in words

    @functools.cached_property
    def by_id(self) -> dict[str, Operation]:
        return {op.id: op for op in self.operations}

    def auth_of(self, op: Operation) -> Auth:
        if op.auth == "none":
            return NoAuth()
        return self.auths[op.auth] if op.auth else self.primary_auth()

    def primary_auth(self) -> Auth:
        return next(iter(self.auths.values()), NoAuth())

    # ---- hooks
    def headers(self, op: Operation) -> dict[str, str]:
        """Headers the service wants on this operation besides its auth."""
        return {}

    def unwrap(self, op: Operation, data: object, response: httpx.Response) -> object:
        """The answer's payload, after any envelope; raise ServiceError when the envelope says
        the call failed although the status was 2xx."""
        return data

    def error_text(self, response: httpx.Response) -> str:
        return error_text(response)

    def fail(self, response: httpx.Response) -> ServiceError:
        return ServiceError(self.title, self.error_text(response), response.status_code)

    def probe_summary(self, result: object) -> str:
        """What the Accounts page says after a successful test."""
        return translate("Accounts", "Connected")
