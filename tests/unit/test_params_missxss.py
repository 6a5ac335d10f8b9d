"""Client-side validation of every MissXss action against the documented contract.

The tables below are written from the MissXss API reference, independently of the
contract table in the code, so a typo there shows up here."""
from __future__ import annotations

import pytest

from deck.actions import providers
from deck.actions.registry import Registry
from deck.core.errors import InvalidParams
from deck.providers.missxss import PROVIDER

REG = Registry()
providers.register(REG, PROVIDER, lambda: None)  # validation only: no client needed


def ok(scope, params):
    return REG.validate(f"missxss.{scope}", params).wire()


def bad(scope, params):
    with pytest.raises(InvalidParams) as err:
        REG.validate(f"missxss.{scope}", params)
    return str(err.value)


# The documented example request of every endpoint is accepted.
DOC_EXAMPLES = {
    "send-message": {"message": "Hello Chat!"},
    "send-bot-message": {"message": "This is a bot message!"},
    "tts": {"text": "Hello Stream!", "username": "Bot"},
    "clip": {"title": "Epic moment!", "duration": 45},
    "game": {"game": "Valorant"},
    "search-games": {"query": "banana", "limit": 10},
    "title": {"title": "New stream title!"},
    "get-stream-meta": {},
    "set-stream-meta": {"title": "New Title", "game": "Valorant"},
    "trigger-audio-alert": {"id": 849, "username": "api_bot"},
    "list-audio-alerts": {"status": "active", "limit": 20, "offset": 0},
    "send-donation": {"provider": "StreamLabs", "amount": 50, "currency": "TRY", "username": "viewer123",
                      "displayname": "Viewer123", "message": "GG!"},
    "get-recent-activity": {"limit": 5},
    "effect-trigger": {"overlay_id": "effect_overlay_1", "data": {"message": "API trigger", "amount": 100}},
    "get-kick-subscribers": {"include_expired": 0, "limit": 20, "offset": 0},
    "start-song": {}, "stop-song": {}, "skip-song": {},
    "add-points": {"platform": "Kick", "userid": "123456", "username": "viewer123", "amount": 100},
    "remove-points": {"platform": "Kick", "userid": "123456", "username": "viewer123", "amount": 50},
    "get-points": {"platform": "Kick", "userid": "123456", "username": "viewer123"},
    "get-points-top": {"platform": "Kick", "limit": 10, "offset": 0},
    "set-points": {"platform": "Kick", "userid": "123456", "username": "viewer123", "amount": 2500},
    "transfer-points": {"platform": "Kick", "from_userid": "111", "from_username": "alice", "to_userid": "222",
                        "to_username": "bob", "amount": 100},
    "adjust-watch-time": {"platform": "Kick", "userid": "123456", "mode": "add", "amount": 30, "day": "2026-04-17"},
    "get-watch-time": {"platform": "Kick", "userid": "123456", "day": "2026-04-17"},
    "get-watch-time-top": {"platform": "Kick", "day": "2026-04-17", "limit": 10, "offset": 0},
    "adjust-watch-time-bulk": {"platform": "Kick", "mode": "add", "day": "2026-04-17",
                               "users": [{"userid": "123456", "amount": 30}, {"username": "viewer2", "amount": 15}]},
    "run-command": {"command": "!hello"},
    "list-commands": {},
    "toggle-command": {"id": 22029, "mode": "off"},
    "create-command": {"command": "!hi", "message": "Hello everyone!"},
    "update-command": {"id": 22035, "message": "Hello there!"},
    "delete-command": {"id": 22035},
    "set-command-cooldown": {"id": 22029, "cooldown_global_seconds": 10, "cooldown_user_seconds": 30},
    "set-command-platforms": {"id": 22029, "platform_kick": 1, "platform_twitch": 0, "platform_youtube": 1},
    "ai-bot": {"gemini_aktif": "on"},
    "clear-ai": {},
    "timeout": {"username": "troll_user", "duration": 5, "reason": "Spamming"},
    "ban": {"username": "bad_user", "reason": "Rule violation"},
    "clear-chat": {},
    "shield-mode": {"mode": "on"},
    "get-shield-mode-status": {},
    "set-moderation-feature": {"feature": "spam_korumasi", "mode": "on"},
    "get-moderation-status": {},
    "get-platform-ban-list": {"platform": "Kick", "limit": 20, "offset": 0},
    "get-moderation-log": {"type": "all", "limit": 25, "offset": 0},
    "unban-user": {"username": "old_banned_user"},
    "ban-recent-followers": {"action": "ban", "offset": 1, "count": 2, "reason": "Spam"},
    "discord-status": {"guild_id": "123456789012345678"},
    "discord-send-message": {"channel_id": "1383215007457611957", "message": "Merhaba Discord!"},
    "discord-linked-users": {"limit": 50, "offset": 0},
    "discord-voice-members": {},
    "discord-voice-kick": {"discord_id": "55555555555555555555"},
    "discord-voice-move": {"discord_id": "55555555555555555555", "target_channel_id": "99999999999999999999"},
    "discord-voice-mute": {"discord_id": "55555555555555555555", "mode": "on"},
    "discord-voice-mute-all": {"channel_id": "999999999999999999"},
    "discord-voice-unmute-all": {"channel_id": "999999999999999999"},
    "discord-voice-pull-all": {"target_channel_id": "9999999999999999"},
    "voicemod-voice-change": {"voice": "baby", "wait_time": 60},
    "voicemod-effect-play": {"voice": "applause"},
    "voicemod-hear-self": {"wait_time": 120},
}


