"""What a streamer wants done, independent of who does it: the capability vocabulary.

A :class:`Capability` names a thing to do (time out a viewer, skip the song, read the
stream's status). Providers offer :class:`Route` s to it from their own operations, per
platform, with the mapping from the capability's neutral parameters to the operation's own
names and from the operation's answer to a neutral result. Panels, deck buttons, toggles,
the chat menu and the palette ask for a capability; :mod:`deck.actions.capabilities` picks
the route that runs.

Every capability has typed parameters by Deck's names (``member_id``, ``prompt``) and, where it
reads, a typed result; :class:`~deck.actions.capabilities.Capabilities` checks the values
before a route maps them. *Portable* capabilities are actions too (``chat.timeout``,
``songs.skip``): a button made of one works with whichever connected service offers it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional, get_args, get_origin

from pydantic import BaseModel, ConfigDict

from deck.core.params import Param

ANY_PLATFORM = "*"  # a route that serves whichever platform is asked (a bot in the streamer's channel)
PLATFORMS = {"kick": "Kick", "twitch": "Twitch", "youtube": "YouTube", "tiktok": "TikTok", "owncast": "Owncast"}


@dataclass(frozen=True)
class Capability:
    id: str
    title: str
    params: tuple[Param, ...] = ()  # its parameters, by Deck's names (each route maps them to its service's own)
    destructive: bool = False
    read: bool = False
    portable: bool = False  # an action of its own (buttons, hotkeys, the command line)
    result: Any = None  # what every route's answer becomes: a neutral model or ``list[Model]`` (None: as it came)


def conforms(value: object, result: Any) -> bool:
    """Whether a route's answer is of its capability's result type."""
    if result is None:
        return True
    if get_origin(result) is list:
        item = get_args(result)[0]
        return isinstance(value, list) and all(isinstance(v, item) for v in value)
    return isinstance(value, result)


@dataclass(frozen=True)
class Route:
    capability: str
    operation: str  # the provider's operation id
    platforms: tuple[str, ...] = ("",)  # "" is not tied to a platform; ANY_PLATFORM serves all
    params: Optional[Callable[[dict[str, Any], str], dict[str, Any]]] = None  # (neutral, platform) -> op params
    result: Optional[Callable[[Any], Any]] = None  # op answer -> neutral result
    rank: int = 0  # higher first: a platform's own API goes before a third party's
    note: str = ""  # how it differs, shown next to the service's name
    needs: tuple[str, ...] = ()  # neutral values without which this route cannot run (another may)


def rename(**names: str) -> Callable[[dict[str, Any], str], dict[str, Any]]:
    """A route's parameter mapping that only renames: neutral name -> the service's own."""
    def build(values: dict[str, Any], platform: str) -> dict[str, Any]:
        return {names.get(k, k): v for k, v in values.items()}
    return build


class Neutral(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)


class StreamStatus(Neutral):
    platform: str = ""
    live: bool = False
    title: str = ""
    category: str = ""
    viewers: int = 0
    followers: Optional[int] = None  # None: the service does not say
    channel: str = ""
    category_id: str = ""  # where the service gives it
    started: str = ""  # ISO time the stream went live ("" when not live or not said)
    subscribers: Optional[int] = None  # active subscribers, where the service says


class Category(Neutral):
    name: str
    id: str = ""
    score: float = 0


class SettingField(Neutral):
    """One setting of a service, for a settings form: ``kind`` is bool, int, percent, str,
    text (long), list, or json (objects and lists of them). ``action`` is the action that
    changes it with ``{"value": …}`` when it has its own; ``why`` says what changing it can
    break; ``advanced`` settings sit behind a fold."""

    name: str
    label: str
    kind: str
    group: str
    action: str = ""
    doc: str = ""
    why: str = ""
    advanced: bool = False
    secret: bool = False  # its value is never shown: only a new one can be given


class Song(Neutral):
    id: str = ""
    title: str = ""
    artist: str = ""
    duration: int = 0  # seconds
    url: str = ""
    source: str = ""  # where it plays from (YouTube, SoundCloud…)
    requester: str = ""


class SongQueue(Neutral):
    current: Optional[Song] = None
    songs: list[Song] = []
    requests_enabled: bool = True


class SongPage(Neutral):
    songs: list[Song] = []
    total: int = 0


class SongSettings(Neutral):
    """Song-request settings by the service's own names, with the choices it offers for
    the AutoDJ playlist and the places songs come from (value -> what the user reads)."""

    values: dict[str, Any] = {}
    playlists: dict[str, str] = {}
    sources: dict[str, str] = {}


class ChatCommand(Neutral):
    """A chat command of some service in Deck's terms. ``editable`` names the fields that
    service lets Deck change on it, so an editor shows just those."""

    id: str = ""
    name: str = ""
    message: str = ""
    enabled: Optional[bool] = None
    cooldown: Optional[int] = None  # seconds between uses
    user_cooldown: Optional[int] = None  # seconds between one viewer's uses
    user_level: str = ""  # who may use it
    count: Optional[int] = None  # times used
    aliases: list[str] = []
    platforms: list[str] = []
    cost: str = ""
    last_run: str = ""
    builtin: bool = False  # the service's own command: its settings change, not its answer
    doc: str = ""  # where the service documents it
    editable: tuple[str, ...] = ()


class CommandList(Neutral):
    """A service's commands. ``template`` is a new command as the service starts it: its
    ``editable`` are the fields a new one has, its ``id`` one written as the service writes
    them (to check the changes made right after creating before the new one has its own);
    ``new`` are the fields it is created with, the rest being set right after."""

    commands: list[ChatCommand] = []
    template: Optional[ChatCommand] = None
    new: tuple[str, ...] = ()


class Account(Neutral):
    """Who a sign-in is: the account, the platform it is on, what it may do, until when."""

    name: str = ""
    platform: str = ""
    scopes: list[str] = []
    expires: str = ""  # ISO time


class BotPresence(Neutral):
    """Whether a service's bot is in the streamer's channel."""

    joined: bool = False
    channel: str = ""


class Timer(Neutral):
    """A message the bot posts on a schedule: ``interval`` is five-field cron, ``lines`` the
    chat lines needed in the last 5 minutes for it to post."""

    id: str = ""
    name: str = ""
    message: str = ""
    interval: str = ""
    lines: int = 0
    enabled: bool = True
    next_run: str = ""  # ISO time, as the service reports it


class TimerList(Neutral):
    timers: list[Timer] = []


class SpamFilter(Neutral):
    """One of a service's chat filters. ``editable`` names what Deck may change on it;
    ``limit_min``/``limit_max`` bound ``limit``."""

    id: str = ""
    name: str = ""
    description: str = ""
    doc: str = ""
    enabled: bool = False
    exempt_level: str = ""
    length: int = 0  # timeout, seconds
    limit: Optional[int] = None
    limit_min: int = 0
    limit_max: int = 0
    message: str = ""
    silent: bool = False
    blacklist: Optional[str] = None  # one entry a line
    whitelist: Optional[str] = None
    editable: tuple[str, ...] = ()


class SpamFilters(Neutral):
    filters: list[SpamFilter] = []


class Person(Neutral):
    id: str = ""
    name: str = ""
    display_name: str = ""
    platform: str = ""
    added: str = ""  # ISO time


class PeoplePage(Neutral):
    people: list[Person] = []
    total: int = 0


class Shield(Neutral):
    """A chat's shield mode: on or off, whether it bans, and how far back it looks for chatters."""

    on: bool = False
    bans: Optional[bool] = None  # None: the service did not say
    lookback: Optional[int] = None  # minutes


