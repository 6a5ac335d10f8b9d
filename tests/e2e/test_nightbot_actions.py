"""Every Nightbot action over real HTTP against its stand-in, signed in through the real OAuth
flow: what arrived, what came back, and the state after; then the sign-in's life (refresh
with a rotated refresh token, a revoked one meaning "sign in again") and the 1 per 5 s send."""
from __future__ import annotations

import time

import pytest

from deck.actions.registry import Registry
from deck.actions.services import Services
from deck.core.errors import InvalidParams, ServiceError, SignInAgain
from deck.core.settings import Settings
from deck.net.http import close_shared_client
from deck.net.limiter import Limits
from deck.net.oauth import TokenSet

from .conftest import signed_in

NB = "nightbot"


@pytest.fixture
async def nb(sandbox, memory_keyring):
    yield await signed_in(sandbox, NB)
    await close_shared_client()


def first(rows):
    return rows[0]["_id"]


def cases(sb):
    """op -> (params, check(result, sandbox)); ids are read from the stand-in's state."""
    cmd, reg, sub, timer = sb.commands[0]["_id"], sb.regulars[0]["_id"], sb.subscribers[0]["_id"], sb.timers[0]["_id"]
    song, queued = sb.playlist[0]["_id"], sb.queue[0]["_id"]
    return {
        "channel": ({}, lambda r, s: r["channel"]["joined"] is True),
        "part": ({}, lambda r, s: s.channel["joined"] is False),
        "join": ({}, lambda r, s: s.channel["joined"] is True),
        "send": ({"message": "Hello from Deck"}, lambda r, s: s.sent[-1] == {"message": "Hello from Deck"}),
        "commands": ({}, lambda r, s: r["_total"] == 3 and r["commands"][0]["name"] == "!discord"),
        "create-command": ({"name": "!lurk", "message": "Enjoy the lurk", "coolDown": 30, "userLevel": "everyone"},
                           lambda r, s: r["command"]["name"] == "!lurk" and s.commands[-1]["message"] == "Enjoy the lurk"),
        "command": ({"id": cmd}, lambda r, s: r["command"]["_id"] == cmd),
        "edit-command": ({"id": cmd, "coolDown": 60}, lambda r, s: s.commands[0]["coolDown"] == 60
                         and s.commands[0]["message"] == "Join us: discord.gg/deck"),  # partial: the rest kept
        "delete-command": ({"id": cmd}, lambda r, s: all(c["_id"] != cmd for c in s.commands)),
        "default-commands": ({}, lambda r, s: {c["_name"] for c in r["commands"]} >= {"commands", "songs"}),
        "default-command": ({"name": "songs"}, lambda r, s: r["command"]["name"] == "!songs"),
        "edit-default-command": ({"name": "marker", "enabled": True},
                                 lambda r, s: next(c for c in s.defaults if c["_name"] == "marker")["enabled"] is True),
        "me": ({}, lambda r, s: r["user"]["provider"] == "twitch" and "timers" in r["authorization"]["scopes"]),
        "regulars": ({"limit": 2, "offset": 1}, lambda r, s: r["_total"] == 6 and len(r["regulars"]) == 2),
        "add-regular": ({"name": "newfriend"}, lambda r, s: s.regulars[-1]["name"] == "newfriend"),
        "regular": ({"id": reg}, lambda r, s: r["regular"]["_id"] == reg),
        "remove-regular": ({"id": reg}, lambda r, s: all(x["_id"] != reg for x in s.regulars)),
        "song-settings": ({}, lambda r, s: r["settings"]["limits"]["queue"] == 20 and "youtube" in r["providers"]),
        "edit-song-settings": ({"limits": {"queue": 30}, "youtube": {"limitToMusic": True}, "volume": 80},
                               lambda r, s: s.settings["limits"] == {"queue": 30, "user": 3, "playlistOnly": False,
                                                                     "exemptUserLevel": "moderator"}
                               and s.settings["youtube"]["limitToMusic"] is True and s.settings["volume"] == 80),
        "playlist": ({"sort_by": "title", "limit": 3}, lambda r, s: len(r["playlist"]) == 3 and r["_total"] == 6
                     and r["_sort"] == {"title": "asc"}),
        "add-to-playlist": ({"q": "Blinding Lights"}, lambda r, s: "Blinding Lights" in s.playlist[-1]["track"]["title"]),
        "import-playlist": ({"url": "https://www.youtube.com/playlist?list=PLA11538113C16891A"},
                            lambda r, s: len(s.playlist) == 10),
        "playlist-item": ({"id": song}, lambda r, s: r["item"]["_id"] == song),
        "remove-from-playlist": ({"id": song}, lambda r, s: all(x["_id"] != song for x in s.playlist)),
        "clear-playlist": ({}, lambda r, s: s.playlist == []),
        "queue": ({}, lambda r, s: r["_currentSong"]["_id"] == s.current["_id"] and r["queue"][0]["_position"] == 1),
        "add-to-queue": ({"q": "Gülpembe"}, lambda r, s: "Gülpembe" in s.queue[-1]["track"]["title"]),
        "queue-item": ({"id": queued}, lambda r, s: r["item"]["_id"] == queued),
        "promote": ({"id": sb.queue[-1]["_id"]}, lambda r, s: s.queue[0]["_id"] == r["item"]["_id"]),
        "pause": ({}, lambda r, s: s.playing is False),
        "play": ({}, lambda r, s: s.playing is True),
        "skip": ({}, lambda r, s: r["item"]["_id"] == s.current["_id"]),
        "remove-from-queue": ({"id": queued}, lambda r, s: all(x["_id"] != queued for x in s.queue)),
        "clear-queue": ({}, lambda r, s: s.queue == []),
        "spam-filters": ({}, lambda r, s: {f["_type"] for f in r["filters"]} >= {"blacklist", "links", "caps"}),
        "spam-filter": ({"type": "caps"}, lambda r, s: r["filter"]["limit"] == 70),
        "edit-spam-filter": ({"type": "blacklist", "blacklist": "one\n*two*", "silent": True},
                             lambda r, s: s.filters[0]["blacklist"] == "one\n*two*" and s.filters[0]["silent"] is True),
        "subscribers": ({"q": s_name(sb)}, lambda r, s: r["_total"] == 1),
        "add-subscriber": ({"name": "supporter"}, lambda r, s: s.subscribers[-1]["name"] == "supporter"),
        "subscriber": ({"id": sub}, lambda r, s: r["subscriber"]["_id"] == sub),
        "remove-subscriber": ({"id": sub}, lambda r, s: all(x["_id"] != sub for x in s.subscribers)),
        "timers": ({}, lambda r, s: r["timers"][0]["interval"] == "*/30 * * * *"),
        "create-timer": ({"name": "Hydrate", "message": "Drink water!", "interval": "*/15 * * * *", "lines": 5},
                         lambda r, s: r["command"]["name"] == "Hydrate" and s.timers[-1]["lines"] == 5),
        "timer": ({"id": timer}, lambda r, s: r["timer"]["_id"] == timer),
        "edit-timer": ({"id": timer, "enabled": False}, lambda r, s: s.timers[0]["enabled"] is False),
        "delete-timer": ({"id": timer}, lambda r, s: all(x["_id"] != timer for x in s.timers)),
    }


