"""Nightbot: 46 operations under ``/1``, signed in with OAuth 2 (the user's own app)."""
from __future__ import annotations

from typing import Any

from deck.net.auth import OAuth2
from deck.providers.base import Probe, Provider
from deck.providers.capabilities import Route

from .spec import OPERATIONS, SCOPES

ROUTES = (
    Route("chat.send-bot", "send", ("twitch", "youtube"), note="1 message per 5 s"),
    Route("songs.play", "play"),
    Route("songs.pause", "pause"),
    Route("songs.skip", "skip"),
)


class Nightbot(Provider):
    name = "nightbot"
    title = "Nightbot"
    default_url = "https://api.nightbot.tv"
    auths = {"user": OAuth2(
        authorize_path="/oauth2/authorize", token_path="/oauth2/token", revoke_path="/oauth2/token/revoke",
        pkce=False, client_secret=True, scopes=SCOPES, default_scopes=tuple(SCOPES),
        redirect_port=17563,  # Nightbot wants the exact redirect URI registered, port included
        refresh_redirect_uri=True, register_url="https://nightbot.tv/account/applications",
        register_steps="In Nightbot's control panel open Account → Applications, press New App, paste the redirect "
                       "URI below, save, then press New Secret.")}
    operations = OPERATIONS
    routes = ROUTES
    probe = Probe("me")
    website = "https://nightbot.tv"
    account_help = ("Deck signs in to Nightbot with your own Nightbot app, so your chat bot answers only to you. "
                    "Sign-ins last 30 days and are renewed before they run out.")

    def probe_summary(self, result: Any) -> str:
        user = result.get("user", {}) if isinstance(result, dict) else {}
        scopes = (result.get("authorization", {}) or {}).get("scopes", []) if isinstance(result, dict) else []
        return (f"Signed in as {user.get('displayName') or user.get('name') or '?'} on "
                f"{str(user.get('provider', '?')).title()}" + (f" · {len(scopes)} permissions" if scopes else ""))


PROVIDER = Nightbot()
