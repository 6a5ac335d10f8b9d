"""Kick's live events end to end: Deck's receiver on 127.0.0.1 takes signed deliveries from
the stand-in (its own key pair, its public key read from ``/public/v1/public-key``), refuses a
bad signature, a stale timestamp and a replay under a new id, drops a duplicate, and turns
the genuine ones into chat items and happenings."""
from __future__ import annotations

import asyncio

import httpx
import pytest

from deck.core.errors import DeckError
from deck.net.http import close_shared_client
from deck.providers.capabilities import Happening
from deck.providers.chat.message import ChatEvent, ChatMessage

from .conftest import signed_in


@pytest.fixture
async def live(sandbox, memory_keyring):
    registry, kick, services = await signed_in(sandbox, "kick")
    chat, happened = [], []
    services.chat.items.connect(chat.extend)
    services.events.happened.connect(happened.append)
    kick.webhook_url = await services.events.start("kick", 0)
    events = list(services.providers["kick"].events.events)
    await services.capabilities.invoke("events.subscribe", {"events": events}, provider="kick")
    listed = await services.capabilities.invoke("events.subscriptions", {}, provider="kick")
    assert sorted(s.event for s in listed.subscriptions) == sorted(events)
    yield kick, services, chat, happened
    await services.events.close()
    await close_shared_client()


async def status(future) -> int:
    return await asyncio.wait_for(asyncio.wrap_future(future), 10)


async def test_actions_on_kick_arrive_as_events(live):
    kick, services, chat, happened = live
    registry, me = services.registry, kick.me["user_id"]
    await registry.invoke("kick.send", {"content": "hello from Deck", "type": "user", "broadcaster_user_id": me})
    await registry.invoke("kick.ban", {"user_id": 1234, "duration": 10, "reason": "spam", "broadcaster_user_id": me})
    await registry.invoke("kick.update-channel", {"stream_title": "Ranked grind", "category_id": 102})
    pending = kick.redemptions[0]["id"]
    await registry.invoke("kick.accept-redemptions", {"ids": [pending]})
    deadline = asyncio.get_running_loop().time() + 10
    while len(kick.deliveries) < 4 or not all(d["status"] for d in kick.deliveries):
        assert asyncio.get_running_loop().time() < deadline, kick.deliveries
        await asyncio.sleep(0.01)
    assert [d["status"] for d in kick.deliveries] == [200] * 4
    message = next(i for i in chat if isinstance(i, ChatMessage))
    assert message.text == "hello from Deck" and message.channel == "deckdemo"
    assert message.id == kick.sent[-1]["message_id"]  # the id the chat socket gives: merged, not repeated
    timeout = next(i for i in chat if isinstance(i, ChatEvent))
    assert (timeout.kind, timeout.user_id, timeout.seconds) == ("timeout", "1234", 600)
    kinds = [(h.kind, h.title) for h in happened]
    assert kinds == [("ban", "Timeout"), ("metadata", "Stream info"), ("redemption", "Redemption")]
    assert happened[1].detail == "Ranked grind · Minecraft"
    assert "Hydrate!" in happened[2].detail and "accepted" in happened[2].detail
    tally = services.events.tally("kick")
    assert (tally.received, tally.accepted, tally.refused, tally.duplicates) == (4, 4, 0, 0)


async def test_forged_stale_replayed_and_repeated_deliveries(live):
    kick, services, chat, happened = live
    follow = {"follower": {"user_id": 7, "username": "ada", "channel_slug": "ada", "is_anonymous": False}}
    assert await status(kick.deliver("channel.followed", follow)) == 200
    assert [(h.kind, h.who) for h in happened] == [("follow", "ada")]
    # Kick delivers the same message again: dropped, answered 200 so Kick stops retrying
    assert await status(kick.resend()) == 200
    assert kick.deliveries[-1]["answer"] == "already received"
    # someone replays a captured delivery under a new id: the signature covers the id
    assert await status(kick.resend(0, **{"Kick-Event-Message-Id": "01KF0000000000000000000000"})) == 401
    # a signature over other bytes than those sent
    assert await status(kick.deliver("channel.followed", follow, bad_signature=True)) == 401
    # a genuine delivery sent ten minutes ago
    assert await status(kick.deliver("channel.followed", follow, age=600)) == 400
    assert "stale" in kick.deliveries[-1]["answer"]
    assert len(happened) == 1 and not chat
    tally = services.events.tally("kick")
    assert (tally.received, tally.accepted, tally.duplicates, tally.refused) == (5, 1, 1, 3)
    assert tally.problem.startswith("Refused a delivery: a stale delivery")


async def test_every_event_type_becomes_deck_events(live):
    kick, services, chat, happened = live
    for _ in range(40):  # simulated stream life: follows, subscriptions, gifts, KICKs, redemptions
        kick.tick()
    deadline = asyncio.get_running_loop().time() + 10
    while not kick.deliveries or not all(d["status"] for d in kick.deliveries):
        assert asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.01)
    assert {d["type"] for d in kick.deliveries} == {"channel.followed", "channel.subscription.new",
                                                    "channel.subscription.gifts", "kicks.gifted",
                                                    "channel.reward.redemption.updated"}
    assert len(happened) == len(kick.deliveries)
    assert {h.kind for h in happened} == {"follow", "subscription", "gift", "kicks", "redemption"}
    assert all(isinstance(h, Happening) and h.platform == "kick" and h.who for h in happened)
    notices = [i for i in chat if isinstance(i, ChatMessage)]
    assert notices and all(n.kind == "notice" for n in notices)  # subscriptions and gifts show in chat


async def test_receiver_is_local_bounded_and_explains(live):
    kick, services, chat, happened = live
    url = services.events.tally("kick").url
    assert url.startswith("http://127.0.0.1:")
    async with httpx.AsyncClient() as client:
        assert "listening" in (await client.get(url)).text  # a user checks their tunnel from a browser
        answer = await client.post(url, content=b"{}")
        assert answer.status_code == 400 and "without its id" in answer.text
        too_big = await client.post(url, content=b"x" * (2 << 20))
        assert too_big.status_code == 413
    # the port the user picked is taken: said in words, nothing else stops
    port = int(url.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(DeckError, match=f"port {port} cannot be used"):
        await _second(services, port)


async def _second(services, port):
    from deck.actions.live_events import LiveEvents

    other = LiveEvents(services)
    try:
        await other.start("kick", port)
    finally:
        await other.close()
