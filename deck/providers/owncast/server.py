"""Owncast's server in Deck's terms: the routes of the ``server.*`` capabilities and the
readers that turn Owncast's answers into Deck's neutral records."""
from __future__ import annotations

from typing import Any

from deck.core.redact import remember
from deck.core.words import translate
from deck.providers.answers import obj, objects, whole
from deck.providers.capabilities import (
    ApiToken,
    ApiTokens,
    Follower,
    Followers,
    Hardware,
    IpBan,
    IpBans,
    LogLine,
    Logs,
    Route,
    Series,
    ServerSettings,
    ServerStatus,
    ServerUser,
    ServerUsers,
    SettingField,
    Webhook,
    Webhooks,
    rename,
)

from .spec import OPERATIONS, SETTINGS, TOKEN_SCOPES, WEBHOOK_EVENTS

ADVANCED = "Advanced"
LONG = 5_000  # a text setting longer than this is edited in a box, not a line
SECRETS = ("set-admin-password", "set-stream-keys", "set-s3")  # hold passwords, keys and storage secrets


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _int(value: Any) -> int:
    return whole(value) or 0


def status(answer: Any) -> ServerStatus:
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


def series(answer: Any) -> Series:
    return Series(points=[(str(p.get("time", "")), float(p.get("value") or 0)) for p in _list(answer)
                          if isinstance(p, dict) and isinstance(p.get("value"), (int, float))])


def hardware(answer: Any) -> Hardware:
    a = obj(answer)
    return Hardware(cpu=series(a.get("cpu")), memory=series(a.get("memory")), disk=series(a.get("disk")))


def user(u: Any, **extra: Any) -> ServerUser:
    u = obj(u)
    fields = {"id": str(u.get("id", "")), "name": str(u.get("displayName", "")), "since": str(u.get("createdAt") or ""),
              "moderator": "MODERATOR" in _list(u.get("scopes")), "disabled": bool(u.get("disabledAt"))}
    return ServerUser(**{**fields, **extra})


def clients(answer: Any) -> ServerUsers:
    return ServerUsers(users=[user(c.get("user"), client=_int(c.get("id")), since=str(c.get("connectedAt") or ""),
                                   messages=_int(c.get("messageCount")), agent=str(c.get("userAgent") or ""),
                                   country=str(obj(c.get("geo")).get("countryCode") or ""))
                              for c in objects(answer)])


def users(answer: Any) -> ServerUsers:
    return ServerUsers(users=[user(u) for u in _list(answer)])


def bans(answer: Any) -> IpBans:
    return IpBans(bans=[IpBan(ip=str(b.get("ipAddress", "")), since=str(b.get("createdAt") or ""),
                              notes=str(b.get("notes") or "")) for b in objects(answer)])


def follower(f: Any) -> Follower:
    f = obj(f)
    return Follower(id=str(f.get("link", "")), name=str(f.get("name") or ""), username=str(f.get("username") or ""),
                    since=str(f.get("timestamp") or ""))


def followers(answer: Any) -> Followers:
    if isinstance(answer, list):
        return Followers(followers=[follower(f) for f in answer], total=len(answer))
    a = obj(answer)
    return Followers(followers=[follower(f) for f in _list(a.get("results"))], total=_int(a.get("total")))


def webhooks(answer: Any) -> Webhooks:
    return Webhooks(webhooks=[Webhook(id=_int(h.get("id")), url=str(h.get("url", "")),
                                      events=[str(e) for e in _list(h.get("events"))],
                                      last_used=str(h.get("lastUsed") or ""))
                              for h in objects(answer)], events=list(WEBHOOK_EVENTS))


def tokens(answer: Any) -> ApiTokens:
    out = []
    for t in _list(answer):
        if isinstance(t, dict):
            ref = str(t.get("accessToken", ""))
            remember(ref)  # a token is a secret: redacted wherever it could be shown or logged
            out.append(ApiToken(ref=ref, name=str(t.get("displayName", "")),
                                scopes=[str(s) for s in _list(t.get("scopes"))], since=str(t.get("createdAt") or ""),
                                last_used=str(t.get("lastUsedAt") or "")))
    return ApiTokens(tokens=out, scopes=list(TOKEN_SCOPES))


def logs(answer: Any) -> Logs:
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


def settings(answer: Any) -> ServerSettings:
    values: dict[str, Any] = {}
    for f in FIELDS:
        target: Any = obj(answer)
        for name in SETTINGS[f.name].split("."):
            target = target.get(name) if isinstance(target, dict) else None
        if not f.secret:  # a secret is never shown
            values[f.name] = target
    return ServerSettings(values=values, fields=FIELDS)


ROUTES = (
    Route("server.status", "admin-status", result=status),
    Route("server.viewers", "viewers-over-time", result=series),
    Route("server.hardware", "hardware-stats", result=hardware),
    Route("server.disconnect", "disconnect"),
    Route("server.clients", "admin-chat-clients", result=clients),
    Route("server.client-message", "send-system-message-to-client", params=rename(client="clientId", message="body")),
    Route("server.disabled-users", "disabled-users", result=users),
    Route("server.moderators", "moderators", result=users),
    Route("server.user-enabled", "set-user-enabled", params=rename(user_id="userId")),
    Route("server.moderator", "set-moderator", params=rename(user_id="userId", moderator="isModerator")),
    Route("server.ip-bans", "ip-bans", result=bans),
    Route("server.ip-ban", "ban-ip", params=rename(ip="value")),
    Route("server.ip-unban", "unban-ip", params=rename(ip="value")),
    Route("server.followers", "followers", result=followers),
    Route("server.follow-requests", "pending-follows", result=followers),
    Route("server.approve-follow", "approve-follower", params=rename(id="actorIRI")),
    Route("server.webhooks", "webhooks", result=webhooks),
    Route("server.webhook-create", "create-webhook"),
    Route("server.webhook-delete", "delete-webhook"),
    Route("server.tokens", "access-tokens", result=tokens),
    Route("server.token-create", "create-access-token", result=lambda a: tokens([a]).tokens[0]),
    Route("server.token-delete", "delete-access-token", params=rename(ref="token")),
    Route("server.logs", "logs", result=logs),
    Route("server.warnings", "warnings", result=logs),
    Route("server.settings", "server-config", result=settings),
)