class Ban(Neutral):
    user: str = ""
    user_id: str = ""
    platform: str = ""  # kick, twitch…
    reason: str = ""


class Bans(Neutral):
    bans: list[Ban] = []
    total: int = 0


class ModerationEntry(Neutral):
    kind: str = ""  # ban, timeout, shield
    user: str = ""
    when: str = ""  # ISO time


class ModerationLog(Neutral):
    entries: list[ModerationEntry] = []
    total: int = 0


class Switches(Neutral):
    """Protection switches by their names: on or off. A change answers with the one it changed
    (under "" when the service does not name it: the one that was asked)."""

    switches: dict[str, bool] = {}


class ViewerTotals(Neutral):
    """One viewer's points and coins, or watch time and messages (over ``period``: all, day, range)."""

    name: str = ""
    display_name: str = ""
    points: int = 0
    coins: int = 0
    minutes: int = 0
    messages: int = 0
    period: str = ""


class Standing(Neutral):
    rank: int = 0
    name: str = ""
    display_name: str = ""
    points: int = 0
    minutes: int = 0


class Leaderboard(Neutral):
    standings: list[Standing] = []
    total: int = 0


class Subscriber(Neutral):
    id: str = ""
    name: str = ""
    kind: str = ""  # how they subscribed, as the service says it
    tier: int = 1


