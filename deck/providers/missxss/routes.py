"""What MissXss offers to Deck's capabilities: Kick and Twitch chat, moderation and stream
controls, plus the features only MissXss has (Discord voice, Voicemod, shield mode…)."""
from __future__ import annotations

from typing import Any, Optional

from deck.core.words import QT_TRANSLATE_NOOP, translate
from deck.providers.capabilities import (PLATFORMS, AiSettings, Ban, Bans, BotStatus, Category, Leaderboard, LinkedAccount, LinkedAccounts,
                                        Standing, Subscriber,
                                        Subscribers, ViewerTotals, ChatCommand, CommandList, Happening, ModerationEntry,
                                        ModerationLog, Outcome, Route, Shield, SoundAlert, SoundAlerts, StreamStatus, Switches,
                                        VoiceChannel, VoiceChannels, VoiceMember, rename)

from . import models

KICK_TWITCH = ("kick", "twitch")
EVERY_PLATFORM = ("kick", "twitch", "youtube", "tiktok")


def _on(platform_param: bool = True, **renames: str) -> Any:
    """Neutral values to MissXss's, plus ``platform`` as MissXss spells it."""
    def build(values: dict[str, Any], platform: str) -> dict[str, Any]:
        out = {renames.get(k, k): v for k, v in values.items()
               if k not in ("user_id", "reply_to")}  # MissXss acts by name and sends no replies
        if platform_param and platform:
            out["platform"] = PLATFORMS[platform]
        return out
    return build


def _status(meta: models.StreamMeta) -> StreamStatus:
    platform = meta.platform or "Kick"
    live = meta.is_live_kick if platform == "Kick" else meta.is_live_twitch
    return StreamStatus(platform=platform.lower(), live=bool(live), title=meta.title or "", category=meta.category or "",
                        viewers=meta.viewer_count, followers=meta.followers_count, channel=meta.channel or "")


def _categories(result: models.GameSearch) -> list[Category]:
    games = sorted(result.games, key=lambda g: -g.score)
    if result.best_match:
        games = [result.best_match] + [g for g in games if g.name != result.best_match.name]
    return [Category(name=g.name, id=str(g.kick_category_id or ""), score=g.score) for g in games]


COMMAND_FIELDS = ("message", "aliases", "cooldown", "user_cooldown", "platforms", "enabled")


def _command(c: models.Command) -> ChatCommand:
    return ChatCommand(
        id=str(c.id), name=c.command, message=c.message, enabled=bool(c.active), cooldown=c.cooldown_global_seconds,
        user_cooldown=c.cooldown_user_seconds, aliases=[a for a in c.aliases if a.lower() != c.command.lower()],
        platforms=[p for p in EVERY_PLATFORM if getattr(c, f"platform_{p}")], last_run=c.last_run_at or "",
        cost=f"{c.points_cost:,} points · {c.coin_cost:,} coins · {c.delete_cost:,} to delete"
        if c.points_cost or c.coin_cost or c.delete_cost else "", editable=COMMAND_FIELDS)


def _commands(result: models.Commands) -> CommandList:
    # a new command starts on Kick and Twitch with 5 s / 15 s cooldowns
    template = ChatCommand(id="1", cooldown=5, user_cooldown=15, platforms=list(KICK_TWITCH),
                           editable=("name", *COMMAND_FIELDS[:-1]))
    return CommandList(commands=[_command(c) for c in result.commands], template=template, new=("name", "message"))


def _created(result: models.Reply) -> ChatCommand:
    extra = result.model_extra or {}
    return ChatCommand(id=str(extra.get("id", "")), name=str(extra.get("command", "")))


def _toggled(result: models.CommandState) -> ChatCommand:
    """A command switched: which one (its name as MissXss writes it) and whether it is on now."""
    return ChatCommand(id=str(result.id or ""), name=result.command or "", enabled=result.active)


