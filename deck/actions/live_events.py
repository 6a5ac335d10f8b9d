"""Live events services push to Deck: one local receiver per service that offers them, each
delivery checked by its signature, freshness and id before it becomes Deck's events.

Chat messages and moderation go to the chat hub (the chat view merges them with what the chat
readers read, by message id); everything else is a :class:`Happening` on :attr:`happened`
(recent activity, the redemption queue, the stream's state). A receiver runs only while the
user has switched it on (Accounts), on the port they chose.
"""
from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

from deck.core.errors import DeckError
from deck.core.words import duration, translate
from deck.core.events import Event
from deck.core.names import action_id
from deck.net.signed_events import BadDelivery, Gate, public_key
from deck.net.webhooks import Receiver
from deck.providers.base import EventSource
from deck.providers.capabilities import Happening

if TYPE_CHECKING:
    from .services import Services

log = logging.getLogger(__name__)
KEY_SECONDS = 20.0  # the wait for the service's public key
REKEY_AFTER = 60.0  # a signature that fails makes Deck fetch the key again, at most this often


@dataclass
class Tally:
    """What a receiver has seen, for the Accounts page."""
    url: str = ""
    problem: str = ""  # why it is not listening, or the last delivery refused and why
    received: int = 0
    accepted: int = 0
    duplicates: int = 0
    refused: int = 0


class LiveEvents:
    def __init__(self, services: "Services"):
        self.services = services
        self.happened = Event()  # (Happening)
        self.changed = Event()  # (provider): a receiver started, stopped or took a delivery
        self.receivers: dict[str, Receiver] = {}
        self.gates: dict[str, Gate] = {}
        self.tallies: dict[str, Tally] = {}
        self._rekeyed: dict[str, float] = {}
        self.sources: dict[str, EventSource] = {  # the services that push events, by name
            name: p.events for name, p in services.providers.items() if p.events is not None}

    def tally(self, provider: str) -> Tally:
        return self.tallies.setdefault(provider, Tally())

    async def start_enabled(self) -> None:
        """Start the receivers the user switched on (at start-up)."""
        for name in self.sources:
            section = self.services.section(name)
            if section.events and self.services.configured(name):
                try:
                    await self.start(name, section.events_port)
                except DeckError as exc:  # the Accounts page says why
                    log.warning("%s: live events not started: %s", name, exc)

    async def start(self, provider: str, port: int) -> str:
        """Fetch the service's public key and listen on ``port`` (0: any free one); the address.
        DeckError says why it could not start (and the Accounts page shows it)."""
        await self.stop(provider)
        tally = self.tally(provider)
        try:
            self.gates[provider] = Gate(await self._key(provider), self.sources[provider].headers)
            receiver = Receiver(lambda headers, body: self.deliver(provider, headers, body), port)
            try:
                tally.url = await receiver.start()
            except OSError as exc:
                raise DeckError(translate("Events", "port {port} cannot be used ({why}): pick another one").format(
                    port=port, why=exc.strerror or exc)) from None
        except DeckError as exc:
            tally.problem = translate("Events", "Not listening: {why}").format(why=exc)
            self.changed.emit(provider)
            raise
        self.receivers[provider] = receiver
        tally.problem = ""
        self.changed.emit(provider)
        return tally.url

    async def stop(self, provider: str) -> None:
        receiver = self.receivers.pop(provider, None)
        if receiver is not None:
            await receiver.stop()
            self.tally(provider).url = ""
            self.changed.emit(provider)

    async def close(self) -> None:
        await asyncio.gather(*(self.stop(name) for name in list(self.receivers)), return_exceptions=True)

    async def _key(self, provider: str) -> tuple[int, int]:
        source = self.sources[provider]
        try:
            answer = await asyncio.wait_for(self.services.registry.invoke(action_id(provider, source.key), {},
                                                                          source="live events"), KEY_SECONDS)
        except asyncio.TimeoutError:
            raise DeckError(translate("Events", "{service} did not give its public key within {time}").format(
                service=self.services.providers[provider].title, time=duration(KEY_SECONDS))) from None
        try:
            return public_key(source.read_key(answer))
        except (BadDelivery, KeyError, TypeError, ValueError) as exc:
            raise DeckError(translate("Events", "the public key {service} gave cannot be used: {why}").format(
                service=self.services.providers[provider].title, why=exc)) from None

    async def deliver(self, provider: str, headers: Mapping[str, str], body: bytes) -> tuple[int, str]:
        """One delivery: (HTTP status, text) for the service; its events passed on when genuine."""
        gate, tally = self.gates[provider], self.tally(provider)
        tally.received += 1
        try:
            try:
                delivery = gate.admit(headers, body)
            except BadDelivery as exc:
                if not exc.forged or not await self._rekey(provider):
                    raise
                delivery = gate.admit(headers, body)  # the service may have changed its key
        except BadDelivery as exc:
            tally.refused += 1
            tally.problem = translate("Events", "Refused a delivery: {why}").format(why=exc)
            log.warning("%s: refused an event delivery: %s", provider, exc)
            self.changed.emit(provider)
            return (401 if exc.forged else 400), str(exc)
        if delivery is None:
            tally.duplicates += 1
            self.changed.emit(provider)
            return 200, "already received"
        tally.accepted += 1
        self.changed.emit(provider)
        self.publish(self.sources[provider].translate(delivery))
        return 200, "ok"

    def publish(self, items: list[Any]) -> None:
        chat = [item for item in items if not isinstance(item, Happening)]
        if chat:
            self.services.chat.items.emit(chat)
        for item in items:
            if isinstance(item, Happening):
                self.happened.emit(item)

    async def _rekey(self, provider: str) -> bool:
        """Fetch the public key again (at most once a minute); whether it changed."""
        now = time.monotonic()
        if now - self._rekeyed.get(provider, -REKEY_AFTER) < REKEY_AFTER:
            return False
        self._rekeyed[provider] = now
        try:
            key = await self._key(provider)
        except DeckError as exc:
            log.warning("%s: the public key could not be fetched again: %s", provider, exc)
            return False
        gate = self.gates[provider]
        changed, gate.key = key != gate.key, key
        return changed
