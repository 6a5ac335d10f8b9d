"""Every Owncast action over real HTTP against its stand-in: what arrived, what came back and
the state after; both auth kinds (a token's scopes, the admin password), the CSRF header on
admin writes, both error shapes in the server's words, typed setter values refused before
sending, and an access token created with the admin password then used for chat."""
from __future__ import annotations

import pytest

from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.errors import InvalidParams, ServiceError
from deck.core.settings import Settings
from deck.net.http import close_shared_client
from deck.providers.owncast.spec import SETTINGS

OC = "owncast"


@pytest.fixture
async def oc(services, sandbox):
    yield services.registry, sandbox.owncast
    await close_shared_client()


def cases(sb):
    """op -> (params, check(result, sandbox)); ids come from the stand-in's state."""
    user = next(iter(sb.users.values()))
    message = sb.messages[0]["id"]
    pending = sb.pending[0]["link"]
    variant = {"name": "1080p", "videoPassthrough": False, "videoBitrate": 6000, "scaledHeight": 1080,
               "framerate": 60, "cpuUsageLevel": 3}
    setters = {
        "set-stream-title": "New title", "set-name": "My server", "set-summary": "About me",
        "set-offline-message": "Gone fishing", "set-welcome-message": "Hi!", "set-page-content": "# Hello",
        "set-tags": ["music", "chill"], "set-nsfw": True, "set-directory-enabled": True,
        "set-server-url": "https://live.example.org", "set-logo": "data:image/png;base64,iVBORw0KGgo=",
        "set-social-handles": [{"platform": "github", "url": "https://github.com/deck"}],
        "set-hide-viewer-count": True, "set-disable-search-indexing": True, "set-chat-disabled": True,
        "set-chat-join-messages": False, "set-established-user-mode": True,
        "set-forbidden-usernames": ["root", "mod"], "set-suggested-usernames": ["Otter", "Heron"],
        "set-spam-protection": False, "set-slur-filter": True,
        "set-external-actions": [{"url": "https://example.org/tip", "title": "Tip", "openExternally": True}],
        "set-custom-styles": "body { color: red }", "set-custom-javascript": "console.log(1)",
        "set-appearance": {"--theme-color-palette-0": "#112233"}, "set-federation-enabled": True,
        "set-federation-private": True, "set-federation-engagement": False, "set-federation-username": "live",
        "set-federation-live-message": "Streaming now", "set-federation-blocked-domains": ["spam.example"],
        "set-discord-notifications": {"webhook": "https://discord.com/api/webhooks/1/x", "enabled": True},
        "set-browser-notifications": {"goLiveMessage": "Live!", "enabled": True},
        "set-admin-password": sb.config["adminPassword"],  # the same, so the tour goes on signing in
        "set-stream-keys": [{"key": "a-new-stream-key", "comment": "OBS"}], "set-video-codec": "h264_nvenc",
        "set-latency-level": 3, "set-output-variants": [variant], "set-ffmpeg-path": "/opt/ffmpeg",
        "set-web-server-port": 8081, "set-web-server-ip": "127.0.0.1", "set-rtmp-port": 1936,
        "set-socket-host-override": "wss://chat.example.org", "set-video-serving-endpoint": "https://cdn.example.org",
        "set-s3": {"endpoint": "https://s3.example.org", "bucket": "live", "enabled": True},
    }

    def stored(op, value):
        def check(r, s):
            target = s.config
            for name in SETTINGS[op].split("."):
                target = target[name]
            return r == {"success": True, "message": "changed"} and target == value
        return check

    return {
        "status": ({}, lambda r, s: r["online"] is True and r["versionNumber"] == "0.2.0"),
        "web-config": ({}, lambda r, s: r["name"] == s.config["instanceDetails"]["name"]),
        "send-message": ({"body": "hello from Deck"}, lambda r, s: s.messages[-1]["body"] == "hello from Deck"
                         and r["success"]),
        "send-system-message": ({"body": "Stream starts soon"}, lambda r, s: s.messages[-1]["type"] == "SYSTEM"),
        "send-action": ({"body": "waves"}, lambda r, s: s.messages[-1]["type"] == "CHAT_ACTION"),
        "send-system-message-to-client": ({"clientId": 1, "body": "Just for you"}, lambda r, s: r["success"]),
        "message-visibility": ({"idArray": [message], "visible": False},
                               lambda r, s: s.messages[0]["hiddenAt"] is not None),
        "chat": ({}, lambda r, s: all(m["id"] != message for m in r) and r),
        "admin-chat-messages": ({}, lambda r, s: any(m["id"] == message for m in r)),  # hidden ones too
        "admin-message-visibility": ({"idArray": [message], "visible": True},
                                     lambda r, s: s.messages[0]["hiddenAt"] is None),
        "stream-title": ({"value": "Title from the integration"},
                         lambda r, s: s.config["instanceDetails"]["streamTitle"] == "Title from the integration"),
        "clients": ({}, lambda r, s: r[0]["user"]["displayName"]),
        "admin-chat-clients": ({}, lambda r, s: len(r) == len(s.clients)),
        "user-details": ({"userId": user["id"], "accessToken": moderator_token(sb)},
                         lambda r, s: r["user"]["id"] == user["id"] and r["messages"]),
        "admin-status": ({}, lambda r, s: r["broadcaster"]["streamDetails"]["encoder"] == "OBS 30.1"),
        "server-config": ({}, lambda r, s: r == s.config and r["rtmpServerPort"] == 1936),
        "viewers-over-time": ({"windowStart": "1700000000"}, lambda r, s: len(r) == 30 and "value" in r[0]),
        "viewers": ({}, lambda r, s: len(r) == s.viewers),
        "hardware-stats": ({}, lambda r, s: len(r["cpu"]) == 10),
        "logs": ({}, lambda r, s: len(r) == 3),
        "warnings": ({}, lambda r, s: [e["level"] for e in r] == ["warning"]),
        "video-metrics": ({}, lambda r, s: r["segmentLength"] == 4),
        "update-options": ({}, lambda r, s: r == {"supportsUpdate": False, "canRestart": True}),
        "yp-reset": ({}, lambda r, s: r["success"]),
        "update-force-quit": ({}, lambda r, s: s.restarts == 1),
        "set-moderator": ({"userId": user["id"], "isModerator": False}, lambda r, s: "MODERATOR" not in user["scopes"]),
        "moderators": ({}, lambda r, s: all("MODERATOR" in u["scopes"] for u in r)),
        "set-user-enabled": ({"userId": user["id"], "enabled": False}, lambda r, s: user["disabledAt"] is not None),
        "disabled-users": ({}, lambda r, s: [u["id"] for u in r] == [user["id"]]),
        "ban-ip": ({"value": "198.51.100.9"}, lambda r, s: s.ip_bans[-1]["ipAddress"] == "198.51.100.9"),
        "ip-bans": ({}, lambda r, s: len(r) == 2),
        "unban-ip": ({"value": "198.51.100.9"}, lambda r, s: len(s.ip_bans) == 1),
        "upload-emoji": ({"name": "wave", "data": "data:image/gif;base64,R0lGOD"},
                         lambda r, s: s.emoji[-1]["name"] == "wave"),
        "delete-emoji": ({"name": "wave"}, lambda r, s: all(e["name"] != "wave" for e in s.emoji)),
        "followers": ({"limit": 2}, lambda r, s: r["total"] == 3 and len(r["results"]) == 2),
        "pending-follows": ({}, lambda r, s: len(r) == 2),
        "approve-follower": ({"actorIRI": pending, "approved": True},
                             lambda r, s: s.followers[-1]["link"] == pending and len(s.pending) == 1),
        "blocked-follows": ({}, lambda r, s: r == []),
        "federation-send": ({"value": "Hello fediverse"}, lambda r, s: len(s.fediverse) == 1),
        "federation-actions": ({"offset": 0, "limit": 10}, lambda r, s: r["total"] == 1),
        "create-webhook": ({"url": "http://192.168.1.5:9000/hook", "events": ["CHAT", "STREAM_STARTED"]},
                           lambda r, s: r["id"] == 1 and s.webhooks[0]["events"] == ["CHAT", "STREAM_STARTED"]),
        "webhooks": ({}, lambda r, s: r[0]["url"] == "http://192.168.1.5:9000/hook"),
        "delete-webhook": ({"id": 1}, lambda r, s: s.webhooks == []),
        "create-access-token": ({"name": "Overlay", "scopes": ["CAN_SEND_MESSAGES"]},
                                lambda r, s: s.tokens[-1]["displayName"] == "Overlay" and r["accessToken"]),
        "access-tokens": ({}, lambda r, s: len(r) == 2),
        "delete-access-token": ({"token": sb.tokens[0]["accessToken"] if len(sb.tokens) > 1 else "placeholder"},
                                lambda r, s: True),
        "disconnect": ({}, lambda r, s: s.online is False),
        **{f"prometheus-{m}": ({}, lambda r, s: "owncast_viewers" in r) for m in ("get", "post", "put", "delete")},
        **{op: ({"value": value}, stored(op, value)) for op, value in setters.items()},
    }


