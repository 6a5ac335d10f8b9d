"""The MissXss API contract: 62 operations, each ``POST /v1/<scope>`` with a JSON body.

Taken from the MissXss API reference: names, types, ranges, defaults, enums and the
per-scope per-minute limits. Where the reference leaves id-vs-name precedence
undocumented, exactly one of the two may be sent; where it says "id or name is required"
(audio alerts) and its own example sends both, both are accepted.
"""
from __future__ import annotations

import re
from typing import Any

from deck.core.params import Check, Param, Rule
from deck.net.limiter import Rate
from deck.providers.base import Operation

KICK_TWITCH = ("Kick", "Twitch")
ALL_PLATFORMS = ("Kick", "Twitch", "YouTube", "TikTok")
ON_OFF_TOGGLE = ("on", "off", "toggle")
ON_OFF_TITLES = (("on", "On"), ("off", "Off"), ("toggle", "Toggle"))
ADJUST_TITLES = (("add", "Add"), ("remove", "Remove"), ("set", "Set"))
FEATURE_TITLES = (  # the service's Turkish codes, in words
    ("username_kontrol", "Username filter"), ("spam_korumasi", "Spam protection"),
    ("link_korumasi", "Link protection"), ("kufur_korumasi", "Profanity filter"), ("caps_korumasi", "Caps filter"),
    ("flood_korumasi", "Flood protection"), ("coklu_hesap_spam", "Multi-account spam"),
    ("ziyaretci_kontrol", "Visitor check"),
)
MODERATION_FEATURES = tuple(code for code, _ in FEATURE_TITLES)
WORDS = {**dict(FEATURE_TITLES), "kalkan_modu": "Shield mode", "kalkan_ban": "Shield bans",
         "kalkan_sure": "Shield look-back"}  # every Turkish code its answers use
MAX_POINTS = 99_999_999
MAX_TIMEOUT_MINUTES = 525_600
SNOWFLAKE = r"^[0-9]{1,25}$"
REQUIRES = {
    "overlay": "Needs the MissXss overlay open in OBS.",
    "extension": "Needs the MissXss browser extension for Kick.",
}


def E(scope: str, title: str, group: str, limit: int, params: tuple[Param, ...] = (), *,
      rules: tuple[Rule, ...] = (), checks: tuple[Check, ...] = (), read: bool = False,
      destructive: bool = False, description: str = "", requires: str = "") -> Operation:
    """One MissXss endpoint: ``POST /v1/<scope>``, every parameter in the JSON body, and
    the documented per-minute limit of its scope."""
    return Operation(
        id=scope, title=title, group=group, method="POST", path=f"/v1/{scope}", params=params, rules=rules,
        checks=checks, rate=Rate(limit, 60), read=read, destructive=destructive, body="json",
        description=" ".join(filter(None, (description, REQUIRES.get(requires, "")))))


def _platform(default: str | None = "Kick", choices: tuple[str, ...] = KICK_TWITCH, **kw: Any) -> Param:
    doc = kw.pop("doc", f"Target platform: {', '.join(choices)}" + (f" (default {default})" if default else ""))
    return Param("platform", choices=choices, default=default, doc=doc, **kw)


def _required_platform() -> Param:
    return Param("platform", choices=ALL_PLATFORMS, required=True, doc="Platform: Kick, Twitch, YouTube or TikTok")


def _limit(hi: int, default: int) -> Param:
    return Param("limit", "int", min=1, max=hi, default=default, doc=f"Row count (1-{hi}, default {default})")


def _offset() -> Param:
    return Param("offset", "int", min=0, default=0, doc="Start offset (0-based, default 0)")


def _user(prefix: str = "", who: str = "Target") -> tuple[Param, Param]:
    return (
        Param(f"{prefix}userid", min=1, doc=f"{who} user ID (looked up first)"),
        Param(f"{prefix}username", min=1, strip_at=True, doc=f"{who} username without @ (fallback)"),
    )


def _command_ref() -> tuple[Param, Param]:
    return (
        Param("command", min=1, doc="Command name, e.g. !hello (give command or id)"),
        Param("id", "int", min=1, doc="Command ID (give command or id)"),
    )


