"""Owncast's server in its own panel's terms: the records the server panel shows, and the readers
that make them of Owncast's answers. Only Owncast has a server panel, so these are Owncast's
own, not a capability's."""
from __future__ import annotations

from typing import Any

from deck.core.redact import remember
from deck.core.words import translate
from deck.providers.answers import obj, objects, whole
from deck.providers.capabilities import Neutral, SettingField

from .spec import OPERATIONS, SETTINGS, TOKEN_SCOPES, WEBHOOK_EVENTS

class ServerStatus(Neutral):
    online: bool = False
    viewers: int = 0
    session_peak: int = 0
    overall_peak: int = 0
    title: str = ""
    version: str = ""
    broadcaster: str = ""  # the inbound stream in words
    health: str = ""
    since: str = ""  # ISO time the stream started


class Series(Neutral):
    points: list[tuple[str, float]] = []  # (ISO time, value), oldest first


class Hardware(Neutral):
    cpu: Series = Series()
    memory: Series = Series()
    disk: Series = Series()


class ServerUser(Neutral):
    id: str = ""
    client: int = 0  # a connected client's own number
    name: str = ""
    since: str = ""
    messages: int = 0
    agent: str = ""
    country: str = ""
    moderator: bool = False
    disabled: bool = False


class ServerUsers(Neutral):
    users: list[ServerUser] = []


class IpBan(Neutral):
    ip: str = ""
    since: str = ""
    notes: str = ""


class IpBans(Neutral):
    bans: list[IpBan] = []


class Follower(Neutral):
    id: str = ""  # the account's address
    name: str = ""
    username: str = ""
    since: str = ""


class Followers(Neutral):
    followers: list[Follower] = []
    total: int = 0


class Webhook(Neutral):
    id: int = 0
    url: str = ""
    events: list[str] = []
    last_used: str = ""


class Webhooks(Neutral):
    webhooks: list[Webhook] = []
    events: list[str] = []  # the events the service can send


class ApiToken(Neutral):
    """An access token, never shown: ``ref`` is what deleting it needs."""

    ref: str = ""
    name: str = ""
    scopes: list[str] = []
    since: str = ""
    last_used: str = ""


class ApiTokens(Neutral):
    tokens: list[ApiToken] = []
    scopes: list[str] = []  # the scopes a new token may have


class LogLine(Neutral):
    time: str = ""
    level: str = ""
    message: str = ""


class Logs(Neutral):
    lines: list[LogLine] = []


class ServerSettings(Neutral):
    values: dict[str, Any] = {}  # by field name
    fields: list[SettingField] = []


ADVANCED = "Advanced"
LONG = 5_000  # a text setting longer than this is edited in a box, not a line
SECRETS = ("set-admin-password", "set-stream-keys", "set-s3")  # hold passwords, keys and storage secrets


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _int(value: object) -> int:
    return whole(value) or 0


def status(answer: object) -> ServerStatus:
    a = obj(answer)
    broadcaster = obj(a.get("broadcaster"))
    details = obj(broadcaster.get("streamDetails"))
    inbound = ""
    if details:
        inbound = translate("Owncast", "{encoder}, {width}×{height} at {fps} fps, {bitrate} kbps {codec} from "
                                       "{address}").format(
            encoder=details.get("encoder") or translate("Owncast", "an encoder"), width=details.get("width"),
            height=details.get("height"), fps=details.get("framerate"), bitrate=details.get("videoBitrate"),
            codec=details.get("videoCodec", ""), address=broadcaster.get("remoteAddr") or "?")
    health = obj(a.get("health"))
    return ServerStatus(online=bool(a.get("online")), viewers=_int(a.get("viewerCount")),
                        session_peak=_int(a.get("sessionPeakViewerCount")),
                        overall_peak=_int(a.get("overallPeakViewerCount")), title=str(a.get("streamTitle") or ""),
                        version=str(a.get("versionNumber") or ""), broadcaster=inbound,
                        health=str(health.get("message") or (translate("Owncast", "healthy") if health.get("healthy") else "")),
                        since=str(broadcaster.get("time") or ""))


def series(answer: object) -> Series:
    return Series(points=[(str(p.get("time", "")), float(p.get("value") or 0)) for p in _list(answer)
                          if isinstance(p, dict) and isinstance(p.get("value"), (int, float))])


