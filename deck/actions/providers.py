"""A provider's operations as actions, ``<provider>.<operation>``, each sent by the generic client."""
from __future__ import annotations

from typing import Any, Callable, Optional

from deck.core.params import ParamsModel
from deck.core.names import action_id
from deck.net.auth import describe
from deck.providers.base import Operation, Provider
from deck.providers.http_api import ApiClient

from .registry import Action, Registry


def _handler(client: Callable[[], Optional[ApiClient]], op: Operation) -> Callable[[ParamsModel], Any]:
    async def handle(params: ParamsModel) -> Any:
        api = client()
        assert api is not None, "no client for a registered provider"
        return await api.send(op, params)

    return handle


def _model(op: Operation) -> Callable[[], type[ParamsModel]]:
    return lambda: op.model


def register(registry: Registry, provider: Provider, client: Callable[[], Optional[ApiClient]]) -> None:
    for op in provider.operations:
        description = op.description
        if op.deprecated:
            description = f"Deprecated by {provider.title}: use {op.deprecated}. {description}".strip()
        registry.register(Action(
            id=action_id(provider.name, op.id), title=op.title, group=op.group, model=_model(op),
            handler=_handler(client, op), provider=provider.name, rate=op.rate, destructive=op.destructive,
            destructive_when=op.destructive_when,
            read_only=op.reads, description=description, http={"method": op.method, "path": op.path},
            auth=describe(provider.auth_of(op)), scopes=op.scopes, deprecated=op.deprecated))
