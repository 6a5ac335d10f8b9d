"""A local Nightbot: its 46 routes (served by the harness from the contract table, with the
OAuth server's tokens and scopes checked) over one channel: custom and default commands,
regulars, subscribers, spam filters, timers, song-request settings, a playlist and a queue
whose current song moves on."""
from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from deck.core.cron import Cron
from deck.providers.base import Operation
from deck.providers.nightbot import PROVIDER

from . import data
from .harness import Body, Refused, ServiceSandbox

DEFAULT_COMMANDS = [("commands", "!commands", "Lists the channel's commands"),
                    ("filters", "!filters", "Changes spam filters from chat"),
                    ("poll", "!poll", "Runs a poll"), ("regulars", "!regulars", "Adds and removes regulars"),
                    ("songs", "!songs", "Song requests from chat"), ("winner", "!winner", "Picks a random viewer"),
                    ("marker", "!marker", "Adds a stream marker")]
FILTERS: list[tuple[str, str, dict[str, Any]]] = [
           ("blacklist", "Blacklisted Words/Phrases", {"blacklist": "badword\n*spoiler*\n~/fr+ee/i"}),
           ("caps", "Excessive Caps", {"limit": 70, "_limitMin": 1, "_limitMax": 100}),
           ("emotes", "Excessive Emotes", {"limit": 10, "_limitMin": 1, "_limitMax": 100}),
           ("links", "Links", {"whitelist": "youtube.com\nclips.twitch.tv"}),
           ("symbols", "Excessive Symbols", {"limit": 50, "_limitMin": 1, "_limitMax": 100}),
           ("repetitions", "Repetitions", {"limit": 4, "_limitMin": 2, "_limitMax": 20})]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _next_run(interval: str) -> str:
    """When a timer next runs (cron read in UTC)."""
    now = dt.datetime.now(dt.timezone.utc)
    runs = Cron.parse(interval).next_runs(now, 1)
    return (runs[0] if runs else now).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _id() -> str:
    return secrets.token_hex(12)