def moderator_token(sb):
    """A chat user's token, made a moderator: what "user details" authenticates with."""
    token, user = "moderator-chat-token", dict(next(iter(sb.users.values())), scopes=["MODERATOR"])
    sb.chat.owncast_tokens[token] = user
    return token


ORDER_LAST = ("delete-access-token", "disconnect", "set-chat-disabled")


def test_cases_cover_every_operation(services, sandbox):
    ops = {a.id for a in services.registry.actions() if a.provider == OC}
    covered = {f"{OC}.{op}" for op in cases(sandbox.owncast)} | {f"{OC}.send-user-message", f"{OC}.update-start"}
    assert covered == ops and len(ops) == 98


async def test_every_action_round_trip(oc):
    registry, sb = oc
    tour = cases(sb)
    # the settings first (federation on before posting to it), the ones that end things last
    for op in sorted(tour, key=lambda o: 2 if o in ORDER_LAST else 0 if o in SETTINGS else 1):
        params, check = tour[op]
        if op == "delete-access-token":  # the token made on the tour, not the one Deck signs with
            params = {"token": sb.tokens[-1]["accessToken"]}
        result = await registry.invoke(f"{OC}.{op}", params, source="test")
        name, seen, status = sb.received[-1]
        assert (name, status) == (op, 200), (op, status, result)
        assert seen == registry.validate(f"{OC}.{op}", params).wire(), op  # arrived where the table says
        assert check(result, sb), (op, result)