_ONE_COMMAND = Rule("only_one", ("command", "id"))
_ONE_USER = Rule("one_of", ("userid", "username"))
_DATE_RANGE = (Rule("together", ("date_from", "date_to")), Rule("excludes", ("day", "date_from", "date_to")))


def _range_order(values: dict[str, Any]) -> str | None:
    if values.get("date_from") and values.get("date_to") and values["date_from"] > values["date_to"]:
        return "date_from must not be after date_to"
    return None


def _watch_amount(values: dict[str, Any]) -> str | None:
    amount, mode = values.get("amount"), values.get("mode")
    if amount is not None and mode in ("add", "remove") and amount < 1:
        return "amount must be at least 1 for add and remove"
    return None


def _bulk_users(values: dict[str, Any]) -> str | None:
    users = values.get("users") or []
    floor = 0 if values.get("mode") == "set" else 1
    for i, user in enumerate(users):
        if not (user.get("userid") or user.get("username")):
            return f"users[{i}] needs userid or username"
        amount = user.get("amount", values.get("amount"))
        if amount is None:
            return f"users[{i}] has no amount and no default amount was given"
        if isinstance(amount, bool) or not isinstance(amount, int) or not floor <= amount <= MAX_POINTS:
            return f"users[{i}].amount must be a whole number from {floor} to {MAX_POINTS}"
    return None


def _duration_only_for_timeout(values: dict[str, Any]) -> str | None:
    if values.get("action") == "ban" and values.get("duration") is not None:
        return "duration is only used with action=timeout"
    return None


def _embed_colour(values: dict[str, Any]) -> str | None:
    colour = values.get("embed_color")
    if colour is None:
        return None

    if re.fullmatch(r"#[0-9A-Fa-f]{6}", colour) or (colour.isdigit() and int(colour) <= 0xFFFFFF):
        return None
    return "embed_color must be a hex colour like #FF5733 or a decimal up to 16777215"


P = Param

