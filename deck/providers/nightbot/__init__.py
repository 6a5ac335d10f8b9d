"""Nightbot: 46 operations under ``/1``, signed in with OAuth 2 (the user's own app)."""
from __future__ import annotations

from typing import Any

from deck.net.auth import OAuth2
from deck.providers.base import Probe, Provider
from deck.providers.capabilities import ChatCommand, CommandList, Route, Song, SongPage, SongQueue, SongSettings, rename

from .spec import OPERATIONS, SCOPES


SOURCES = {"youtube": "YouTube", "soundcloud": "SoundCloud", "spotify": "Spotify"}


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def song(item: Any) -> Song:
    """A queue or playlist item as Deck shows songs."""
    track, user = _obj(_obj(item).get("track")), _obj(_obj(item).get("user"))
    source = str(track.get("provider", ""))
    duration = track.get("duration")
    return Song(id=str(_obj(item).get("_id", "")), title=str(track.get("title", "")),
                artist=str(track.get("artist") or ""), duration=duration if isinstance(duration, int) else 0,
                url=str(track.get("url", "")), source=SOURCES.get(source, source),
                requester=str(user.get("displayName", "")))


def _queue(answer: Any) -> SongQueue:
    current = answer.get("_currentSong")
    return SongQueue(current=song(current) if current else None, songs=[song(i) for i in answer.get("queue") or []],
                     requests_enabled=bool(answer.get("_requestsEnabled", True)))


def _page(answer: Any) -> SongPage:
    return SongPage(songs=[song(i) for i in answer.get("playlist") or []], total=int(answer.get("_total") or 0))


def _settings(answer: Any) -> SongSettings:
    return SongSettings(values=answer.get("settings") or {}, playlists=answer.get("playlists") or {},
                        sources=answer.get("providers") or {})


COMMAND_FIELDS = ("name", "message", "cooldown", "user_level", "count")
BUILTIN_FIELDS = ("enabled", "cooldown", "user_level")
NEUTRAL = rename(cooldown="coolDown", user_level="userLevel")


def _command(c: Any, builtin: bool = False) -> ChatCommand:
    c = _obj(c)
    cooldown, count = c.get("coolDown"), c.get("count")
    return ChatCommand(
        id=str(c.get("_name" if builtin else "_id", "")), name=str(c.get("name", "")),
        message=str(c.get("_description" if builtin else "message", "")),
        enabled=bool(c.get("enabled")) if builtin else None, cooldown=cooldown if isinstance(cooldown, int) else None,
        user_level=str(c.get("userLevel", "")), count=count if isinstance(count, int) else None, builtin=builtin,
        doc=str(c.get("_docs", "")), editable=BUILTIN_FIELDS if builtin else COMMAND_FIELDS)


def _commands(answer: Any) -> CommandList:
    template = ChatCommand(id="0" * 24, cooldown=30, user_level="everyone", editable=COMMAND_FIELDS[:-1])
    return CommandList(commands=[_command(c) for c in answer.get("commands") or []], new=COMMAND_FIELDS[:-1],
                       template=template)


def _builtin(answer: Any) -> CommandList:
    return CommandList(commands=[_command(c, True) for c in answer.get("commands") or []])


ROUTES = (
    Route("chat.send-bot", "send", ("twitch", "youtube"), note="1 message per 5 s"),
    Route("commands.list", "commands", result=_commands),
    Route("commands.builtin", "default-commands", result=_builtin),
    Route("commands.create", "create-command", params=NEUTRAL, result=lambda a: _command(a.get("command"))),
    Route("commands.update", "edit-command", params=NEUTRAL),
    Route("commands.cooldown", "edit-command", params=NEUTRAL),
    Route("commands.delete", "delete-command"),
    Route("commands.builtin-set", "edit-default-command", params=rename(id="name", cooldown="coolDown",
                                                                        user_level="userLevel")),
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

    def probe_summary(self, result: Any) -> str:
        user = result.get("user", {}) if isinstance(result, dict) else {}
        scopes = (result.get("authorization", {}) or {}).get("scopes", []) if isinstance(result, dict) else []
        return (f"Signed in as {user.get('displayName') or user.get('name') or '?'} on "
                f"{str(user.get('provider', '?')).title()}" + (f" · {len(scopes)} permissions" if scopes else ""))


PROVIDER = Nightbot()