async def test_refusals_in_the_servers_words(oc):
    registry, sb = oc
    with pytest.raises(ServiceError, match=r"Owncast \(400\): no longer supported. see /api/integrations/chat/send"):
        await registry.invoke(f"{OC}.send-user-message", {})
    with pytest.raises(ServiceError, match=r"\(400\): updates are not supported"):
        await registry.invoke(f"{OC}.update-start", {})
    sb.intercept = lambda op: (500, {"error": "database is locked"}, {})
    with pytest.raises(ServiceError, match=r"\(500\): database is locked"):
        await registry.invoke(f"{OC}.logs", {})
    sb.intercept = lambda op: (200, {"success": False, "message": "old servers refuse with a 200"}, {})
    with pytest.raises(ServiceError, match="old servers refuse with a 200"):
        await registry.invoke(f"{OC}.set-nsfw", {"value": True})


async def test_admin_writes_carry_the_csrf_header(oc):
    registry, sb = oc
    await registry.invoke(f"{OC}.set-nsfw", {"value": True})  # refused with 403 if the header were missing
    assert sb.received[-1][2] == 200 and sb.config["instanceDetails"]["nsfw"] is True


@pytest.mark.parametrize("op,params,problem", [
    ("set-nsfw", {"value": "yes please"}, "value: must be true or false"),
    ("set-rtmp-port", {"value": 70000}, "value: should be at most 65535"),
    ("set-rtmp-port", {"value": "1935x"}, "value"),
    ("set-tags", {}, "value"),
    ("set-tags", {"value": {"a": 1}}, "value: should be a valid list"),
    ("set-latency-level", {"value": 9}, "at most 4"),
    ("set-output-variants", {"value": [{"name": "x", "cpuUsageLevel": 9}]}, "cpuUsageLevel"),
    ("set-output-variants", {"value": [{"bitrate": 1}]}, "bitrate"),
    ("set-social-handles", {"value": [{"platform": "x"}]}, "url"),
    ("set-stream-keys", {"value": []}, "at least 1"),
    ("create-webhook", {"url": "http://x.example/h", "events": ["CHAT", "EVERYTHING"]}, "EVERYTHING is not one of"),
    ("create-access-token", {"name": "x", "scopes": ["ROOT"]}, "ROOT is not one of"),
    ("ban-ip", {"value": "not an ip!"}, "value"),
    ("message-visibility", {"idArray": [], "visible": False}, "idArray"),
    ("send-message", {"body": ""}, "body"),
    ("set-server-url", {"value": "ftp://x"}, "value"),
])
async def test_wrong_types_and_values_refused_before_sending(oc, op, params, problem):
    registry, sb = oc
    sent = len(sb.received)
    with pytest.raises(InvalidParams, match=problem):
        await registry.invoke(f"{OC}.{op}", params)
    assert len(sb.received) == sent


async def test_wrong_password_and_token_explained(sandbox, memory_keyring):
    credentials = Credentials()
    credentials.set(OC, "wrong-token", "token")
    credentials.set(OC, "wrong-password", "admin_password")
    registry = Services(Settings(), credentials, base_urls=sandbox.base_urls()).registry
    with pytest.raises(ServiceError, match=r"\(401\): The admin password was not accepted"):
        await registry.invoke(f"{OC}.logs", {})
    with pytest.raises(ServiceError, match=r"\(401\): The access token was not accepted"):
        await registry.invoke(f"{OC}.send-message", {"body": "hi"})
    await close_shared_client()


async def test_a_token_without_the_scope_is_refused_by_the_server(oc):
    registry, sb = oc
    sb.tokens[0]["scopes"] = ["CAN_SEND_MESSAGES"]
    await registry.invoke(f"{OC}.send-message", {"body": "still allowed"})
    with pytest.raises(ServiceError, match=r"\(401\): The access token was not accepted"):
        await registry.invoke(f"{OC}.clients", {})


async def test_a_token_made_with_the_admin_password_then_sends_chat(sandbox, memory_keyring):
    credentials = Credentials()
    credentials.set(OC, sandbox.owncast.secrets["admin_password"], "admin_password")
    services = Services(Settings(), credentials, base_urls=sandbox.base_urls())
    made = await services.registry.invoke(f"{OC}.create-access-token",
                                          {"name": "Deck", "scopes": ["CAN_SEND_MESSAGES", "HAS_ADMIN_ACCESS"]})
    credentials.set(OC, made["accessToken"], "token")
    await services.registry.invoke(f"{OC}.send-message", {"body": "sent with the new token"})
    assert sandbox.owncast.messages[-1]["body"] == "sent with the new token"
    assert any(e.get("body") == "sent with the new token" for e in sandbox.chat.owncast_history)  # on the socket too
    await close_shared_client()
