"""Kick's own public API: 25 operations under ``/public``, signed in with OAuth 2.1 and PKCE
at Kick's sign-in host (the user's own Kick app)."""
from __future__ import annotations

from typing import Any

from deck.net.auth import OAuth2
from deck.providers.base import Probe, Provider
from deck.providers.capabilities import Route, rename

from .spec import DEFAULT_SCOPES, OPERATIONS, SCOPES

KICK = ("kick",)
ROUTES = (
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
    website = "https://kick.com"
    account_help = ("Deck signs in to Kick with your own Kick app, so what you do on Kick through Deck is under "
                    "your own login.")

    def probe_summary(self, result: Any) -> str:
        users = result.get("data") if isinstance(result, dict) else None
        me = users[0] if isinstance(users, list) and users and isinstance(users[0], dict) else {}
        return f"Signed in as {me.get('name') or '?'} (user id {me.get('user_id') or '?'})"


PROVIDER = Kick()
