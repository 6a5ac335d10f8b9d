"""Every Kick action over real HTTP against its stand-in, signed in through the real OAuth 2.1
flow with PKCE at the sign-in host: what arrived, what came back, the state after; the
documented constraints refused before sending; Kick's own words on refusals; the sign-in's
life (introspection, refresh, sign-out revoking both tokens)."""
from __future__ import annotations

import pytest

from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.errors import InvalidParams, ServiceError
from deck.core.settings import Settings
from deck.net.http import close_shared_client

from .conftest import signed_in

KICK = "kick"


@pytest.fixture
async def kick(sandbox, memory_keyring):
    yield await signed_in(sandbox, KICK)
    await close_shared_client()


def cases(sb):
    """op -> (params, check(result, sandbox))."""
    me = sb.me["user_id"]
    managed, foreign = sb.rewards[0]["id"], sb.rewards[2]["id"]
    pending = [r["id"] for r in sb.redemptions]
    return {
        "categories": ({"name": ["valo"], "limit": 5}, lambda r, s: [c["name"] for c in r["data"]] == ["Valorant"]
                       and r["pagination"]["next_cursor"] == ""),
        "categories-v1": ({"q": "mine"}, lambda r, s: r["data"][0]["name"] == "Minecraft"),
        "category-v1": ({"category_id": 101}, lambda r, s: r["data"]["name"] == "Valorant"),
        "channels": ({"slug": ["deckdemo"]}, lambda r, s: r["data"][0]["broadcaster_user_id"] == me),
        "update-channel": ({"stream_title": "Ranked grind", "category_id": 102, "custom_tags": ["chill"]},
                           lambda r, s: s.channels[0]["stream_title"] == "Ranked grind"
                           and s.channels[0]["category"]["name"] == "Minecraft"),
        "users": ({}, lambda r, s: r["data"][0]["user_id"] == me),
        "livestreams": ({"sort": "viewer_count", "limit": 2}, lambda r, s: len(r["data"]) == 2
                        and r["data"][0]["viewer_count"] >= r["data"][1]["viewer_count"]),
        "livestream-stats": ({}, lambda r, s: r["data"]["total_count"] == 3),
        "rewards": ({}, lambda r, s: len(r["data"]) == 3 and "_managed" not in r["data"][0]),
        "create-reward": ({"title": "Hug", "cost": 250, "background_color": "#ff66aa", "is_user_input_required": True},
                          lambda r, s: s.rewards[-1]["title"] == "Hug" and r["data"]["background_color"] == "#ff66aa"),
        "update-reward": ({"id": managed, "cost": 150, "is_paused": True},
                          lambda r, s: s.rewards[0]["cost"] == 150 and s.rewards[0]["is_paused"] is True),
        "redemptions": ({"status": "pending"}, lambda r, s: sum(len(g["redemptions"]) for g in r["data"]) == 3),
        "accept-redemptions": ({"ids": pending[:2]}, lambda r, s: r["data"] == [] and s.redemptions[0]["status"]
                               == "accepted"),
        "reject-redemptions": ({"ids": pending[1:]}, lambda r, s: r["data"] == [{"id": pending[1],
                                                                               "reason": "NOT_PENDING"}]
                               and s.redemptions[2]["status"] == "rejected"),
        "delete-reward": ({"id": managed}, lambda r, s: all(w["id"] != managed for w in s.rewards)),
        "send": ({"content": "Hello from Deck", "type": "user", "broadcaster_user_id": me},
                 lambda r, s: r["data"]["is_sent"] and s.sent[-1]["content"] == "Hello from Deck"),
        "delete-message": ({"message_id": "828f83bb-e391-4c78-9e91-af35a172840e"},
                           lambda r, s: s.deleted == ["828f83bb-e391-4c78-9e91-af35a172840e"]),
        "ban": ({"broadcaster_user_id": me, "user_id": 333, "duration": 10, "reason": "Not vibing"},
                lambda r, s: s.bans[333]["duration"] == 10),
        "unban": ({"broadcaster_user_id": me, "user_id": 333}, lambda r, s: 333 not in s.bans),
        "kicks-leaderboard": ({"top": 3}, lambda r, s: [e["rank"] for e in r["data"]["lifetime"]] == [1, 2, 3]),
        "subscribe-events": ({"events": [{"name": "channel.followed", "version": 1},
                                         {"name": "chat.message.sent", "version": 1}], "method": "webhook"},
                             lambda r, s: [e["name"] for e in r["data"]] == ["channel.followed", "chat.message.sent"]),
        "event-subscriptions": ({}, lambda r, s: len(r["data"]) == 2),
        "unsubscribe-events": ({"id": ["__first__"]}, lambda r, s: len(s.subscriptions) == 1),
        "public-key": ({}, lambda r, s: "BEGIN PUBLIC KEY" in r["data"]["public_key"]),
        "introspect-v1": ({}, lambda r, s: r["data"]["active"] is True and "chat:write" in r["data"]["scope"]),
        "_foreign": (foreign, None),
    }


