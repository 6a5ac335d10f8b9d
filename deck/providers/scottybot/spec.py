"""The ScottyBot API contract: 23 HTTP operations under ``https://api.scottybot.net/api``.

The document says the ``authkey`` "is handled as a query parameter … treat it like others of
its kind", and gives no body anywhere, so every parameter travels in the query string, JSON
values (``array``, ``jsonranks``) as JSON text. No rate limit is documented: only a 429 from
the service holds calls back. ``POST /settings`` says its value is "0 or 1", yet the
settings it changes are numbers and texts too (``GET /settings``'s own example): the value
is checked against that example's type for the setting (booleans as 0/1, as documented).
The delete of a bad word uses ``/badwords/add`` with DELETE, as documented.
"""
from __future__ import annotations

from typing import Any

from deck.core.params import Param
from deck.providers.base import Operation

from .models import BadWords, BotStats, Hours, Lines, Points, Quotes, Ranks, Settings, Status

# Each setting's type and meaning, from GET /settings's example. Read-only: donated, channel, chanid.
SETTING_GROUPS: dict[str, dict[str, str]] = {
    "Bot": {"usebot": "bool", "onlywhenlive": "bool", "whisper": "bool", "whisperwarn": "bool",
            "broadcasts": "bool", "purgecommands": "bool", "neverclear": "bool", "cooldown": "int",
            "userepeat": "bool", "repeattimes": "int"},
    "Points": {"points": "bool", "pointsname": "str", "startpoints": "int", "idlepoints": "int",
               "notidlepoints": "int", "subadditionalpoints": "int", "subbonus": "int", "pointstowhitelist": "int",
               "whitelistthemselfs": "bool", "sjpoints": "int"},
    "Greetings and alerts": {"usewelmsg": "bool", "welcomemsg": "str", "usejoin": "bool", "joinannounce": "bool",
                             "leaveannounce": "bool", "usefollower": "bool", "followmsg": "str", "subalert": "bool",
                             "submsg": "str", "startstopalert": "bool", "showhost": "bool", "sjannounce": "bool",
                             "sjdonatemsg": "str"},
    "Chat filter": {"usefilter": "bool", "uselinks": "bool", "useurl": "bool", "usecapitals": "bool",
                    "cappercent": "percent", "usesymbols": "bool", "symbolcount": "int", "useemoji": "bool",
                    "maxemoji": "int", "usemaxchars": "bool", "maxchars": "int", "usegibberish": "bool",
                    "timeoutlength": "int"},
    "Games": {"usequotes": "bool", "useroulette": "bool", "roulettename": "str", "usespin": "bool",
              "spincooldown": "int", "useraffle": "bool", "raffletime": "int", "usebankheist": "bool",
              "bankheist": "str", "lastone": "bool"},
    "Fun commands": {"useclever": "bool", "usechuck": "bool", "useyoda": "bool", "useleet": "bool",
                     "useurban": "bool", "usewiki": "bool", "useme": "bool"},
    "Queue": {"xqueue": "bool", "xqueuecost": "int", "xqueueremove": "int", "xqueuesubonly": "bool",
              "xqueueusertimeout": "int", "sublistcost": "int", "usesublistme": "bool"},
    "Integrations": {"discordaddreg": "bool", "discordaddsub": "bool", "usepushbullet": "bool",
                     "useautotweet": "bool", "autotweetmsg": "str", "allowmodtweet": "bool", "lfmname": "str",
                     "timezone": "str"},
}
SETTING_KINDS: dict[str, str] = {name: kind for group in SETTING_GROUPS.values() for name, kind in group.items()}
SETTING_LABELS = {
    "usebot": "Bot in chat", "onlywhenlive": "Only while live", "whisper": "Answer by whisper",
    "whisperwarn": "Whisper warnings", "broadcasts": "Broadcast messages", "purgecommands": "Delete command messages",
    "neverclear": "Never clear chat", "cooldown": "Command cooldown (s)", "userepeat": "Repeat messages",
    "repeattimes": "Repeat every (s)", "points": "Points system", "pointsname": "Points name",
    "startpoints": "Points for new viewers", "idlepoints": "Points while idle", "notidlepoints": "Points while chatting",
    "subadditionalpoints": "Extra points for subscribers", "subbonus": "Subscriber bonus",
    "pointstowhitelist": "Points to be whitelisted", "whitelistthemselfs": "Viewers whitelist themselves",
    "sjpoints": "Points per donation", "usewelmsg": "Welcome message", "welcomemsg": "Welcome text",
    "usejoin": "Greet joins", "joinannounce": "Announce joins", "leaveannounce": "Announce leaves",
    "usefollower": "Thank followers", "followmsg": "Follow text", "subalert": "Subscriber alert",
    "submsg": "Subscriber text", "startstopalert": "Stream start/stop alert", "showhost": "Announce hosts",
    "sjannounce": "Announce donations", "sjdonatemsg": "Donation text", "usefilter": "Chat filter",
    "uselinks": "Block links", "useurl": "Block URLs", "usecapitals": "Limit capitals",
    "cappercent": "Capitals allowed (%)", "usesymbols": "Limit symbols", "symbolcount": "Symbols allowed",
    "useemoji": "Limit emoji", "maxemoji": "Emoji allowed", "usemaxchars": "Limit message length",
    "maxchars": "Characters allowed", "usegibberish": "Block gibberish", "timeoutlength": "Filter timeout (s)",
    "usequotes": "Quotes", "useroulette": "Roulette", "roulettename": "Roulette command", "usespin": "Spin",
    "spincooldown": "Spin cooldown (s)", "useraffle": "Raffles", "raffletime": "Raffle length (s)",
    "usebankheist": "Bank heist", "bankheist": "Bank heist command", "lastone": "Last one standing",
    "useclever": "Cleverbot replies", "usechuck": "Chuck Norris facts", "useyoda": "Yoda speak", "useleet": "Leet speak",
    "useurban": "Urban Dictionary", "usewiki": "Wikipedia", "useme": "/me replies", "xqueue": "Viewer queue",
    "xqueuecost": "Queue cost", "xqueueremove": "Queue removal cost", "xqueuesubonly": "Queue: subscribers only",
    "xqueueusertimeout": "Queue timeout (s)", "sublistcost": "Sub list cost", "usesublistme": "Sub list !me",
    "discordaddreg": "Discord role for regulars", "discordaddsub": "Discord role for subscribers",
    "usepushbullet": "Pushbullet", "useautotweet": "Tweet when live", "autotweetmsg": "Tweet text",
    "allowmodtweet": "Moderators may tweet", "lfmname": "Last.fm user", "timezone": "Time zone",
}
READ_ONLY_SETTINGS = ("donated", "channel", "chanid")


