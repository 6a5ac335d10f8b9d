"""Tolerant response models of the MissXss operations.

Responses accept ``0/1``, ``"0"/"1"`` and ``true/false`` for flags, keep IDs as strings,
and keep every field they do not know in ``model_extra`` so nothing is lost.
"""
from __future__ import annotations

from typing import Annotated, Any, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict


def flag(value: object) -> object:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    if value is None:
        return False
    return bool(value)


def _text(value: object) -> object:
    return None if value is None else str(value)


Flag = Annotated[bool, BeforeValidator(flag)]
Id = Annotated[Optional[str], BeforeValidator(_text)]


class Tolerant(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Reply(Tolerant):
    success: Flag = True


class StreamMeta(Reply):
    platform: Optional[str] = None
    channel: Optional[str] = None
    title: Optional[str] = None
    category: Optional[str] = None
    category_id: Id = None
    kick_category_id: Id = None
    viewer_count: int = 0
    followers_count: int = 0
    is_live_any: Flag = False
    is_live_kick: Flag = False
    is_live_twitch: Flag = False


class SetStreamMeta(Reply):
    title_updated: Flag = False
    game_updated: Flag = False
    title: Optional[str] = None
    category: Optional[str] = None


class Game(Tolerant):
    kick_category_id: Id = None
    name: str = ""
    slug: str = ""
    score: float = 0
    match_type: str = ""


class GameSearch(Reply):
    query: str = ""
    total: int = 0
    best_match: Optional[Game] = None
    games: list[Game] = []


class Page(Reply):
    total: int = 0
    limit: int = 0
    offset: int = 0


class AudioAlert(Tolerant):
    id: int
    name: str = ""
    points: int = 0
    status: str = ""


class AudioAlerts(Page):
    alerts: list[AudioAlert] = []


class RecentActivity(Reply):
    latest_followers: list[Any] = []
    latest_subscribers: list[Any] = []
    latest_banned: list[Any] = []
    latest_donors: list[Any] = []
    latest_kick_bits: list[Any] = []
    latest_twitch_bits: list[Any] = []


class Subscriber(Tolerant):
    id: Id = None
    kick_user_id: Id = None
    kick_username: str = ""
    subscription_type: str = ""
    tier: int = 1


class Subscribers(Page):
    include_expired: Flag = False
    subscribers: list[Subscriber] = []


class Points(Reply):
    platform: Optional[str] = None
    user_id: Id = None
    username: Optional[str] = None
    displayname: Optional[str] = None
    points: int = 0
    coin: int = 0


class Ranked(Tolerant):
    rank: int = 0
    user_id: Id = None
    username: str = ""
    displayname: Optional[str] = None
    points: Optional[int] = None
    watch_time: Optional[int] = None


class Leaderboard(Page):
    platform: Optional[str] = None
    users: list[Ranked] = []


class WatchTime(Reply):
    platform: Optional[str] = None
    user_id: Id = None
    username: Optional[str] = None
    displayname: Optional[str] = None
    query_mode: Optional[str] = None
    watch_time: int = 0
    watch_time_unit: str = "minute"
    message_count: int = 0


class Command(Tolerant):
    id: int
    command: str
    aliases: list[str] = []
    active: Flag = True
    show_in_list: Flag = True
    cooldown_global_seconds: int = 0
    cooldown_user_seconds: int = 0
    message: str = ""
    permissions: Any = ""
    denied_permissions: Any = ""
    action_json: Any = ""
    platform_kick: Flag = False
    platform_twitch: Flag = False
    platform_tiktok: Flag = False
    platform_youtube: Flag = False
    auto_message_interval_minutes: int = 0
    auto_message_min_chat_count: int = 0
    points_cost: int = 0
    coin_cost: int = 0
    delete_cost: int = 0
    last_run_at: Optional[str] = None


class Commands(Reply):
    total: int = 0
    commands: list[Command] = []


class CommandState(Reply):
    id: Optional[int] = None
    command: Optional[str] = None
    active: Flag = False
    changed: Flag = False


class ShieldStatus(Reply):
    shield_mode: Flag = False
    shield_ban_enabled: Flag = False
    shield_lookback_minutes: int = 0


class Shield(Reply):
    shield_mode: Flag = False
    changed: Flag = False
    mode: Optional[str] = None


class ModerationStatus(Reply):
    status: dict[str, int] = {}


class FeatureState(Reply):
    feature: Optional[str] = None
    enabled: Flag = False
    changed: Flag = False


class Ban(Tolerant):
    id: Id = None
    platform: str = ""
    banned_id: Id = None
    banned_user: str = ""
    reason: Optional[str] = None


class BanList(Page):
    platform: Optional[str] = None
    bans: list[Ban] = []


class LogEntry(Tolerant):
    id: Id = None
    type: str = ""
    username: str = ""
    date: str = ""


class ModerationLog(Page):
    type: str = "all"
    logs: list[LogEntry] = []


class AffectedUser(Tolerant):
    username: str = ""
    userid: Id = None


class RecentFollowersResult(Reply):
    action: Optional[str] = None
    processed_count: int = 0
    users: list[AffectedUser] = []


class DiscordStatus(Reply):
    bot_connected: Flag = False
    guild_found: Flag = False
    channel_found: Flag = False
    permissions: dict[str, Flag] = {}


class LinkedUser(Tolerant):
    id: Id = None
    discord_id: Id = None
    kick_id: Id = None
    twitch_id: Id = None


class LinkedUsers(Page):
    users: list[LinkedUser] = []


class VoiceMember(Tolerant):
    discord_id: Id = None
    username: str = ""
    display_name: str = ""
    muted: Flag = False
    bot: Flag = False


class VoiceChannel(Tolerant):
    id: Id = None
    name: str = ""
    member_count: int = 0
    members: list[VoiceMember] = []


class VoiceMembers(Reply):
    guild_id: Id = None
    total_channels: int = 0
    channels: list[VoiceChannel] = []


class VoiceMute(Reply):
    discord_id: Id = None
    muted: Flag = False
    changed: Flag = False


RESPONSES: dict[str, type[Reply]] = {
    "get-stream-meta": StreamMeta,
    "set-stream-meta": SetStreamMeta,
    "search-games": GameSearch,
    "list-audio-alerts": AudioAlerts,
    "get-recent-activity": RecentActivity,
    "get-kick-subscribers": Subscribers,
    "get-points": Points,
    "get-points-top": Leaderboard,
    "get-watch-time": WatchTime,
    "get-watch-time-top": Leaderboard,
    "list-commands": Commands,
    "toggle-command": CommandState,
    "get-shield-mode-status": ShieldStatus,
    "shield-mode": Shield,
    "get-moderation-status": ModerationStatus,
    "set-moderation-feature": FeatureState,
    "get-platform-ban-list": BanList,
    "get-moderation-log": ModerationLog,
    "ban-recent-followers": RecentFollowersResult,
    "discord-status": DiscordStatus,
    "discord-linked-users": LinkedUsers,
    "discord-voice-members": VoiceMembers,
    "discord-voice-mute": VoiceMute,
}


def response_model(scope: str) -> type[Reply]:
    return RESPONSES.get(scope, Reply)
