"""OBS Studio over obs-websocket v5: every request of the protocol as an action, on one kept-open
WebSocket (``client.py``), with the connected OBS's own list of what it serves."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional

from deck.net.auth import Auth, Headers, Query, Secret, Signer
from deck.providers.base import Probe, Provider

from .client import ObsTransport
from .spec import OPERATIONS, TRANSPORT


@dataclass(frozen=True)
class Challenge(Auth):
    """A password that never travels itself: the server's challenge is answered with it when
    the connection is made (obs-websocket's Identify). Optional: OBS may ask for none."""

    kind = "password"
    words = "challenge (password)"
    missing_what = "password"
    optional = True

    def secrets(self) -> tuple[Secret, ...]:
        return (Secret("password", "Server password",
                       "OBS → Tools → WebSocket Server Settings → Show Connect Info"),)

    async def sign(self, signer: Signer, headers: Headers, query: Query) -> None:
        """Nothing goes on a request: the connection itself was identified."""

    def refuses(self, headers: Mapping[str, str], query: Mapping[str, str], secrets: Mapping[str, str]) -> Optional[str]:
        return None  # checked by the stand-in's Identify, not per request


class Obs(Provider):
    name = "obs"
    title = "OBS Studio"
    default_url = "ws://127.0.0.1:4455"
    url_label = "WebSocket address"
    auths = {"password": Challenge()}
    operations = OPERATIONS
    transports = {TRANSPORT: ObsTransport}
    probe = Probe("get-version")
    website = "https://obsproject.com"
    account_help = ("In OBS, open <b>Tools → WebSocket Server Settings</b>, tick <i>Enable WebSocket server</i>, "
                    "then <i>Show Connect Info</i>: the port goes in the address, the password here. "
                    "OBS 28 and newer have the server built in.")
    about = "Scenes, sources, audio, streaming and recording in OBS Studio on this computer."

    def probe_summary(self, result: Any) -> str:
        version = result if isinstance(result, dict) else {}
        return (f"Connected to OBS {version.get('obsVersion', '?')} "
                f"(obs-websocket {version.get('obsWebSocketVersion', '?')})")


PROVIDER = Obs()