def s_name(sb):
    return sb.subscribers[1]["displayName"]


def test_cases_cover_all_46(services, sandbox):
    ops = {a.id for a in services.registry.actions() if a.provider == NB}
    assert {f"{NB}.{op}" for op in cases(sandbox.nightbot)} == ops and len(ops) == 46


async def test_every_action_round_trip(nb):
    registry, sb, _ = nb
    for op, (params, check) in cases(sb).items():
        if op == "send":
            sb.window = 0.01  # the documented 1 per 5 s is proven below; here it need not slow the tour
        result = await registry.invoke(f"{NB}.{op}", params, source="test")
        name, seen, status = sb.received[-1]
        assert (name, status) == (op, 200), (op, status)
        assert seen == registry.validate(f"{NB}.{op}", params).wire(), op  # arrived where the table says
        assert result["status"] == 200 and check(result, sb), (op, result)


async def test_send_is_queued_one_per_five_seconds_never_refused(nb, sandbox):
    _, sb, services = nb
    # the same sign-in, with the documented 5 s period scaled down to half a second on both sides
    registry = Services(Settings(), services.credentials, Registry(Limits(margin=0.05, period=0.5)),
                        base_urls=sandbox.base_urls()).registry
    sb.window = 0.5
    started = time.monotonic()
    for i in range(3):
        await registry.invoke(f"{NB}.send", {"message": f"line {i}"})
    assert time.monotonic() - started >= 1.0 and sb.rate_limited == 0
    assert [m["message"] for m in sb.sent] == ["line 0", "line 1", "line 2"]


@pytest.mark.parametrize("op,params,problem", [
    ("send", {"message": "x" * 401}, "at most 400 characters"),
    ("create-command", {"name": "!a", "message": "b", "coolDown": 5, "userLevel": "vip"}, "userLevel: must be one of"),
    ("edit-song-settings", {"volume": 101}, "volume: should be at most 100"),
    ("edit-song-settings", {"limits": {"queue": 0}}, "limits.queue"),
    ("edit-song-settings", {"limits": {"nope": 1}}, "limits.nope: unknown parameter"),
    ("regulars", {"limit": 101}, "limit"),
    ("create-timer", {"name": "t", "message": "m", "interval": "*/2 * * * *", "lines": 1}, "at most once every 5"),
    ("create-timer", {"name": "t", "message": "m", "interval": "every hour", "lines": 1}, "five fields"),
    ("edit-timer", {"id": "5" * 24}, "at least one of"),
    ("command", {"id": "not-an-id"}, "id: should be a 24-character id, as Nightbot gives it"),
    ("import-playlist", {"url": "ftp://x"}, "url"),
])
async def test_documented_constraints_are_checked_before_sending(nb, op, params, problem):
    registry, sb, _ = nb
    sent = len(sb.received)
    with pytest.raises(InvalidParams, match=problem):
        await registry.invoke(f"{NB}.{op}", params)
    assert len(sb.received) == sent