def _setting_value(values: dict[str, Any]) -> str | None:
    kind = SETTING_KINDS.get(values.get("setting") or "")
    value = values.get("value")
    if kind is None or value is None:
        return None
    if kind == "bool" and value not in ("0", "1"):
        return f"value: {values['setting']} is a switch: 1 (on) or 0 (off)"
    if kind in ("int", "percent"):
        if not value.lstrip("-").isdigit() or int(value) < 0:
            return f"value: {values['setting']} is a whole number of 0 or more"
        if kind == "percent" and int(value) > 100:
            return f"value: {values['setting']} is a percentage from 0 to 100"
    return None


def _ranks(values: dict[str, Any]) -> str | None:
    ranks = values.get("jsonranks")
    if ranks is None:
        return None
    if not ranks:
        return "jsonranks: give at least one rank"
    for hours, name in ranks.items():
        if not str(hours).isdigit():
            return f"jsonranks: {hours!r} is not a number of hours"
        if not isinstance(name, str) or not name.strip():
            return f"jsonranks: the rank at {hours} hours needs a name"
    return None


def Q(name: str, kind: str = "str", **kw: Any) -> Param:
    """A parameter in the query string (where ScottyBot takes all of them)."""
    return Param(name, kind, place="query", **kw)


USERID = Q("userid", "int", required=True, min=0, doc="The viewer's numeric id on ScottyBot")
POINTS = Q("points", "int", required=True, min=1, doc="How many points")
CHANID = Q("chanid", "int", required=True, min=0, doc="Your channel's numeric id (chanid in the settings)")
QUOTE_ID = Q("id", "int", required=True, min=0, doc="Quote number")


def op(id: str, title: str, group: str, method: str, path: str, params: tuple[Param, ...] = (), **kw: Any) -> Operation:
    return Operation(id, title, group, method, path, params, **kw)


