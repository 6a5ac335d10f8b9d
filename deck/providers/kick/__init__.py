"""Kick's own public API: 25 operations under ``/public``, signed in with OAuth 2.1 and PKCE
at Kick's sign-in host (the user's own Kick app)."""
from __future__ import annotations

from typing import Any

from deck.net.auth import OAuth2
from deck.providers.base import Probe, Provider
from deck.providers.capabilities import Route, StreamStatus, rename

from .spec import DEFAULT_SCOPES, OPERATIONS, SCOPES

KICK = ("kick",)


def _viewer(values: dict[str, Any]) -> Any:
    """Kick acts on a viewer by their numeric id (the chat view gives it with the message)."""
    text = str(values.get("user_id") or "")
    return int(text) if text.isdigit() else text


def _moderate(timeout: bool) -> Any:
    def build(v: dict[str, Any], platform: str) -> dict[str, Any]:
        out = {"user_id": _viewer(v), "reason": v.get("reason") or None}
        if timeout:
            out["duration"] = v.get("duration")
        return {k: val for k, val in out.items() if val is not None}
    return build


def _status(answer: Any) -> StreamStatus:
    channels = answer.get("data") if isinstance(answer, dict) else None
    c: dict[str, Any] = channels[0] if isinstance(channels, list) and channels and isinstance(channels[0], dict) else {}
    stream: dict[str, Any] = c["stream"] if isinstance(c.get("stream"), dict) else {}
    category: dict[str, Any] = c["category"] if isinstance(c.get("category"), dict) else {}
    viewers = stream.get("viewer_count")
    return StreamStatus(platform="kick", live=bool(stream.get("is_live")), title=str(c.get("stream_title") or ""),
                        category=str(category.get("name") or ""), viewers=viewers if isinstance(viewers, int) else 0,
                        channel=str(c.get("slug") or ""))


def _me(answer: Any) -> dict[str, Any]:
    return {"broadcaster_user_id": int(answer["data"][0]["user_id"])}


ROUTES = (
    Route("chat.send", "send", KICK, lambda v, p: {"content": v.get("message"), "type": "user"}, rank=10,
          note="Kick's own API"),
    Route("chat.timeout", "ban", KICK, _moderate(True), rank=10, needs=("user_id",), note="Kick's own API"),
    Route("chat.ban", "ban", KICK, _moderate(False), rank=10, needs=("user_id",), note="Kick's own API"),
    Route("chat.unban", "unban", KICK, lambda v, p: {"user_id": _viewer(v)}, rank=10, needs=("user_id",),
          note="Kick's own API"),
    Route("stream.status", "channels", KICK, lambda v, p: {}, _status, rank=10),
    Route("stream.title", "update-channel", KICK, rename(title="stream_title"), rank=10),
    Route("chat.send-bot", "send", KICK, lambda v, p: {"content": v.get("message"), "type": "bot"}, rank=10,
          note="Kick's own API, as your bot"),
    Route("chat.delete", "delete-message", KICK, rename(), rank=10, note="Kick's own API"),
)


class Kick(Provider):
    name = "kick"
    title = "Kick"
    default_url = "https://api.kick.com"
    auths = {"user": OAuth2(
        host="https://id.kick.com", authorize_path="/oauth/authorize", token_path="/oauth/token",
        revoke_path="/oauth/revoke", introspect_path="/oauth/token/introspect", pkce=True, client_secret=True,
        scopes=SCOPES, default_scopes=DEFAULT_SCOPES, redirect_host="localhost",  # Kick rewrites 127.0.0.1
        revoke_hint="token_type_hint", register_url="https://kick.com/settings/developer",
        register_steps="On Kick open Settings → Developer (two-factor authentication must be on there), create an "
                       "app, add the redirect URI below and copy the client ID and secret.")}
    operations = OPERATIONS
    routes = ROUTES
    probe = Probe("users")
    identity = staticmethod(_me)  # the signed-in user is the broadcaster Deck acts for
    website = "https://kick.com"
    account_help = ("Deck signs in to Kick with your own Kick app, so what you do on Kick through Deck is under "
                    "your own login.")

    def probe_summary(self, result: Any) -> str:
        users = result.get("data") if isinstance(result, dict) else None
        me = users[0] if isinstance(users, list) and users and isinstance(users[0], dict) else {}
        return f"Signed in as {me.get('name') or '?'} (user id {me.get('user_id') or '?'})"


PROVIDER = Kick()