async def test_errors_show_nightbots_own_words(nb):
    registry, sb, _ = nb
    await registry.invoke(f"{NB}.part", {})
    with pytest.raises(ServiceError) as err:
        await registry.invoke(f"{NB}.send", {"message": "hello?"})
    assert str(err.value) == "Nightbot (400): channel is not joined"


async def test_the_sign_in_refreshes_rotates_and_ends(nb, sandbox, memory_keyring):
    registry, sb, services = nb
    server = sandbox.oauth[NB]
    before = TokenSet.load(memory_keyring.store[("deck", "nightbot:default:oauth")])
    server.expire_access_tokens()
    await registry.invoke(f"{NB}.me", {})
    after = TokenSet.load(memory_keyring.store[("deck", "nightbot:default:oauth")])
    assert after.refresh_token != before.refresh_token  # single use: the new one saved
    refresh = [f for e, f in server.log if e == "token" and f["grant_type"] == "refresh_token"][-1]
    assert refresh["redirect_uri"].startswith("http://localhost:17563")  # Nightbot wants it on a refresh too
    server.revoke_refresh_tokens()
    server.expire_access_tokens()
    with pytest.raises(SignInAgain):
        await registry.invoke(f"{NB}.me", {})
    assert registry.health[NB][0] == "sign in again"


async def test_a_missing_scope_is_the_services_refusal(nb, sandbox):
    registry, sb, services = nb
    for grant in sandbox.oauth[NB].access.values():
        grant.scope = "channel"
    with pytest.raises(ServiceError, match=r"\(403\): The token lacks the timers scope"):
        await registry.invoke(f"{NB}.timers", {})


async def test_song_capabilities_answer_in_deck_terms(nb):
    registry, sb, services = nb
    caps = services.capabilities
    queue = await caps.invoke("songs.queue", provider=NB)
    assert queue.current.title == sb.current["track"]["title"] and queue.current.source == "YouTube"
    assert [s.id for s in queue.songs] == [i["_id"] for i in sb.queue] and queue.songs[0].requester
    page = await caps.invoke("songs.playlist", {"limit": 2, "sort_by": "title"}, provider=NB)
    assert page.total == 6 and len(page.songs) == 2
    settings = await caps.invoke("songs.settings", provider=NB)
    assert settings.values["volume"] == 50 and settings.sources["soundcloud"] == "SoundCloud"
    # an answer of another shape is the service's error, in words, not a crash
    sb.do_queue = lambda b: {"queue": 5}
    with pytest.raises(ServiceError, match="Nightbot: answered songs.queue in a form Deck does not understand"):
        await caps.invoke("songs.queue", provider=NB)


async def test_timers_filters_and_people_in_deck_terms(nb):
    registry, sb, services = nb
    caps = services.capabilities
    timers = await caps.invoke("timers.list", provider=NB)
    assert [(t.name, t.interval, t.enabled) for t in timers.timers] == [("Socials", "*/30 * * * *", True)]
    assert timers.timers[0].next_run.endswith("Z")
    made = await caps.invoke("timers.create", {"name": "Hydrate", "message": "Drink water", "interval": "*/10 * * * *",
                                               "lines": 3}, provider=NB)  # answered as "command", as documented
    assert made.id == sb.timers[-1]["_id"] and made.lines == 3
    with pytest.raises(InvalidParams, match="at most once every 5 minutes"):
        await caps.invoke("timers.update", {"id": made.id, "interval": "*/3 * * * *"}, provider=NB)

    filters = await caps.invoke("moderation.filters", provider=NB)
    caps_filter = next(f for f in filters.filters if f.id == "caps")
    assert (caps_filter.limit, caps_filter.limit_min, caps_filter.limit_max) == (70, 1, 100)
    assert "limit" in caps_filter.editable and "blacklist" not in caps_filter.editable
    blacklist = next(f for f in filters.filters if f.id == "blacklist")
    assert blacklist.blacklist.splitlines()[1] == "*spoiler*" and blacklist.limit is None
    changed = await caps.invoke("moderation.filter-set", {"id": "caps", "exempt_level": "subscriber", "limit": 80},
                                provider=NB)
    assert changed.limit == 80 and sb.filters[1]["exemptUserLevel"] == "subscriber"
    assert sb.received[-1][:2] == ("edit-spam-filter", {"type": "caps", "exemptUserLevel": "subscriber", "limit": 80})

    page = await caps.invoke("regulars.list", {"limit": 2}, provider=NB)
    assert page.total == len(sb.regulars) and len(page.people) == 2 and page.people[0].platform == "twitch"
    added = await caps.invoke("listed-subscribers.add", {"name": "newfan"}, provider=NB)
    assert added.name == "newfan" and sb.subscribers[-1]["_id"] == added.id
    await caps.invoke("listed-subscribers.remove", {"id": added.id}, provider=NB)
    assert all(s["name"] != "newfan" for s in sb.subscribers)