def test_every_endpoint_is_an_action():
    assert len(DOC_EXAMPLES) == 62
    assert {a.id for a in REG.actions()} == {f"missxss.{s}" for s in DOC_EXAMPLES}


@pytest.mark.parametrize("scope", sorted(DOC_EXAMPLES))
def test_documented_example_is_accepted(scope):
    body = ok(scope, DOC_EXAMPLES[scope])
    for key, value in DOC_EXAMPLES[scope].items():
        assert body[key] == value


@pytest.mark.parametrize("scope", sorted(DOC_EXAMPLES))
def test_unknown_parameter_is_refused(scope):
    assert "surprise: unknown parameter" in bad(scope, {**DOC_EXAMPLES[scope], "surprise": 1})


# (scope, base params, param, lowest valid, highest valid) — ranges from the reference.
RANGES = [
    ("send-message", {}, "message", "x", "x" * 500),
    ("send-bot-message", {}, "message", "x", "x" * 500),
    ("tts", {}, "text", "x", "x" * 500),
    ("clip", {}, "duration", 5, 180),
    ("search-games", {}, "query", "ab", "a" * 100),
    ("search-games", {"query": "ab"}, "limit", 1, 50),
    ("search-games", {"query": "ab"}, "min_similarity", 0, 100),
    ("title", {}, "title", "x", "x" * 140),
    ("set-stream-meta", {}, "title", "x", "x" * 140),
    ("list-audio-alerts", {}, "limit", 1, 200),
    ("get-recent-activity", {}, "limit", 1, 20),
    ("get-kick-subscribers", {}, "limit", 1, 200),
    ("add-points", {"platform": "Kick", "username": "a"}, "amount", 1, 99_999_999),
    ("remove-points", {"platform": "Kick", "username": "a"}, "amount", 1, 99_999_999),
    ("get-points-top", {"platform": "Kick"}, "limit", 1, 100),
    ("set-points", {"platform": "Kick", "username": "a"}, "amount", 0, 99_999_999),
    ("transfer-points", {"platform": "Kick", "from_username": "a", "to_username": "b"}, "amount", 1, 99_999_999),
    ("adjust-watch-time", {"platform": "Kick", "username": "a", "mode": "set"}, "amount", 0, 99_999_999),
    ("adjust-watch-time", {"platform": "Kick", "username": "a", "mode": "add"}, "amount", 1, 99_999_999),
    ("get-watch-time-top", {"platform": "Kick"}, "limit", 1, 100),
    ("create-command", {"message": "m"}, "command", "!", "!" * 50),
    ("set-command-cooldown", {"id": 1}, "cooldown_global_seconds", 0, 86400),
    ("set-command-cooldown", {"id": 1}, "cooldown_user_seconds", 0, 86400),
    ("ai-bot", {}, "ai_text", "", "x" * 12000),
    ("timeout", {"username": "a"}, "duration", 1, 525_600),
    ("shield-mode", {}, "duration", 0, None),
    ("get-platform-ban-list", {}, "limit", 1, 200),
    ("get-moderation-log", {}, "limit", 1, 50),
    ("ban-recent-followers", {"action": "ban"}, "count", 1, 10),
    ("ban-recent-followers", {"action": "ban"}, "offset", 1, None),
    ("ban-recent-followers", {"action": "timeout"}, "duration", 1, 525_600),
    ("discord-send-message", {"channel_id": "1"}, "message", "x", "x" * 2000),
    ("discord-send-message", {"channel_id": "1"}, "embed_title", "x", "x" * 256),
    ("discord-send-message", {"channel_id": "1"}, "embed_description", "x", "x" * 4096),
    ("discord-linked-users", {}, "limit", 1, 200),
    ("list-audio-alerts", {}, "offset", 0, None),
]


