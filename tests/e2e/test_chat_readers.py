"""Chat readers against the sandbox's Kick, Twitch and Owncast servers over real sockets:
pings answered, a dropped socket, a stalled server and garbage frames all survived, and
Owncast's history backfill never repeats a message."""
from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter

import pytest

from deck.net.http import close_shared_client
from deck.providers.chat.hub import make_reader
from deck.providers.chat.message import ChatEvent, ChatMessage
from tests.support.web import serving

SPECS = ["twitch:deckdemo", "kick:deckdemo", "owncast:deckdemo"]


@pytest.fixture
def chat(sandbox):
    chat = sandbox.chat
    yield chat
    chat.set_rate(0)
    chat.ping_every = 30.0
    chat.stalled_until = 0.0


async def wait_for(predicate, what, timeout=15.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what() if callable(what) else what}")
        await asyncio.sleep(0.01)


def start_readers(sandbox, **knobs):
    urls = sandbox.chat_urls()
    got: dict[str, list] = {spec: [] for spec in SPECS}
    readers = {spec: make_reader(spec, urls.get, got[spec].extend) for spec in SPECS}
    for reader in readers.values():
        for name, value in knobs.items():
            setattr(reader, name, value)
        reader.start()
    return readers, got


async def stop(readers):
    for reader in readers.values():
        await reader.stop()
    await close_shared_client()


def messages(items):
    return [i for i in items if isinstance(i, ChatMessage)]


async def test_readers_answer_pings_and_survive_a_drop(sandbox, chat):
    chat.set_rate(50)
    chat.ping_every = 0.05
    readers, got = start_readers(sandbox, min_delay=0.05)
    try:
        await wait_for(lambda: all(r.health.state == "connected" for r in readers.values()), "connections")
        await wait_for(lambda: chat.pongs["twitch"] >= 2 and chat.pongs["kick"] >= 2, "pongs to the servers' pings")
        await wait_for(lambda: all(len(messages(v)) >= 10 for v in got.values()), "messages")
        before = {spec: len(v) for spec, v in got.items()}
        chat.drop()
        await wait_for(lambda: all(r.health.reconnects >= 1 and r.health.state == "connected"
                                   for r in readers.values()), "every reader to come back")
        await wait_for(lambda: all(len(got[s]) > before[s] + 10 for s in SPECS), "messages after the drop")
        assert all(r.health.error == "" for r in readers.values())
        # varied content: emotes, badges, replies, notices and events all came through the parsers
        def varied():
            every = [i for items in got.values() for i in items]
            said = messages(every)
            return (any(s.url for m in said for s in m.spans) and any(m.badges for m in said)
                    and any(m.reply_to for m in said) and any(m.kind == "notice" for m in said)
                    and {"delete", "timeout"} <= {i.kind for i in every if isinstance(i, ChatEvent)})
        await wait_for(varied, "emotes, badges, replies, notices, deletions and timeouts")
    finally:
        await stop(readers)


async def test_a_stalled_server_is_pinged_then_left(sandbox, chat):
    chat.set_rate(20)
    readers, got = start_readers(sandbox, idle_timeout=0.3, pong_timeout=0.3, min_delay=0.05)
    try:
        await wait_for(lambda: all(len(messages(v)) >= 3 for v in got.values()), "messages")
        chat.stall(1.5)
        await wait_for(lambda: all(r.health.reconnects >= 1 for r in readers.values()),
                       lambda: f"a reconnect after the stall: {[(k, r.health) for k, r in readers.items()]}")
        assert all("stopped answering" in r.health.error or r.health.state == "connected" for r in readers.values())
        count = {s: len(v) for s, v in got.items()}
        await wait_for(lambda: all(len(got[s]) > count[s] + 5 for s in SPECS),
                       lambda: f"messages once the server is back: {[(k, r.health) for k, r in readers.items()]}")
    finally:
        await stop(readers)


async def test_garbage_frames_are_logged_and_ignored(sandbox, chat, caplog):
    chat.set_rate(20)
    readers, got = start_readers(sandbox)
    try:
        await wait_for(lambda: all(len(messages(v)) >= 3 for v in got.values()), "messages")
        with caplog.at_level(logging.WARNING):
            chat.garbage()
            count = {s: len(v) for s, v in got.items()}
            await wait_for(lambda: all(len(got[s]) > count[s] + 5 for s in SPECS), "messages after the garbage")
        assert all(r.health.reconnects == 0 for r in readers.values())  # garbage is not a reason to reconnect
        for platform in ("Twitch IRC line", "Kick frame", "Owncast event"):
            assert f"ignored a malformed {platform}" in caplog.text
    finally:
        await stop(readers)


