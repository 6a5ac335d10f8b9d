"""A provider's operations as actions, ``<provider>.<operation>``, each sent by the client of the
transport it names (the generic HTTP client, or one its provider brings)."""
from __future__ import annotations

from typing import Any, Callable

from deck.core.params import ParamsModel
from deck.core.names import action_id
from deck.net.auth import describe
from deck.providers.base import Operation, Provider

from .registry import Action, Registry


def _handler(client: Callable[[str], Any], op: Operation) -> Callable[[ParamsModel], Any]:
    async def handle(params: ParamsModel) -> object:
        return await client(op.transport).send(op, params)

    return handle


def _model(op: Operation) -> Callable[[], type[ParamsModel]]:
    return lambda: op.model


def register(registry: Registry, provider: Provider, client: Callable[[str], Any]) -> None:
    """Every operation of ``provider`` as an action; ``client(transport)`` gives the client that sends it now."""
    for op in provider.operations:
        description = op.description
        if op.deprecated:
            description = f"Deprecated by {provider.title}: use {op.deprecated}. {description}".strip()
        registry.register(Action(
            id=action_id(provider.name, op.id), title=op.title, group=op.group, model=_model(op),
            handler=_handler(client, op), provider=provider.name, rate=op.rate, destructive=op.destructive,
            destructive_when=op.destructive_when,
            read_only=op.reads, description=description, wire=op.wire, wire_text=op.wire_text,
            auth=describe(provider.auth_of(op)), scopes=op.scopes, deprecated=op.deprecated, words=provider.words))
