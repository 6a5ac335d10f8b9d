"""The Nightbot API contract: 46 operations under ``https://api.nightbot.tv/1``.

Every body parameter may travel as a form or as JSON, the document says; Deck sends JSON,
the one way to send the nested ``limits`` and ``youtube`` objects of the song-request
settings without guessing at a form encoding. PUTs are partial: only what is given is
sent. Sending chat is limited to 1 request per 5 seconds (the only documented limit).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from deck.core.cron import Cron, CronError
from deck.core.params import Param, Rule
from deck.net.limiter import Rate
from deck.providers.base import Operation

USER_LEVELS = ("admin", "owner", "moderator", "twitch_vip", "regular", "subscriber", "everyone")
LEVEL_TITLES = (("admin", "Admin"), ("owner", "Owner"), ("moderator", "Moderator"), ("twitch_vip", "Twitch VIP"),
                ("regular", "Regular"), ("subscriber", "Subscriber"), ("everyone", "Everyone"))
ID = r"^[0-9a-f]{24}$"
MESSAGE_MAX = 400

SCOPES = {
    "channel": "see the channel and make Nightbot join or leave it",
    "channel_send": "send chat messages as Nightbot",
    "commands": "see and change custom commands",
    "commands_default": "see and change default commands",
    "regulars": "see and change regulars",
    "song_requests": "see and change song request settings",
    "song_requests_queue": "see and change the song queue",
    "song_requests_playlist": "see and change the playlist",
    "spam_protection": "see and change spam filters",
    "subscribers": "see and change Nightbot subscribers",
    "timers": "see and change timers",
}


def cron_problem(interval: str) -> str | None:
    """Why Nightbot would refuse this timer interval, or None: cron, five fields, at most
    once every 5 minutes."""
    try:
        gap = Cron.parse(interval).shortest_gap()
    except CronError as exc:
        return f"interval: {exc}"
    return "interval: Nightbot runs a timer at most once every 5 minutes" if gap < 5 else None


def _timer_interval(values: dict[str, Any]) -> str | None:
    interval = values.get("interval")
    return cron_problem(interval) if interval else None


def J(name: str, kind: str = "str", **kw: Any) -> Param:
    return Param(name, kind, **kw)


def Q(name: str, kind: str = "str", **kw: Any) -> Param:
    return Param(name, kind, place="query", **kw)


def PATH(name: str = "id", doc: str = "A 24-character id, as Nightbot gives it") -> Param:
    return Param(name, required=True, place="path", pattern=ID if name == "id" else None, doc=doc)


LEVEL = J("userLevel", choices=USER_LEVELS, titles=LEVEL_TITLES, doc="Who may use it")
COOLDOWN = J("coolDown", "int", min=0, max=86_400, doc="Seconds between uses")
PAGE = (Q("limit", "int", min=1, max=100, doc="At most this many (1-100)"), Q("offset", "int", min=0, doc="Skip this many"),
        Q("q", max=100, doc="Search the names"))


def op(id: str, title: str, group: str, method: str, path: str, params: tuple[Param, ...] = (), scope: str = "",
       **kw: Any) -> Operation:
    return Operation(id, title, group, method, path, params, scopes=(scope,) if scope else (), **kw)


OPERATIONS: tuple[Operation, ...] = (
    # channel
    op("channel", "Channel", "Channel", "GET", "/1/channel", scope="channel"),
    op("join", "Make Nightbot join the channel", "Channel", "POST", "/1/channel/join", scope="channel"),
    op("part", "Make Nightbot leave the channel", "Channel", "POST", "/1/channel/part", scope="channel",
       destructive=True),
    op("send", "Send chat message as Nightbot", "Channel", "POST", "/1/channel/send",
       (J("message", required=True, min=1, max=MESSAGE_MAX, doc="At most 400 characters"),
        J("chatId", min=1, max=100, doc="One chat room (YouTube channels with several); default all")),
       scope="channel_send", rate=Rate(1, 5.0)),
    # commands
    op("commands", "Custom commands", "Commands", "GET", "/1/commands", scope="commands"),
    op("create-command", "Create custom command", "Commands", "POST", "/1/commands",
       (J("name", required=True, min=1, max=100, doc="Usually starts with !"),
        J("message", required=True, min=1, max=MESSAGE_MAX, doc="The answer (variables allowed), at most 400"),
        replace(COOLDOWN, required=True), replace(LEVEL, required=True)), scope="commands"),
    op("command", "Custom command", "Commands", "GET", "/1/commands/{id}", (PATH(),), scope="commands"),
    op("edit-command", "Edit custom command", "Commands", "PUT", "/1/commands/{id}",
       (PATH(), J("name", min=1, max=100), J("message", min=1, max=MESSAGE_MAX), COOLDOWN,
        J("count", "int", min=0, doc="Times used"), LEVEL),
       rules=(Rule("one_of", ("name", "message", "coolDown", "count", "userLevel")),), scope="commands"),
    op("delete-command", "Delete custom command", "Commands", "DELETE", "/1/commands/{id}", (PATH(),),
       scope="commands", destructive=True),
    op("default-commands", "Default commands", "Commands", "GET", "/1/commands/default", scope="commands_default"),
    op("default-command", "Default command", "Commands", "GET", "/1/commands/default/{name}",
       (PATH("name", "The command's _name, e.g. commands (not !commands)"),), scope="commands_default"),
    op("edit-default-command", "Edit default command", "Commands", "PUT", "/1/commands/default/{name}",
       (PATH("name", "The command's _name, e.g. commands (not !commands)"), COOLDOWN,
        J("enabled", "bool", doc="On or off"), LEVEL),
       rules=(Rule("one_of", ("coolDown", "enabled", "userLevel")),), scope="commands_default"),
    # me
    op("me", "Account and sign-in", "Account", "GET", "/1/me"),
    # regulars
    op("regulars", "Regulars", "Viewers", "GET", "/1/regulars", PAGE, scope="regulars"),
    op("add-regular", "Add regular", "Viewers", "POST", "/1/regulars",
       (J("name", required=True, min=1, max=200, doc="Username (YouTube: the channel URL)"),), scope="regulars"),
    op("regular", "Regular", "Viewers", "GET", "/1/regulars/{id}", (PATH(),), scope="regulars"),
    op("remove-regular", "Remove regular", "Viewers", "DELETE", "/1/regulars/{id}", (PATH(),), scope="regulars"),
    # song requests
    op("song-settings", "Song request settings", "Songs", "GET", "/1/song_requests", scope="song_requests"),
    op("edit-song-settings", "Change song request settings", "Songs", "PUT", "/1/song_requests",
       (J("enabled", "bool"),
        J("limits", "object", fields=(J("queue", "int", min=1, max=100, doc="Songs in the queue"),
                                      J("user", "int", min=1, max=100, doc="Songs per viewer"),
                                      J("playlistOnly", "bool", doc="Only songs from the playlist"),
                                      J("exemptUserLevel", choices=USER_LEVELS, titles=LEVEL_TITLES, doc="Who the limits spare"))),
        J("playlist", min=1, max=100, doc="AutoDJ playlist (one of the settings' playlists)"),
        J("providers", "list", max=20, unique=True, doc="Where songs may come from"),
        J("searchProvider", min=1, max=100, doc="Where a search looks"),
        LEVEL, J("volume", "int", min=0, max=100, doc="AutoDJ volume (0-100)"),
        J("youtube", "object", fields=(J("limitToMusic", "bool"), J("limitToLikedVideos", "bool")))),
       rules=(Rule("one_of", ("enabled", "limits", "playlist", "providers", "searchProvider", "userLevel", "volume",
                              "youtube")),), scope="song_requests"),
    op("playlist", "Playlist", "Songs", "GET", "/1/song_requests/playlist",
       (Q("direction", choices=("asc", "desc"), titles=(("asc", "Ascending"), ("desc", "Descending"))), *PAGE,
        Q("sort_by", choices=("artist", "date", "random", "title"),
          titles=(("artist", "Artist"), ("date", "Date"), ("random", "Random"), ("title", "Title")), doc="Sort by (default date)")),
       scope="song_requests_playlist"),
    op("add-to-playlist", "Add to playlist", "Songs", "POST", "/1/song_requests/playlist",
       (J("q", required=True, min=1, max=500, doc="A song's URL, or words to search for"),),
       scope="song_requests_playlist"),
    op("clear-playlist", "Delete the whole playlist", "Songs", "DELETE", "/1/song_requests/playlist",
       scope="song_requests_playlist", destructive=True),
    op("import-playlist", "Import a playlist", "Songs", "POST", "/1/song_requests/playlist/import",
       (J("url", required=True, min=8, max=500, pattern=r"^https?://", doc="A playlist's URL"),),
       scope="song_requests_playlist"),
    op("playlist-item", "Playlist item", "Songs", "GET", "/1/song_requests/playlist/{id}", (PATH(),),
       scope="song_requests_playlist"),
    op("remove-from-playlist", "Remove from playlist", "Songs", "DELETE", "/1/song_requests/playlist/{id}", (PATH(),),
       scope="song_requests_playlist"),
    op("queue", "Song queue", "Songs", "GET", "/1/song_requests/queue", scope="song_requests_queue"),
    op("add-to-queue", "Request a song", "Songs", "POST", "/1/song_requests/queue",
       (J("q", required=True, min=1, max=500, doc="A song's URL, or words to search for"),),
       scope="song_requests_queue"),
    op("clear-queue", "Clear the queue", "Songs", "DELETE", "/1/song_requests/queue", scope="song_requests_queue",
       destructive=True),
    op("play", "Play / resume song", "Songs", "POST", "/1/song_requests/queue/play", scope="song_requests_queue"),
    op("pause", "Pause song", "Songs", "POST", "/1/song_requests/queue/pause", scope="song_requests_queue"),
    op("skip", "Skip song", "Songs", "POST", "/1/song_requests/queue/skip", scope="song_requests_queue"),
    op("queue-item", "Queue item", "Songs", "GET", "/1/song_requests/queue/{id}", (PATH(),),
       scope="song_requests_queue"),
    op("remove-from-queue", "Remove from queue", "Songs", "DELETE", "/1/song_requests/queue/{id}", (PATH(),),
       scope="song_requests_queue"),
    op("promote", "Move to the front of the queue", "Songs", "POST", "/1/song_requests/queue/{id}/promote", (PATH(),),
       scope="song_requests_queue"),
    # spam protection
    op("spam-filters", "Spam filters", "Spam protection", "GET", "/1/spam_protection", scope="spam_protection"),
    op("spam-filter", "Spam filter", "Spam protection", "GET", "/1/spam_protection/{type}",
       (Param("type", required=True, place="path", pattern=r"^[a-z_]{1,40}$", doc="The filter's _type, e.g. blacklist"),),
       scope="spam_protection"),
    op("edit-spam-filter", "Change spam filter", "Spam protection", "PUT", "/1/spam_protection/{type}",
       (Param("type", required=True, place="path", pattern=r"^[a-z_]{1,40}$", doc="The filter's _type, e.g. blacklist"),
        J("enabled", "bool"), J("exemptUserLevel", choices=USER_LEVELS, titles=LEVEL_TITLES),
        J("length", "int", min=1, max=1_209_600, doc="Timeout in seconds"),
        J("limit", "int", min=0, doc="The filter's threshold (within its _limitMin.._limitMax)"),
        J("message", max=MESSAGE_MAX, doc="Said on a timeout (empty: Nightbot's own quotes)"),
        J("silent", "bool", doc="Time out without a message"),
        J("blacklist", max=20_000, doc="One entry a line: * is a wildcard, ~/pattern/flags a regex"),
        J("whitelist", max=20_000, doc="One entry a line (the link filter reads host names)")),
       rules=(Rule("one_of", ("enabled", "exemptUserLevel", "length", "limit", "message", "silent", "blacklist",
                              "whitelist")),), scope="spam_protection"),
    # subscribers
    op("subscribers", "Nightbot subscribers", "Viewers", "GET", "/1/subscribers", PAGE, scope="subscribers"),
    op("add-subscriber", "Add Nightbot subscriber", "Viewers", "POST", "/1/subscribers",
       (J("name", required=True, min=1, max=200, doc="Username (YouTube: the channel URL)"),), scope="subscribers"),
    op("subscriber", "Nightbot subscriber", "Viewers", "GET", "/1/subscribers/{id}", (PATH(),), scope="subscribers"),
    op("remove-subscriber", "Remove Nightbot subscriber", "Viewers", "DELETE", "/1/subscribers/{id}", (PATH(),),
       scope="subscribers"),
    # timers
    op("timers", "Timers", "Timers", "GET", "/1/timers", scope="timers"),
    op("create-timer", "Create timer", "Timers", "POST", "/1/timers",
       (J("name", required=True, min=1, max=100), J("message", required=True, min=1, max=MESSAGE_MAX),
        J("interval", required=True, min=9, max=100, doc="Cron, at most once every 5 minutes, e.g. */15 * * * *"),
        J("lines", "int", required=True, min=0, max=100_000, doc="Chat lines needed in 5 minutes"),
        J("enabled", "bool")), checks=(_timer_interval,), scope="timers"),
    op("timer", "Timer", "Timers", "GET", "/1/timers/{id}", (PATH(),), scope="timers"),
    op("edit-timer", "Edit timer", "Timers", "PUT", "/1/timers/{id}",
       (PATH(), J("name", min=1, max=100), J("message", min=1, max=MESSAGE_MAX),
        J("interval", min=9, max=100, doc="Cron, at most once every 5 minutes"),
        J("lines", "int", min=0, max=100_000), J("enabled", "bool")),
       rules=(Rule("one_of", ("name", "message", "interval", "lines", "enabled")),), checks=(_timer_interval,),
       scope="timers"),
    op("delete-timer", "Delete timer", "Timers", "DELETE", "/1/timers/{id}", (PATH(),), scope="timers",
       destructive=True),
)

assert len(OPERATIONS) == 46, len(OPERATIONS)
