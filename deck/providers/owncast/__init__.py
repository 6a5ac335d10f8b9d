"""Owncast: a streamer's own server. External operations sign with an integration access
token (Bearer), admin operations with the admin password (Basic, user ``admin``)."""
from __future__ import annotations

from typing import Any

import httpx

from deck.core.errors import ServiceError
from deck.net.auth import Basic, BearerKey
from deck.providers.base import Operation, Probe, Provider

from .spec import OPERATIONS


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
    probe = Probe("status")
    verify = Probe("clients")
    website = "https://owncast.online"
    account_help = ("Enter your Owncast server's address. For chat as a bot and moderation, create an access "
                    "token in Owncast's admin under <i>Integrations</i> with all three scopes, or give the admin "
                    "password and let Deck create one. The admin password also opens the server's settings.")

    def headers(self, op: Operation) -> dict[str, str]:
        # newer servers refuse admin writes without it (their protection against cross-site requests)
        return {"X-Owncast-CSRF-Protection": "1"} if op.auth == "admin" and op.method != "GET" else {}

    def unwrap(self, op: Operation, data: Any, response: httpx.Response) -> Any:
        if isinstance(data, dict) and data.get("success") is False:  # older servers refuse with a 200
            raise ServiceError(self.title, str(data.get("message") or "refused without a reason"),
                               response.status_code)
        return data

    def fail(self, response: httpx.Response) -> ServiceError:
        if response.status_code == 401:
            basic = response.request.headers.get("Authorization", "").startswith("Basic ")
            text = ("The admin password was not accepted." if basic else
                    "The access token was not accepted: it may have been deleted, or lack the scope this needs "
                    "(Deck needs CAN_SEND_MESSAGES, CAN_SEND_SYSTEM_MESSAGES and HAS_ADMIN_ACCESS).")
            return ServiceError(self.title, text, 401)
        return super().fail(response)

    def probe_summary(self, result: Any) -> str:
        status = result if isinstance(result, dict) else {}
        version = status.get("versionNumber") or "an unknown version"
        live = "live" if status.get("online") else "offline"
        return f"Owncast {version}, {live}" + (f", {status['viewerCount']} watching" if status.get("online") else "")


PROVIDER = Owncast()
