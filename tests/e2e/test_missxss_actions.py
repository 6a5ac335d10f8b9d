"""Every MissXss action, end to end: the app's registry and client over real loopback HTTP
against the sandbox. Each case checks what the sandbox received, what came back, and the
state the call left behind."""
from __future__ import annotations

import pytest

KICK_USER = "1000000"  # pixelpanda on Kick in the sandbox's seed
VOICE_GENEL, VOICE_OYUN, VOICE_AFK = "111111111111111111", "222222222222222222", "333333333333333333"
TEXT_CHANNEL = "1383215007457611957"


def member(mx, name):
    return next(m for m in mx.members.values() if m["username"] == name)


def kick_user(mx, name):
    return next(u for u in mx.users["Kick"].values() if u["username"] == name)


def command(mx, name):
    return next(c for c in mx.commands if c["command"] == name)


CASES = {
    "send-message": ({"message": "hello chat", "platform": "Twitch"},
                     lambda r, mx: r.message_id == mx.chat[-1]["id"] and mx.chat[-1] == {
                         "id": r.message_id, "platform": "Twitch", "bot": False, "message": "hello chat"}),
    "send-bot-message": ({"message": "beep"}, lambda r, mx: mx.chat[-1]["bot"] and mx.chat[-1]["platform"] == "Kick"),
    "tts": ({"text": "hi stream"}, lambda r, mx: mx.tts[-1]["id"] == r.ttsId and mx.tts[-1]["username"] == "API"),
    "clip": ({"duration": 60}, lambda r, mx: mx.clips == [{"title": "Clip - MissXss API", "duration": 60}]),
    "game": ({"game": "minecraft"}, lambda r, mx: r.game == "MINECRAFT" and mx.stream["Twitch"]["category"] == "Minecraft"),
    "search-games": ({"query": "valorant"}, lambda r, mx: r.best_match.name == "VALORANT" and r.best_match.match_type == "exact_name"
                     and r.games[0].kick_category_id == "101"),
    "title": ({"title": "New title!"}, lambda r, mx: mx.stream["Kick"]["title"] == mx.stream["Twitch"]["title"] == "New title!"),
    "get-stream-meta": ({"platform": "Twitch"}, lambda r, mx: r.platform == "Twitch" and r.is_live_twitch is True
                        and r.viewer_count == mx.stream["Twitch"]["viewers"] and r.channel == "deckdemo"),
    "set-stream-meta": ({"title": "Both", "kick_category_id": 104}, lambda r, mx: r.title_updated and r.game_updated
                        and r.category == "Minecraft" and mx.stream["Kick"]["title"] == "Both"),
    "trigger-audio-alert": ({"name": "airhorn"}, lambda r, mx: r.id == 10 and r.alert_id == "A10"),
    "list-audio-alerts": ({"status": "inactive"}, lambda r, mx: r.total == 2 and {a.name for a in r.alerts} == {"wow", "oof"}),
    "send-donation": ({"provider": "Ko-fi", "amount": 12.5, "currency": "EUR", "message": "gg"},
                      lambda r, mx: mx.donations[-1]["amount"] == 12.5 and mx.activity["latest_donors"][0]["provider"] == "Ko-fi"),
    "get-recent-activity": ({"limit": 2}, lambda r, mx: len(r.latest_followers) == 2 and r.latest_followers[0]["username"] == "pixelpanda"),
    "effect-trigger": ({"overlay_ids": ["confetti", "missing"], "data": {"n": 1}},
                       lambda r, mx: r.triggered == 1 and r.results[1]["success"] is False
                       and mx.triggered[-1]["data"]["userstate"]["platform"] == "Kick"),
    "get-kick-subscribers": ({"include_expired": True, "limit": 200}, lambda r, mx: r.total == 15 and r.include_expired),
    "start-song": ({}, lambda r, mx: mx.song["playing"] is True),
    "stop-song": ({}, lambda r, mx: mx.song["playing"] is False),
    "skip-song": ({}, lambda r, mx: mx.song["index"] == 1),
    "add-points": ({"platform": "Kick", "userid": KICK_USER, "amount": 5}, None),  # checked against the balance before
    "remove-points": ({"platform": "Kick", "username": "pixelpanda", "amount": 1}, None),
    "get-points": ({"platform": "Kick", "username": "@pixelpanda"},
                   lambda r, mx: r.user_id == KICK_USER and r.points == mx.users["Kick"][KICK_USER]["points"]),
    "get-points-top": ({"platform": "Kick", "limit": 3, "offset": 1}, lambda r, mx: [u.rank for u in r.users] == [2, 3, 4]
                       and r.users[0].points >= r.users[1].points and r.total == 40),
    "set-points": ({"platform": "YouTube", "username": "newviewer", "amount": 77},
                   lambda r, mx: r.points == 77 and r.old_points == 0 and r.model_extra["changed"] == 77),
    "transfer-points": ({"platform": "Kick", "from_username": "pixelpanda", "to_username": "nightowl_tv", "amount": 1},
                        lambda r, mx: r.model_extra["amount"] == 1 and r.model_extra["to_username"] == "nightowl_tv"),
    "adjust-watch-time": ({"platform": "Kick", "username": "pixelpanda", "mode": "set", "amount": 0, "day": "2026-01-02"},
                          lambda r, mx: kick_user(mx, "pixelpanda")["watch"]["2026-01-02"] == 0 and r.model_extra["used_fallback_day"] == 0),
    "get-watch-time": ({"platform": "Kick", "username": "pixelpanda", "date_from": "1999-01-01", "date_to": "2100-01-01"},
                       lambda r, mx: r.query_mode == "range" and r.watch_time == sum(kick_user(mx, "pixelpanda")["watch"].values())),
    "get-watch-time-top": ({"platform": "Twitch", "limit": 5}, lambda r, mx: len(r.users) == 5 and r.users[0].watch_time >= r.users[4].watch_time),
    "adjust-watch-time-bulk": ({"platform": "Kick", "mode": "add", "amount": 10, "users": [{"username": "pixelpanda"}, {"userid": "1000037", "amount": 3}]},
                               lambda r, mx: r.model_extra["processed_count"] == 2 and r.model_extra["users"][1]["amount"] == 3),
    "run-command": ({"command": "lurk", "username": "mochi_moon"},
                    lambda r, mx: r.model_extra["response"] == "mochi_moon is now lurking. Enjoy!" and mx.chat[-1]["bot"]),
    "list-commands": ({}, lambda r, mx: r.total == 8 and r.commands[0].command == "!hello" and r.commands[0].platform_twitch is True),
    "toggle-command": ({"command": "!rules", "mode": "off"}, lambda r, mx: r.active is False and r.changed and command(mx, "!rules")["active"] == 0),
    "create-command": ({"command": "!deck", "message": "Made with Deck"}, lambda r, mx: command(mx, "!deck")["message"] == "Made with Deck"),
    "update-command": ({"command": "!song", "aliases": ["!np", "!music"]}, lambda r, mx: command(mx, "!song")["aliases"] == ["!song", "!np", "!music"]),
    "delete-command": ({"command": "!uptime"}, lambda r, mx: all(c["command"] != "!uptime" for c in mx.commands)),
    "set-command-cooldown": ({"command": "!hello", "cooldown_user_seconds": 0}, lambda r, mx: command(mx, "!hello")["cooldown_user_seconds"] == 0
                             and command(mx, "!hello")["cooldown_global_seconds"] == 5),
    "set-command-platforms": ({"id": 22029, "platform_youtube": 1}, lambda r, mx: command(mx, "!hello")["platform_youtube"] == 1
                              and r.model_extra["platform_kick"] == 1),
    "ai-bot": ({"gemini_aktif": "toggle", "ai_text": "Be brief."}, lambda r, mx: mx.ai["gemini_aktif"] == 0 and mx.ai["history"] == 0
               and r.model_extra["clearai_triggered"] is True),
    "clear-ai": ({}, lambda r, mx: mx.ai["history"] == 0),
    "timeout": ({"username": "grumpyghost", "duration": 10}, lambda r, mx: mx.modlog[0]["type"] == "Timeout" and mx.modlog[0]["username"] == "grumpyghost"),
    "ban": ({"username": "grumpyghost", "reason": "spam", "platform": "Twitch"},
            lambda r, mx: mx.bans[-1]["banned_user"] == "grumpyghost" and mx.bans[-1]["platform"] == "Twitch"),
    "clear-chat": ({}, lambda r, mx: mx.chat == []),
    "shield-mode": ({"mode": "on", "duration": 5}, lambda r, mx: r.shield_mode and r.changed and mx.shield == {"mode": 1, "ban": 1, "lookback": 5}),
    "get-shield-mode-status": ({}, lambda r, mx: r.shield_mode is False and r.shield_ban_enabled is True and r.shield_lookback_minutes == 2),
    "set-moderation-feature": ({"feature": "coklu_hesap_spam", "mode": "toggle"}, lambda r, mx: r.enabled and mx.features["coklu_hesap_spam"] == 1),
    "get-moderation-status": ({}, lambda r, mx: r.status["coklu_hesap_spam"] == 0 and r.status["kalkan_sure"] == 2 and len(r.status) == 11),
    "get-platform-ban-list": ({"platform": "Twitch", "limit": 2}, lambda r, mx: r.total == 3 and len(r.bans) == 2 and r.bans[0].platform == "Twitch"),
    "get-moderation-log": ({"type": "ban"}, lambda r, mx: r.model_extra["source"] == "event" and r.logs[0].type == "Ban"),
    "unban-user": ({"username": "hexhunter", "platform": "Kick"}, lambda r, mx: all(b["banned_user"] != "hexhunter" for b in mx.bans)),
    "ban-recent-followers": ({"action": "timeout", "offset": 2, "count": 3, "duration": 5},
                             lambda r, mx: [u.username for u in r.users] == ["nightowl_tv", "sirlaughsalot", "mochi_moon"]),
    "discord-status": ({"channel_id": TEXT_CHANNEL}, lambda r, mx: r.bot_connected and r.channel_found and r.permissions["move_members"]),
    "discord-send-message": ({"channel_id": TEXT_CHANNEL, "embed_title": "Live!", "embed_color": "#FF5733"},
                             lambda r, mx: mx.discord_messages[-1]["embed_title"] == "Live!" and r.model_extra["guild_id"] == mx.guild_id),
    "discord-linked-users": ({"limit": 3, "offset": 5}, lambda r, mx: r.total == 7 and len(r.users) == 2),
    "discord-voice-members": ({}, lambda r, mx: r.total_channels == 4 and r.channels[0].member_count == 7 and r.channels[2].members == []),
    "discord-voice-kick": ({"discord_id": "900000000000000000"}, lambda r, mx: mx.members["900000000000000000"]["channel_id"] is None),
    "discord-voice-move": ({"discord_id": "900000000000000000", "target_channel_id": VOICE_AFK},
                           lambda r, mx: mx.members["900000000000000000"]["channel_id"] == VOICE_AFK),
    "discord-voice-mute": ({"discord_id": "900000000000023757", "mode": "toggle"}, lambda r, mx: r.muted is False and r.changed),
    "discord-voice-mute-all": ({"channel_id": VOICE_GENEL}, lambda r, mx: r.model_extra["muted_count"] == 5
                               and not member(mx, "MissXssBot")["muted"]),
    "discord-voice-unmute-all": ({"channel_id": VOICE_GENEL}, lambda r, mx: r.model_extra["unmuted_count"] == 1),
    "discord-voice-pull-all": ({"target_channel_id": VOICE_OYUN}, lambda r, mx: r.model_extra["moved_count"] == 7
                               and all(m["channel_id"] == VOICE_OYUN for m in mx.members.values())),
    "voicemod-voice-change": ({"voice": "Robot", "wait_time": 30}, lambda r, mx: mx.voicemod["voice"] == "robot"),
    "voicemod-effect-play": ({"voice": "applause"}, lambda r, mx: mx.voicemod["sounds"] == ["applause"]),
    "voicemod-hear-self": ({}, lambda r, mx: mx.voicemod["hear_self"] is True),
}


def test_cases_cover_all_62(services):
    assert {f"missxss.{s}" for s in CASES} == {a.id for a in services.registry.actions() if a.provider == "missxss"}


@pytest.mark.parametrize("scope", sorted(CASES))
async def test_action_round_trip(scope, registry, mx):
    params, check = CASES[scope]
    before = {u: dict(v) for u, v in mx.users["Kick"].items()}
    result = await registry.invoke(f"missxss.{scope}", params, source="test")
    received_scope, received_body, status = mx.received[-1]
    assert (received_scope, status) == (scope, 200)
    # the body sent is the validated params plus documented defaults, nothing else
    assert received_body == registry.validate(f"missxss.{scope}", params).wire()
    for key, value in params.items():
        if key not in ("username", "include_expired"):
            assert received_body[key] == value
    assert result.success is True
    if scope == "add-points":
        assert mx.users["Kick"][KICK_USER]["points"] == before[KICK_USER]["points"] + 5
    elif scope == "remove-points":
        assert mx.users["Kick"][KICK_USER]["points"] == before[KICK_USER]["points"] - 1
    else:
        assert check(result, mx), f"{scope}: unexpected outcome {result!r}"