OPERATIONS: tuple[Operation, ...] = (
    op("get-settings", "Bot settings", "Settings", "GET", "/settings", result=Settings),
    op("set-setting", "Change a bot setting", "Settings", "POST", "/settings",
       (Q("setting", required=True, choices=tuple(SETTING_KINDS), titles=tuple(SETTING_LABELS.items()), doc="Which setting (not donated, "
                                                                                                            "channel, chanid)"),
        Q("value", required=True, max=500, doc="New value: 1/0 for switches, a number, or text")),
       checks=(_setting_value,), result=Settings),
    op("get-badwords", "Banned words", "Chat filter", "GET", "/badwords", result=BadWords),
    op("add-badword", "Add banned word", "Chat filter", "PUT", "/badwords/add",
       (Q("word", required=True, min=1, max=100, doc="Word to ban"),), result=BadWords),
    op("remove-badword", "Remove banned word", "Chat filter", "DELETE", "/badwords/add",
       (Q("word", required=True, min=1, max=100, doc="Word to allow again"),), result=BadWords),
    op("get-quotes", "Quotes", "Quotes", "GET", "/showquotes", (CHANID,), auth="none", result=Quotes),
    op("add-quote", "Add quote", "Quotes", "PUT", "/quotes/add",
       (Q("person", required=True, min=1, max=100, doc="Who said it"),
        Q("quote", required=True, min=1, max=500, doc="What they said")), result=Quotes),
    op("edit-quote", "Edit quote", "Quotes", "PUT", "/quotes/edit",
       (QUOTE_ID, Q("quote", required=True, min=1, max=500, doc="The new text")), result=Quotes),
    op("delete-quote", "Delete quote", "Quotes", "DELETE", "/quotes/delete", (QUOTE_ID,), destructive=True,
       result=Quotes),
    op("get-8ball", "8-ball answers", "Games", "GET", "/8ball", result=Lines),
    op("set-8ball", "Set 8-ball answers", "Games", "PUT", "/8ball",
       (Q("array", "list", required=True, min=0, max=200, style="json",
          doc="Every answer, one per item (empty: the bot's defaults)"),), result=Lines),
    op("start-auction", "Start auction", "Games", "PUT", "/startauction",
       (Q("item", required=True, min=1, max=200, doc="What is auctioned"),
        Q("startingbid", "int", required=True, min=0, title="Starting bid", doc="Starting bid in points"),
        Q("towhisper", max=500, title="Whisper to the winner", doc="Whispered to the winner (e.g. a game key)")), result=Status),
    op("get-points", "Viewer points", "Points", "GET", "/points", (USERID,), result=Points),
    op("add-points", "Give points", "Points", "PUT", "/points", (USERID, POINTS), result=Status),
    op("give-points-all", "Give points to everyone", "Points", "PUT", "/points/all",
       (Q("points", "int", required=True, min=1, doc="Points each viewer gets"),), destructive=True, result=Status),
    op("remove-points", "Take points", "Points", "DELETE", "/points", (USERID, POINTS), destructive=True,
       result=Status),
    op("get-regulars", "Regulars", "Viewers", "GET", "/reglist",
       (Q("chanid", required=True, min=1, max=100, doc="Your channel's name or numeric id"),), auth="none"),
    op("get-ranks", "Rank scheme", "Ranks", "GET", "/rankscheme", (CHANID,), auth="none", result=Ranks),
    op("reset-ranks", "Reset rank scheme", "Ranks", "DELETE", "/rankscheme/reset", destructive=True, result=Ranks),
    op("set-ranks", "Set rank scheme", "Ranks", "PUT", "/rankscheme/set",
       (Q("jsonranks", "object", required=True, style="json", title="Ranks", doc='Hours to rank name, e.g. {"0": "Newbie"}'),),
       checks=(_ranks,), result=Ranks),
    op("get-hours", "Viewer hours", "Ranks", "GET", "/hours", (USERID,), result=Hours),
    op("bot-stats", "Bot status", "Bot", "GET", "/botstats", auth="none", result=BotStats),
    op("speak", "Make the bot speak", "Bot", "PUT", "/speak",
       (Q("say", required=True, min=1, max=500, doc="What the bot says in chat"),), result=Status,
       description="ScottyBot queues the line; it does not know whether its chat connection is up."),
)

assert len(OPERATIONS) == 23
