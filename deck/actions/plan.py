"""One plan for every run: what will run, with what, and whether to ask first.

Whoever runs something (a panel, a deck button, a hotkey, the palette, ``deck run``) turns
(action or capability, parameters, platform, preferred service) into a :class:`Plan` here and
only shows its question (the UI), prints it (the command line) or forwards it; none of them
decides for itself what runs or whether it must be confirmed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from deck.core.params import ParamsModel, words
from deck.core.redact import redact
from deck.core.words import QT_TRANSLATE_NOOP, in_words, translate

from .capabilities import Capabilities, Choice, platform_title
from .registry import Action, Registry


@dataclass(frozen=True)
class Plan:
    action: Action  # the action that runs (a capability's: the chosen service's)
    params: dict[str, Any]  # as given to that action
    model: ParamsModel  # the same, validated
    confirm: bool  # must be confirmed before it runs
    why: str  # why it must, in words ("" when it need not)
    title: str  # what runs, as the user calls it
    choice: Optional[Choice] = None  # the capability's route, when run through one
    given: Optional[dict[str, Any]] = None  # what the user gave, in the capability's terms (who, not an id)

    @property
    def question(self) -> str:
        """The confirmation's question: "Ban viewer on Kick?"."""
        return self.ask()[0]

    def ask(self) -> tuple[str, str]:
        """The question and why it is asked, in the user's language: ("Ban viewer on Kick?",
        "This cannot be undone.")."""
        title = translate("Contract", self.title)
        asked = (translate("Confirm", "{action} on {platform}?").format(action=title, platform=self.platform)
                 if self.platform else translate("Confirm", "{action}?").format(action=title))
        return asked, translate("Confirm", self.why) if self.why else ""

    @property
    def platform(self) -> str:
        """The platform it acts on, as its name is written ("Kick"), or ""."""
        where_to = self.choice.platform if self.choice else str(self.params.get("platform") or "")
        return platform_title(where_to.lower()) if where_to else ""

    @property
    def details(self) -> str:
        return self.describe()

    def describe(self, label: Callable[[str], str] = str) -> str:
        """The parameters in words (each name through ``label``: the window's language), secrets
        masked; ids left out where a name says who or what ("Username: ada", not "User ID: 100028
        · Broadcaster user ID: …"), defaults unsaid."""
        given = self.params if self.given is None else self.given
        defaults = {p.name: p.default for p in self.action.params.__params__ if p.default is not None}
        shown = {label(words(k)): v for k, v in given.items()  # a value left as it is by default goes without saying
                 if v is not None and k != "platform" and not (k in defaults and defaults[k] == v)}
        return redact(in_words(shown, answer=True, names=self.action.words))

    @property
    def sentence(self) -> str:
        """What will happen, in one line: "Ban viewer on Kick (through Kick): Username: ada"."""
        title = translate("Contract", self.title)
        text = translate("Plan", "{action} on {platform}").format(action=title, platform=self.platform) if self.platform \
            else title
        if self.choice:
            text = translate("Plan", "{action} (through {service})").format(action=text, service=self.choice.title)
        details = self.details
        return text + (f": {details}" if details else "")

    def result(self, answer: object) -> object:
        """The action's answer, in the capability's terms when run through one."""
        return self.choice.result(answer) if self.choice else answer


def plan(registry: Registry, capabilities: Capabilities, name: str, params: Optional[dict[str, Any]] = None,
         platform: str = "", provider: Optional[str] = None) -> Plan:
    """The plan for running ``name`` (an action, or a capability with the ``platform`` it is
    for; ``provider`` asks for one service). Raises what is wrong (no service can, invalid
    parameters), before anything is sent. It must be confirmed when the action cannot be
    undone, or when the capability it runs for cannot."""
    values = dict(params or {})
    choice, given, title = None, None, ""
    destructive = False
    if capabilities.knows(name):
        title = capabilities.capability(name).title
        destructive = capabilities.capability(name).destructive
        takes_platform = name in registry and "platform" in registry.get(name).params.model_fields
        if takes_platform:  # its "platform" chooses the route
            platform = platform or str(values.pop("platform", "") or "")
        if name in registry and (platform or not takes_platform):
            # a capability with typed parameters of its own: checked, defaults filled in (without a
            # platform, the routes that serve none take it as it is)
            values = registry.validate(name, {**values, "platform": platform} if takes_platform else values).wire()
            if takes_platform:  # as the contract spells it; the route's, not a parameter of the service's action
                platform = str(values.pop("platform", platform))
        given = dict(values)
        choice, values = capabilities.prepare(name, values, platform, provider)
        name = choice.action_id
    action = registry.get(name)
    model = registry.validate(action.id, values)
    when = action.destructive_when
    destructive = destructive or action.destructive or (when is not None and model.wire().get(when[0]) == when[1])
    return Plan(action, values, model, destructive, QT_TRANSLATE_NOOP("Confirm", "This cannot be undone.") if destructive else "",
                title or action.title, choice, given)
