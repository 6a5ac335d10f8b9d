"""Which service does what a streamer asks: ``(capability, platform) -> ordered routes``.

Providers offer routes (:mod:`deck.providers.capabilities`); this layer picks the one that
runs: the user's choice when they made one and its service is connected, else the best
ranked connected one. It also explains, in words, why nothing can run ("goes through
MissXss, which is not connected"). Portable capabilities become actions of their own.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Optional

from deck.core.errors import DeckError, InvalidParams, ServiceError
from deck.core.names import action_id
from deck.core.params import Param, ParamsModel, build_model, validate
from deck.core.words import QT_TRANSLATE_NOOP, translate
from deck.providers.capabilities import ANY_PLATFORM, BY_ID, PLATFORMS, Capability, Route, conforms

from .registry import Action

if TYPE_CHECKING:
    from deck.providers.base import Provider

    from .registry import Registry


class NotAvailable(DeckError):
    exit_code = 4


@dataclass(frozen=True)
class Choice:
    """One way to do a capability: a provider's route, for the platform asked."""

    provider: str
    title: str  # the provider's name, as the user reads it
    route: Route
    action_id: str
    platform: str

    def params(self, values: dict[str, Any]) -> dict[str, Any]:
        mapping = self.route.params
        try:
            return mapping(dict(values), self.platform) if mapping else dict(values)
        except KeyError as exc:  # a mapping that needs a value not given: the same as the contract saying so
            raise InvalidParams(self.action_id, [f"{exc.args[0]}: " + translate("Params", "required")]) from None
        except ValueError as exc:  # a value this service cannot take, in its words
            raise InvalidParams(self.action_id, [str(exc)]) from None

    def result(self, answer: object) -> object:
        """The answer in the capability's terms, of its result type; one of another shape is the
        service's error."""
        problem = translate("Errors", "answered {capability} in a form Deck does not understand").format(
            capability=self.route.capability)
        try:
            value = self.route.result(answer) if self.route.result else answer
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise ServiceError(self.title, problem) from exc
        if not conforms(value, BY_ID[self.route.capability].result):
            raise ServiceError(self.title, problem)
        return value


def platform_title(platform: str) -> str:
    return PLATFORMS.get(platform, platform.title())