async def test_owncast_backfill_fills_the_gap_without_duplicates(sandbox, chat):
    chat.set_rate(100)
    readers, got = start_readers(sandbox, min_delay=0.3)
    owncast = readers["owncast:deckdemo"]
    try:
        await wait_for(lambda: len(messages(got["owncast:deckdemo"])) >= 20, "messages")
        for _ in range(5):
            reconnects = owncast.health.reconnects
            chat.drop()  # messages sent while Deck is away come back through the history
            await wait_for(lambda r=reconnects: owncast.health.reconnects > r and owncast.health.state == "connected",
                           "Owncast to come back")
        await asyncio.sleep(0)
        ids = [m.id for m in messages(got["owncast:deckdemo"])]
        assert [i for i, n in Counter(ids).items() if n > 1] == []
        history = [e["id"] for e in chat.owncast_history if e["type"] == "CHAT"]
        first = history.index(ids[0]) if ids[0] in history else 0
        missing = set(history[first:]) - set(ids)
        await wait_for(lambda: not (set(history[first:]) - {m.id for m in messages(got["owncast:deckdemo"])}),
                       f"the gap to be filled ({len(missing)} missing)")
    finally:
        await stop(readers)


async def test_owncast_history_through_the_integration_when_deck_has_a_token(sandbox, chat):
    chat.set_rate(20)
    oc = sandbox.owncast
    tokens = {"token": oc.secrets["token"]}
    got: list = []
    reader = make_reader("owncast:deckdemo", sandbox.chat_urls().get, got.extend,
                         server_token=lambda url: tokens["token"])
    reader.start()
    try:
        await wait_for(lambda: any(op == "chat" for op, *_ in oc.received), "the integration's history")
        await wait_for(lambda: len(messages(got)) >= 5, "messages")
        assert [(op, status) for op, _, status in oc.received if op == "chat"] == [("chat", 200)]
        tokens["token"] = "deleted-token"  # refused: read as a chat user instead, nothing lost
        reconnects = reader.health.reconnects
        chat.drop()
        await wait_for(lambda: reader.health.reconnects > reconnects and reader.health.state == "connected",
                       "Owncast to come back")
        await wait_for(lambda: [s for op, _, s in oc.received if op == "chat"] == [200, 401], "the refused history")
        assert reader.health.state == "connected"  # and the chat user's history was read instead
    finally:
        await reader.stop()
        await close_shared_client()


async def test_unknown_kick_channel_and_refused_lookups_say_why(sandbox, chat):
    urls = sandbox.chat_urls()
    with pytest.raises(ValueError, match="Kick channel is its slug"):
        make_reader("kick:bad slug", urls.get, lambda items: None)
    with pytest.raises(ValueError, match="PLATFORM:CHANNEL"):
        make_reader("youtube:someone", urls.get, lambda items: None)
    with pytest.raises(ValueError, match="Owncast server"):
        make_reader("owncast:main", {}.get, lambda items: None)
    chat.kick_lookup_blocked = True
    reader = make_reader("kick:deckdemo", urls.get, lambda items: None)
    reader.start()
    try:
        await wait_for(lambda: reader.health.state == "retrying", "the lookup to fail")
        assert "Kick refused the chatroom lookup" in reader.health.error and "kick:deckdemo:123456" in reader.health.error
    finally:
        chat.kick_lookup_blocked = False
        await reader.stop()
        await close_shared_client()
    reader = make_reader("kick:deckdemo:2915325", urls.get, lambda items: None)  # with the id, no lookup
    assert reader.chatroom_id == 2915325 and reader.channel == "deckdemo"


async def test_a_server_that_closes_after_its_welcome_is_not_hammered():
    """A connection counts as one that worked only once it delivers chat (or stays up): a
    server closing right after the welcome gets a growing backoff, not a storm."""
    from aiohttp import WSMsgType, web

    connections = 0

    async def irc(request):
        nonlocal connections
        connections += 1
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            if "NICK" in msg.data:
                await ws.send_str(":tmi.twitch.tv 001 justinfan1 :Welcome, GLHF!\r\n")
            if "JOIN" in msg.data:
                await ws.send_str(":justinfan1!justinfan1@justinfan1.tmi.twitch.tv JOIN #deckdemo\r\n"
                                  "@room-id=1 :tmi.twitch.tv ROOMSTATE #deckdemo\r\n")
                await ws.close()
        return ws

    app = web.Application()
    app.router.add_get("/", irc)
    states = []
    async with serving(app) as url:
        reader = make_reader("twitch:deckdemo", {"twitch-irc": "ws" + url[4:] + "/"}.get, lambda items: None,
                             lambda r: states.append(r.health.state))
        reader.min_delay = 0.05
        started = asyncio.get_running_loop().time()
        reader.start()
        await wait_for(lambda: connections >= 6, "six connections")
        elapsed = asyncio.get_running_loop().time() - started
        await reader.stop()
    assert "connected" in states  # each connection did get that far
    # backing off from 0.05 s, doubling: the waits before the 6th add up to at least 0.05+0.1+0.2+0.4+0.8
    # (with jitter, half that); retrying at once would have taken a few milliseconds
    assert elapsed >= 0.75, elapsed


