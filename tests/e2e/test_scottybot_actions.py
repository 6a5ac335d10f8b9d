"""Every ScottyBot action over real HTTP against its stand-in: what arrived (method, path, the
query string with the authkey), what came back, and the state after."""
from __future__ import annotations

import logging

import pytest

from deck.core.errors import InvalidParams, ServiceError

SB = "scottybot"


@pytest.fixture
def sb(sandbox):
    return sandbox.scottybot


def arrived(sb):
    return sb.received[-1]


# op -> (params, check(result, sandbox state))
CASES = {
    "get-settings": ({}, lambda r, sb: r.channel == "deckdemo" and r.chanid == 1581 and r.model_extra["usebot"] == 1),
    "set-setting": ({"setting": "cooldown", "value": "45"}, lambda r, sb: sb.settings["cooldown"] == 45
                    and r.model_extra["cooldown"] == 45),
    "get-badwords": ({}, lambda r, sb: r == ["bagels", "twitch", "garbage", "rood"]),
    "add-badword": ({"word": "hand sanitizer"}, lambda r, sb: r[-1] == "hand sanitizer" and "hand sanitizer" in sb.badwords),
    "remove-badword": ({"word": "garbage"}, lambda r, sb: "garbage" not in r and "garbage" not in sb.badwords),
    "get-quotes": ({"chanid": 1581}, lambda r, sb: [q.id for q in r] == [0, 1]),
    "add-quote": ({"person": "YourMCAdmin", "quote": "Hawaii is a planet!"},
                  lambda r, sb: r[-1].id == 2 and "Hawaii" in r[-1].quote and len(sb.quotes) == 3),
    "edit-quote": ({"id": 1, "quote": "We make pretty here."},
                   lambda r, sb: r[1].quote == "We make pretty here." == sb.quotes[1]["quote"]),
    "delete-quote": ({"id": 0}, lambda r, sb: [q.id for q in r] == [1] and [q["id"] for q in sb.quotes] == [1]),
    "get-8ball": ({}, lambda r, sb: r == []),
    "set-8ball": ({"array": ["Yes", "No", "Ask again, later"]},
                  lambda r, sb: r == ["Yes", "No", "Ask again, later"] == sb.eightball),
    "start-auction": ({"item": "Steam key", "startingbid": 100, "towhisper": "AAAA-BBBB"},
                      lambda r, sb: r.status is True and sb.auctions[-1]["towhisper"] == "AAAA-BBBB"),
    "get-points": ({"userid": 20003}, lambda r, sb: r.user_id == "20003" and r.points == sb.viewers[20003]["points"]),
    "add-points": ({"userid": 20003, "points": 250}, lambda r, sb: r.status is True),
    "give-points-all": ({"points": 10}, lambda r, sb: r.status is True),
    "remove-points": ({"userid": 20003, "points": 1}, lambda r, sb: r.status is True),
    "get-regulars": ({"chanid": "deckdemo"}, lambda r, sb: r["regulars"] == sb.regulars),
    "get-ranks": ({"chanid": 1581}, lambda r, sb: [x.hours for x in r] == [0, 2, 4, 8, 16]),
    "reset-ranks": ({}, lambda r, sb: r[0].hours == 0 and r[0].name.startswith("Recruit") and len(sb.ranks) == 8),
    "set-ranks": ({"jsonranks": {"5": "Bagel with (_hours_) watched!", "0": "Crumb"}},
                  lambda r, sb: [(x.hours, x.name) for x in r] == [(0, "Crumb"), (5, "Bagel with (_hours_) watched!")]),
    "get-hours": ({"userid": 20001}, lambda r, sb: r.hours == sb.viewers[20001]["hours"] and "watched" in r.rank),
    "bot-stats": ({}, lambda r, sb: r.channels == 14785 and r.uptime.startswith("1 day")),
    "speak": ({"say": "Hello from Deck"}, lambda r, sb: sb.spoken[-1] == "Hello from Deck"),
}


def test_cases_cover_all_23(services):
    assert {f"{SB}.{op}" for op in CASES} == {a.id for a in services.registry.actions() if a.provider == SB}


