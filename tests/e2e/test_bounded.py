"""Every wait has a bound: how long a service may ask Deck to wait, how long a request may
take in all, and how large an answer may be."""
from __future__ import annotations

import asyncio
import time

import pytest
from aiohttp import web

from deck.core.errors import MalformedResponse, ServiceError, Unreachable
from deck.net import http as net_http
from tests.support.web import serving


@pytest.mark.parametrize("header,said", [("99999", "28 h"), ("inf", "indefinitely"),
                                         ("Wed, 01 Jan 2031 00:00:00 GMT", "years;")])
async def test_a_service_asking_for_a_very_long_wait_is_not_waited_for(api, header, said):
    registry, sb, _ = api
    sb.intercept = lambda op: (429, {"error": "slow down"}, {"Retry-After": header})
    started = time.monotonic()
    with pytest.raises(ServiceError) as err:
        await registry.invoke("kitchen.rename", {"id": "7", "name": "Bowl"})
    assert time.monotonic() - started < 2
    assert err.value.status == 429 and "not retrying" in str(err.value) and said in str(err.value)
    sb.intercept = None
    assert await registry.invoke("kitchen.rename", {"id": "7", "name": "Bowl"}) == {"ok": True, "tags": []}


@pytest.mark.parametrize("header", ["soon", "nan"])
async def test_an_unreadable_retry_after_still_ends(api, header):
    registry, sb, _ = api
    sb.intercept = lambda op: (429, {"error": "slow down"}, {"Retry-After": header})
    with pytest.raises(ServiceError, match=r"\(429\): slow down"):
        await asyncio.wait_for(registry.invoke("kitchen.motd", {}), 20)


HITS: list[str] = []


@pytest.fixture
async def odd_server():
    """A server that drips its answer a byte at a time, or answers with 50 MB."""

    async def drip(request: web.Request) -> web.StreamResponse:
        HITS.append(request.path)
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        await response.prepare(request)
        for byte in b'{"slow": true}':
            await response.write(bytes([byte]))
            await asyncio.sleep(0.3)
        return response

    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        await response.prepare(request)
        await response.write(b'{"x": "')
        for _ in range(50):
            await response.write(b"x" * 1024 * 1024)
        await response.write(b'"}')
        return response

    app = web.Application()
    app.router.add_get("/motd", drip)
    app.router.add_get("/items", huge)
    async with serving(app) as url:
        yield url


async def test_a_dripping_server_hits_the_overall_deadline(api, odd_server, monkeypatch):
    registry, _, services = api
    monkeypatch.setattr(net_http, "DEADLINE", 1.0)
    services.base_urls["kitchen"] = odd_server
    services.reconfigure()
    started = time.monotonic()
    with pytest.raises(Unreachable, match=r"timed out \(no complete answer within 1 s\)"):
        await registry.invoke("kitchen.motd", {})
    assert time.monotonic() - started < 6  # three attempts of a read, each bounded


async def test_retries_of_a_read_stay_within_the_one_deadline(api, odd_server, monkeypatch):
    """A read may be retried, but never past the call's one deadline: a server that drips its
    answer takes the whole deadline on the first try, so there is no second one."""
    registry, _, services = api
    monkeypatch.setattr(net_http, "DEADLINE", 1.5)
    services.base_urls["kitchen"] = odd_server
    services.reconfigure()
    HITS.clear()
    with pytest.raises(Unreachable, match=r"no complete answer within 1\.5 s\)"):
        await registry.invoke("kitchen.motd", {})
    assert HITS == ["/motd"]


async def test_an_oversized_answer_is_refused_without_reading_it_whole(api, odd_server):
    registry, _, services = api
    services.base_urls["kitchen"] = odd_server
    services.reconfigure()
    with pytest.raises(MalformedResponse, match="larger than 4 MB; Deck did not read it"):
        await registry.invoke("kitchen.search", {})