async def test_a_busy_chat_is_read_in_batches_and_a_burst_at_once(sandbox, chat, monkeypatch):
    from deck.providers.chat import readers as module

    pauses: list[float] = []
    gather = module.gather

    async def counted(ws, seconds):
        pauses.append(seconds)
        await gather(ws, seconds)

    monkeypatch.setattr(module, "gather", counted)
    readers, got = start_readers(sandbox)
    owncast = "owncast:deckdemo"
    try:
        await wait_for(lambda: all(r.health.state == "connected" for r in readers.values()), "connections")
        # a burst (300 messages in one go) is handed on whole: a pause per message would take 30 s
        before, paused = len(messages(got[owncast])), len(pauses)
        burst = [e for e in (chat._owncast_event() for _ in range(400)) if e["type"] == "CHAT"][:300]
        for event in burst:
            chat.owncast_post(event)
        await wait_for(lambda: len(messages(got[owncast])) >= before + 300, "the whole burst")
        assert len(pauses) - paused < 30
        # a flood is read in batches: several messages for each pause, not one
        chat.set_rate(100)
        start, paused = sum(len(v) for v in got.values()), len(pauses)
        await wait_for(lambda: sum(len(v) for v in got.values()) >= start + 300, "the flood")
        batch = (sum(len(v) for v in got.values()) - start) / max(len(pauses) - paused, 1)
        assert batch >= 2, f"{batch:.1f} messages a batch"
        assert module.GATHER_BUSY in pauses[paused:]  # a chat this busy is read less often
    finally:
        await stop(readers)


@pytest.fixture
async def misbehaving():
    """A Kick website whose channel lookup drips a byte at a time, and an Owncast server whose
    live chat works while its history drips, is huge or is not JSON (``history`` chooses)."""
    from aiohttp import web

    state = {"history": "drip"}

    async def drip(request):
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        await response.prepare(request)
        for _ in range(600):
            await response.write(b" ")
            await asyncio.sleep(0.05)
        return response

    async def history(request):
        if state["history"] == "drip":
            return await drip(request)
        if state["history"] == "huge":
            return web.Response(body=b"[" + b'{"type": "CHAT"},' * 200_000 + b"{}]", content_type="application/json")
        return web.Response(text="<html>oops</html>", content_type="text/html")

    async def register(request):
        return web.json_response({"accessToken": "t", "displayName": "Deck"})

    async def live(request):
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        now = "2026-12-07T10:00:00Z"
        user = {"id": "u1", "displayName": "ada", "displayColor": 1, "createdAt": now, "previousNames": ["ada"]}
        for n in range(5):
            await ws.send_str(json.dumps({"type": "CHAT", "id": f"live-{n}", "timestamp": now, "body": "<p>hi</p>",
                                          "visible": True, "user": user}))
        async for _ in ws:  # until Deck closes
            pass
        return ws

    app = web.Application()
    app.router.add_get("/api/v2/channels/{slug}", drip)
    app.router.add_post("/api/chat/register", register)
    app.router.add_get("/api/chat", history)
    app.router.add_get("/ws", live)
    async with serving(app) as url:
        yield url, state


async def test_a_dripping_chatroom_lookup_ends_within_its_bound(misbehaving, monkeypatch):
    from deck.providers.chat import readers

    monkeypatch.setattr(readers, "LOOKUP_SECONDS", 0.5)
    url, _ = misbehaving
    reader = make_reader("kick:deckdemo", {"kick-pusher": "ws://127.0.0.1:1/", "kick-web": url}.get, lambda items: None)
    reader.start()
    try:
        await wait_for(lambda: reader.health.state == "retrying", "the lookup to give up")
        assert "Kick's channel lookup failed" in reader.health.error and "0.5 s" in reader.health.error
    finally:
        await reader.stop()
        await close_shared_client()


@pytest.mark.parametrize("history", ["drip", "huge", "garbage"])
async def test_owncast_live_chat_goes_on_when_its_history_misbehaves(misbehaving, monkeypatch, history):
    from deck.providers.chat import readers

    monkeypatch.setattr(readers, "LOOKUP_SECONDS", 0.5)
    url, state = misbehaving
    state["history"] = history
    got: list = []
    reader = make_reader("owncast:deckdemo", {"owncast": url}.get, got.extend)
    reader.start()
    try:
        await wait_for(lambda: len(messages(got)) >= 3, "live messages")
        assert reader.health.state == "connected"
    finally:
        await reader.stop()
        await close_shared_client()