@pytest.mark.parametrize("op", sorted(CASES))
async def test_action_round_trip(op, registry, sb):
    params, check = CASES[op]
    before = sb.viewers[20003]["points"]
    result = await registry.invoke(f"{SB}.{op}", params, source="test")
    name, seen, status = arrived(sb)
    assert name == op and status == (201 if op == "set-setting" else 200)
    operation = registry.get(f"{SB}.{op}")
    assert seen == registry.validate(operation.id, params).wire()  # each value arrived where the table says
    assert check(result, sb), result
    if op == "add-points":
        assert sb.viewers[20003]["points"] == before + 250
    if op == "remove-points":
        assert sb.viewers[20003]["points"] == before - 1
    if op == "give-points-all":
        assert sb.viewers[20003]["points"] == before + 10


async def test_the_authkey_travels_in_the_query_and_public_reads_need_none(registry, sb, sandbox, services):
    requests = []
    sb.listeners.append(lambda op, params: requests.append(op))
    await registry.invoke(f"{SB}.get-quotes", {"chanid": 1581})
    services.credentials.delete(SB, "authkey")
    await registry.invoke(f"{SB}.bot-stats", {})  # public: works without the key
    with pytest.raises(Exception, match="No ScottyBot authkey is set"):
        await registry.invoke(f"{SB}.get-settings", {})
    assert requests == ["get-quotes", "bot-stats"]  # nothing was sent without the key


async def test_a_wrong_authkey_shows_the_service_text(registry, services, sb):
    services.credentials.set(SB, "wrong-key-xyz", "authkey")
    with pytest.raises(ServiceError) as err:
        await registry.invoke(f"{SB}.get-badwords", {})
    assert err.value.status == 401 and str(err.value) == "ScottyBot (401): Missing or Invalid AuthKey"
    assert registry.health[SB][0] == "key rejected"


async def test_refusals_in_a_200_status_are_errors_and_speak_is_only_queued(registry, sb):
    with pytest.raises(ServiceError, match="User only has"):
        await registry.invoke(f"{SB}.remove-points", {"userid": 20003, "points": 99_999_999})
    await registry.invoke(f"{SB}.start-auction", {"item": "Key", "startingbid": 1})
    with pytest.raises(ServiceError, match="already running"):
        await registry.invoke(f"{SB}.start-auction", {"item": "Key 2", "startingbid": 1})
    assert "queues the line" in registry.get(f"{SB}.speak").description


@pytest.mark.parametrize("op,params,problem", [
    ("set-setting", {"setting": "usebot", "value": "yes"}, "usebot is a switch"),
    ("set-setting", {"setting": "cooldown", "value": "-3"}, "whole number"),
    ("set-setting", {"setting": "cappercent", "value": "150"}, "percentage from 0 to 100"),
    ("set-setting", {"setting": "chanid", "value": "1"}, "setting: must be one of"),
    ("set-ranks", {"jsonranks": {"soon": "Rank"}}, "not a number of hours"),
    ("set-ranks", {"jsonranks": {}}, "at least one rank"),
    ("set-8ball", {"array": ["fine", " "]}, "item 1 must have at least one visible character"),
    ("get-points", {"userid": "bob"}, "userid"),
    ("add-points", {"userid": 1, "points": 0}, "points: should be at least 1"),
    ("edit-quote", {"id": 1}, "quote: required"),
    ("speak", {"say": "x" * 501}, "say"),
])
async def test_invalid_parameters_are_refused_before_sending(registry, sb, op, params, problem):
    with pytest.raises(InvalidParams, match=problem):
        await registry.invoke(f"{SB}.{op}", params)
    assert sb.received == []


async def test_the_authkey_never_shows_in_logs_errors_or_activity(registry, sb, caplog):
    seen = []
    registry.invocation_changed.connect(lambda inv: seen.append(repr(inv.params) + str(inv.error)))
    caplog.set_level(logging.DEBUG)
    sb.error_rate = 1.0
    with pytest.raises(ServiceError) as err:
        await registry.invoke(f"{SB}.get-settings", {})
    sb.error_rate = 0.0
    sb.latency = 0.0
    await registry.invoke(f"{SB}.speak", {"say": "hi"})
    text = "\n".join([str(err.value), repr(err.value), *seen, caplog.text])
    assert sb.authkey not in text
