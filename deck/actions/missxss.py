"""The 62 MissXss actions, ``missxss.<scope>``, generated from the contract table."""
from __future__ import annotations

from typing import Callable

from deck.core.params import ParamsModel
from deck.providers.missxss.client import MissXssClient
from deck.providers.missxss.models import PARAMS, Reply
from deck.providers.missxss.spec import ENDPOINTS, Endpoint

from .registry import Action, Registry

REQUIRES = {
    "overlay": "Needs the MissXss overlay open in OBS.",
    "extension": "Needs the MissXss browser extension for Kick.",
}


def _handler(client: Callable[[], MissXssClient], endpoint: Endpoint):
    async def handle(params: ParamsModel) -> Reply:
        return await client().call(endpoint.scope, params.body(), idempotent=endpoint.read)

    return handle


def register(registry: Registry, client: Callable[[], MissXssClient]) -> None:
    for endpoint in ENDPOINTS:
        description = " ".join(filter(None, (endpoint.description, REQUIRES.get(endpoint.requires, ""))))
        registry.register(
            Action(
                id=f"missxss.{endpoint.scope}",
                title=endpoint.title,
                group=endpoint.group,
                params=PARAMS[endpoint.scope],
                handler=_handler(client, endpoint),
                provider="missxss",
                scope=endpoint.scope,
                limit=endpoint.limit,
                destructive=endpoint.destructive,
                read_only=endpoint.read,
                description=description,
            )
        )