class Subscribers(Neutral):
    subscribers: list[Subscriber] = []
    total: int = 0


class LinkedAccount(Neutral):
    """A community member's accounts, linked: the member's id there, and on each platform."""

    member_id: str = ""
    accounts: dict[str, str] = {}  # platform -> the account's id


class LinkedAccounts(Neutral):
    linked: list[LinkedAccount] = []
    total: int = 0


class SoundAlert(Neutral):
    id: int = 0
    name: str = ""
    points: int = 0  # what it costs a viewer
    active: bool = True


class SoundAlerts(Neutral):
    alerts: list[SoundAlert] = []
    total: int = 0


class VoiceMember(Neutral):
    id: str = ""
    name: str = ""  # the account's name
    display_name: str = ""
    muted: bool = False
    bot: bool = False


class VoiceChannel(Neutral):
    id: str = ""
    name: str = ""
    members: list[VoiceMember] = []


class VoiceChannels(Neutral):
    channels: list[VoiceChannel] = []


class BotStatus(Neutral):
    """A service's bot in a community server: connected, the server found, what it may do."""

    connected: bool = False
    server_found: bool = False
    permissions: dict[str, bool] = {}


class AiSettings(Neutral):
    """A chat AI's switches, as the service reports them after a change (None: not said)."""

    enabled: Optional[bool] = None
    subscribers_only: Optional[bool] = None


class Outcome(Neutral):
    """What a write did, where the service says: what it did, to how many (of how many) and whom,
    what it answered, and the items it could not act on (their place in what was sent, or their
    id, with why)."""

    action: str = ""
    done: int = 0
    total: int = 0  # 0: not said
    names: list[str] = []
    response: str = ""
    failed: list[tuple[str, str]] = []


class Happening(Neutral):
    """Something that happened on a channel, as a service pushed it: a follow, a subscription,
    a gift, a redemption, the stream going live…"""

    id: str = ""  # the delivery's own id
    kind: str = ""  # follow, subscription, gift, kicks, ban, redemption, live, metadata
    title: str = ""  # the kind in words ("Follow", "Gifted subscriptions")
    who: str = ""
    detail: str = ""
    platform: str = ""
    when: str = ""  # ISO time


class EventSubscription(Neutral):
    id: str = ""
    event: str = ""  # the service's name for it
    version: int = 1


class EventSubscriptions(Neutral):
    subscriptions: list[EventSubscription] = []


class Gift(Neutral):
    rank: int = 0
    user: str = ""
    amount: int = 0


class GiftBoard(Neutral):
    """Who gave the most, over a lifetime, this month and this week."""

    lifetime: list[Gift] = []
    month: list[Gift] = []
    week: list[Gift] = []


def _p(name: str, kind: str = "str", **kw: Any) -> Param:
    return Param(name, kind, **kw)


USER = _p("username", required=True, min=1, strip_at=True, doc="Viewer name without @")
USER_ID = _p("user_id", max=100, doc="The viewer's id, for services that moderate by id")
REASON = _p("reason", doc="Reason (shown where the platform shows one)")
MESSAGE = _p("message", required=True, min=1, max=500, doc="Message text")

ID = _p("id", required=True, min=1)  # which one, by the id its list gave
NAME = _p("name", required=True, min=1)
LIMIT, OFFSET = _p("limit", "int", min=1), _p("offset", "int", min=0)


def _switch(name: str, required: bool = False) -> Param:
    return _p(name, required=required, choices=("on", "off", "toggle"))


LONG = 20_000  # characters of a long text (a prompt, a word list): each service's own contract bounds it further
DAYS = (_p("day", "date"), _p("date_from", "date"), _p("date_to", "date"))
LEVEL = _p("user_level")  # who may use it, as the service names its levels