def _below(value):
    return value - 1 if isinstance(value, int) else value[:-1] if value else None


def _above(value):
    return value + 1 if isinstance(value, int) else value + value[:1]


@pytest.mark.parametrize("scope,base,param,low,high", RANGES, ids=[f"{r[0]}.{r[2]}" for r in RANGES])
def test_documented_range(scope, base, param, low, high):
    assert ok(scope, {**base, param: low})[param] == low
    if _below(low) is not None and not (isinstance(low, str) and low == ""):
        bad(scope, {**base, param: _below(low)})
    if high is not None:
        assert ok(scope, {**base, param: high})[param] == high
        assert param in bad(scope, {**base, param: _above(high)})


@pytest.mark.parametrize("scope,param,choices", [
    ("send-message", "platform", ["Kick", "Twitch"]),
    ("timeout", "platform", ["Kick", "Twitch"]),
    ("add-points", "platform", ["Kick", "Twitch", "YouTube", "TikTok"]),
    ("effect-trigger", "platform", ["Kick", "Twitch", "YouTube", "TikTok"]),
    ("list-audio-alerts", "status", ["all", "active", "inactive"]),
    ("send-donation", "provider", ["BynoGame", "StreamElements", "StreamLabs", "Ko-fi"]),
    ("adjust-watch-time", "mode", ["add", "remove", "set"]),
    ("toggle-command", "mode", ["on", "off", "toggle"]),
    ("get-moderation-log", "type", ["all", "ban", "timeout", "shield"]),
    ("ban-recent-followers", "action", ["ban", "timeout"]),
    ("set-moderation-feature", "feature", ["username_kontrol", "spam_korumasi", "link_korumasi", "kufur_korumasi",
                                           "caps_korumasi", "flood_korumasi", "coklu_hesap_spam", "ziyaretci_kontrol"]),
])
def test_documented_enums(scope, param, choices):
    schema = REG.get(f"missxss.{scope}").schema()["properties"][param]
    enum = schema.get("enum") or next(x["enum"] for x in schema["anyOf"] if "enum" in x)
    assert enum == choices
    assert "must be one of" in bad(scope, {**DOC_EXAMPLES[scope], param: "Nope"})


def test_documented_defaults_are_sent_explicitly():
    assert ok("timeout", {"username": "a"}) == {"username": "a", "duration": 1, "reason": "API Timeout", "platform": "Kick"}
    assert ok("clip", {}) == {"title": "Clip - MissXss API", "duration": 30}
    assert ok("shield-mode", {}) == {"mode": "toggle"}
    assert ok("ban-recent-followers", {"action": "ban"})["offset"] == 1  # 1-based
    assert ok("get-points-top", {"platform": "Kick"}) == {"limit": 20, "offset": 0, "platform": "Kick"}
    assert ok("search-games", {"query": "ab"}) == {"query": "ab", "limit": 10, "min_similarity": 25}
    assert "platform" not in ok("get-platform-ban-list", {})  # a filter, not a target


def test_required_parameters():
    assert "platform: required" in bad("add-points", {"username": "a", "amount": 1})
    assert "message: required" in bad("send-message", {})
    assert "username: required" in bad("timeout", {})
    assert "channel_id: required" in bad("discord-voice-mute-all", {})