OPERATIONS: tuple[Operation, ...] = (
    # ---- Chat & Messaging
    E("send-message", "Send message as broadcaster", "Chat", 90,
      (P("message", required=True, min=1, max=500, doc="Message text (1-500 characters)"), _platform())),
    E("send-bot-message", "Send message as bot", "Chat", 90,
      (P("message", required=True, min=1, max=500, doc="Message text (1-500 characters)"), _platform())),
    E("tts", "Text to speech", "Chat", 20,
      (P("text", required=True, min=1, max=500, doc="Text to speak (1-500 characters)"),
       P("username", default="API", min=1, doc="Name shown on screen (default API)")), requires="overlay"),
    # ---- Stream Controls
    E("clip", "Create clip", "Stream", 20,
      (P("title", default="Clip - MissXss API", min=1, doc="Clip title"),
       P("duration", "int", default=30, min=5, max=180, doc="Clip length in seconds (5-180, default 30)")),
      requires="extension", description="Kick through the MissXss extension, Twitch through its API. The stream must be live."),
    E("game", "Change category", "Stream", 20,
      (P("game", min=1, doc="Game or category name"),
       P("kick_category_id", "int", min=1, doc="Kick category ID (wins over game)")),
      rules=(Rule("one_of", ("game", "kick_category_id")),), description="Updates Kick and Twitch at once."),
    E("search-games", "Search categories", "Stream", 40,
      (P("query", required=True, min=2, max=100, doc="Game or category to search (2-100 characters)"),
       _limit(50, 10),
       P("min_similarity", "number", default=25, min=0, max=100, doc="Minimum similarity score (0-100, default 25)")),
      read=True),
    E("title", "Change title", "Stream", 20,
      (P("title", required=True, min=1, max=140, doc="New stream title (1-140 characters)"),),
      description="Updates Kick and Twitch at once."),
    E("get-stream-meta", "Get stream info", "Stream", 120, (_platform(),), read=True),
    E("set-stream-meta", "Set title and category", "Stream", 30,
      (P("title", min=1, max=140, doc="New stream title (1-140 characters)"),
       P("game", min=1, doc="Game or category name"),
       P("kick_category_id", "int", min=1, doc="Kick category ID (wins over game)"),
       _platform()),
      rules=(Rule("one_of", ("title", "game", "kick_category_id")),)),
    # ---- Alerts & Events
    E("trigger-audio-alert", "Play audio alert", "Alerts", 60,
      (P("id", "int", min=1, doc="Audio alert ID (give id or name)"),
       P("name", min=1, doc="Audio alert name (give id or name)"),
       P("username", default="API", min=1, doc="Name shown on the alert (default API)")),
      rules=(Rule("one_of", ("id", "name")),), requires="overlay"),
    E("list-audio-alerts", "List audio alerts", "Alerts", 90,
      (P("status", choices=("all", "active", "inactive"),
         titles=(("all", "All"), ("active", "Active"), ("inactive", "Inactive")), default="all", doc="Filter (default all)"),
       _limit(200, 50), _offset()), read=True),
    E("send-donation", "Simulate donation", "Alerts", 90,
      (P("provider", choices=("BynoGame", "StreamElements", "StreamLabs", "Ko-fi"), required=True, doc="Donation provider"),
       P("amount", "number", required=True, min=0, exclusive_min=True, doc="Donation amount (positive)"),
       P("currency", required=True, min=1, max=10, doc="Currency, e.g. $, EUR, TRY"),
       P("username", default="api_donor", min=1, doc="Donor username (default api_donor)"),
       P("displayname", min=1, title="Display name", doc="Donor display name"),
       P("message", doc="Donation message"),
       P("userid", min=1, doc="Donor user ID"),
       _platform())),
    E("get-recent-activity", "Recent activity", "Alerts", 60,
      (P("limit", "int", min=1, max=20, default=5, doc="Rows per list (1-20, default 5)"),), read=True),
    # ---- Effects
    E("effect-trigger", "Trigger effect overlay", "Effects", 120,
      (P("overlay_id", min=1, doc="Effect overlay ID (give overlay_id or overlay_ids)"),
       P("overlay_ids", "list", min=1, max=20, doc="Several overlay IDs (at most 20)"),
       _platform(choices=ALL_PLATFORMS, doc="Default userstate platform (default Kick)"),
       P("data", "object", doc="Custom JSON object passed to the effect code")),
      rules=(Rule("only_one", ("overlay_id", "overlay_ids")),), requires="overlay"),
    # ---- Community Data
    E("get-kick-subscribers", "Kick subscribers", "Community", 60,
      (P("include_expired", "bool01", default=0, doc="Include expired subscribers (1/0)"),
       _limit(200, 50), _offset()), read=True),
    # ---- Music
    E("start-song", "Play / resume song", "Songs", 30),
    E("stop-song", "Pause song", "Songs", 30),
    E("skip-song", "Skip song", "Songs", 30),
    # ---- Points
    E("add-points", "Add points", "Points", 90,
      (*_user(), P("amount", "number", required=True, min=1, max=MAX_POINTS, doc="Points to add (1-99,999,999)"),
       _required_platform()), rules=(_ONE_USER,)),
    E("remove-points", "Remove points", "Points", 90,
      (*_user(), P("amount", "number", required=True, min=1, max=MAX_POINTS, doc="Points to remove (1-99,999,999)"),
       _required_platform()), rules=(_ONE_USER,), destructive=True),
    E("get-points", "Get points", "Points", 120, (*_user(), _required_platform()), rules=(_ONE_USER,), read=True),
    E("get-points-top", "Points leaderboard", "Points", 90,
      (_limit(100, 20), _offset(), _required_platform()), read=True),
    E("set-points", "Set points", "Points", 90,
      (*_user(), P("amount", "int", required=True, min=0, max=MAX_POINTS, doc="New points value (0-99,999,999)"),
       _required_platform()), rules=(_ONE_USER,), destructive=True),
    E("transfer-points", "Transfer points", "Points", 90,
      (*_user("from_", "Sender"), *_user("to_", "Receiver"),
       P("amount", "int", required=True, min=1, max=MAX_POINTS, doc="Points to move (1-99,999,999)"),
       _required_platform()),
      rules=(Rule("one_of", ("from_userid", "from_username")), Rule("one_of", ("to_userid", "to_username")))),
    # ---- Watch time
    E("adjust-watch-time", "Adjust watch time", "Watch time", 60,
      (*_user(), P("mode", choices=("add", "remove", "set"), titles=ADJUST_TITLES, required=True, doc="add, remove or set"),
       P("amount", "int", required=True, min=0, max=MAX_POINTS, doc="Minutes (1+ for add/remove, 0+ for set)"),
       P("day", "date", doc="Day YYYY-MM-DD (omitted: totals only)"), _required_platform()),
      rules=(_ONE_USER,), checks=(_watch_amount,)),
    E("get-watch-time", "Get watch time", "Watch time", 120,
      (*_user(), P("day", "date", doc="One day YYYY-MM-DD"),
       P("date_from", "date", doc="Range start YYYY-MM-DD (with date_to)"),
       P("date_to", "date", doc="Range end YYYY-MM-DD (with date_from)"), _required_platform()),
      rules=(_ONE_USER, *_DATE_RANGE), checks=(_range_order,), read=True),
    E("get-watch-time-top", "Watch-time leaderboard", "Watch time", 90,
      (_limit(100, 20), _offset(), P("day", "date", doc="One day YYYY-MM-DD"),
       P("date_from", "date", doc="Range start YYYY-MM-DD (with date_to)"),
       P("date_to", "date", doc="Range end YYYY-MM-DD (with date_from)"), _required_platform()),
      rules=_DATE_RANGE, checks=(_range_order,), read=True),
    E("adjust-watch-time-bulk", "Adjust watch time (bulk)", "Watch time", 20,
      (P("mode", choices=("add", "remove", "set"), titles=ADJUST_TITLES, required=True, doc="add, remove or set"),
       P("day", "date", doc="Day YYYY-MM-DD (omitted: totals only)"),
       P("amount", "int", min=0, max=MAX_POINTS, doc="Default minutes for rows without amount"),
       P("users", "records", required=True, min=1, max=100, record_keys=("userid", "username", "amount"),
         doc="1-100 rows of {userid or username, amount}"),
       _required_platform()),
      checks=(_bulk_users,)),
    # ---- Commands
    E("run-command", "Run command", "Commands", 90,
      (*_command_ref(), P("message", doc="Arguments appended to the command"),
       P("username", min=1, doc="Who runs it (default: broadcaster)")), rules=(_ONE_COMMAND,)),
    E("list-commands", "List commands", "Commands", 90, read=True),
    E("toggle-command", "Toggle command", "Commands", 60,
      (*_command_ref(), P("mode", choices=ON_OFF_TOGGLE,
                          titles=ON_OFF_TITLES, required=True, doc="on, off or toggle")), rules=(_ONE_COMMAND,)),
    E("create-command", "Create command", "Commands", 60,
      (P("command", required=True, min=1, max=50, doc="Command name (at most 50 characters)"),
       P("message", required=True, min=1, doc="Command response"))),
    E("update-command", "Edit command", "Commands", 60,
      (*_command_ref(), P("message", min=1, doc="New response"),
       P("aliases", "list", doc="New aliases (comma separated or a list)")),
      rules=(_ONE_COMMAND, Rule("one_of", ("message", "aliases")))),
    E("delete-command", "Delete command", "Commands", 60, _command_ref(), rules=(_ONE_COMMAND,), destructive=True),
    E("set-command-cooldown", "Set command cooldown", "Commands", 60,
      (*_command_ref(),
       P("cooldown_global_seconds", "int", min=0, max=86400, doc="Global cooldown seconds (0-86400)"),
       P("cooldown_user_seconds", "int", min=0, max=86400, doc="Per-user cooldown seconds (0-86400)")),
      rules=(_ONE_COMMAND, Rule("one_of", ("cooldown_global_seconds", "cooldown_user_seconds")))),
    E("set-command-platforms", "Set command platforms", "Commands", 60,
      (*_command_ref(), *(P(f"platform_{p}", "bool01", doc=f"{name} on (1) or off (0)")
                          for p, name in (("kick", "Kick"), ("twitch", "Twitch"), ("tiktok", "TikTok"), ("youtube", "YouTube")))),
      rules=(_ONE_COMMAND, Rule("one_of", ("platform_kick", "platform_twitch", "platform_tiktok", "platform_youtube")))),
    # ---- AI bot
    E("ai-bot", "AI bot settings", "AI", 20,
      (P("gemini_aktif", choices=ON_OFF_TOGGLE, titles=ON_OFF_TITLES, doc="AI bot on, off or toggle"),
       P("ai_sadeceAbone", choices=ON_OFF_TOGGLE, titles=ON_OFF_TITLES, doc="Subscriber-only on, off or toggle"),
       P("ai_text", max=12000, doc="Prompt (at most 12000 characters; changing it clears history)")),
      rules=(Rule("one_of", ("gemini_aktif", "ai_sadeceAbone", "ai_text")),)),
    E("clear-ai", "Clear AI history", "AI", 10, destructive=True),
    # ---- Moderation
    E("timeout", "Timeout user", "Moderation", 200,
      (P("username", required=True, min=1, strip_at=True, doc="User to time out"),
       P("duration", "int", default=1, min=1, max=MAX_TIMEOUT_MINUTES, doc="Minutes (1-525600, default 1)"),
       P("reason", default="API Timeout", doc="Reason"), _platform())),
    E("ban", "Ban user", "Moderation", 200,
      (P("username", required=True, min=1, strip_at=True, doc="User to ban"),
       P("userid", min=1, doc="User ID (used first when given)"),
       P("reason", default="API Ban", doc="Reason"), _platform()), destructive=True),
    E("clear-chat", "Clear chat", "Moderation", 15, destructive=True),
    E("shield-mode", "Shield mode", "Moderation", 15,
      (P("mode", choices=ON_OFF_TOGGLE, titles=ON_OFF_TITLES, default="toggle", doc="on, off or toggle (default toggle)"),
       P("duration", "int", min=0, doc="Shield-ban lookback in minutes (when turning on)"))),
    E("get-shield-mode-status", "Shield mode status", "Moderation", 90, read=True),
    E("set-moderation-feature", "Set moderation feature", "Moderation", 10,
      (P("feature", choices=MODERATION_FEATURES, titles=FEATURE_TITLES, required=True,
         doc="Moderation feature"),
       P("mode", choices=ON_OFF_TOGGLE, titles=ON_OFF_TITLES, required=True, doc="on, off or toggle"))),
    E("get-moderation-status", "Moderation status", "Moderation", 90,
      (P("feature", choices=MODERATION_FEATURES, titles=FEATURE_TITLES, doc="Only this feature"),), read=True),
    E("get-platform-ban-list", "Ban list", "Moderation", 60,
      (_platform(default=None, choices=ALL_PLATFORMS, doc="Only this platform (optional filter)"),
       _limit(200, 50), _offset()), read=True),
    E("get-moderation-log", "Moderation log", "Moderation", 60,
      (P("type", choices=("all", "ban", "timeout", "shield"),
         titles=(("all", "All"), ("ban", "Bans"), ("timeout", "Timeouts"), ("shield", "Shield mode")), default="all",
         doc="Filter (default all)"),
       _limit(50, 25), _offset()), read=True),
    E("unban-user", "Unban user", "Moderation", 60,
      (P("username", required=True, min=1, strip_at=True, doc="User to unban"), _platform())),
    E("ban-recent-followers", "Ban or time out recent followers", "Moderation", 200,
      (P("action", choices=("ban", "timeout"), titles=(("ban", "Ban"), ("timeout", "Time out")), required=True, doc="ban or timeout"),
       P("offset", "int", default=1, min=1, doc="Start position, 1 = most recent (default 1)"),
       P("count", "int", default=1, min=1, max=10, doc="How many followers (1-10, default 1)"),
       P("duration", "int", min=1, max=MAX_TIMEOUT_MINUTES, doc="Timeout minutes (1-525600; timeout only)"),
       P("reason", default="API Ban Recent", doc="Reason"), _platform()),
      checks=(_duration_only_for_timeout,), destructive=True),
    # ---- Discord core
    E("discord-status", "Discord bot status", "Discord", 90,
      (P("guild_id", pattern=SNOWFLAKE, doc="Guild ID (default: from settings)"),
       P("channel_id", pattern=SNOWFLAKE, doc="Message channel to check"),
       P("log_channel_id", pattern=SNOWFLAKE, doc="Log channel to check")), read=True),
    E("discord-send-message", "Discord message", "Discord", 30,
      (P("channel_id", required=True, pattern=SNOWFLAKE, doc="Channel ID in your guild"),
       P("message", min=1, max=2000, doc="Text (at most 2000 characters)"),
       P("embed_title", min=1, max=256, doc="Embed title (at most 256 characters)"),
       P("embed_description", min=1, max=4096, doc="Embed description (at most 4096 characters)"),
       P("embed_color", doc="Embed colour: #FF5733 or 16721715")),
      rules=(Rule("one_of", ("message", "embed_title", "embed_description")),), checks=(_embed_colour,)),
    E("discord-linked-users", "Discord linked users", "Discord", 90, (_limit(200, 50), _offset()), read=True),
    # ---- Discord voice
    E("discord-voice-members", "Voice channels and members", "Discord voice", 90,
      (P("channel_id", pattern=SNOWFLAKE, doc="Only this voice channel"),), read=True),
    E("discord-voice-kick", "Disconnect from voice", "Discord voice", 30,
      (P("discord_id", required=True, pattern=SNOWFLAKE, doc="Discord user ID"),), destructive=True),
    E("discord-voice-move", "Move to voice channel", "Discord voice", 30,
      (P("discord_id", required=True, pattern=SNOWFLAKE, doc="Discord user ID"),
       P("target_channel_id", required=True, pattern=SNOWFLAKE, doc="Target voice channel ID"))),
    E("discord-voice-mute", "Mute / unmute in voice", "Discord voice", 30,
      (P("discord_id", required=True, pattern=SNOWFLAKE, doc="Discord user ID"),
       P("mode", choices=ON_OFF_TOGGLE, titles=ON_OFF_TITLES, default="toggle", doc="on, off or toggle (default toggle)"))),
    E("discord-voice-mute-all", "Mute everyone in channel", "Discord voice", 30,
      (P("channel_id", required=True, pattern=SNOWFLAKE, doc="Voice channel ID"),), destructive=True),
    E("discord-voice-unmute-all", "Unmute everyone in channel", "Discord voice", 30,
      (P("channel_id", required=True, pattern=SNOWFLAKE, doc="Voice channel ID"),)),
    E("discord-voice-pull-all", "Pull everyone into channel", "Discord voice", 30,
      (P("target_channel_id", required=True, pattern=SNOWFLAKE, doc="Target voice channel ID"),
       P("from_channel_id", pattern=SNOWFLAKE, doc="Only from this channel (default: all)")), destructive=True),
    # ---- Voicemod
    E("voicemod-voice-change", "Voicemod voice", "Voicemod", 60,
      (P("voice", required=True, min=1, doc="Voice name, e.g. baby, deep"),
       P("wait_time", "int", default=60, min=1, doc="Seconds (default 60)"),
       P("original_voice", "bool01", default=0, doc="Return to original voice afterwards (1/0)")), requires="overlay"),
    E("voicemod-effect-play", "Voicemod sound", "Voicemod", 60,
      (P("voice", required=True, min=1, doc="Sound effect name"),), requires="overlay"),
    E("voicemod-hear-self", "Voicemod hear myself", "Voicemod", 60,
      (P("wait_time", "int", default=60, min=1, doc="Seconds (default 60)"),), requires="overlay"),
)

assert len({op.id for op in OPERATIONS}) == 62
