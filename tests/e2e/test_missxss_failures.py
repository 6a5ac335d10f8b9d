"""What happens when things go wrong, over real HTTP against the sandbox."""
from __future__ import annotations

import asyncio

import httpx
import pytest

from deck.actions.registry import Registry
from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.errors import Cancelled, CredentialsMissing, MalformedResponse, ServiceError, Unreachable
from deck.core.settings import Settings
from deck.net.limiter import Limits


async def test_wrong_key_shows_the_service_text(registry, services, mx):
    services.credentials.set("missxss", "wrong-key")
    with pytest.raises(ServiceError) as err:
        await registry.invoke("missxss.get-stream-meta", {})
    assert err.value.status == 401 and "Invalid or missing API key" in str(err.value)
    assert "wrong-key" not in str(err.value)
    assert registry.health["missxss"][0] == "key rejected"


async def test_missing_key_sends_nothing(registry, services, mx):
    services.credentials.delete("missxss")
    with pytest.raises(CredentialsMissing):
        await registry.invoke("missxss.title", {"title": "x"})
    assert mx.received == []


async def test_sandbox_validates_like_the_documentation(sandbox, mx):
    """Bypassing Deck's own validation, the service itself answers 400 with its message."""
    async with httpx.AsyncClient() as http:
        auth = {"Authorization": f"Bearer {mx.token}"}

        async def call(scope, body):  # straight to the service, past Deck's own checks
            answer = await http.post(f"{sandbox.missxss_url}/v1/{scope}", json=body, headers=auth)
            raise ServiceError("MissXss", answer.json()["error"], answer.status_code)

        with pytest.raises(ServiceError, match=r"\(400\): Invalid parameters: duration: should be at most 525600"):
            await call("timeout", {"username": "a", "duration": 525601})
        with pytest.raises(ServiceError, match="surprise: unknown parameter"):
            await call("clear-chat", {"surprise": True})
        answer = await http.post(f"{sandbox.missxss_url}/v1/tts", content=b"[1,2]", headers={"Authorization": f"Bearer {mx.token}"})
        assert answer.status_code == 400 and answer.json() == {"success": False, "error": "Request body must be a JSON object"}
        answer = await http.post(f"{sandbox.missxss_url}/v1/nope", json={}, headers={"Authorization": f"Bearer {mx.token}"})
        assert answer.status_code == 404


async def test_service_refusal_is_surfaced(registry, mx):
    mx.overlay_connected = False
    with pytest.raises(ServiceError, match="Overlay is not connected"):
        await registry.invoke("missxss.tts", {"text": "hi"})
    with pytest.raises(ServiceError, match="already banned"):
        await registry.invoke("missxss.ban", {"username": "hexhunter"})
    assert registry.health["missxss"][0] == "connected"  # an answer is still a connection


async def test_reads_retry_server_errors_writes_do_not(registry, mx):
    mx.error_rate = 1.0
    with pytest.raises(ServiceError, match=r"\(500\): Internal server error"):
        await registry.invoke("missxss.get-shield-mode-status", {})
    assert [r[2] for r in mx.received] == [500]  # a 500 is not a passing fault: shown, not repeated
    mx.error_rate = 0.0
    calls = {"n": 0}

    def flaky(scope):
        calls["n"] += 1
        if calls["n"] == 1:
            return 503, {"success": False, "error": "busy"}, {"Retry-After": "0"}
        return None

    mx.intercept = flaky
    result = await registry.invoke("missxss.get-shield-mode-status", {})
    assert result.success and calls["n"] == 2
    calls["n"] = 0
    with pytest.raises(ServiceError, match="busy"):
        await registry.invoke("missxss.clear-chat", {})
    assert calls["n"] == 1  # never repeated blindly


async def test_malformed_answer(registry, mx):
    mx.malformed = True
    with pytest.raises(MalformedResponse, match="not JSON"):
        await registry.invoke("missxss.get-stream-meta", {})


async def test_unreachable_service():
    credentials = Credentials(memory_only=True)
    credentials.set("missxss", "k" * 10)
    services = Services(Settings(), credentials, base_urls={"missxss": "http://127.0.0.1:9"})
    with pytest.raises(Unreachable, match="could not connect"):
        await services.registry.invoke("missxss.clear-chat", {})
    assert services.registry.health["missxss"][0] == "unreachable"
    from deck.net.http import close_shared_client

    await close_shared_client()


async def test_server_429_is_honoured_and_the_call_queued_again(registry, mx):
    mx.limits["timeout"] = 2
    mx.window = 1.0  # the sandbox allows 2 per second; Deck still believes 200/min
    results = await asyncio.gather(*(registry.invoke("missxss.timeout", {"username": f"user{i}"}) for i in range(4)))
    assert all(r.success for r in results)
    statuses = [s for scope, _, s in mx.received if scope == "timeout"]
    assert statuses.count(200) == 4 and statuses.count(429) >= 1
    assert len([e for e in mx.modlog if e["type"] == "Timeout"]) == 4  # each timeout happened once


async def test_client_limiter_queues_instead_of_hitting_429(sandbox, mx):
    """A scaled-down copy of the 300-timeouts benchmark: limits per 0.5 s instead of per minute."""
    credentials = Credentials(memory_only=True)
    credentials.set("missxss", mx.token)
    services = Services(Settings(), credentials, Registry(Limits(margin=0.2, period=0.5)),
                        base_urls={"missxss": sandbox.missxss_url})
    mx.window = 0.5
    states = []
    services.registry.invocation_changed.connect(lambda inv: states.append(inv.state))
    await asyncio.gather(*(services.registry.invoke("missxss.clear-chat", {}) for _ in range(40)))  # 15 per window
    assert mx.rate_limited == 0
    assert [s for _, _, s in mx.received] == [200] * 40
    assert states.count("ok") == 40
    from deck.net.http import close_shared_client

    await close_shared_client()


async def test_pending_requests_can_be_cancelled(registry, mx):
    mx.latency = 5.0
    tasks = [asyncio.ensure_future(registry.invoke("missxss.list-commands", {})) for _ in range(3)]
    while len(registry.pending()) < 3 or any(p.state != "running" for p in registry.pending()):
        assert not any(t.done() for t in tasks), [t.exception() for t in tasks if t.done()]
        await asyncio.sleep(0.01)
    assert registry.cancel_pending() == 3
    for task in tasks:
        with pytest.raises(Cancelled):
            await task
    assert registry.pending() == []