def test_cases_cover_all_25(services, sandbox):
    ops = {a.id for a in services.registry.actions() if a.provider == KICK}
    assert {f"{KICK}.{op}" for op in cases(sandbox.kick) if not op.startswith("_")} == ops and len(ops) == 25


async def test_every_action_round_trip(kick):
    registry, sb, _ = kick
    tour = cases(sb)
    tour.pop("_foreign")
    for op, (params, check) in tour.items():
        if op == "unsubscribe-events":
            params = {"id": [sb.subscriptions[0]["id"]]}
        result = await registry.invoke(f"{KICK}.{op}", params, source="test")
        name, seen, status = sb.received[-1]
        assert (name, status) == (op, 200), (op, status, result)
        assert seen == registry.validate(f"{KICK}.{op}", params).wire(), op  # arrived where the table says
        if result is not None:
            assert check(result, sb), (op, result)
        else:
            assert check(result, sb), op  # 204: the state tells


async def test_a_reward_made_by_another_app_is_refused_in_kicks_words(kick):
    registry, sb, _ = kick
    foreign = cases(sb)["_foreign"][0]
    with pytest.raises(ServiceError, match=r"Kick \(403\): only the app that created this reward can manage it"):
        await registry.invoke(f"{KICK}.update-reward", {"id": foreign, "cost": 1})


@pytest.mark.parametrize("op,params,problem", [
    ("send", {"content": "x" * 501, "type": "bot"}, "content"),
    ("send", {"content": "hi", "type": "user"}, "broadcaster_user_id: required when sending as the user"),
    ("send", {"content": "hi", "type": "robot"}, "type: must be one of"),
    ("send", {"content": "hi", "type": "bot", "reply_to_message_id": "not-a-uuid"}, "reply_to_message_id"),
    ("ban", {"broadcaster_user_id": 1, "user_id": 2, "duration": 10_081}, "duration"),
    ("ban", {"broadcaster_user_id": 1, "user_id": 2, "reason": "x" * 101}, "reason"),
    ("create-reward", {"title": "x" * 51, "cost": 1}, "title"),
    ("create-reward", {"title": "ok", "cost": 0}, "cost"),
    ("create-reward", {"title": "ok", "cost": 5, "background_color": "pink"}, "background_color"),
    ("update-reward", {"id": "not-a-ulid", "cost": 5}, "id"),
    ("update-reward", {"id": "01KEWZ2RKYZZFGD154K50Y3F8D"}, "at least one of"),
    ("accept-redemptions", {"ids": ["01KEWZ2RKYZZFGD154K50Y3F8D"] * 2}, "repeat"),
    ("accept-redemptions", {"ids": [f"01KEWZ2RKYZZFGD154K50Y3F{i:02d}" for i in range(26)]}, "ids"),
    ("accept-redemptions", {"ids": ["nope"]}, "is not a redemption id"),
    ("redemptions", {"id": ["01KEWZ2RKYZZFGD154K50Y3F8D"], "status": "pending"}, "cannot be combined"),
    ("channels", {"slug": ["a"], "broadcaster_user_id": [1]}, "only one of"),
    ("channels", {"slug": ["x" * 26]}, "1-25 characters"),
    ("update-channel", {"custom_tags": [f"t{i}" for i in range(11)]}, "custom_tags"),
    ("update-channel", {}, "at least one of"),
    ("categories", {"name": ["ab"]}, "3-100 characters"),
    ("categories", {"limit": 1001}, "limit"),
    ("kicks-leaderboard", {"top": 101}, "top"),
    ("subscribe-events", {"events": [{"name": "stream.exploded", "version": 1}]}, "name"),
])
async def test_documented_constraints_are_checked_before_sending(kick, op, params, problem):
    registry, sb, _ = kick
    sent = len(sb.received)
    with pytest.raises(InvalidParams, match=problem):
        await registry.invoke(f"{KICK}.{op}", params)
    assert len(sb.received) == sent