def _platforms(values: dict[str, Any], platform: str) -> dict[str, Any]:
    chosen = values.get("platforms") or []
    return {"id": values.get("id"), **{f"platform_{p}": int(p in chosen) for p in EVERY_PLATFORM}}


def _toggle(values: dict[str, Any], platform: str) -> dict[str, Any]:
    out = {"command" if k == "name" else k: v for k, v in values.items() if k != "enabled"}
    if "enabled" in values:
        out["mode"] = "on" if values["enabled"] else "off"
    return out


COMMANDS = (
    Route("commands.list", "list-commands", result=_commands),
    Route("commands.create", "create-command", params=rename(name="command"), result=_created),
    Route("commands.update", "update-command"),
    Route("commands.cooldown", "set-command-cooldown",
          params=rename(cooldown="cooldown_global_seconds", user_cooldown="cooldown_user_seconds")),
    Route("commands.platforms", "set-command-platforms", params=_platforms),
    Route("commands.toggle", "toggle-command", params=_toggle, result=_toggled),
    Route("commands.delete", "delete-command"),
    Route("commands.run", "run-command", result=lambda r: Outcome(response=str((r.model_extra or {}).get("response") or ""))),
)

PORTABLE = (
    Route("chat.send", "send-message", KICK_TWITCH, _on()),
    Route("chat.send-bot", "send-bot-message", KICK_TWITCH, _on()),
    Route("chat.timeout", "timeout", KICK_TWITCH, _on()),
    Route("chat.ban", "ban", KICK_TWITCH, _on()),
    Route("chat.unban", "unban-user", KICK_TWITCH, _on()),
    Route("chat.clear", "clear-chat", ("",), _on(False)),
    Route("stream.status", "get-stream-meta", KICK_TWITCH, _on(), _status),
    Route("stream.title", "title", ("",), _on(False), note="Kick and Twitch at once"),
    Route("songs.play", "start-song", ("",)),
    Route("songs.pause", "stop-song", ("",)),
    Route("songs.skip", "skip-song", ("",)),
)

# Capabilities whose names MissXss shares.
SAME_NAMES = {
    "chat.tts": "tts", "stream.clip": "clip", "alerts.play": "trigger-audio-alert",
    "voice-changer.voice": "voicemod-voice-change", "voice-changer.sound": "voicemod-effect-play",
    "voice-changer.hear-self": "voicemod-hear-self", "ai.clear": "clear-ai", "discord.send": "discord-send-message",
    "voice.mute-all": "discord-voice-mute-all", "voice.unmute-all": "discord-voice-unmute-all",
    "voice.pull-all": "discord-voice-pull-all",
}
# ...and those it names its own way
MEMBER = rename(member_id="discord_id")
AI_NAMES = rename(enabled="gemini_aktif", subscribers_only="ai_sadeceAbone", prompt="ai_text")


def _ai(result: models.Reply) -> AiSettings:
    """The AI's switches as MissXss reports them after a change (1/0 under its own names)."""
    extra = result.model_extra or {}

    def state(key: str) -> Optional[bool]:
        value = extra.get(key)
        return bool(int(value)) if isinstance(value, (int, str)) and str(value).strip() in ("0", "1") else None
    return AiSettings(enabled=state("gemini_aktif"), subscribers_only=state("ai_sadeceAbone"))


# Viewers' points and watch time, on each platform MissXss keeps them for.
PER_PLATFORM = {
    "points.add": "add-points", "points.remove": "remove-points",
    "points.set": "set-points", "points.transfer": "transfer-points",
    "watch.adjust": "adjust-watch-time",
}