class Capabilities:
    def __init__(self, registry: "Registry", configured: Callable[[str], bool],
                 preferences: Optional[dict[str, str]] = None,
                 identity: Callable[[str], dict[str, Any]] = lambda provider: {}):
        self.registry = registry
        self.configured = configured
        self.identity = identity  # what a provider knows of the signed-in user: its params by name
        self.preferences = preferences if preferences is not None else {}  # "cap@platform" -> provider
        self._routes: dict[str, list[tuple["Provider", Route]]] = {}
        self._by_action: dict[str, list[tuple[str, Route]]] = {}
        self._models: dict[str, type[ParamsModel]] = {}

    # ---- catalogue
    def add(self, provider: "Provider", route: Route) -> None:
        if route.capability not in BY_ID:
            raise ValueError(f"{provider.name} offers unknown capability {route.capability}")
        if route.operation not in provider.by_id:
            raise ValueError(f"{provider.name} has no operation {route.operation} for {route.capability}")
        routes = self._routes.setdefault(route.capability, [])
        routes.append((provider, route))
        routes.sort(key=lambda pr: -pr[1].rank)  # stable: equal ranks keep the providers' order
        self._by_action.setdefault(action_id(provider.name, route.operation), []).append((route.capability, route))

    @staticmethod
    def knows(name: str) -> bool:
        """Whether ``name`` is a capability (rather than one service's action)."""
        return name in BY_ID

    def capability(self, cap: str) -> Capability:
        try:
            return BY_ID[cap]
        except KeyError:
            raise InvalidParams(cap, ["no such capability"]) from None

    def model(self, cap: str) -> type[ParamsModel]:
        """The capability's parameters, by Deck's names, as a model (built when first needed)."""
        model = self._models.get(cap)
        if model is None:
            name = "".join(p.title() for p in cap.replace("-", ".").split(".")) + "Values"
            model = self._models[cap] = build_model(name, self.capability(cap).params)
        return model

    def platforms(self, cap: str) -> list[str]:
        """The platforms some route of ``cap`` serves (empty when none is tied to one)."""
        seen: list[str] = []
        for _, route in self._routes.get(cap, []):
            seen += [p for p in route.platforms if p not in ("", ANY_PLATFORM) and p not in seen]
        return seen

    def choices(self, cap: str, platform: str = "") -> list[Choice]:
        """Every route that serves ``cap`` on ``platform``, best first."""
        out = []
        for provider, route in self._routes.get(cap, []):
            if platform in route.platforms or ANY_PLATFORM in route.platforms or \
                    (not platform and route.platforms == ("",)):
                out.append(Choice(provider.name, provider.title, route, action_id(provider.name, route.operation),
                                  platform))
        return out

    def usable(self, cap: str, platform: str = "") -> list[Choice]:
        return [c for c in self.choices(cap, platform) if self.configured(c.provider)]

    def choose(self, cap: str, platform: str = "", provider: Optional[str] = None) -> Optional[Choice]:
        """The route that runs now: the one asked for, else the user's choice, else the best
        connected one. None when no connected service offers it."""
        usable = self.usable(cap, platform)
        wanted = provider or self.preferences.get(self.key(cap, platform))
        picked = next((c for c in usable if c.provider == wanted), None)
        if provider and picked is None:
            return None
        return picked or (usable[0] if usable else None)

    @staticmethod
    def key(cap: str, platform: str = "") -> str:
        return f"{cap}@{platform}" if platform else cap

    def prefer(self, cap: str, platform: str, provider: str) -> None:
        self.preferences[self.key(cap, platform)] = provider

    def available(self, cap: str, platform: str = "") -> bool:
        return self.choose(cap, platform) is not None

    def offered(self, cap: str) -> bool:
        """Some connected service offers ``cap`` on some platform."""
        return any(self.configured(p.name) for p, _ in self._routes.get(cap, []))

    def providers_of(self, cap: str) -> list["Provider"]:
        seen: list["Provider"] = []
        for provider, _ in self._routes.get(cap, []):
            if provider not in seen:
                seen.append(provider)
        return seen

    def why_not(self, cap: str, platform: str = "") -> str:
        """Empty when ``cap`` can run on ``platform``; otherwise the reason, in words."""
        if self.choose(cap, platform):
            return ""
        title = translate("Contract", self.capability(cap).title)
        options = self.choices(cap, platform)
        if not options:
            return (translate("Capabilities", "{action} is not available for {platform} in Deck yet.") if platform else
                    translate("Capabilities", "{action} is not available in Deck yet.")).format(
                action=title, platform=platform_title(platform))
        names = translate("Capabilities", " or ").join(dict.fromkeys(c.title for c in options))
        return (translate("Capabilities", "{action} on {platform} goes through {services}, which is not connected.")
                if platform else translate("Capabilities", "{action} goes through {services}, which is not connected.")
                ).format(action=title, platform=platform_title(platform), services=names)

    def of_action(self, action_id: str) -> list[tuple[str, Route]]:
        """The capabilities an action serves (toggles follow a capability wherever it runs)."""
        return self._by_action.get(action_id, [])

    def choose_for(self, cap: str, values: dict[str, Any], platform: str = "",
                   provider: Optional[str] = None) -> Optional[Choice]:
        """The route that runs with these values: as :meth:`choose`, but where the chosen one needs
        a value not given (Kick's own API needs the viewer's id), a service that does without it."""
        choice = self.choose(cap, platform, provider)
        if choice is not None and provider is None and not all(values.get(n) for n in choice.route.needs):
            choice = next((c for c in self.usable(cap, platform) if all(values.get(n) for n in c.route.needs)),
                          choice)
        return choice

    # ---- running
    def prepare(self, cap: str, values: Optional[dict[str, Any]] = None, platform: str = "",
                provider: Optional[str] = None) -> tuple[Choice, dict[str, Any]]:
        """The route that runs and its action's parameters; raises with the reason when none can."""
        values = validate(cap, self.model(cap), dict(values or {})).wire()  # Deck's names and types, checked
        choice = self.choose_for(cap, values, platform, provider)
        if choice is None:
            raise NotAvailable(self.why_not(cap, platform) or translate("Errors", "{service} does not offer {capability}")
                               .format(service=provider, capability=cap))
        params = choice.params(values)
        action = self.registry.get(choice.action_id)
        for name, value in self.identity(choice.provider).items():  # the signed-in user's own id, where one
            own = next((p for p in action.params.__params__ if p.name == name), None)  # is taken (not a filter list)
            if name not in params and own is not None and own.kind != "list":
                params[name] = value
        return choice, params

    async def invoke(self, cap: str, values: Optional[dict[str, Any]] = None, platform: str = "",
                     provider: Optional[str] = None, source: str = "") -> object:
        choice, params = self.prepare(cap, values, platform, provider)
        answer = await self.registry.invoke(choice.action_id, params, source=source or cap)
        return choice.result(answer)

    # ---- portable capabilities as actions
    def register_actions(self) -> None:
        for cap in BY_ID.values():
            if cap.portable and cap.id in self._routes:
                self.registry.register(self._as_action(cap))

    def _as_action(self, cap: Capability) -> Action:
        platforms = self.platforms(cap.id)
        params = cap.params
        if platforms:
            params += (Param("platform", choices=tuple(platforms), required=True,
                             doc="Where: " + ", ".join(platforms)),)
        name = "".join(p.title() for p in cap.id.replace("-", ".").split(".")) + "Params"

        def model() -> type[ParamsModel]:  # built when first needed, as a service's actions are
            return build_model(name, params)

        async def handle(values: ParamsModel) -> object:
            data = values.wire()
            platform = data.pop("platform", "")
            return await self.invoke(cap.id, data, platform, source=f"via {cap.id}")

        offered = ", ".join(p.title for p in self.providers_of(cap.id))
        return Action(cap.id, cap.title, QT_TRANSLATE_NOOP("Contract", "Any service"), model, handle, provider="deck",
                      destructive=cap.destructive,
                      read_only=cap.read, description=translate(
                          "Contract", "Goes through whichever connected service offers it ({services}).").format(
                          services=offered),
                      capability=cap.id)