CAPABILITIES: tuple[Capability, ...] = (
    # chat
    Capability("chat.send", "Send chat message", (MESSAGE, _p("reply_to", max=100, doc="The message answered")),
               portable=True),
    Capability("chat.send-bot", "Send chat message as the bot", (MESSAGE,), portable=True),
    Capability("chat.send-system", "Send a system message", (MESSAGE,), portable=True),
    Capability("chat.send-action", "Send an action message", (MESSAGE,), portable=True),
    Capability("chat.timeout", "Time out viewer", (USER, _p("duration", "int", default=10, min=1, max=525_600,
                                                           doc="Minutes"), REASON, USER_ID), portable=True),
    Capability("chat.ban", "Ban viewer", (USER, REASON, USER_ID), destructive=True, portable=True),
    Capability("chat.unban", "Unban viewer", (USER, USER_ID), portable=True),
    Capability("chat.delete", "Delete chat message", (_p("message_id", required=True, min=1),), portable=True),
    Capability("chat.restore", "Show a hidden message again", (_p("message_id", required=True, min=1),),
               portable=True),
    Capability("chat.clear", "Clear chat", destructive=True, portable=True),
    Capability("chat.tts", "Text to speech", (_p("text", required=True, min=1), _p("username"))),
    # stream
    Capability("stream.status", "Stream status", read=True, portable=True, result=StreamStatus),
    Capability("stream.title", "Change stream title", (_p("title", required=True, min=1, max=140),), portable=True),
    Capability("stream.meta", "Change title and category", (_p("title"), _p("game"), _p("category_id"))),
    Capability("stream.search-categories", "Search categories", (_p("query", required=True, min=1), LIMIT), read=True,
               result=list[Category]),
    Capability("stream.clip", "Create clip", (_p("title"), _p("duration", "int"))),
    # songs
    Capability("songs.play", "Play / resume song", portable=True),
    Capability("songs.pause", "Pause song", portable=True),
    Capability("songs.skip", "Skip song", portable=True),
    Capability("songs.queue", "Song queue", read=True, result=SongQueue),
    Capability("songs.request", "Request a song", (_p("q", required=True, min=1),)),
    Capability("songs.remove", "Remove a song from the queue", (ID,)),
    Capability("songs.promote", "Move a song to the front", (ID,)),
    Capability("songs.clear", "Clear the song queue", destructive=True),
    Capability("songs.playlist", "Playlist", (_p("q"), LIMIT, OFFSET, _p("sort_by"), _p("direction", choices=("asc", "desc"))),
               read=True, result=SongPage),
    Capability("songs.playlist-add", "Add to playlist", (_p("q", required=True, min=1),)),
    Capability("songs.playlist-remove", "Remove from playlist", (ID,)),
    Capability("songs.playlist-import", "Import a playlist", (_p("url", required=True, min=1),)),
    Capability("songs.playlist-clear", "Delete the whole playlist", destructive=True),
    Capability("songs.settings", "Song request settings", read=True, result=SongSettings),
    Capability("songs.settings-set", "Change song request settings",  # by the service's own setting names
               (_p("enabled", "bool"), _p("volume", "int"), _p("playlist"), _p("providers", "list"),
                _p("searchProvider"), _p("userLevel"), _p("limits", "object"), _p("youtube", "object")), result=SongSettings),
    # viewers' points and watch time
    Capability("points.get", "Viewer points", (USER,), read=True, result=ViewerTotals),
    Capability("points.add", "Give points", (USER, _p("amount", "number", required=True))),
    Capability("points.remove", "Take points", (USER, _p("amount", "number", required=True)), destructive=True),
    Capability("points.set", "Set points", (USER, _p("amount", "int", required=True)), destructive=True),
    Capability("points.transfer", "Transfer points", (_p("from_username", required=True, min=1, strip_at=True),
                                                      _p("to_username", required=True, min=1, strip_at=True),
                                                      _p("amount", "int", required=True))),
    Capability("points.top", "Points leaderboard", (LIMIT, OFFSET), read=True, result=Leaderboard),
    Capability("watch.get", "Watch time", (USER, *DAYS), read=True, result=ViewerTotals),
    Capability("watch.adjust", "Adjust watch time", (USER, _p("mode", required=True, choices=("add", "remove", "set")),
                                                     _p("amount", "int", required=True), DAYS[0])),
    Capability("watch.adjust-bulk", "Adjust watch time (bulk)",
               (_p("mode", required=True, choices=("add", "remove", "set")), DAYS[0], _p("amount", "int"),
                _p("users", "records", required=True, record_keys=("username", "amount"))), result=Outcome),
    Capability("watch.top", "Watch-time leaderboard", (LIMIT, OFFSET, *DAYS), read=True, result=Leaderboard),
    Capability("subscribers.list", "Subscribers", (_p("include_expired", "bool"), LIMIT, OFFSET), read=True,
               result=Subscribers),
    Capability("regulars.list", "Regulars", (LIMIT, OFFSET, _p("q")), read=True, result=PeoplePage),
    Capability("regulars.add", "Add regular", (NAME,), result=Person),
    Capability("regulars.remove", "Remove regular", (ID,)),
    Capability("listed-subscribers.list", "Subscribers the bot keeps", (LIMIT, OFFSET, _p("q")), read=True,
               result=PeoplePage),
    Capability("listed-subscribers.add", "Add to the bot's subscribers", (NAME,), result=Person),
    Capability("listed-subscribers.remove", "Remove from the bot's subscribers", (ID,)),
    # moderation
    Capability("moderation.shield", "Shield mode", (_switch("mode"), _p("duration", "int")), result=Shield),
    Capability("moderation.shield-status", "Shield mode status", read=True, result=Shield),
    Capability("moderation.features", "Protection switches", (_p("feature"),), read=True, result=Switches),
    Capability("moderation.feature", "Set protection switch", (_p("feature", required=True, min=1),
                                                               _switch("mode", required=True)), result=Switches),
    Capability("moderation.bans", "Ban list", (_p("platform"), LIMIT, OFFSET), read=True, result=Bans),
    Capability("moderation.log", "Moderation log", (_p("type"), LIMIT, OFFSET), read=True, result=ModerationLog),
    Capability("moderation.recent-followers", "Ban or time out recent followers",
               (_p("action", required=True, choices=("ban", "timeout")), _p("count", "int"), OFFSET, _p("duration", "int"),
                REASON, _p("platform")), destructive=True, result=Outcome),
    Capability("moderation.filters", "Spam filters", read=True, result=SpamFilters),
    Capability("moderation.filter-set", "Change a spam filter",
               (ID, _p("enabled", "bool"), _p("exempt_level"), _p("length", "int"), _p("limit", "int"), _p("message"),
                _p("silent", "bool"), _p("blacklist", max=LONG), _p("whitelist", max=LONG)), result=SpamFilter),
    # alerts and effects
    Capability("activity.recent", "Recent activity", (LIMIT,), read=True, result=list[Happening]),  # newest first
    Capability("alerts.list", "Audio alerts", (_p("status", choices=("all", "active", "inactive")), LIMIT, OFFSET),
               read=True, result=SoundAlerts),
    Capability("alerts.play", "Play audio alert", (_p("id", "int"), _p("name"), _p("username"))),
    Capability("alerts.donation-test", "Simulate donation",
               (_p("provider", required=True, min=1), _p("amount", "number", required=True), _p("currency", required=True),
                _p("username"), _p("display_name"), _p("user_id"), _p("message"), _p("platform"))),
    Capability("effects.trigger", "Trigger effect overlay", (_p("overlay_id"), _p("overlay_ids", "list"), _p("platform"),
                                                             _p("data", "object")), result=Outcome),
    Capability("voice-changer.voice", "Change voice", (_p("voice", required=True, min=1), _p("wait_time", "int"),
                                                       _p("original_voice", "bool"))),
    Capability("voice-changer.sound", "Play sound effect", (_p("voice", required=True, min=1),)),
    Capability("voice-changer.hear-self", "Hear myself", (_p("wait_time", "int"),)),
    Capability("gifts.leaderboard", "Gift leaderboard (KICKs)", (_p("top", "int"),), read=True, result=GiftBoard),
    Capability("users.lookup", "Look up users", (_p("ids", "list", required=True, item="int"),), read=True,
               result=PeoplePage),
    Capability("users.find", "Find a user by name", (NAME,), read=True, result=Person),
    # live events a service pushes to Deck's receiver
    Capability("events.subscriptions", "Live event subscriptions", read=True, result=EventSubscriptions),
    Capability("events.subscribe", "Subscribe to live events", (_p("events", "list", required=True),)),
    Capability("events.unsubscribe", "Unsubscribe from live events", (_p("ids", "list", required=True),)),
    # the account and the bot in the channel
    Capability("account.me", "Account", read=True, result=Account),
    Capability("channel.bot-presence", "Bot in the channel", read=True, result=BotPresence),
    Capability("channel.bot-join", "Bring the bot into the channel"),
    Capability("channel.bot-leave", "Make the bot leave the channel", destructive=True),
    # commands and the chat bot (each route maps these to its service's own names)
    Capability("commands.list", "Commands", read=True, result=CommandList),
    Capability("commands.builtin", "The service's own commands", read=True, result=CommandList),
    Capability("commands.run", "Run command", (_p("id"), _p("message"), _p("username")), result=Outcome),
    Capability("commands.toggle", "Turn command on or off",  # by id or name: switched on or off, or the other way
               (_p("id"), _p("name"), _p("enabled", "bool"), _switch("mode")), result=ChatCommand),
    Capability("commands.create", "Create command", (NAME, _p("message", required=True, min=1), _p("cooldown", "int"), LEVEL),
               result=ChatCommand),
    Capability("commands.update", "Edit command", (ID, _p("name"), _p("message"), _p("aliases", "list"), LEVEL,
                                                   _p("count", "int"))),
    Capability("commands.delete", "Delete command", (ID,), destructive=True),
    Capability("commands.cooldown", "Command cooldowns", (ID, _p("cooldown", "int"), _p("user_cooldown", "int"))),
    Capability("commands.platforms", "Command platforms", (ID, _p("platforms", "list"))),
    Capability("commands.builtin-set", "Change one of the service's own commands", (ID, _p("cooldown", "int"),
                                                                                   _p("enabled", "bool"), LEVEL)),
    Capability("timers.list", "Timers", read=True, result=TimerList),
    Capability("timers.create", "Create timer", (NAME, _p("message", required=True, min=1), _p("interval", required=True),
                                                 _p("lines", "int", required=True), _p("enabled", "bool")), result=Timer),
    Capability("timers.update", "Edit timer", (ID, _p("name"), _p("message"), _p("interval"), _p("lines", "int"),
                                               _p("enabled", "bool")), result=Timer),
    Capability("timers.delete", "Delete timer", (ID,), destructive=True),
    Capability("ai.settings", "AI bot settings", (_switch("enabled"), _switch("subscribers_only"), _p("prompt", max=LONG)),
               result=AiSettings),
    Capability("ai.clear", "Clear AI history", destructive=True),
    # Discord
    Capability("discord.status", "Discord bot status", (_p("guild_id"), _p("channel_id"), _p("log_channel_id")), read=True,
               result=BotStatus),
    Capability("discord.send", "Discord message", (_p("channel_id", required=True, min=1), _p("message"),
                                                   _p("embed_title"), _p("embed_description", max=LONG),
                                                   _p("embed_color"))),
    Capability("discord.linked", "Discord linked users", (LIMIT, OFFSET), read=True, result=LinkedAccounts),
    Capability("voice.members", "Voice channels and members", (_p("channel_id"),), read=True, result=VoiceChannels),
    Capability("voice.kick", "Disconnect from voice", (_p("member_id", required=True, min=1),), destructive=True),
    Capability("voice.move", "Move to voice channel", (_p("member_id", required=True, min=1),
                                                       _p("target_channel_id", required=True, min=1))),
    Capability("voice.mute", "Mute / unmute in voice", (_p("member_id", required=True, min=1), _switch("mode")),
               result=VoiceMember),
    Capability("voice.mute-all", "Mute everyone in channel", (_p("channel_id", required=True, min=1),), destructive=True),
    Capability("voice.unmute-all", "Unmute everyone in channel", (_p("channel_id", required=True, min=1),)),
    Capability("voice.pull-all", "Pull everyone into channel", (_p("target_channel_id", required=True, min=1),
                                                                _p("from_channel_id")), destructive=True),
)

BY_ID: dict[str, Capability] = {c.id: c for c in CAPABILITIES}