# MissXss's lists of what happened lately: (its list, Deck's kind, that kind in words)
ACTIVITY = (("latest_followers", "follow", QT_TRANSLATE_NOOP("Events", "Follow")),
            ("latest_subscribers", "subscription", QT_TRANSLATE_NOOP("Events", "Subscription")),
            ("latest_banned", "ban", QT_TRANSLATE_NOOP("Events", "Ban")),
            ("latest_donors", "donation", QT_TRANSLATE_NOOP("Events", "Donation")),
            ("latest_kick_bits", "kicks", QT_TRANSLATE_NOOP("Events", "Kick bits")),
            ("latest_twitch_bits", "bits", QT_TRANSLATE_NOOP("Events", "Twitch bits")))


def _detail(kind: str, entry: dict[str, Any]) -> str:
    if kind == "donation":
        text = translate("Alerts", "{amount} {currency} via {provider}").format(
            amount=entry.get("amount", ""), currency=entry.get("currency", ""), provider=entry.get("provider", "?"))
        return text + (f" — “{entry['message']}”" if entry.get("message") else "")
    if kind in ("kicks", "bits"):
        return translate("Alerts", "{amount} bits").format(amount=entry.get("amount", ""))
    if kind == "subscription":
        return translate("Alerts", "tier {tier}").format(tier=entry.get("tier", 1))
    return str(entry.get("reason") or "")


def _activity(result: models.RecentActivity) -> list[Happening]:
    """What happened lately, each of MissXss's lists as Deck's happenings."""
    return [Happening(kind=kind, title=translate("Events", title), who=str(e.get("displayname") or e.get("username") or "?"),
                      detail=_detail(kind, e), platform=str(e.get("platform") or ""), when=str(e.get("date") or ""))
            for field, kind, title in ACTIVITY for e in getattr(result, field) if isinstance(e, dict)]


def _leaderboard(result: models.Leaderboard) -> Leaderboard:
    return Leaderboard(standings=[Standing(rank=u.rank, name=u.username, display_name=u.displayname or "",
                                           points=u.points or 0, minutes=u.watch_time or 0) for u in result.users],
                       total=result.total)


def _adjusted(result: models.Reply) -> Outcome:
    """A bulk adjustment: how many were adjusted, and the rows refused with MissXss's reason."""
    extra = result.model_extra or {}
    failed = [(str(f["index"]), str(f.get("error") or "")) for f in extra.get("failed") or []
              if isinstance(f, dict) and isinstance(f.get("index"), int)]
    return Outcome(done=int(extra.get("processed_count") or 0), failed=failed)


def _triggered(result: models.Reply) -> Outcome:
    """An effect shown on one overlay or several: how many took it, and those that did not, with why."""
    extra = result.model_extra or {}
    failed = [(str(r.get("overlay_id") or "?"), str(r.get("error") or "")) for r in extra.get("results") or []
              if isinstance(r, dict) and not r.get("success")]
    return Outcome(done=int(extra.get("triggered", 1) or 0), total=int(extra.get("total", 1) or 0), failed=failed)


def _meta(values: dict[str, Any], platform: str) -> dict[str, Any]:
    """Title and category; a category picked from a search goes by its Kick id on Kick."""
    out = {k: v for k, v in values.items() if k in ("title", "game") and v}
    if platform == "kick" and values.get("category_id"):
        out["kick_category_id"] = int(values["category_id"])
    return {**out, "platform": PLATFORMS[platform]}


