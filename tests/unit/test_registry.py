import asyncio

import pytest

from deck.actions.registry import Action, Registry
from deck.core.errors import Cancelled, CredentialsMissing, DeckError, InvalidParams, RateLimited, UnknownAction
from deck.core.params import Param, build_model
from deck.net.limiter import Limits, Rate

Model = build_model("EchoParams", (Param("text", required=True, min=1, max=5),
                                   Param("api_key", doc="a secret, never shown")))


def make(handler, **kw):
    reg = Registry(Limits(margin=0))
    reg.register(Action("t.echo", "Echo", "Test", Model, handler, provider="t", **kw))
    return reg


async def test_invoke_validates_then_runs():
    seen = []

    async def handler(params):
        seen.append(params.wire())
        return "done"

    reg = make(handler)
    events = []
    reg.invocation_changed.connect(lambda inv: events.append(inv.state))
    assert await reg.invoke("t.echo", {"text": "hi", "api_key": "zzz"}, source="test") == "done"
    assert seen == [{"text": "hi", "api_key": "zzz"}]
    assert events == ["queued", "running", "ok"]
    assert reg.health["t"] == ("connected", "")
    with pytest.raises(InvalidParams, match="text"):
        await reg.invoke("t.echo", {"text": "too long"})
    with pytest.raises(InvalidParams, match="nope: unknown parameter"):
        await reg.invoke("t.echo", {"text": "a", "nope": 1})
    with pytest.raises(UnknownAction):
        await reg.invoke("t.missing")
    assert len(seen) == 1  # nothing invalid reached the handler


async def test_activity_never_sees_secrets():
    async def handler(params):
        return None

    reg = make(handler)
    invs = []
    reg.invocation_changed.connect(invs.append)
    await reg.invoke("t.echo", {"text": "a", "api_key": "supersecret"})
    assert invs[-1].params == {"text": "a", "api_key": "•••"}


async def test_rate_limited_call_waits_and_is_queued_again():
    calls = 0

    async def handler(params):
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RateLimited("T", "slow down", retry_after=0.05)
        return calls

    reg = make(handler, rate=Rate(100, 60, "echo"))
    states = []
    reg.invocation_changed.connect(lambda inv: states.append(inv.state))
    assert await reg.invoke("t.echo", {"text": "a"}) == 2
    assert states == ["queued", "running", "queued", "running", "ok"]


async def test_failures_are_reported_and_raised():
    async def handler(params):
        raise CredentialsMissing("T")

    reg = make(handler)
    health = []
    reg.health_changed.connect(lambda *a: health.append(a))
    with pytest.raises(CredentialsMissing):
        await reg.invoke("t.echo", {"text": "a"})
    assert health[0][:2] == ("t", "no key")

    async def buggy(params):
        raise KeyError("x")

    reg2 = make(buggy)
    with pytest.raises(DeckError, match="internal error: KeyError"):
        await reg2.invoke("t.echo", {"text": "a"})


async def test_pending_calls_can_be_cancelled():
    gate = asyncio.Event()

    async def handler(params):
        await gate.wait()

    reg = make(handler)
    task = asyncio.ensure_future(reg.invoke("t.echo", {"text": "a"}))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert len(reg.pending()) == 1
    assert reg.cancel_pending() == 1
    with pytest.raises(Cancelled):
        await task
    assert reg.pending() == []


def test_duplicate_ids_are_refused():
    async def handler(params):
        return None

    reg = make(handler)
    with pytest.raises(ValueError):
        reg.register(Action("t.echo", "Echo", "Test", Model, handler))
