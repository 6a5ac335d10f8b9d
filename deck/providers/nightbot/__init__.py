"""Nightbot: 46 operations under ``/1``, signed in with OAuth 2 (the user's own app)."""
from __future__ import annotations

from typing import Any

from deck.core.words import QT_TRANSLATE_NOOP, amount, translate
from deck.net.auth import OAuth2
from deck.providers.answers import items, obj, texts, whole
from deck.providers.base import Probe, Provider
from deck.providers.capabilities import (
    Account,
    BotPresence,
    PLATFORMS,
    ChatCommand,
    CommandList,
    PeoplePage,
    Person,
    Route,
    Song,
    SongPage,
    SongQueue,
    SongSettings,
    SpamFilter,
    SpamFilters,
    Timer,
    TimerList,
    rename,
)

from .spec import OPERATIONS, SCOPES


SOURCES = {"youtube": "YouTube", "soundcloud": "SoundCloud", "spotify": "Spotify"}


def song(item: object) -> Song:
    """A queue or playlist item as Deck shows songs."""
    track, user = obj(obj(item).get("track")), obj(obj(item).get("user"))
    source = str(track.get("provider", ""))
    duration = track.get("duration")
    return Song(id=str(obj(item).get("_id", "")), title=str(track.get("title", "")),
                artist=str(track.get("artist") or ""), duration=whole(duration) or 0,
                url=str(track.get("url", "")), source=SOURCES.get(source, source),
                requester=str(user.get("displayName", "")))


def _queue(answer: object) -> SongQueue:
    data = obj(answer)
    current = data.get("_currentSong")
    return SongQueue(current=song(current) if current else None, songs=[song(i) for i in items(data.get("queue"))],
                     requests_enabled=bool(data.get("_requestsEnabled", True)))


def _page(answer: object) -> SongPage:
    data = obj(answer)
    return SongPage(songs=[song(i) for i in items(data.get("playlist"))], total=whole(data.get("_total")) or 0)


def _settings(answer: object) -> SongSettings:
    data = obj(answer)
    return SongSettings(values=obj(data.get("settings")), playlists=texts(data.get("playlists")),
                        sources=texts(data.get("providers")))


COMMAND_FIELDS = ("name", "message", "cooldown", "user_level", "count")
BUILTIN_FIELDS = ("enabled", "cooldown", "user_level")
NEUTRAL = rename(cooldown="coolDown", user_level="userLevel")


def _command(c: object, builtin: bool = False) -> ChatCommand:
    c = obj(c)
    cooldown, count = c.get("coolDown"), c.get("count")
    return ChatCommand(
        id=str(c.get("_name" if builtin else "_id", "")), name=str(c.get("name", "")),
        message=str(c.get("_description" if builtin else "message", "")),
        enabled=bool(c.get("enabled")) if builtin else None, cooldown=whole(cooldown),
        user_level=str(c.get("userLevel", "")), count=whole(count), builtin=builtin,
        doc=str(c.get("_docs", "")), editable=BUILTIN_FIELDS if builtin else COMMAND_FIELDS)


def _commands(answer: object) -> CommandList:
    template = ChatCommand(id="0" * 24, cooldown=30, user_level="everyone", editable=COMMAND_FIELDS[:-1])
    return CommandList(commands=[_command(c) for c in items(obj(answer).get("commands"))], new=COMMAND_FIELDS[:-1],
                       template=template)


def _builtin(answer: object) -> CommandList:
    return CommandList(commands=[_command(c, True) for c in items(obj(answer).get("commands"))])


def _timer(t: object) -> Timer:
    t = obj(t)
    lines = t.get("lines")
    return Timer(id=str(t.get("_id", "")), name=str(t.get("name", "")), message=str(t.get("message", "")),
                 interval=str(t.get("interval", "")), lines=whole(lines) or 0,
                 enabled=bool(t.get("enabled", True)), next_run=str(t.get("nextRunAt") or ""))


def _timers(answer: object) -> TimerList:
    return TimerList(timers=[_timer(t) for t in items(obj(answer).get("timers"))])


def _created_timer(answer: object) -> Timer:
    return _timer(obj(answer).get("timer") or obj(answer).get("command"))  # the document answers a new timer as "command"


FILTER_FIELDS = ("enabled", "exempt_level", "length", "message", "silent")
FILTER_NAMES = rename(id="type", exempt_level="exemptUserLevel")


def _filter(f: object) -> SpamFilter:
    f = obj(f)
    extra = tuple(k for k in ("limit", "blacklist", "whitelist") if k in f)
    def number(key: str) -> int:
        return whole(f.get(key)) or 0
    return SpamFilter(
        id=str(f.get("_type", "")), name=str(f.get("_name", "")), description=str(f.get("_description", "")),
        doc=str(f.get("_docs", "")), enabled=bool(f.get("enabled")), exempt_level=str(f.get("exemptUserLevel", "")),
        length=number("length"), limit=whole(f.get("limit")),
        limit_min=number("_limitMin"), limit_max=number("_limitMax"), message=str(f.get("message") or ""),
        silent=bool(f.get("silent")), blacklist=str(f.get("blacklist") or "") if "blacklist" in f else None,
        whitelist=str(f.get("whitelist") or "") if "whitelist" in f else None, editable=FILTER_FIELDS + extra)