class NightbotSandbox(ServiceSandbox):
    provider = PROVIDER

    def __init__(self, seed: int = 7):
        super().__init__(seed)
        self.channel = {"_id": _id(), "name": "deckdemo", "displayName": "DeckDemo", "joined": True, "plan": "free"}
        self.user = {"_id": self.channel["_id"], "name": "deckdemo", "displayName": "DeckDemo", "provider": "twitch",
                     "providerId": "123456789", "avatar": "", "admin": False}
        self.sent: list[dict[str, Any]] = []
        self.commands = [self._command(n, m, cd, lvl) for n, m, cd, lvl in (
            ("!discord", "Join us: discord.gg/deck", 30, "everyone"),
            ("!uptime", "Live for $(twitch $(channel) \"{{uptimeLength}}\")", 5, "everyone"),
            ("!so", "Go follow $(touser)!", 10, "moderator"))]
        self.defaults = [{"_name": n, "name": cmd, "_description": d, "_docs": f"https://docs.nightbot.tv/commands/{n}",
                          "coolDown": 5, "enabled": n != "marker", "userLevel": "moderator" if n in ("filters", "regulars") else "everyone"}
                         for n, cmd, d in DEFAULT_COMMANDS]
        self.regulars = [self._person(n) for n in data.NAMES[:6]]
        self.subscribers = [self._person(n) for n in data.NAMES[6:9]]
        self.settings: dict[str, Any] = {
            "enabled": True, "limits": {"queue": 20, "user": 3, "playlistOnly": False, "exemptUserLevel": "moderator"},
            "playlist": "channel", "providers": ["youtube", "soundcloud"], "searchProvider": "youtube",
            "userLevel": "everyone", "volume": 50, "youtube": {"limitToMusic": False, "limitToLikedVideos": True}}
        self.providers = {"youtube": "YouTube", "soundcloud": "SoundCloud", "spotify": "Spotify"}
        self.playlists = {"channel": "Channel Playlist", "monstercat": "Monstercat", "twitch_music_library": "Twitch Music Library"}
        self.playlist = [self._item(a, t) for a, t in data.SONGS]
        self.queue = [self._item(a, t, requester=data.NAMES[i]) for i, (a, t) in enumerate(data.SONGS[:4])]
        self.current: dict[str, Any] | None = self.queue.pop(0)
        self.playing = True
        self.filters = [{"_type": t, "_name": name, "_description": f"Times out {name.lower()}",
                         "_docs": f"https://docs.nightbot.tv/spam-protection/{t}", "enabled": t in ("blacklist", "links"),
                         "exemptUserLevel": "regular", "length": 600, "message": "", "silent": False, **extra}
                        for t, name, extra in FILTERS]
        self.timers = [self._timer("Socials", "Follow on all the socials!", "*/30 * * * *", 5)]

    # ---- records
    def _command(self, name: str, message: str, cool: int, level: str) -> dict[str, Any]:
        now = _now()
        return {"_id": _id(), "name": name, "message": message, "coolDown": cool, "count": 0, "userLevel": level,
                "createdAt": now, "updatedAt": now}

    def _person(self, name: str) -> dict[str, Any]:
        now = _now()
        return {"_id": _id(), "name": name, "displayName": name.replace("_", " ").title().replace(" ", ""),
                "provider": "twitch", "providerId": str(self.rng.randint(10**7, 10**9)), "createdAt": now,
                "updatedAt": now}

    def _item(self, artist: str, title: str, requester: Any = "") -> dict[str, Any]:
        video = secrets.token_urlsafe(8)[:11]
        item: dict[str, Any] = {"_id": _id(), "createdAt": _now(), "updatedAt": _now(),
                                "track": {"providerId": video, "provider": "youtube", "duration": self.rng.randint(120, 300),
                                          "title": f"{artist} - {title}", "artist": artist,
                                          "url": f"https://youtu.be/{video}"}}
        if requester:
            item["user"] = {"displayName": requester, "name": requester.lower(), "provider": "twitch",
                            "providerId": str(self.rng.randint(10**7, 10**9))}
        return item

    def _timer(self, name: str, message: str, interval: str, lines: int, enabled: bool = True) -> dict[str, Any]:
        now = _now()
        return {"_id": _id(), "name": name, "message": message, "interval": interval, "lines": lines, "enabled": enabled,
                "createdAt": now, "updatedAt": now, "nextRunAt": _next_run(interval)}

    def _find(self, rows: list[dict[str, Any]], rid: str, what: str) -> dict[str, Any]:
        found = next((r for r in rows if r["_id"] == rid), None)
        if found is None:
            raise Refused(404, f"{what} not found")
        return found

    def _page(self, rows: list[dict[str, Any]], b: Body, key: str) -> dict[str, object]:
        q = b.text("q").lower()
        picked = [r for r in rows if not q or q in r.get("displayName", r.get("track", {}).get("title", "")).lower()]
        offset, limit = b.number("offset", 0), b.number("limit", 25)
        return {"_total": len(picked), key: picked[offset:offset + limit]}

    def _song(self, q: str) -> dict[str, object]:
        if not self.settings["enabled"]:
            raise Refused(400, "Song requests are disabled")
        if q.startswith("http") and "youtu" not in q and "soundcloud" not in q:
            raise Refused(400, "Unsupported song provider")
        artist, title = next(((a, t) for a, t in data.SONGS if q.lower() in t.lower() or q.lower() in a.lower()),
                             ("Various", q if not q.startswith("http") else "Requested song"))
        return self._item(artist, title, requester=self.user["displayName"])

    # ---- how Nightbot answers
    def error(self, status: int, message: str) -> object:
        return {"status": str(status), "message": message}

    def ok(self, op: Operation, result: Any) -> object:
        return {"status": 200, **(result or {})}

    def _need_joined(self) -> None:
        if not self.channel["joined"]:
            raise Refused(400, "channel is not joined")

    # ---- channel, me
    def do_channel(self, b: Body) -> object:
        return {"channel": dict(self.channel)}

    def do_join(self, b: Body) -> object:
        self.channel["joined"] = True
        return {}

    def do_part(self, b: Body) -> object:
        self.channel["joined"] = False
        return {}

    def do_send(self, b: Body) -> object:
        self._need_joined()
        self.sent.append(dict(b))
        return {}

    def do_me(self, b: Body) -> object:
        grant = self.grant
        expires = dt.datetime.fromtimestamp(grant.expires, dt.timezone.utc) if grant else dt.datetime.now(dt.timezone.utc)
        return {"authorization": {"userLevel": "owner", "authType": "oauth2",
                                  "credentials": {"expires": expires.isoformat(timespec="milliseconds")
                                                  .replace("+00:00", "Z"), "client": grant.client if grant else ""},
                                  "scopes": grant.scope.split() if grant else []},
                "user": dict(self.user)}

    # ---- commands
    def do_commands(self, b: Body) -> object:
        return {"_total": len(self.commands), "commands": list(self.commands)}

    def do_create_command(self, b: Body) -> object:
        if any(c["name"].lower() == b.text("name").lower() for c in self.commands):
            raise Refused(400, "command already exists")
        command = self._command(b.text("name"), b.text("message"), b.number("coolDown"), b.text("userLevel"))
        self.commands.append(command)
        return {"command": command}

    def do_command(self, b: Body) -> object:
        return {"command": self._find(self.commands, b.text("id"), "Command")}

    def do_edit_command(self, b: Body) -> object:
        command = self._find(self.commands, b.text("id"), "Command")
        command.update({k: v for k, v in b.items() if k != "id"}, updatedAt=_now())
        return {"command": command}

    def do_delete_command(self, b: Body) -> object:
        self.commands.remove(self._find(self.commands, b.text("id"), "Command"))
        return {}

    def do_default_commands(self, b: Body) -> object:
        return {"_total": len(self.defaults), "commands": list(self.defaults)}

    def _default(self, name: str) -> dict[str, Any]:
        found = next((c for c in self.defaults if c["_name"] == name), None)
        if found is None:
            raise Refused(404, f"default command {name} not found")
        return found

    def do_default_command(self, b: Body) -> object:
        return {"command": self._default(b.text("name"))}

    def do_edit_default_command(self, b: Body) -> object:
        command = self._default(b.text("name"))
        command.update({k: v for k, v in b.items() if k != "name"})
        return {"command": command}

    # ---- regulars and subscribers
    def do_regulars(self, b: Body) -> object:
        return self._page(self.regulars, b, "regulars")

    def do_add_regular(self, b: Body) -> object:
        if any(r["name"].lower() == b.text("name").lower() for r in self.regulars):
            raise Refused(400, "user is already a regular")
        regular = self._person(b.text("name"))
        self.regulars.append(regular)
        return {"regular": regular}

    def do_regular(self, b: Body) -> object:
        return {"regular": self._find(self.regulars, b.text("id"), "Regular")}

    def do_remove_regular(self, b: Body) -> object:
        self.regulars.remove(self._find(self.regulars, b.text("id"), "Regular"))
        return {}

    def do_subscribers(self, b: Body) -> object:
        return self._page(self.subscribers, b, "subscribers")

    def do_add_subscriber(self, b: Body) -> object:
        subscriber = self._person(b.text("name"))
        self.subscribers.append(subscriber)
        return {"subscriber": subscriber}

    def do_subscriber(self, b: Body) -> object:
        return {"subscriber": self._find(self.subscribers, b.text("id"), "Subscriber")}

    def do_remove_subscriber(self, b: Body) -> object:
        self.subscribers.remove(self._find(self.subscribers, b.text("id"), "Subscriber"))
        return {}

    # ---- song requests
    def _settings(self) -> dict[str, object]:
        return {"settings": self.settings, "providers": self.providers, "playlists": self.playlists}

    def do_song_settings(self, b: Body) -> object:
        return self._settings()

    def do_edit_song_settings(self, b: Body) -> object:
        for key, value in b.items():
            if key in ("limits", "youtube"):
                self.settings[key].update(value)
            elif key == "playlist" and value not in self.playlists:
                raise Refused(400, f"{value} is not a playlist")
            elif key in ("providers", "searchProvider") and any(v not in self.providers for v in
                                                                (value if isinstance(value, list) else [value])):
                raise Refused(400, f"unknown provider in {value}")
            else:
                self.settings[key] = value
        return self._settings()

    def do_playlist(self, b: Body) -> object:
        rows = list(self.playlist)
        key = b.get("sort_by", "date")
        if key in ("artist", "title"):
            rows.sort(key=lambda r: r["track"].get(key) or "")
        elif key == "random":
            self.rng.shuffle(rows)
        if b.get("direction") == "desc":
            rows.reverse()
        page = self._page(rows, b, "playlist")
        return {"_sort": {key: b.get("direction", "asc")}, "_limit": b.number("limit", 25), "_offset": b.number("offset", 0),
                **page}

    def do_add_to_playlist(self, b: Body) -> object:
        item = self._song(b.text("q"))
        item.pop("user", None)
        self.playlist.append(item)
        return {"item": item}

    def do_clear_playlist(self, b: Body) -> object:
        self.playlist.clear()
        return {}

    def do_import_playlist(self, b: Body) -> object:
        if "list=" not in b.text("url") and "/sets/" not in b.text("url"):
            raise Refused(400, "That is not a playlist URL")
        for artist, title in data.SONGS[:3]:
            item = self._item(artist, title)
            self.playlist.append(item)
        return {}

    def do_playlist_item(self, b: Body) -> object:
        return {"item": self._find(self.playlist, b.text("id"), "Playlist item")}

    def do_remove_from_playlist(self, b: Body) -> object:
        self.playlist.remove(self._find(self.playlist, b.text("id"), "Playlist item"))
        return {}

    def do_queue(self, b: Body) -> object:
        queue = [{**item, "_position": i + 1} for i, item in enumerate(self.queue)]
        return {"_total": len(queue), "_currentSong": self.current, "_requestsEnabled": self.settings["enabled"],
                "_searchProvider": self.settings["searchProvider"], "_providers": self.settings["providers"],
                "queue": queue}

    def do_add_to_queue(self, b: Body) -> object:
        if len(self.queue) >= self.settings["limits"]["queue"]:
            raise Refused(400, "The queue is full")
        item = self._song(b.text("q"))
        self.queue.append(item)
        return {"item": item}

    def do_clear_queue(self, b: Body) -> object:
        self.queue.clear()
        return {}

    def _current(self) -> object:
        if self.current is None:
            raise Refused(400, "There is no song playing")
        return {"item": self.current}

    def do_play(self, b: Body) -> object:
        self.playing = True
        return self._current()

    def do_pause(self, b: Body) -> object:
        self.playing = False
        return self._current()

    def do_skip(self, b: Body) -> object:
        if self.queue:
            self.current = self.queue.pop(0)
        elif self.playlist:  # AutoDJ plays from the playlist
            self.current = dict(self.rng.choice(self.playlist))
        else:
            self.current = None
        self.playing = True
        return self._current()

    def do_queue_item(self, b: Body) -> object:
        return {"item": self._find(self.queue, b.text("id"), "Queue item")}

    def do_remove_from_queue(self, b: Body) -> object:
        self.queue.remove(self._find(self.queue, b.text("id"), "Queue item"))
        return {}

    def do_promote(self, b: Body) -> object:
        item = self._find(self.queue, b.text("id"), "Queue item")
        self.queue.remove(item)
        self.queue.insert(0, item)
        return {"item": item}

    # ---- spam protection
    def _filter(self, kind: str) -> dict[str, Any]:
        found = next((f for f in self.filters if f["_type"] == kind), None)
        if found is None:
            raise Refused(404, f"spam filter {kind} not found")
        return found

    def do_spam_filters(self, b: Body) -> object:
        return {"filters": list(self.filters)}

    def do_spam_filter(self, b: Body) -> object:
        return {"filter": self._filter(b.text("type"))}

    def do_edit_spam_filter(self, b: Body) -> object:
        spam = self._filter(b.text("type"))
        if "limit" in b and "_limitMin" not in spam:
            raise Refused(400, f"the {b.text('type')} filter has no limit")
        if "limit" in b and not spam["_limitMin"] <= b.number("limit") <= spam["_limitMax"]:
            raise Refused(400, f"limit must be from {spam['_limitMin']} to {spam['_limitMax']}")
        for key in ("blacklist", "whitelist"):
            if key in b and key not in spam:
                raise Refused(400, f"the {b.text('type')} filter has no {key}")
        spam.update({k: v for k, v in b.items() if k != "type"})
        return {"filter": spam}

    # ---- timers
    def do_timers(self, b: Body) -> object:
        return {"_total": len(self.timers), "timers": list(self.timers)}

    def do_create_timer(self, b: Body) -> object:
        timer = self._timer(b.text("name"), b.text("message"), b.text("interval"), b.number("lines"), b.flag("enabled", True))
        self.timers.append(timer)
        return {"command": timer}  # sic: the document's key for a created timer

    def do_timer(self, b: Body) -> object:
        return {"timer": self._find(self.timers, b.text("id"), "Timer")}

    def do_edit_timer(self, b: Body) -> object:
        timer = self._find(self.timers, b.text("id"), "Timer")
        timer.update({k: v for k, v in b.items() if k != "id"}, updatedAt=_now())
        timer["nextRunAt"] = _next_run(timer["interval"])
        return {"timer": timer}

    def do_delete_timer(self, b: Body) -> object:
        self.timers.remove(self._find(self.timers, b.text("id"), "Timer"))
        return {}

    def tick(self) -> None:
        """The current song ends now and then; the next one plays."""
        if self.playing and self.rng.random() < 0.05:
            self.do_skip(Body({}))


def make(seed: int = 7) -> NightbotSandbox:
    return NightbotSandbox(seed)