@pytest.mark.parametrize("scope,params,expected", [
    ("game", {}, "at least one of: game, kick_category_id"),
    ("set-stream-meta", {"platform": "Kick"}, "at least one of: title, game, kick_category_id"),
    ("add-points", {"platform": "Kick", "amount": 1}, "at least one of: userid, username"),
    ("transfer-points", {"platform": "Kick", "from_username": "a", "amount": 1}, "to_userid, to_username"),
    ("run-command", {}, "exactly one of: command, id"),
    ("run-command", {"command": "!a", "id": 1}, "exactly one of: command, id"),
    ("trigger-audio-alert", {"username": "api_bot"}, "at least one of: id, name"),
    ("effect-trigger", {}, "exactly one of: overlay_id, overlay_ids"),
    ("update-command", {"id": 1}, "at least one of: message, aliases"),
    ("set-command-platforms", {"id": 1}, "at least one of"),
    ("ai-bot", {}, "at least one of"),
    ("get-watch-time", {"platform": "Kick", "username": "a", "date_from": "2026-01-01"}, "must be given together"),
    ("get-watch-time", {"platform": "Kick", "username": "a", "day": "2026-01-01", "date_from": "2026-01-01",
                        "date_to": "2026-01-02"}, "cannot be combined"),
    ("get-watch-time-top", {"platform": "Kick", "date_from": "2026-02-01", "date_to": "2026-01-01"}, "not be after"),
    ("adjust-watch-time", {"platform": "Kick", "username": "a", "mode": "remove", "amount": 0}, "at least 1"),
    ("adjust-watch-time-bulk", {"platform": "Kick", "mode": "add", "users": [{"amount": 3}]}, "needs userid or username"),
    ("adjust-watch-time-bulk", {"platform": "Kick", "mode": "add", "users": [{"username": "a"}]}, "no amount"),
    ("adjust-watch-time-bulk", {"platform": "Kick", "mode": "add", "users": []}, "at least 1 item"),
    ("adjust-watch-time-bulk", {"platform": "Kick", "mode": "add", "amount": 1, "users": [{"username": "a", "x": 1}]}, "unknown keys"),
    ("ban-recent-followers", {"action": "ban", "duration": 5}, "only used with action=timeout"),
    ("discord-send-message", {"channel_id": "1"}, "at least one of: message, embed_title"),
    ("discord-send-message", {"channel_id": "1", "message": "a", "embed_color": "red"}, "embed_color"),
    ("discord-voice-kick", {"discord_id": "not-a-snowflake"}, "discord_id"),
    ("adjust-watch-time", {"platform": "Kick", "username": "a", "mode": "add", "amount": 1, "day": "2026-02-30"}, "YYYY-MM-DD"),
    ("effect-trigger", {"overlay_ids": [str(i) for i in range(21)]}, "overlay_ids"),
    ("add-points", {"platform": "Kick", "username": "a", "amount": True}, "not true/false"),
])
def test_cross_field_rules(scope, params, expected):
    assert expected in bad(scope, params)


def test_tolerant_input_forms():
    assert ok("send-message", {"message": "hi", "platform": "twitch"})["platform"] == "Twitch"
    assert ok("get-points", {"platform": "Kick", "username": "@viewer"})["username"] == "viewer"
    assert ok("get-kick-subscribers", {"include_expired": "true"})["include_expired"] == 1
    assert ok("update-command", {"id": 1, "aliases": "!a, !b"})["aliases"] == ["!a", "!b"]
    assert ok("discord-send-message", {"channel_id": "1", "embed_title": "t", "embed_color": "16721715"})
    assert ok("discord-send-message", {"channel_id": "1", "embed_title": "t", "embed_color": "#FF5733"})


def test_rate_limits_and_flags_follow_the_reference():
    limits = {a.scope: a.limit for a in REG.actions()}
    assert limits["timeout"] == limits["ban"] == limits["ban-recent-followers"] == 200
    assert limits["set-moderation-feature"] == limits["clear-ai"] == 10
    assert limits["clear-chat"] == limits["shield-mode"] == 15
    assert limits["get-stream-meta"] == limits["get-points"] == 120
    assert sum(limits.values()) == 4110  # the reference table, added up
    destructive = {a.scope for a in REG.actions() if a.destructive}
    assert {"ban", "clear-chat", "delete-command", "ban-recent-followers", "discord-voice-pull-all"} <= destructive
    assert "timeout" not in destructive


def test_audio_alert_takes_id_and_name_together_as_the_documented_example_does():
    assert ok("trigger-audio-alert", {"id": 849, "name": "airhorn"}) == {"id": 849, "name": "airhorn",
                                                                         "username": "API"}


def test_the_services_turkish_codes_read_in_words_wherever_its_answers_and_parameters_are_shown():
    from deck.core.words import in_words

    words = REG.get("missxss.get-moderation-status").words
    status = {"status": {"spam_korumasi": 1, "link_korumasi": 0, "kalkan_modu": 0}}
    assert in_words(status, answer=True, names=words) == "status: Spam protection 1, Link protection 0, Shield mode 0"
    assert in_words({"feature": "spam_korumasi"}, names=words) == "feature: Spam protection"
    assert "korumasi" not in " ".join(words.values())