def hardware(answer: object) -> Hardware:
    a = obj(answer)
    return Hardware(cpu=series(a.get("cpu")), memory=series(a.get("memory")), disk=series(a.get("disk")))


def user(u: object, **extra: Any) -> ServerUser:
    u = obj(u)
    fields = {"id": str(u.get("id", "")), "name": str(u.get("displayName", "")), "since": str(u.get("createdAt") or ""),
              "moderator": "MODERATOR" in _list(u.get("scopes")), "disabled": bool(u.get("disabledAt"))}
    return ServerUser(**{**fields, **extra})


def clients(answer: object) -> ServerUsers:
    return ServerUsers(users=[user(c.get("user"), client=_int(c.get("id")), since=str(c.get("connectedAt") or ""),
                                   messages=_int(c.get("messageCount")), agent=str(c.get("userAgent") or ""),
                                   country=str(obj(c.get("geo")).get("countryCode") or ""))
                              for c in objects(answer)])


def users(answer: object) -> ServerUsers:
    return ServerUsers(users=[user(u) for u in _list(answer)])


def bans(answer: object) -> IpBans:
    return IpBans(bans=[IpBan(ip=str(b.get("ipAddress", "")), since=str(b.get("createdAt") or ""),
                              notes=str(b.get("notes") or "")) for b in objects(answer)])


def follower(f: object) -> Follower:
    f = obj(f)
    return Follower(id=str(f.get("link", "")), name=str(f.get("name") or ""), username=str(f.get("username") or ""),
                    since=str(f.get("timestamp") or ""))


def followers(answer: object) -> Followers:
    if isinstance(answer, list):
        return Followers(followers=[follower(f) for f in answer], total=len(answer))
    a = obj(answer)
    return Followers(followers=[follower(f) for f in _list(a.get("results"))], total=_int(a.get("total")))


def webhooks(answer: object) -> Webhooks:
    return Webhooks(webhooks=[Webhook(id=_int(h.get("id")), url=str(h.get("url", "")),
                                      events=[str(e) for e in _list(h.get("events"))],
                                      last_used=str(h.get("lastUsed") or ""))
                              for h in objects(answer)], events=list(WEBHOOK_EVENTS))


def tokens(answer: object) -> ApiTokens:
    out = []
    for t in _list(answer):
        if isinstance(t, dict):
            ref = str(t.get("accessToken", ""))
            remember(ref)  # a token is a secret: redacted wherever it could be shown or logged
            out.append(ApiToken(ref=ref, name=str(t.get("displayName", "")),
                                scopes=[str(s) for s in _list(t.get("scopes"))], since=str(t.get("createdAt") or ""),
                                last_used=str(t.get("lastUsedAt") or "")))
    return ApiTokens(tokens=out, scopes=list(TOKEN_SCOPES))


def logs(answer: object) -> Logs:
    return Logs(lines=[LogLine(time=str(e.get("time", "")), level=str(e.get("level", "")),
                               message=str(e.get("message", ""))) for e in objects(answer)])


def _kind(value: Any) -> str:
    """How a setter's value is edited, from its contract."""
    if value.kind in ("bool", "int", "list"):
        return str(value.kind)
    if value.kind in ("records", "object"):
        return "json"
    return "text" if (value.max or 0) > LONG else "str"


FIELDS = [SettingField(name=op.id, label=op.title, kind=_kind(op.params[0]), group=op.group,
                       action=f"owncast.{op.id}", doc=op.params[0].doc, why=op.description,
                       advanced=op.group == ADVANCED, secret=op.id in SECRETS)
          for op in OPERATIONS if op.id in SETTINGS]


def settings(answer: object) -> ServerSettings:
    values: dict[str, Any] = {}
    for f in FIELDS:
        target: Any = obj(answer)
        for name in SETTINGS[f.name].split("."):
            target = target.get(name) if isinstance(target, dict) else None
        if not f.secret:  # a secret is never shown
            values[f.name] = target
    return ServerSettings(values=values, fields=FIELDS)



def token(answer: object) -> ApiToken:
    """A token just created: the one time its secret is in an answer."""
    return tokens([answer]).tokens[0]
