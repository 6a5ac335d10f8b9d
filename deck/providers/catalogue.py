"""The services Deck drives. This list is the only place that names them: the actions
catalogue, Accounts, the status-bar lights, health probes, the self-test, ``deck accounts``
and the sandbox all come from it."""
from __future__ import annotations

import importlib
from functools import cache

from .base import Provider

NAMES = ("missxss", "scottybot", "nightbot", "owncast", "kick", "obs")


@cache
def providers() -> tuple[Provider, ...]:
    return tuple(importlib.import_module(f"deck.providers.{name}").PROVIDER for name in NAMES)


def get(name: str) -> Provider:
    for provider in providers():
        if provider.name == name:
            return provider
    raise KeyError(name)