async def test_arrays_travel_as_documented(kick):
    registry, sb, _ = kick
    await registry.invoke(f"{KICK}.channels", {"broadcaster_user_id": [4377088, 5000000]})
    assert sb.received[-1][1] == {"broadcaster_user_id": [4377088, 5000000]}  # repeated keys, read back as a list
    await registry.invoke(f"{KICK}.categories", {"name": ["Valorant", "Minecraft"]})
    assert sb.received[-1][1] == {"name": ["Valorant", "Minecraft"]}  # one comma-separated value


async def test_the_sign_in_is_introspected_and_revoked_on_sign_out(kick, sandbox):
    _, sb, services = kick
    session = services.oauth[KICK]
    info = await session.introspect()
    assert info["active"] is True and "moderation:ban" in info["scope"] and info["token_type"] == "user"
    said = await session.sign_out()
    assert "revoked" in said.lower() and not session.signed_in()
    with pytest.raises(Exception, match="Not signed in to Kick"):
        await services.registry.invoke(f"{KICK}.rewards", {})


async def test_in_deck_terms_kick_goes_first_for_kick_and_knows_whose_channel(kick, sandbox):
    registry, sb, services = kick
    caps = services.capabilities
    with pytest.raises(InvalidParams, match="broadcaster_user_id"):  # whose channel: not known before connecting
        await caps.invoke("chat.timeout", {"username": "x", "user_id": "333", "duration": 5}, platform="kick")
    await services.probe(KICK)  # connecting tells Deck who signed in
    await caps.invoke("chat.timeout", {"username": "troll", "user_id": "333", "duration": 5, "reason": "calm down"},
                      platform="kick")
    assert sb.received[-1][:2] == ("ban", {"broadcaster_user_id": sb.me["user_id"], "user_id": 333, "duration": 5,
                                           "reason": "calm down"})
    # by name only (the Moderation panel): Kick's API cannot, so the service that acts by name does
    mx = sandbox.missxss
    await caps.invoke("chat.ban", {"username": "troll"}, platform="kick")
    assert mx.received[-1][0] == "ban" and mx.received[-1][1]["username"] == "troll"
    status = await caps.invoke("stream.status", platform="kick")
    assert (status.live, status.title, status.viewers, status.followers) == (True, "Building Deck live", 42, None)
    await caps.invoke("chat.send", {"message": "gg"}, platform="kick")
    assert sb.sent[-1] == {"content": "gg", "type": "user", "broadcaster_user_id": sb.me["user_id"],
                           "message_id": sb.sent[-1]["message_id"]}


async def test_public_reads_with_the_apps_own_token_before_anyone_signs_in(sandbox, memory_keyring):
    credentials = Credentials()
    sandbox.give_credentials(credentials)  # the app registration only: nobody signed in
    services = Services(Settings(), credentials, base_urls=sandbox.base_urls())
    registry, sb = services.registry, sandbox.kick
    live = await registry.invoke(f"{KICK}.livestreams", {"limit": 5})
    assert live["data"] and sb.grant.kind == "app"  # the stand-in saw an app token
    await registry.invoke(f"{KICK}.channels", {"slug": ["deckdemo"]})
    with pytest.raises(Exception, match="Not signed in to Kick"):  # a user's action still needs the user
        await registry.invoke(f"{KICK}.rewards", {})
    assert not services.oauth[KICK].signed_in()
    await close_shared_client()


async def test_a_token_expiring_mid_session_is_refreshed_unnoticed(kick, sandbox):
    registry, sb, services = kick
    before = services.oauth[KICK].tokens()
    sandbox.oauth[KICK].expire_access_tokens()  # Kick says the token is no longer valid
    answer = await registry.invoke(f"{KICK}.rewards", {})
    assert answer["data"] and services.oauth[KICK].tokens().access_token != before.access_token
    assert [s for op, _, s in sb.received if op == "rewards"][-2:] == [401, 200]  # refused once, then fine
