"""A local MissXss: all 62 ``POST /v1/<scope>`` routes (served by the harness from the
contract table, with Bearer auth, validation and per-scope limits) and one consistent,
stateful channel behind them."""
from __future__ import annotations

import datetime as dt
import itertools
import secrets
from typing import Any, Callable

from deck.providers.base import Operation
from deck.providers.missxss import PROVIDER
from deck.providers.missxss.spec import MODERATION_FEATURES

from . import data
from .harness import Body, Refused, ServiceSandbox, new_secret

PLATFORMS = ("Kick", "Twitch", "YouTube", "TikTok")
FALLBACK_DAY = "2000-01-01"


def _now() -> str:
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def _today() -> str:
    return dt.date.today().isoformat()


class MissXssSandbox(ServiceSandbox):
    provider = PROVIDER

    def join_chat(self, chat: Any) -> None:
        self.listeners.append(chat.moderated)  # moderation through MissXss shows on the platforms' chat

    def __init__(self, token: str | None = None, seed: int = 7):
        super().__init__(seed)
        self.token = token or new_secret("mx_")
        self.secrets = {"token": self.token}
        self.rng = data.make_rng(seed)
        self.overlay_connected = True
        self.extension_connected = True
        self._ids = itertools.count(1000)
        self._seed()

    def error(self, status: int, message: str) -> object:
        return {"success": False, "error": message}

    def ok(self, op: Operation, result: Any) -> object:
        return {"success": True, **result}

    def gather(self, op: Operation, raw: object) -> Any:
        if op.id == "search-games" and isinstance(raw, dict):  # the service takes these aliases of query
            for alias in ("game", "search"):
                if alias in raw and "query" not in raw:
                    raw = {**raw, "query": raw[alias]}
                    del raw[alias]
        return raw

    # ------------------------------------------------------------------ state
    def _seed(self) -> None:
        rng = self.rng
        self.games: Any = [
            {"kick_category_id": 100 + i, "name": name, "slug": self._slug(name)} for i, name in enumerate(data.GAMES)
        ]
        self.stream: Any = {
            p: {"title": "Chill ranked grind | !discord !socials", "category": "VALORANT", "category_id": "101",
                "viewers": rng.randint(80, 400), "followers": rng.randint(5000, 30000), "live": p in ("Kick", "Twitch")}
            for p in ("Kick", "Twitch")
        }
        self.channel = "deckdemo"
        self.users: dict[str, dict[str, dict[str, Any]]] = {p: {} for p in PLATFORMS}
        for p in PLATFORMS:
            for i, name in enumerate(data.NAMES):
                uid = str(1_000_000 + i * 37 + PLATFORMS.index(p))
                self.users[p][uid] = {
                    "user_id": uid, "username": name, "displayname": name.replace("_", " ").title().replace(" ", ""),
                    "points": rng.randint(0, 20000), "coin": rng.randint(0, 300),
                    "watch": {_today(): rng.randint(0, 240), FALLBACK_DAY: rng.randint(100, 9000)},
                    "messages": rng.randint(0, 3000),
                }
        self.commands: list[dict[str, Any]] = []
        for name, message, aliases in data.COMMANDS:
            self._new_command(name, message, aliases)
        self.activity = {
            "latest_followers": [],  # filled from the followers below
            "latest_subscribers": [{"username": n, "platform": "Twitch", "tier": 1, "date": _now()} for n in data.NAMES[5:8]],
            "latest_banned": [],
            "latest_donors": [{"username": "mochi_moon", "amount": 50, "currency": "TRY", "provider": "StreamLabs", "message": "GG!"}],
            "latest_kick_bits": [{"username": "turbo_tina", "amount": 100}],
            "latest_twitch_bits": [{"username": "lofi_leo", "amount": 250}],
        }
        self.features = {f: 1 for f in MODERATION_FEATURES}
        self.features["coklu_hesap_spam"] = 0
        self.shield: Any = {"mode": 0, "ban": 1, "lookback": 2}
        self.bans: list[dict[str, Any]] = []
        self.modlog: list[dict[str, Any]] = []
        for i, name in enumerate(data.NAMES[30:36]):
            platform = ("Kick", "Twitch")[i % 2]
            self._record_ban(platform, self._find_user(platform, name)["user_id"], name, "spam")
        self.followers = {p: [self._user_brief(p, n) for n in data.NAMES[:12]] for p in ("Kick", "Twitch")}
        self.activity["latest_followers"] = [  # newest first, the same people ban-recent-followers acts on
            {"username": f["username"], "platform": p, "date": _now()}
            for pair in zip(self.followers["Kick"], self.followers["Twitch"]) for p, f in zip(("Kick", "Twitch"), pair)]
        self.song: Any = {"playing": True, "index": 0, "queue": list(data.SONGS)}
        self.alerts: Any = [{"id": 10 + i, "name": n, "points": pts, "status": "active" if i < 6 else "inactive"}
                       for i, (n, pts) in enumerate(data.AUDIO_ALERTS)]
        self.overlays = {o: {"effect_type": "canvas", "trigger": True} for o in data.OVERLAYS}
        self.triggered: list[dict[str, Any]] = []
        self.subscribers = [
            {"id": i + 1, "kick_user_id": str(2_000_000 + i), "kick_username": n, "subscription_type": "gift" if i % 3 == 0 else "self",
             "tier": 1 + (i % 3 == 2), "expired": i % 5 == 4} for i, n in enumerate(data.NAMES[:15])
        ]
        self.guild_id = data.GUILD_ID
        self.bot_connected = True
        self.voice = {cid: {"id": cid, "name": name} for cid, name in data.VOICE_CHANNELS}
        self.members: dict[str, dict[str, Any]] = {}
        for i, name in enumerate(data.NAMES[:9] + ["MissXssBot"]):
            did = str(900_000_000_000_000_000 + i * 7919)
            channel = data.VOICE_CHANNELS[0 if i < 5 else 1 if i < 8 else 0][0]
            self.members[did] = {"discord_id": did, "username": name, "display_name": name.replace("_", " ").title(),
                                 "muted": i == 3, "bot": name == "MissXssBot", "channel_id": channel}
        self.linked = [{"id": i + 1, "discord_id": did, "kick_id": str(3_000_000 + i), "twitch_id": str(4_000_000 + i)}
                       for i, did in enumerate(list(self.members)[:7])]
        self.discord_messages: list[dict[str, Any]] = []
        self.voicemod: Any = {"voice": "original", "hear_self": False, "sounds": []}
        self.ai: Any = {"gemini_aktif": 1, "ai_sadeceAbone": 0, "ai_text": "You are a friendly co-host.", "history": 12}
        self.chat: list[dict[str, Any]] = []
        self.tts: list[dict[str, Any]] = []
        self.clips: list[dict[str, Any]] = []
        self.donations: list[dict[str, Any]] = []

    @staticmethod
    def _slug(name: str) -> str:
        return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-").replace("--", "-")

    def _user_brief(self, platform: str, name: str) -> dict[str, str]:
        user = self._find_user(platform, name)
        return {"username": user["username"], "userid": user["user_id"]}

    def _find_user(self, platform: str, username: str | None = None, userid: str | None = None) -> dict[str, Any]:
        users = self.users[platform]
        if userid and userid in users:
            return users[userid]
        if username:
            for user in users.values():
                if user["username"].lower() == username.lower():
                    return user
            # first sighting: MissXss creates the viewer record
            uid = str(next(self._ids) + 5_000_000)
            users[uid] = {"user_id": uid, "username": username, "displayname": username, "points": 0, "coin": 0,
                          "watch": {}, "messages": 0}
            return users[uid]
        raise Refused(404, f"User not found on {platform}")

    def _new_command(self, name: str, message: str, aliases: list[str] | None = None) -> dict[str, Any]:
        command = {
            "id": 22029 + len(self.commands) * 3, "command": name, "aliases": [name, *(aliases or [])], "active": 1,
            "show_in_list": 1, "cooldown_global_seconds": 5, "cooldown_user_seconds": 15, "message": message,
            "permissions": "everyone", "denied_permissions": "", "action_json": "", "platform_kick": 1,
            "platform_twitch": 1, "platform_tiktok": 0, "platform_youtube": 0, "auto_message_interval_minutes": 0,
            "auto_message_min_chat_count": 0, "last_run_at": None, "last_global_run_at": None,
            "last_user_run_data": {}, "points_cost": 0, "coin_cost": 0, "delete_cost": 0, "only_game_ids": [],
            "blocked_game_ids": [], "last_auto_message_kick_at": None, "last_auto_message_twitch_at": None,
        }
        self.commands.append(command)
        return command

    def _command(self, body: Body) -> dict[str, Any]:
        if body.get("id") is not None:
            found = [c for c in self.commands if c["id"] == body.number("id")]
        else:
            name = body.text("command").lower()
            found = [c for c in self.commands
                     if name in (c["command"].lower(), c["command"].lower().lstrip("!"))
                     or name in [a.lower() for a in c["aliases"]] or "!" + name in [a.lower() for a in c["aliases"]]]
        if not found:
            raise Refused(404, "Command not found")
        return found[0]

    def _record_ban(self, platform: str, uid: str, name: str, reason: str) -> None:
        self.bans.append({"id": next(self._ids), "platform": platform, "banned_id": uid, "banned_user": name, "reason": reason})
        self._log("Ban", name)
        self.activity["latest_banned"].insert(0, {"username": name, "platform": platform, "date": _now()})

    def _log(self, kind: str, name: str) -> None:
        self.modlog.insert(0, {"id": next(self._ids), "type": kind, "username": name, "date": _now()})

    def _need_overlay(self) -> None:
        if not self.overlay_connected:
            raise Refused(409, "Overlay is not connected. Open the MissXss overlay browser source in OBS.")

    # ------------------------------------------------------------------ chat
    def _send(self, body: Body, as_bot: bool) -> dict[str, object]:
        if not self.stream[body.text("platform")]["live"]:
            raise Refused(409, f"Chat is not connected on {body.text('platform')}")
        message_id = secrets.token_hex(6)
        self.chat.append({"id": message_id, "platform": body.text("platform"), "bot": as_bot, "message": body.text("message")})
        return {"message_id": message_id}

    def do_send_message(self, b: Body) -> object:
        return self._send(b, as_bot=False)

    def do_send_bot_message(self, b: Body) -> object:
        return self._send(b, as_bot=True)

    def do_tts(self, b: Body) -> object:
        self._need_overlay()
        tts_id = secrets.token_hex(8)
        self.tts.append({"id": tts_id, **b})
        return {"ttsId": tts_id}

    # ------------------------------------------------------------------ stream
    def do_clip(self, b: Body) -> object:
        if not any(s["live"] for s in self.stream.values()):
            raise Refused(409, "Stream is not live")
        if self.stream["Kick"]["live"] and not self.extension_connected:
            raise Refused(409, "MissXss extension is not connected (needed for Kick clips)")
        self.clips.append(dict(b))
        return {}

    def _resolve_game(self, b: Body) -> dict[str, Any]:
        if b.get("kick_category_id") is not None:
            for game in self.games:
                if game["kick_category_id"] == b.number("kick_category_id"):
                    return dict(game)
            raise Refused(404, f"Kick category {b.number('kick_category_id')} not found")
        best = self._search(b.text("game"), 1, 40)
        if not best:
            raise Refused(404, f"No category matches \"{b.text('game')}\"")
        return best[0]

    def _set_game(self, game: dict[str, Any]) -> None:
        for state in self.stream.values():
            state["category"], state["category_id"] = game["name"], str(game["kick_category_id"])

    def do_game(self, b: Body) -> object:
        game = self._resolve_game(b)
        self._set_game(game)
        return {"game": game["name"].upper()}

    def _search(self, query: str, limit: int, min_similarity: float) -> list[dict[str, Any]]:
        import difflib

        q = query.lower().strip()
        scored = []
        for game in self.games:
            name = game["name"].lower()
            if name == q:
                score, kind = 100.0, "exact_name"
            elif game["slug"] == self._slug(q):
                score, kind = 95.0, "slug"
            elif name.startswith(q):
                score, kind = 85.0 + 10 * len(q) / len(name), "starts_with"
            elif q in name or all(w in name for w in q.split()):
                score, kind = 70.0 + 10 * len(q) / len(name), "contains"
            else:
                score, kind = round(100 * difflib.SequenceMatcher(None, q, name).ratio(), 1), "similar"
            if score >= min_similarity:
                scored.append({**game, "score": round(score, 1), "match_type": kind})
        scored.sort(key=lambda g: (-g["score"], g["name"]))
        return scored[:limit]

    def do_search_games(self, b: Body) -> object:
        games = self._search(b.text("query"), b.number("limit"), b.real("min_similarity"))
        return {"query": b.text("query"), "total": len(games), "best_match": games[0] if games else None, "games": games}

    def do_title(self, b: Body) -> object:
        for state in self.stream.values():
            state["title"] = b.text("title")
        return {}

    def do_get_stream_meta(self, b: Body) -> object:
        s = self.stream[b.text("platform")]
        return {"platform": b.text("platform"), "channel": self.channel, "title": s["title"], "category": s["category"],
                "category_id": s["category_id"], "viewer_count": s["viewers"] if s["live"] else 0,
                "followers_count": s["followers"], "is_live_any": int(any(x["live"] for x in self.stream.values())),
                "is_live_kick": int(self.stream["Kick"]["live"]), "is_live_twitch": int(self.stream["Twitch"]["live"]),
                "kick_category_id": s["category_id"]}

    def do_set_stream_meta(self, b: Body) -> object:
        game = self._resolve_game(b) if (b.get("game") or b.get("kick_category_id")) else None
        if b.get("title"):
            self.do_title(b)
        if game:
            self._set_game(game)
        s = self.stream[b.text("platform")]
        return {"title_updated": bool(b.get("title")), "game_updated": game is not None, "title": s["title"],
                "category": s["category"], "viewer_count": s["viewers"], "followers_count": s["followers"]}

    # ------------------------------------------------------------------ alerts & effects
    def do_trigger_audio_alert(self, b: Body) -> object:
        self._need_overlay()
        found = [a for a in self.alerts if a["id"] == b.get("id") or (b.get("name") and a["name"].lower() == b.text("name").lower())]
        if not found:
            raise Refused(404, "Audio alert not found")
        if found[0]["status"] != "active":
            raise Refused(409, f"Audio alert \"{found[0]['name']}\" is not active")
        return {"id": found[0]["id"], "alert_id": f"A{found[0]['id']}", "name": found[0]["name"]}

    @staticmethod
    def _window(rows: list[dict[str, Any]], b: Body) -> list[dict[str, object]]:
        """The rows ``offset`` and ``limit`` ask for."""
        return rows[b.number("offset"):b.number("offset") + b.number("limit")]

    def _page(self, rows: list[Any], b: Body) -> dict[str, object]:
        return {"total": len(rows), "limit": b.number("limit"), "offset": b.number("offset")}

    def do_list_audio_alerts(self, b: Body) -> object:
        rows = [a for a in self.alerts if b.text("status") in ("all", a["status"])]
        return {**self._page(rows, b), "alerts": self._window(rows, b)}

    def do_send_donation(self, b: Body) -> object:
        donation = {k: b.get(k) for k in ("provider", "amount", "currency", "username", "displayname", "message")}
        donation["displayname"] = donation["displayname"] or donation["username"]
        self.donations.append(donation)
        self.activity["latest_donors"].insert(0, dict(donation))
        return donation

    def do_get_recent_activity(self, b: Body) -> object:
        return {"limit": b.number("limit"), **{k: v[: b.number("limit")] for k, v in self.activity.items()}}

    def do_effect_trigger(self, b: Body) -> object:
        self._need_overlay()
        ids = b.texts("overlay_ids") or [b.text("overlay_id")]
        payload = b.record("data")
        payload.setdefault("userstate", {"username": "api_user", "displayname": "API User", "platform": b.text("platform")})
        results: list[dict[str, Any]] = []
        for oid in ids:
            ok = oid in self.overlays and bool(self.overlays[oid]["trigger"])
            results.append({"overlay_id": oid, "success": ok, "error": None if ok else "Overlay not found or trigger disabled"})
            if ok:
                self.triggered.append({"overlay_id": oid, "data": payload})
        done = sum(r["success"] for r in results)
        if not done:
            raise Refused(404, str(results[0]["error"]))
        return {"triggered": done, "total": len(ids), "results": results, "data_keys": sorted(payload)}

    def do_get_kick_subscribers(self, b: Body) -> object:
        rows = [{k: v for k, v in s.items() if k != "expired"} for s in self.subscribers if b.number("include_expired") or not s["expired"]]
        return {**self._page(rows, b), "include_expired": b.number("include_expired"), "subscribers": self._window(rows, b)}

    # ------------------------------------------------------------------ songs
    def do_start_song(self, b: Body) -> object:
        self.song["playing"] = True
        return {}

    def do_stop_song(self, b: Body) -> object:
        self.song["playing"] = False
        return {}

    def do_skip_song(self, b: Body) -> object:
        self.song["index"] = (self.song["index"] + 1) % len(self.song["queue"])
        self.song["playing"] = True
        return {}

    # ------------------------------------------------------------------ points
    def _target(self, b: Body, prefix: str = "") -> dict[str, Any]:
        return self._find_user(b.text("platform"), b.text(prefix + "username"), b.text(prefix + "userid"))

    def do_add_points(self, b: Body) -> object:
        user = self._target(b)
        user["points"] = min(user["points"] + int(b.real("amount")), 99_999_999)
        return {}

    def do_remove_points(self, b: Body) -> object:
        user = self._target(b)
        if user["points"] < b.real("amount"):
            raise Refused(409, f"{user['username']} has only {user['points']} points")
        user["points"] -= int(b.real("amount"))
        return {}

    def do_get_points(self, b: Body) -> object:
        u = self._target(b)
        return {"platform": b.text("platform"), "user_id": u["user_id"], "username": u["username"],
                "displayname": u["displayname"], "points": u["points"], "coin": u["coin"], "message": ""}

    def _ranked(self, platform: str, key: Callable[[dict[str, Any]], int], b: Body, field: str) -> dict[str, object]:
        rows = sorted(self.users[platform].values(), key=lambda u: (-key(u), u["username"]))
        page = self._window(rows, b)
        users = [{"rank": b.number("offset") + i + 1, "user_id": u["user_id"], "username": u["username"],
                  "displayname": u["displayname"], field: key(u)} for i, u in enumerate(page)]
        return {"platform": platform, "limit": b.number("limit"), "offset": b.number("offset"), "total": len(rows), "users": users}

    def do_get_points_top(self, b: Body) -> object:
        return self._ranked(b.text("platform"), lambda u: u["points"], b, "points")

    def do_set_points(self, b: Body) -> object:
        user = self._target(b)
        old, user["points"] = user["points"], b.number("amount")
        return {"platform": b.text("platform"), "username": user["username"], "old_points": old, "points": b.number("amount"),
                "changed": b.number("amount") - old}

    def do_transfer_points(self, b: Body) -> object:
        sender, receiver = self._target(b, "from_"), self._target(b, "to_")
        if sender is receiver:
            raise Refused(400, "Sender and receiver are the same user")
        if sender["points"] < b.number("amount"):
            raise Refused(409, f"{sender['username']} has only {sender['points']} points")
        sender["points"] -= b.number("amount")
        receiver["points"] += b.number("amount")
        return {"platform": b.text("platform"), "from_username": sender["username"], "from_user_id": sender["user_id"],
                "to_username": receiver["username"], "to_user_id": receiver["user_id"], "amount": b.number("amount")}

    # ------------------------------------------------------------------ watch time
    @staticmethod
    def _watch(user: dict[str, Any], b: Body) -> tuple[str, int]:
        if b.get("day"):
            return "day", user["watch"].get(b.text("day"), 0)
        if b.get("date_from"):
            return "range", sum(m for d, m in user["watch"].items() if b.text("date_from") <= d <= b.text("date_to"))
        return "all", sum(user["watch"].values())

    def _adjust(self, user: dict[str, Any], mode: str, amount: int, day: str) -> int:
        current = user["watch"].get(day, 0)
        user["watch"][day] = {"add": current + amount, "remove": max(current - amount, 0), "set": amount}[mode]
        return sum(user["watch"].values())

    def do_adjust_watch_time(self, b: Body) -> object:
        user = self._target(b)
        day = b.text("day") or FALLBACK_DAY
        total = self._adjust(user, b.text("mode"), b.number("amount"), day)
        return {"platform": b.text("platform"), "user_id": user["user_id"], "username": user["username"],
                "displayname": user["displayname"], "mode": b.text("mode"), "amount": b.number("amount"), "amount_unit": "minute",
                "day": day, "used_fallback_day": int(not b.get("day")), "watch_time": total, "watch_time_unit": "minute"}

    def do_get_watch_time(self, b: Body) -> object:
        user = self._target(b)
        mode, minutes = self._watch(user, b)
        return {"platform": b.text("platform"), "user_id": user["user_id"], "username": user["username"],
                "displayname": user["displayname"], "query_mode": mode, "day": b.get("day"), "date_from": b.get("date_from"),
                "date_to": b.get("date_to"), "watch_time": minutes, "watch_time_unit": "minute", "message_count": user["messages"]}

    def do_get_watch_time_top(self, b: Body) -> object:
        result = self._ranked(b.text("platform"), lambda u: self._watch(u, b)[1], b, "watch_time")
        mode = "day" if b.get("day") else "range" if b.get("date_from") else "all"
        return {**result, "query_mode": mode, "day": b.get("day"), "date_from": b.get("date_from"),
                "date_to": b.get("date_to"), "time_unit": "minute", "message": ""}

    def do_adjust_watch_time_bulk(self, b: Body) -> object:
        day = b.text("day") or FALLBACK_DAY
        done, failed = [], []
        for i, row in enumerate(b.records("users")):
            try:
                user = self._find_user(b.text("platform"), str(row.get("username") or ""), str(row.get("userid") or ""))
            except Refused as exc:
                failed.append({"index": i, "error": exc.message})
                continue
            own = row.get("amount")
            amount = own if isinstance(own, int) else b.number("amount")
            total = self._adjust(user, b.text("mode"), amount, day)
            done.append({"index": i, "user_id": user["user_id"], "username": user["username"], "mode": b.text("mode"),
                         "amount": amount, "day": day, "watch_time": total, "message_count": user["messages"]})
        return {"partial": int(bool(failed and done)), "platform": b.text("platform"), "mode": b.text("mode"), "day": day,
                "used_fallback_day": int(not b.get("day")), "amount_unit": "minute", "total_requested": len(b.records("users")),
                "processed_count": len(done), "failed_count": len(failed), "users": done, "failed": failed}

    # ------------------------------------------------------------------ commands
    def do_run_command(self, b: Body) -> object:
        command = self._command(b)
        if not command["active"]:
            raise Refused(409, f"Command {command['command']} is disabled")
        command["last_run_at"] = command["last_global_run_at"] = _now()
        response = command["message"].replace("$(user)", b.get("username") or self.channel)
        if b.get("message"):
            response += " " + b.text("message")
        self.chat.append({"id": secrets.token_hex(6), "platform": "Kick", "bot": True, "message": response})
        return {"id": command["id"], "command": command["command"], "active": command["active"], "response": response}

    def do_list_commands(self, b: Body) -> object:
        return {"total": len(self.commands), "commands": [{**c, "raw": {"id": c["id"]}} for c in self.commands]}

    def do_toggle_command(self, b: Body) -> object:
        c = self._command(b)
        new = {"on": 1, "off": 0, "toggle": 1 - c["active"]}[b.text("mode")]
        changed, c["active"] = new != c["active"], new
        return {"id": c["id"], "command": c["command"], "active": new, "changed": changed, "mode": b.text("mode")}

    def do_create_command(self, b: Body) -> object:
        name = b.text("command")
        if any(name.lower() in [a.lower() for a in c["aliases"]] or c["command"].lower() == name.lower() for c in self.commands):
            raise Refused(409, f"Command {name} already exists")
        c = self._new_command(name, b.text("message"))
        return {"id": c["id"], "command": c["command"], "aliases": c["aliases"], "active": c["active"]}

    def do_update_command(self, b: Body) -> object:
        c = self._command(b)
        if b.get("message") is not None:
            c["message"] = b.text("message")
        if b.get("aliases") is not None:
            c["aliases"] = list(dict.fromkeys([c["command"], *b.listed("aliases")]))
        return {"id": c["id"], "command": c["command"], "aliases": c["aliases"], "message": c["message"]}

    def do_delete_command(self, b: Body) -> object:
        c = self._command(b)
        self.commands.remove(c)
        return {"deleted": True, "command": c["command"], "id": c["id"]}

    def do_set_command_cooldown(self, b: Body) -> object:
        c = self._command(b)
        for key in ("cooldown_global_seconds", "cooldown_user_seconds"):
            if b.get(key) is not None:
                c[key] = b[key]
        return {k: c[k] for k in ("id", "command", "cooldown_global_seconds", "cooldown_user_seconds")}

    def do_set_command_platforms(self, b: Body) -> object:
        c = self._command(b)
        keys = ("platform_kick", "platform_twitch", "platform_tiktok", "platform_youtube")
        for key in keys:
            if b.get(key) is not None:
                c[key] = b[key]
        return {k: c[k] for k in ("id", "command", *keys)}

    # ------------------------------------------------------------------ AI
    def do_ai_bot(self, b: Body) -> object:
        for key in ("gemini_aktif", "ai_sadeceAbone"):
            if b.get(key):
                self.ai[key] = {"on": 1, "off": 0, "toggle": 1 - self.ai[key]}[b.text(key)]
        text_changed = b.get("ai_text") is not None and b.text("ai_text") != self.ai["ai_text"]
        if text_changed:
            self.ai["ai_text"], self.ai["history"] = b.text("ai_text"), 0
        return {"gemini_aktif": self.ai["gemini_aktif"], "ai_sadeceAbone": self.ai["ai_sadeceAbone"],
                "ai_text_updated": text_changed, "clearai_triggered": text_changed}

    def do_clear_ai(self, b: Body) -> object:
        self.ai["history"] = 0
        return {"cleared": True}

    # ------------------------------------------------------------------ moderation
    def do_timeout(self, b: Body) -> object:
        self._find_user(b.text("platform"), b.text("username"))
        self._log("Timeout", b.text("username"))
        return {}

    def do_ban(self, b: Body) -> object:
        user = self._find_user(b.text("platform"), b.text("username"), b.text("userid"))
        if any(x["platform"] == b.text("platform") and x["banned_id"] == user["user_id"] for x in self.bans):
            raise Refused(409, f"{user['username']} is already banned on {b.text('platform')}")
        self._record_ban(b.text("platform"), user["user_id"], user["username"], b.text("reason"))
        return {}

    def do_clear_chat(self, b: Body) -> object:
        self.chat.clear()
        return {}

    def do_shield_mode(self, b: Body) -> object:
        new = {"on": 1, "off": 0, "toggle": 1 - self.shield["mode"]}[b.text("mode")]
        changed, self.shield["mode"] = new != self.shield["mode"], new
        if new and b.get("duration") is not None:
            self.shield["lookback"] = b.number("duration")
        if changed:
            self._log("Shield", self.channel)
        return {"shield_mode": new, "changed": changed, "mode": b.text("mode")}

    def do_get_shield_mode_status(self, b: Body) -> object:
        return {"shield_mode": self.shield["mode"], "shield_ban_enabled": self.shield["ban"],
                "shield_lookback_minutes": self.shield["lookback"]}

    def do_set_moderation_feature(self, b: Body) -> object:
        f = b.text("feature")
        new = {"on": 1, "off": 0, "toggle": 1 - self.features[f]}[b.text("mode")]
        changed, self.features[f] = new != self.features[f], new
        return {"feature": f, "enabled": new, "changed": changed, "mode": b.text("mode")}

    def do_get_moderation_status(self, b: Body) -> object:
        status = {**self.features, "kalkan_modu": self.shield["mode"], "kalkan_ban": self.shield["ban"],
                  "kalkan_sure": self.shield["lookback"]}
        if b.get("feature"):
            status = {b.text("feature"): status[b.text("feature")]}
        return {"status": status}

    def do_get_platform_ban_list(self, b: Body) -> object:
        rows = [x for x in self.bans if not b.get("platform") or x["platform"] == b.text("platform")]
        return {**self._page(rows, b), "platform": b.get("platform"), "bans": self._window(rows, b)}

    def do_get_moderation_log(self, b: Body) -> object:
        rows = [x for x in self.modlog if b.text("type") == "all" or x["type"].lower() == b.text("type")]
        return {"source": "event", "type": b.text("type"), **self._page(rows, b), "logs": self._window(rows, b)}

    def do_unban_user(self, b: Body) -> object:
        rows = [x for x in self.bans if x["platform"] == b.text("platform") and x["banned_user"].lower() == b.text("username").lower()]
        if not rows:
            raise Refused(404, f"{b.text('username')} is not banned on {b.text('platform')}")
        for row in rows:
            self.bans.remove(row)
        self._log("Unban", b.text("username"))
        return {"username": b.text("username"), "platform": b.text("platform")}

    def do_ban_recent_followers(self, b: Body) -> object:
        chosen = self.followers[b.text("platform")][b.number("offset") - 1: b.number("offset") - 1 + b.number("count")]
        for follower in chosen:
            if b.text("action") == "ban":
                if not any(x["banned_id"] == follower["userid"] and x["platform"] == b.text("platform") for x in self.bans):
                    self._record_ban(b.text("platform"), follower["userid"], follower["username"], b.text("reason"))
            else:
                self._log("Timeout", follower["username"])
        return {"action": b.text("action"), "processed_count": len(chosen), "users": chosen}

    # ------------------------------------------------------------------ discord
    def _need_bot(self) -> None:
        if not self.bot_connected:
            raise Refused(503, "Discord bot is not connected")

    def do_discord_status(self, b: Body) -> object:
        guild_ok = b.get("guild_id") in (None, self.guild_id)
        channel_ok = all(b.get(k) in (None, *data.TEXT_CHANNELS) for k in ("channel_id", "log_channel_id"))
        return {"bot_connected": self.bot_connected, "guild_found": guild_ok, "channel_found": channel_ok,
                "permissions": {"manage_roles": True, "move_members": True}}

    def do_discord_send_message(self, b: Body) -> object:
        self._need_bot()
        if b.text("channel_id") not in data.TEXT_CHANNELS:
            raise Refused(403, "Channel does not belong to your guild")
        message_id = str(1445427371040571642 + len(self.discord_messages))
        self.discord_messages.append({"message_id": message_id, **b})
        return {"channel_id": b.text("channel_id"), "guild_id": self.guild_id, "message_id": message_id}

    def do_discord_linked_users(self, b: Body) -> object:
        return {**self._page(self.linked, b), "users": self._window(self.linked, b)}

    def _voice_channel(self, cid: str) -> dict[str, object]:
        if cid not in self.voice:
            raise Refused(404, f"Voice channel {cid} not found in your guild")
        channel = self.voice[cid]
        members = [{k: v for k, v in m.items() if k != "channel_id"} for m in self.members.values() if m["channel_id"] == cid]
        return {**channel, "member_count": len(members), "members": members}

    def do_discord_voice_members(self, b: Body) -> object:
        self._need_bot()
        ids = [b.text("channel_id")] if b.get("channel_id") else list(self.voice)
        channels = [self._voice_channel(cid) for cid in ids]
        return {"guild_id": self.guild_id, "total_channels": len(channels), "channels": channels}

    def _member(self, did: str) -> dict[str, object]:
        self._need_bot()
        member = self.members.get(did)
        if member is None or member["channel_id"] is None:
            raise Refused(404, "User is not in a voice channel")
        return member

    def do_discord_voice_kick(self, b: Body) -> object:
        self._member(b.text("discord_id"))["channel_id"] = None
        return {"discord_id": b.text("discord_id"), "kicked": True}

    def do_discord_voice_move(self, b: Body) -> object:
        member = self._member(b.text("discord_id"))
        self._voice_channel(b.text("target_channel_id"))
        member["channel_id"] = b.text("target_channel_id")
        return {"discord_id": b.text("discord_id"), "target_channel_id": b.text("target_channel_id"), "moved": True}

    def do_discord_voice_mute(self, b: Body) -> object:
        member = self._member(b.text("discord_id"))
        new = {"on": True, "off": False, "toggle": not member["muted"]}[b.text("mode")]
        changed, member["muted"] = new != member["muted"], new
        return {"discord_id": b.text("discord_id"), "muted": new, "changed": changed, "mode": b.text("mode")}

    def _set_mute_all(self, cid: str, muted: bool) -> int:
        self._need_bot()
        self._voice_channel(cid)
        count = 0
        for member in self.members.values():
            if member["channel_id"] == cid and not member["bot"]:
                count += member["muted"] != muted
                member["muted"] = muted
        return count

    def do_discord_voice_mute_all(self, b: Body) -> object:
        return {"channel_id": b.text("channel_id"), "muted_count": self._set_mute_all(b.text("channel_id"), True)}

    def do_discord_voice_unmute_all(self, b: Body) -> object:
        return {"channel_id": b.text("channel_id"), "unmuted_count": self._set_mute_all(b.text("channel_id"), False)}

    def do_discord_voice_pull_all(self, b: Body) -> object:
        self._need_bot()
        self._voice_channel(b.text("target_channel_id"))
        if b.get("from_channel_id"):
            self._voice_channel(b.text("from_channel_id"))
        moved = 0
        for member in self.members.values():
            source = member["channel_id"]
            if source and source != b.text("target_channel_id") and b.get("from_channel_id") in (None, source):
                member["channel_id"] = b.text("target_channel_id")
                moved += 1
        return {"target_channel_id": b.text("target_channel_id"), "source_channel_id": b.get("from_channel_id"), "moved_count": moved}

    # ------------------------------------------------------------------ voicemod
    def do_voicemod_voice_change(self, b: Body) -> object:
        self._need_overlay()
        if b.text("voice").lower() not in data.VOICES:
            raise Refused(404, f"Voicemod voice \"{b.text('voice')}\" not found")
        self.voicemod["voice"] = b.text("voice").lower()
        return {}

    def do_voicemod_effect_play(self, b: Body) -> object:
        self._need_overlay()
        self.voicemod["sounds"].append(b.text("voice"))
        return {}

    def do_voicemod_hear_self(self, b: Body) -> object:
        self._need_overlay()
        self.voicemod["hear_self"] = True
        return {}

    # ------------------------------------------------------------------ live activity
    def tick(self) -> None:
        """One step of simulated stream life: viewers drift, someone follows or donates."""
        rng = self.rng
        for state in self.stream.values():
            if state["live"]:
                state["viewers"] = max(0, state["viewers"] + rng.randint(-6, 8))
        roll = rng.random()
        name = rng.choice(data.NAMES)
        platform = rng.choice(("Kick", "Twitch"))
        if roll < 0.5:
            self.stream[platform]["followers"] += 1
            self.followers[platform].insert(0, self._user_brief(platform, name))
            self.activity["latest_followers"].insert(0, {"username": name, "platform": platform, "date": _now()})
        elif roll < 0.65:
            self.activity["latest_subscribers"].insert(0, {"username": name, "platform": platform, "tier": 1, "date": _now()})
        elif roll < 0.75:
            key = "latest_kick_bits" if platform == "Kick" else "latest_twitch_bits"
            self.activity[key].insert(0, {"username": name, "amount": rng.choice((50, 100, 500))})
        for key in self.activity:
            del self.activity[key][20:]


def make(seed: int = 7) -> MissXssSandbox:
    return MissXssSandbox(seed=seed)
