"""A local ScottyBot: its 23 routes (served by the harness from the contract table, the
authkey checked in the query string) over one channel's settings, bad words, quotes, 8-ball
lines, auctions, points, hours, regulars and ranks."""
from __future__ import annotations

import json
from typing import Any

from deck.providers.base import Operation
from deck.providers.scottybot import PROVIDER
from deck.providers.scottybot.spec import READ_ONLY_SETTINGS, SETTING_KINDS

from . import data
from .harness import Body, Refused, ServiceSandbox, new_secret

# GET /settings's example answer, as the document shows it.
EXAMPLE_SETTINGS = json.loads("""{ "pointstowhitelist": 0, "usequotes": 0, "leaveannounce": 0, "usejoin": 0,
"channel": "Chew", "subadditionalpoints": 0, "usemaxchars": 0, "usewiki": 0, "timeoutlength": 15, "points": 1,
"xqueueremove": 0, "sublistcost": 0, "sjpoints": 0, "raffletime": 60, "joinannounce": 0,
"followmsg": "Thank you for the follow (_follower_) we are happy to have you here!", "cooldown": 30, "useclever": 0,
"welcomemsg": "Welcome to the stream (_user_)!", "neverclear": 0, "submsg": "(_user_) has subscribed!",
"useroulette": 0, "lastone": 0, "usechuck": 0, "useurl": 0, "xqueuecost": 0, "useyoda": 0, "usefollower": 0,
"idlepoints": 1, "xqueue": 0, "xqueuesubonly": 0,
"sjdonatemsg": "Donation receive: (_donator_) donated $(_amount_) on (_date_) with message: (_message_)",
"startpoints": 100, "whitelistthemselfs": 0, "usesublistme": 0, "subalert": 1, "discordaddreg": 0, "chanid": 1581,
"usepushbullet": 0, "onlywhenlive": 0, "usewelmsg": 0, "bankheist": "bankheist", "donated": 0, "uselinks": 0,
"usegibberish": 0, "notidlepoints": 15, "maxemoji": 5, "timezone": "US/Central", "xqueueusertimeout": 300,
"startstopalert": 1, "usebot": 1, "purgecommands": 0, "usesymbols": 0, "repeattimes": 600, "usebankheist": 0,
"cappercent": 50, "allowmodtweet": 0, "useleet": 0, "sjannounce": 0, "lfmname": "", "usecapitals": 0,
"whisperwarn": 0, "broadcasts": 1,
"autotweetmsg": "I have started streaming at https://mixer.com/(_channame_) Let's have some fun!", "subbonus": 0,
"roulettename": "roulette", "discordaddsub": 0, "useemoji": 0, "userepeat": 0, "useautotweet": 0, "showhost": 0,
"usespin": 1, "usefilter": 0, "spincooldown": 600, "symbolcount": 50, "useme": 0, "whisper": 0, "maxchars": 250,
"useraffle": 0, "pointsname": "coins", "useurban": 0 }""")
DEFAULT_RANKS = {"0": "Recruit with (_hours_) watched!", "2": "Apprentice - Grade 1 with (_hours_) watched!",
                 "4": "Apprentice - Grade 2 with (_hours_) watched!", "8": "Private - Grade 1 with (_hours_) watched!",
                 "16": "Private - Grade 2 with (_hours_) watched!", "32": "Corporal - Grade 1 with (_hours_) watched!",
                 "64": "Corporal - Grade 2 with (_hours_) watched!", "128": "Sergeant - Grade 1 with (_hours_) watched!"}