ROUTES: tuple[Route, ...] = PORTABLE + COMMANDS + (
    Route("stream.meta", "set-stream-meta", KICK_TWITCH, _meta),
    Route("stream.search-categories", "search-games", KICK_TWITCH, rename(), result=_categories),
    Route("activity.recent", "get-recent-activity", result=_activity),
    Route("moderation.shield", "shield-mode", result=lambda r: Shield(on=bool(r.shield_mode))),
    Route("points.get", "get-points", EVERY_PLATFORM, _on(), lambda r: ViewerTotals(
        name=r.username or "", display_name=r.displayname or "", points=r.points, coins=r.coin)),
    Route("watch.get", "get-watch-time", EVERY_PLATFORM, _on(), lambda r: ViewerTotals(
        name=r.username or "", display_name=r.displayname or "", minutes=r.watch_time, messages=r.message_count,
        period=r.query_mode or "")),
    Route("points.top", "get-points-top", EVERY_PLATFORM, _on(), _leaderboard),
    Route("watch.top", "get-watch-time-top", EVERY_PLATFORM, _on(), _leaderboard),
    Route("subscribers.list", "get-kick-subscribers", result=lambda r: Subscribers(subscribers=[
        Subscriber(id=str(s.kick_user_id or ""), name=s.kick_username, kind=s.subscription_type, tier=s.tier)
        for s in r.subscribers], total=r.total)),
    Route("discord.linked", "discord-linked-users", result=lambda r: LinkedAccounts(linked=[
        LinkedAccount(member_id=str(u.discord_id or ""), accounts={p: str(i) for p, i in (("kick", u.kick_id),
                                                                                          ("twitch", u.twitch_id)) if i})
        for u in r.users], total=r.total)),
    Route("effects.trigger", "effect-trigger", result=_triggered),
    Route("alerts.list", "list-audio-alerts", result=lambda r: SoundAlerts(alerts=[
        SoundAlert(id=a.id, name=a.name, points=a.points, active=a.status != "inactive") for a in r.alerts], total=r.total)),
    Route("voice.members", "discord-voice-members", result=lambda r: VoiceChannels(channels=[
        VoiceChannel(id=str(c.id or ""), name=c.name, members=[
            VoiceMember(id=str(m.discord_id or ""), name=m.username, display_name=m.display_name, muted=bool(m.muted),
                        bot=bool(m.bot)) for m in c.members]) for c in r.channels])),
    Route("moderation.bans", "get-platform-ban-list", result=lambda r: Bans(
        bans=[Ban(user=b.banned_user, user_id=str(b.banned_id or ""), platform=b.platform.lower(), reason=b.reason or "")
              for b in r.bans], total=r.total)),
    Route("moderation.log", "get-moderation-log", result=lambda r: ModerationLog(
        entries=[ModerationEntry(kind=e.type, user=e.username, when=e.date) for e in r.logs], total=r.total)),
    Route("moderation.features", "get-moderation-status",
          result=lambda r: Switches(switches={k: bool(v) for k, v in r.status.items()})),
    Route("moderation.feature", "set-moderation-feature",
          result=lambda r: Switches(switches={r.feature or "": bool(r.enabled)})),  # "": the one that was asked
    Route("moderation.shield-status", "get-shield-mode-status",
          result=lambda r: Shield(on=bool(r.shield_mode), bans=bool(r.shield_ban_enabled), lookback=r.shield_lookback_minutes)),
    Route("discord.status", "discord-status",
          result=lambda r: BotStatus(connected=bool(r.bot_connected), server_found=bool(r.guild_found),
                                     permissions={k: bool(v) for k, v in r.permissions.items()})),
    Route("moderation.recent-followers", "ban-recent-followers",
          result=lambda r: Outcome(action=r.action or "", done=r.processed_count, names=[u.username for u in r.users])),
    Route("watch.adjust-bulk", "adjust-watch-time-bulk", EVERY_PLATFORM, _on(), _adjusted),
    Route("ai.settings", "ai-bot", params=AI_NAMES, result=_ai),
    Route("voice.kick", "discord-voice-kick", params=MEMBER),
    Route("voice.move", "discord-voice-move", params=MEMBER),
    Route("voice.mute", "discord-voice-mute", params=MEMBER,
          result=lambda r: VoiceMember(id=str(r.discord_id or ""), muted=bool(r.muted))),
    Route("alerts.donation-test", "send-donation", params=rename(display_name="displayname", user_id="userid")),
) + tuple(Route(cap, op, EVERY_PLATFORM, _on()) for cap, op in PER_PLATFORM.items()) \
  + tuple(Route(cap, op) for cap, op in SAME_NAMES.items())