async def test_the_irc_reader_speaks_irc_as_the_standards_write_it():
    """Against a server that holds Deck to the standards: one command per message, CAP END,
    NICK and USER before the JOIN, its own Origin; connected without a MOTD (422); nothing
    addressed to Deck's own nick shown as a channel's chat; a NOTICE said once."""
    from tests.support.irc_server import IrcServer

    server = await IrcServer().start()
    got: list = []
    reader = make_reader("twitch:deckdemo", {"twitch-irc": server.url}.get, got.extend)
    reader.start()
    try:
        await wait_for(lambda: reader.health.state == "connected", lambda: f"connected ({server.refused})")
        await wait_for(lambda: len(got) >= 2, "the channel's message and notice")
        assert server.refused == []
        commands = [line.split(" ")[0] for line in server.received]
        assert commands[:5] == ["CAP", "PASS", "NICK", "USER", "CAP"] and server.received[4] == "CAP END"
        assert commands[5] == "JOIN" and server.received[5] == "JOIN #deckdemo"
        said = [(m.channel, m.kind, m.text) for m in got]
        assert said == [("deckdemo", "chat", "hello from a standard server"),
                        ("deckdemo", "notice", "the channel is in slow mode")]
        from deck.cli import tail_line

        assert tail_line(got[1]).endswith("* the channel is in slow mode")  # once, not twice
    finally:
        await reader.stop()
        await server.stop()


async def test_capability_negotiation_is_ended_once_whatever_the_server_answers():
    """A server that answers CAP END with another ACK gets no second CAP END (a reader that
    answered every ACK and a server that answered every CAP kept each other busy forever)."""
    from tests.support.irc_server import IrcServer

    server = await IrcServer(acks_end=True).start()
    reader = make_reader("twitch:deckdemo", {"twitch-irc": server.url}.get, lambda items: None)
    reader.start()
    try:
        await wait_for(lambda: "PONG :after-cap-end" in server.received, "the ping after the second ACK answered")
        assert server.received.count("CAP END") == 1
    finally:
        await reader.stop()
        await server.stop()


async def test_a_join_refused_as_too_early_is_sent_again_once_registered(monkeypatch):
    """A JOIN the server answers ``451`` (not registered yet) is sent again after the welcome."""
    from deck.providers.chat import twitch
    from tests.support.irc_server import IrcServer

    monkeypatch.setattr(twitch, "login_lines", lambda nick: ["JOIN #deckdemo", "CAP REQ :x", "PASS x",
                                                            f"NICK {nick}", f"USER {nick} 0 * :{nick}"])
    server = await IrcServer().start()
    reader = make_reader("twitch:deckdemo", {"twitch-irc": server.url}.get, lambda items: None)
    reader.start()
    try:
        await wait_for(lambda: reader.health.state == "connected", "connected after the refused JOIN")
        assert server.received.count("JOIN #deckdemo") >= 2
    finally:
        await reader.stop()
        await server.stop()


async def test_a_frame_of_two_thousand_lines_is_handed_on_in_parts_with_turns_between():
    """A burst in one frame (as IRC servers batch lines) is parsed and handed on in parts, and
    the event loop gets turns between them: the window paints while a raid is read."""
    from aiohttp import WSMsgType, web

    lines = [f"@id=m{n};badges=subscriber/12;user-id=7 :ada!ada@ada.tmi.twitch.tv PRIVMSG #deckdemo :message {n}"
             for n in range(2000)]

    async def irc(request):
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for msg in ws:
            if msg.type == WSMsgType.TEXT and msg.data.startswith("NICK"):
                await ws.send_str(":tmi.twitch.tv 001 justinfan1 :Welcome")
            elif msg.type == WSMsgType.TEXT and msg.data.startswith("JOIN"):
                await ws.send_str(":tmi.twitch.tv ROOMSTATE #deckdemo")
                await ws.send_str("\r\n".join(lines) + "\r\n")
        return ws

    app = web.Application()
    app.router.add_get("/", irc)
    parts: list[int] = []
    seen_between: list[int] = []
    got: list = []

    def take(items):
        got.extend(items)
        parts.append(len(items))

    async def looker():  # another task of the loop: it runs only when the reader gives a turn
        while len(got) < 2000:
            seen_between.append(len(got))
            await asyncio.sleep(0)

    async with serving(app) as url:
        reader = make_reader("twitch:deckdemo", {"twitch-irc": "ws" + url[4:] + "/"}.get, take)
        reader.start()
        watching = asyncio.ensure_future(looker())
        try:
            await wait_for(lambda: len(got) >= 2000, "the whole burst")
            assert [m.text for m in got] == [f"message {n}" for n in range(2000)]  # all of it, in order
            assert len(parts) >= 2000 // 64  # in parts
            assert any(0 < n < 2000 for n in seen_between)  # and the loop ran between them
        finally:
            watching.cancel()
            await reader.stop()
