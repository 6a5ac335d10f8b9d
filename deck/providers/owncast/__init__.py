"""Owncast: a streamer's own server. External operations sign with an integration access
token (Bearer), admin operations with the admin password (Basic, user ``admin``)."""
from __future__ import annotations

from typing import Any

import httpx

from deck.core.errors import InvalidParams, ServiceError
from deck.core.words import translate
from deck.net.auth import Basic, BearerKey
from deck.providers.answers import obj, whole
from deck.providers.base import Mint, Operation, Probe, Provider
from deck.providers.capabilities import Route, StreamStatus, rename

from .spec import OPERATIONS, TOKEN_SCOPES


def _status(answer: object) -> StreamStatus:
    status = obj(answer)
    return StreamStatus(platform="owncast", live=bool(status.get("online")), title=str(status.get("streamTitle") or ""),
                        viewers=whole(status.get("viewerCount")) or 0)


def _user(enabled: bool) -> Any:
    """Owncast acts on a chat user by id: the chat view gives it with the message."""
    def build(values: dict[str, Any], platform: str) -> dict[str, Any]:
        if not values.get("user_id"):
            raise InvalidParams("owncast.set-user-enabled", [translate(
                "Owncast", "Owncast acts on a chat user by id: use the chat view's menu on one of their messages")])
        return {"userId": values["user_id"], "enabled": enabled}
    return build


OWNCAST = ("owncast",)
ROUTES = (
    Route("stream.status", "status", OWNCAST, lambda v, p: {}, _status),
    Route("stream.title", "stream-title", OWNCAST, rename(title="value")),
    Route("chat.send-bot", "send-message", OWNCAST, rename(message="body"), note="as Deck's integration"),
    Route("chat.send-system", "send-system-message", OWNCAST, rename(message="body")),
    Route("chat.send-action", "send-action", OWNCAST, rename(message="body")),
    Route("chat.restore", "message-visibility", OWNCAST, lambda v, p: {"idArray": [v["message_id"]], "visible": True}),
    Route("chat.delete", "message-visibility", OWNCAST,
          lambda v, p: {"idArray": [v["message_id"]], "visible": False}, note="hidden, can be shown again"),
    Route("chat.ban", "set-user-enabled", OWNCAST, _user(False), note="disables the user and bans their IP"),
    Route("chat.unban", "set-user-enabled", OWNCAST, _user(True)),
)


class Owncast(Provider):
    name = "owncast"
    title = "Owncast"
    default_url = ""
    url_required = True
    url_label = "Server address"
    auths = {"token": BearerKey(credential="token", label="Access token",
                                placeholder="An integration access token (Admin → Integrations)"),
             "admin": Basic(username="admin", credential="admin_password", label="Admin password",
                            placeholder="Optional: the server's admin password, for admin features")}
    operations = OPERATIONS
    routes = ROUTES
    probe = Probe("status")
    verify = Probe("clients", opens="chat as Deck and moderation")
    checks = (Probe("admin-status", opens="server settings, disabling users, IP bans, webhooks and tokens"),)
    mint = Mint("create-access-token", {"name": "Deck", "scopes": list(TOKEN_SCOPES)}, "accessToken", "token",
                "Create Deck's access token with the admin password")
    website = "https://owncast.online"
    account_help = ("Enter your Owncast server's address. For chat as a bot and moderation, create an access "
                    "token in Owncast's admin under <i>Integrations</i> with all three scopes, or give the admin "
                    "password and let Deck create one. The admin password also opens the server's settings.")

    def headers(self, op: Operation) -> dict[str, str]:
        # newer servers refuse admin writes without it (their protection against cross-site requests)
        return {"X-Owncast-CSRF-Protection": "1"} if op.auth == "admin" and op.method != "GET" else {}

    def unwrap(self, op: Operation, data: object, response: httpx.Response) -> object:
        if isinstance(data, dict) and data.get("success") is False:  # older servers refuse with a 200
            raise ServiceError(self.title, str(data.get("message") or translate("Errors", "refused without a reason")),
                               response.status_code)
        return data

    def fail(self, response: httpx.Response) -> ServiceError:
        if response.status_code == 401:
            basic = response.request.headers.get("Authorization", "").startswith("Basic ")
            text = (translate("Owncast", "The admin password was not accepted.") if basic else
                    translate("Owncast", "The access token was not accepted: it may have been deleted, or lack the "
                                         "scope this needs (Deck needs CAN_SEND_MESSAGES, CAN_SEND_SYSTEM_MESSAGES and "
                                         "HAS_ADMIN_ACCESS)."))
            return ServiceError(self.title, text, 401)
        return super().fail(response)

    def probe_summary(self, result: object) -> str:
        status = obj(result)
        version = status.get("versionNumber") or translate("Accounts", "an unknown version")
        if not status.get("online"):
            return translate("Accounts", "Owncast {version}, offline").format(version=version)
        return translate("Accounts", "Owncast {version}, live, {viewers} watching").format(
            version=version, viewers=status.get("viewerCount"))


PROVIDER = Owncast()
