"""Toggle buttons follow live state: shield mode, a command's active flag, the song player,
a Discord member's mute.

Each kind says, in capabilities, how to read its state, what a press runs, and which
capabilities reveal the state when they succeed, so a toggle works through whichever
service offers them. :class:`ToggleStates` watches every invocation in the registry, so a
toggle changes when the state changes anywhere in Deck (a panel, a hotkey, the palette),
not only when its own button is pressed.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from deck.core.errors import DeckError
from deck.core.events import Event
from deck.core.words import QT_TRANSLATE_NOOP, translate
from deck.providers import catalogue
from deck.providers.base import LiveToggle
from deck.providers.capabilities import ChatCommand

from .capabilities import Capabilities
from .registry import Invocation, Registry

log = logging.getLogger(__name__)
State = Optional[bool]  # None: not known yet (or the member is not in voice)


@dataclass(frozen=True)
class ToggleKind:
    id: str
    title: str
    arg_label: str  # what ``toggle_arg`` means; empty when the kind takes none
    press: Callable[[str, State], tuple[str, dict[str, Any]]]  # -> (capability, params)
    read: str = ""  # a capability that reads the state, if there is one
    read_params: Callable[[str], dict[str, Any]] = lambda arg: {}
    state_of: Callable[[Any, str], State] = lambda result, arg: None
    follows: dict[str, Callable[[Any, dict[str, Any], str], State]] = field(default_factory=dict)
    asks: str = ""  # the question before a press turns it on, when that acts on people
    words: tuple[str, str] = ("ON", "off")  # its two states as the button says them
    live: Optional[LiveToggle] = None  # a state the service pushes (its transport's ``live``) instead
    provider: str = ""  # whose live state, for those


SHIELD_QUESTION = QT_TRANSLATE_NOOP("Confirm", "Turn <b>shield mode</b> on? It locks chat down against a raid and acts on "
                                               "chatters: the protection filters get strict and recent chatters can be "
                                               "banned.")


def _command(result: Any, arg: str) -> State:
    name = arg.lstrip("!").lower()
    found = next((c for c in getattr(result, "commands", []) if c.name.lstrip("!").lower() == name), None)
    return None if found is None or found.enabled is None else found.enabled


def _member(result: Any, arg: str) -> State:
    members = (m for ch in result.channels for m in ch.members)
    found = next((m for m in members if m.id == arg), None)
    return None if found is None else bool(found.muted)


def _feature(result: Any, arg: str) -> State:
    return bool(result.switches[arg]) if arg in result.switches else None


def _same_feature(result: Any, params: dict[str, Any], arg: str) -> State:
    """A switch changed: its new state, when it is this button's (an answer that does not name it
    is about the one that was asked)."""
    switches = result.switches
    if arg in switches:
        return bool(switches[arg])
    return bool(switches[""]) if "" in switches and params.get("feature") == arg else None


def _same_command(result: ChatCommand, params: dict[str, Any], arg: str) -> State:
    return result.enabled if result.name.lstrip("!").lower() == arg.lstrip("!").lower() else None


KINDS: dict[str, ToggleKind] = {k.id: k for k in (
    ToggleKind("shield", "Shield mode", "", press=lambda arg, on: ("moderation.shield", {"mode": "toggle"}),
               asks=SHIELD_QUESTION,
               read="moderation.shield-status", state_of=lambda r, arg: r.on,
               follows={"moderation.shield": lambda r, p, arg: r.on,
                        "moderation.shield-status": lambda r, p, arg: r.on}),
    ToggleKind("command", "Command active", "Command name",
               press=lambda arg, on: ("commands.toggle", {"name": arg.lstrip("!"), "mode": "toggle"}),
               read="commands.list", state_of=_command,
               follows={"commands.toggle": _same_command,
                        "commands.list": lambda r, p, arg: _command(r, arg)}),
    ToggleKind("protection", "Protection switch", "Protection",
               press=lambda arg, on: ("moderation.feature", {"feature": arg, "mode": "off" if on else "on"}),
               read="moderation.features", state_of=_feature,
               follows={"moderation.feature": _same_feature,
                        "moderation.features": lambda r, p, arg: _feature(r, arg)}),
    ToggleKind("song", "Song playing", "", words=("playing", "paused"),
               press=lambda arg, on: ("songs.pause" if on else "songs.play", {}),
               follows={"songs.play": lambda r, p, arg: True, "songs.pause": lambda r, p, arg: False}),
    ToggleKind("discord-mute", "Discord member muted", "Discord member id",
               press=lambda arg, on: ("voice.mute", {"member_id": arg, "mode": "toggle"}),
               read="voice.members", state_of=_member,
               follows={"voice.mute": lambda r, p, arg: r.muted if r.id == arg else None,
                        "voice.members": lambda r, p, arg: _member(r, arg)}),
)}


def _pushed_only(arg: str, on: State) -> tuple[str, dict[str, Any]]:
    raise DeckError("this button follows a service's live state: ToggleStates.press runs it")


KINDS.update({t.id: ToggleKind(t.id, t.title, t.arg_label, press=_pushed_only, words=t.words, live=t,
                               provider=p.name) for p in catalogue.providers() for t in p.toggles})


class ToggleStates:
    """The known state of every (kind, arg) a toggle button follows."""

    def __init__(self, registry: Registry, capabilities: Capabilities,
                 live: Callable[[str], Any] = lambda provider: None):
        self.registry = registry
        self.capabilities = capabilities
        self.live = live  # a provider's live state, if its transport keeps one
        self.states: dict[tuple[str, str], State] = {}
        self.watched: set[tuple[str, str]] = set()
        self.changed = Event()  # (kind, arg, state)
        self._following: dict[str, tuple[Any, Callable[..., None]]] = {}  # provider -> its live state, listener
        registry.invocation_changed.connect(self._seen)

    def close(self) -> None:
        self.registry.invocation_changed.disconnect(self._seen)
        for live, listener in self._following.values():
            live.changed.disconnect(listener)
        self._following.clear()

    def press(self, kind: str, arg: str) -> tuple[str, dict[str, Any]]:
        """What a press of the toggle runs now: (capability or action, parameters)."""
        spec = KINDS[kind]
        if spec.live is not None:
            return spec.live.press(self._live_of(spec.provider), arg, self.get(kind, arg))
        return spec.press(arg, self.get(kind, arg))

    def choices(self, kind: str) -> list[str]:
        """The arguments a live toggle can take now (OBS's scenes, its audio inputs…)."""
        spec = KINDS[kind]
        live = self._live_of(spec.provider) if spec.live is not None else None
        return spec.live.choices(live) if spec.live is not None and live is not None else []

    def _live_of(self, provider: str) -> object:
        """The provider's live state, followed (and kept connected) from the first time it is needed."""
        live = self.live(provider)
        if live is None:
            raise DeckError(translate("Toggles", "{service} is not set up: add it under File → Accounts.").format(
                service=catalogue.get(provider).title))
        followed = self._following.get(provider)
        if followed is None or followed[0] is not live:
            if followed is not None:
                followed[0].changed.disconnect(followed[1])

            def listener(*_: object) -> None:
                self._pushed(provider)
            live.changed.connect(listener)
            self._following[provider] = (live, listener)
            live.start()
        return live

    def _pushed(self, provider: str) -> None:
        live = self._following[provider][0]
        for key in list(self.watched):
            spec = KINDS.get(key[0])
            if spec is not None and spec.live is not None and spec.provider == provider:
                self._set(key, spec.live.state(live, key[1]))

    def get(self, kind: str, arg: str) -> State:
        return self.states.get((kind, arg))

    def _set(self, key: tuple[str, str], state: State) -> None:
        if self.states.get(key) != state:
            self.states[key] = state
            self.changed.emit(key[0], key[1], state)

    def _seen(self, inv: Invocation) -> None:
        if inv.state != "ok":
            return
        for capability, route in self.capabilities.of_action(inv.action.id):
            result = route.result(inv.result) if route.result else inv.result
            for key in self.watched:
                follow = KINDS[key[0]].follows.get(capability)
                if follow is None:
                    continue
                try:
                    state = follow(result, inv.params, key[1])
                except (AttributeError, TypeError, ValueError):
                    continue
                # A reading that does not mention this arg says nothing about it, except a full read.
                if state is not None or capability == KINDS[key[0]].read:
                    self._set(key, state)

    async def refresh(self) -> None:
        """Read the state of everything watched, one call per distinct read."""
        calls = {}
        for provider in {KINDS[kind].provider for kind, _ in self.watched if KINDS[kind].live is not None}:
            try:
                self._live_of(provider)
            except DeckError as exc:
                log.info("toggle state not followed (%s): %s", provider, exc)
                continue
            self._pushed(provider)
        for kind, arg in self.watched:
            spec = KINDS[kind]
            if spec.read and self.capabilities.available(spec.read):
                params = spec.read_params(arg)
                calls[(spec.read, tuple(sorted(params.items())))] = params
        for (capability, _), params in calls.items():
            try:
                await self.capabilities.invoke(capability, params, source="toggle")  # _seen takes the result
            except DeckError as exc:
                log.info("toggle state not read (%s): %s", capability, exc)