def _filters(answer: object) -> SpamFilters:
    return SpamFilters(filters=[_filter(f) for f in items(obj(answer).get("filters"))])


def _person(p: object) -> Person:
    p = obj(p)
    return Person(id=str(p.get("_id", "")), name=str(p.get("name", "")),
                  display_name=str(p.get("displayName") or p.get("name") or ""),
                  platform=str(p.get("provider", "")), added=str(p.get("createdAt") or ""))


def _people(key: str) -> Any:
    def read(answer: object) -> PeoplePage:
        data = obj(answer)
        return PeoplePage(people=[_person(p) for p in items(data.get(key))], total=whole(data.get("_total")) or 0)
    return read


def _me(answer: object) -> Account:
    user, authorization = obj(obj(answer).get("user")), obj(obj(answer).get("authorization"))
    scopes = authorization.get("scopes")
    return Account(name=str(user.get("displayName") or user.get("name") or ""),
                   platform=str(user.get("provider", "")),
                   scopes=[str(s) for s in scopes if s] if isinstance(scopes, list) else [],
                   expires=str(obj(authorization.get("credentials")).get("expires") or ""))


def _presence(answer: object) -> BotPresence:
    channel = obj(obj(answer).get("channel"))
    return BotPresence(joined=bool(channel.get("joined")), channel=str(channel.get("displayName") or ""))


ROUTES = (
    Route("account.me", "me", result=_me),
    Route("channel.bot-presence", "channel", result=_presence),
    Route("channel.bot-join", "join"),
    Route("channel.bot-leave", "part"),
    Route("chat.send-bot", "send", ("twitch", "youtube"), note="1 message per 5 s"),
    Route("commands.list", "commands", result=_commands),
    Route("commands.builtin", "default-commands", result=_builtin),
    Route("commands.create", "create-command", params=NEUTRAL, result=lambda a: _command(a.get("command"))),
    Route("commands.update", "edit-command", params=NEUTRAL),
    Route("commands.cooldown", "edit-command", params=NEUTRAL),
    Route("commands.delete", "delete-command"),
    Route("commands.builtin-set", "edit-default-command", params=rename(id="name", cooldown="coolDown",
                                                                        user_level="userLevel")),
    Route("timers.list", "timers", result=_timers),
    Route("timers.create", "create-timer", result=_created_timer),
    Route("timers.update", "edit-timer", result=lambda a: _timer(a.get("timer"))),
    Route("timers.delete", "delete-timer"),
    Route("moderation.filters", "spam-filters", result=_filters),
    Route("moderation.filter-set", "edit-spam-filter", params=FILTER_NAMES, result=lambda a: _filter(a.get("filter"))),
    Route("regulars.list", "regulars", result=_people("regulars")),
    Route("regulars.add", "add-regular", result=lambda a: _person(a.get("regular"))),
    Route("regulars.remove", "remove-regular"),
    Route("listed-subscribers.list", "subscribers", result=_people("subscribers")),
    Route("listed-subscribers.add", "add-subscriber", result=lambda a: _person(a.get("subscriber"))),
    Route("listed-subscribers.remove", "remove-subscriber"),
    Route("songs.play", "play"),
    Route("songs.pause", "pause"),
    Route("songs.skip", "skip"),
    Route("songs.queue", "queue", result=_queue),
    Route("songs.request", "add-to-queue"),
    Route("songs.remove", "remove-from-queue"),
    Route("songs.promote", "promote"),
    Route("songs.clear", "clear-queue"),
    Route("songs.playlist", "playlist", result=_page),
    Route("songs.playlist-add", "add-to-playlist"),
    Route("songs.playlist-remove", "remove-from-playlist"),
    Route("songs.playlist-import", "import-playlist"),
    Route("songs.playlist-clear", "clear-playlist"),
    Route("songs.settings", "song-settings", result=_settings),
    Route("songs.settings-set", "edit-song-settings", result=_settings),
)


class Nightbot(Provider):
    name = "nightbot"
    title = "Nightbot"
    default_url = "https://api.nightbot.tv"
    auths = {"user": OAuth2(
        authorize_path="/oauth2/authorize", token_path="/oauth2/token", revoke_path="/oauth2/token/revoke",
        pkce=False, client_secret=True, scopes=SCOPES, default_scopes=tuple(SCOPES),
        redirect_port=17563,  # Nightbot wants the exact redirect URI registered, port included
        refresh_redirect_uri=True, register_url="https://nightbot.tv/account/applications",
        register_steps="In Nightbot's control panel open Account → Applications, press New App, paste the redirect "
                       "URI below, save, then press New Secret.")}
    operations = OPERATIONS
    routes = ROUTES
    probe = Probe("me")
    website = "https://nightbot.tv"
    account_help = ("Deck signs in to Nightbot with your own Nightbot app, so your chat bot answers only to you. "
                    "Sign-ins last 30 days and are renewed before they run out.")

    def probe_summary(self, result: object) -> str:
        me = _me(obj(result))
        text = translate("Accounts", "Signed in as {name} on {platform}").format(
            name=me.name or "?", platform=PLATFORMS.get(me.platform, me.platform.title() or "?"))
        return text + (" · " + amount("Accounts", len(me.scopes), QT_TRANSLATE_NOOP("Accounts", "{n} permission"),
                                      QT_TRANSLATE_NOOP("Accounts", "{n} permissions")) if me.scopes else "")


PROVIDER = Nightbot()