class ScottyBotSandbox(ServiceSandbox):
    provider = PROVIDER

    def __init__(self, seed: int = 7):
        super().__init__(seed)
        self.authkey = new_secret("sb_")
        self.secrets = {"authkey": self.authkey}
        self.settings: dict[str, Any] = dict(EXAMPLE_SETTINGS, channel="deckdemo")
        self.chanid = int(self.settings["chanid"])
        self.badwords = ["bagels", "twitch", "garbage", "rood"]
        self.quotes: list[dict[str, Any]] = [
            {"quote": "If someone says you're bad at any video game... punch them in the nostril. - @YourMCAdmin "
                      "- 03/26/2018 (Minecraft)", "id": 0},
            {"quote": "We don't make ugly here. - @YourMCAdmin - 03/26/2018 (Minecraft)", "id": 1}]
        self.eightball: list[str] = []
        self.auctions: list[dict[str, Any]] = []
        self.viewers: dict[int, dict[str, Any]] = {20000 + i: {"username": name, "points": self.rng.randint(0, 5000),
                                    "hours": round(self.rng.uniform(0, 40), 1)} for i, name in enumerate(data.NAMES)}
        self.regulars = [v["username"] for v in list(self.viewers.values())[:5]]
        self.ranks = {"0": "Noob with (_hours_) watched!", "8": "Seasoned with (_hours_) watched!",
                      "2": "Noobish with (_hours_) watched!", "4": "New Viewer with (_hours_) watched!",
                      "16": "Friend with (_hours_) watched!"}
        self.spoken: list[str] = []
        self.stats = {"channels": 14785, "curlivecount": 557, "controlsockets": 168,
                      "lastrestart": "Tue Jun 12 04:31:43 BST 2018", "chanreconcount": 0,
                      "uptime": "1 day 12 hours 0 minutes 13 seconds"}

    # ---- how ScottyBot answers
    def error(self, status: int, message: str) -> object:
        return {"status": "Missing or Invalid AuthKey" if status == 401 else message}

    def success_status(self, op: Operation) -> int:
        return 201 if op.method == "POST" else 200

    def authorised(self, request: Any, auth: Any) -> Any:
        refusal = super().authorised(request, auth)
        return "Missing or Invalid AuthKey" if refusal else None

    def _channel(self, chanid: object) -> None:
        if str(chanid) not in (str(self.chanid), self.settings["channel"]):
            raise Refused(404, f"Channel {chanid} not found")

    def _viewer(self, userid: int) -> dict[str, Any]:
        if userid not in self.viewers:
            raise Refused(404, "User not found in this channel")
        return self.viewers[userid]

    def _numbered(self, items: list[str]) -> dict[str, str]:
        return {str(i): item for i, item in enumerate(items)}

    # ---- settings
    def do_get_settings(self, b: Body) -> object:
        return dict(self.settings)

    def do_set_setting(self, b: Body) -> object:
        name = b.text("setting")
        if name in READ_ONLY_SETTINGS:
            raise Refused(400, f"{name} is read only")
        kind = SETTING_KINDS[name]
        self.settings[name] = b.text("value") if kind == "str" else int(b.text("value"))
        return dict(self.settings)

    # ---- bad words
    def do_get_badwords(self, b: Body) -> object:
        return self._numbered(self.badwords)

    def do_add_badword(self, b: Body) -> object:
        if b.text("word").lower() in (w.lower() for w in self.badwords):
            raise Refused(409, f"{b.text('word')} is already a bad word")
        self.badwords.append(b.text("word"))
        return self._numbered(self.badwords)

    def do_remove_badword(self, b: Body) -> object:
        kept = [w for w in self.badwords if w.lower() != b.text("word").lower()]
        if len(kept) == len(self.badwords):
            raise Refused(404, f"{b.text('word')} is not a bad word")
        self.badwords = kept
        return self._numbered(self.badwords)

    # ---- quotes
    def do_get_quotes(self, b: Body) -> object:
        self._channel(b.number("chanid"))
        return list(self.quotes)

    def _quote(self, qid: int) -> dict[str, Any]:
        found = next((q for q in self.quotes if q["id"] == qid), None)
        if found is None:
            raise Refused(404, f"Quote {qid} not found")
        return found

    def do_add_quote(self, b: Body) -> object:
        next_id = max((q["id"] for q in self.quotes), default=-1) + 1
        self.quotes.append({"quote": f"{b.text('quote')} - @{b.text('person')}", "id": next_id})
        return list(self.quotes)

    def do_edit_quote(self, b: Body) -> object:
        self._quote(b.number("id"))["quote"] = b.text("quote")
        return list(self.quotes)

    def do_delete_quote(self, b: Body) -> object:
        self.quotes.remove(self._quote(b.number("id")))
        return list(self.quotes)

    # ---- games
    def do_get_8ball(self, b: Body) -> object:
        return list(self.eightball)

    def do_set_8ball(self, b: Body) -> object:
        self.eightball = b.texts("array")
        return list(self.eightball)

    def do_start_auction(self, b: Body) -> object:
        if any(a["open"] for a in self.auctions):
            return {"status": "An auction is already running"}
        self.auctions.append({**b, "open": True})
        return {"status": True, "item": b.text("item"), "startingbid": b.number("startingbid")}

    # ---- points and hours
    def do_get_points(self, b: Body) -> object:
        viewer = self._viewer(b.number("userid"))
        return {"UserID": str(b.number("userid")), "status": "Success", "username": None, "points": viewer["points"]}

    def do_add_points(self, b: Body) -> object:
        self._viewer(b.number("userid"))["points"] += b.number("points")
        return {"status": True}

    def do_remove_points(self, b: Body) -> object:
        viewer = self._viewer(b.number("userid"))
        if viewer["points"] < b.number("points"):
            return {"status": f"User only has {viewer['points']} points"}
        viewer["points"] -= b.number("points")
        return {"status": True}

    def do_give_points_all(self, b: Body) -> object:
        for viewer in self.viewers.values():
            viewer["points"] += b.number("points")
        return {"status": True}

    def do_get_hours(self, b: Body) -> object:
        viewer = self.viewers.get(b.number("userid"))
        if viewer is None or not viewer["hours"]:
            return {"status": "User has no hours in this channel yet."}
        hours = float(viewer["hours"])
        rank = [name for h, name in sorted((int(k), v) for k, v in self.ranks.items()) if h <= hours]
        return {"status": "success", "hours": hours,
                "rank": (rank[-1] if rank else "").replace("(_hours_)", f"{hours:g} hours")}

    def do_get_regulars(self, b: Body) -> object:
        self._channel(b.text("chanid"))
        return {"status": "success", "regulars": list(self.regulars)}

    # ---- ranks
    def do_get_ranks(self, b: Body) -> object:
        self._channel(b.number("chanid"))
        return dict(self.ranks)

    def do_reset_ranks(self, b: Body) -> object:
        self.ranks = dict(DEFAULT_RANKS)
        return dict(self.ranks)

    def do_set_ranks(self, b: Body) -> object:
        self.ranks = {str(k): str(v) for k, v in b.record("jsonranks").items()}
        return dict(self.ranks)

    # ---- bot
    def do_bot_stats(self, b: Body) -> object:
        return dict(self.stats)

    def do_speak(self, b: Body) -> object:
        self.spoken.append(b.text("say"))
        return {"status": "success"}


def make(seed: int = 7) -> ScottyBotSandbox:
    return ScottyBotSandbox(seed)
