"""A transport is a plug-in: a provider whose operations travel some other way than HTTP gets
the same policy as every service (checked before sending, its documented limit queued, asked
before what cannot be undone, its failures in words) from the one pipeline."""
from __future__ import annotations

import asyncio

import pytest

from deck.actions.plan import plan
from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.errors import Cancelled, InvalidParams, ServiceError
from deck.core.settings import Settings
from deck.sandbox import Sandbox
from tests.support.kitchen import KITCHEN
from tests.support.tannoy import TANNOY, TannoyClient


@pytest.fixture
def world(memory_keyring):
    TannoyClient.sent.clear()
    TannoyClient.jammed = False
    return Services(Settings(), Credentials(), providers=(KITCHEN, TANNOY))


async def test_another_transport_gets_the_one_policy(world):
    registry = world.registry
    action = registry.get("tannoy.announce")
    assert action.wire == {"tannoy": {"request": "Announce"}} and action.wire_text == "Announce"
    assert registry.get("kitchen.item").wire == {"http": {"method": "GET", "path": "/items/{id}"}}

    assert await registry.invoke("tannoy.announce", {"text": "doors open"}) == {"said": "doors open",
                                                                               "request": "Announce"}
    with pytest.raises(InvalidParams, match="at most 40"):  # checked before sending
        await registry.invoke("tannoy.announce", {"text": "x" * 41})
    assert TannoyClient.sent == [("Announce", {"text": "doors open"})]

    second = asyncio.ensure_future(registry.invoke("tannoy.announce", {"text": "again"}))  # 1 a minute: queued
    for _ in range(50):
        await asyncio.sleep(0)
    assert not second.done() and [i.state for i in registry.pending()] == ["queued"] and len(TannoyClient.sent) == 1
    assert registry.cancel_pending() == 1  # the visible queue, cancellable
    with pytest.raises(Cancelled):
        await second

    TannoyClient.jammed = True
    with pytest.raises(ServiceError, match="Tannoy: the tannoy is jammed"):  # the service's own words
        await registry.invoke("tannoy.silence", {})
    assert registry.health["tannoy"][0] == "connected"  # it answered: reachable, it just refused

    silence = plan(registry, world.capabilities, "tannoy.silence")
    assert silence.confirm and silence.why == "This cannot be undone."


def test_deck_actions_shows_how_each_action_travels(monkeypatch, capsys):
    import json

    from deck.__main__ import main

    monkeypatch.setattr("deck.providers.catalogue.providers", lambda: (KITCHEN, TANNOY))
    assert main(["actions", "--json"]) == 0
    actions = {a["id"]: a for a in json.loads(capsys.readouterr().out)}
    assert actions["tannoy.announce"]["tannoy"] == {"request": "Announce"}
    assert actions["kitchen.shout"]["http"] == {"method": "POST", "path": "/shout"}


def test_a_sandbox_serves_http_operations_only_and_leaves_the_rest_to_their_stand_ins():
    with Sandbox(providers=(KITCHEN, TANNOY)) as sandbox:
        assert sandbox.services["tannoy"].unserved() == []
