"""OBS Studio over obs-websocket v5: every request of the protocol as an action, on one kept-open
WebSocket (``client.py``), with the connected OBS's own list of what it serves."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional

from deck.core.errors import DeckError
from deck.core.words import translate
from deck.net.auth import Auth, Headers, Query, Secret, Signer
from deck.providers.base import LiveToggle, Probe, Provider

from .client import ObsTransport
from .live import SEPARATOR, ObsLive
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


def _scene_source(live: ObsLive, arg: str) -> tuple[str, Any]:
    scene, _, name = arg.partition(SEPARATOR)
    return scene, live.source(scene, name=name)


def _show(live: ObsLive, arg: str, on: Optional[bool]) -> tuple[str, dict[str, Any]]:
    scene, source = _scene_source(live, arg)
    if source is None:
        raise DeckError(translate("Obs", "OBS has no source “{source}” ({form}): choose one again in the button's "
                                         "editor.").format(source=arg, form=translate("Obs", "scene") + SEPARATOR
                                                           + translate("Obs", "source")))
    return "obs.set-scene-item-enabled", {"sceneName": scene, "sceneItemId": source.id, "sceneItemEnabled": not on}


def _shown(live: ObsLive, arg: str) -> Optional[bool]:
    source = _scene_source(live, arg)[1]
    return None if source is None else source.enabled


def _output(start: str, stop: str) -> Any:
    return lambda live, arg, on: (f"obs.{stop}" if on else f"obs.{start}", {})


def _media(live: ObsLive, arg: str, on: Optional[bool]) -> tuple[str, dict[str, Any]]:
    action = "PAUSE" if on else "PLAY"
    return "obs.trigger-media-input-action", {"inputName": arg, "mediaAction": f"OBS_WEBSOCKET_MEDIA_INPUT_ACTION_{action}"}


def _sources(live: ObsLive) -> list[str]:
    return [f"{scene}{SEPARATOR}{s.name}" for scene in live.scenes for s in live.items.get(scene, [])]


TOGGLES = (
    LiveToggle("obs-scene", "OBS scene on air", "Scene", words=("on air", "—"), choices=lambda live: list(live.scenes),
               press=lambda live, arg, on: ("obs.set-current-program-scene", {"sceneName": arg}),
               state=lambda live, arg: (live.program == arg) if live.loaded else None),
    LiveToggle("obs-source", "OBS source shown", "Scene › source", words=("shown", "hidden"), choices=_sources,
               press=_show, state=_shown),
    LiveToggle("obs-mute", "OBS input muted", "Audio input", words=("muted", "live"),
               choices=lambda live: [i.name for i in live.audio()],
               press=lambda live, arg, on: ("obs.set-input-mute", {"inputName": arg, "inputMuted": not on}),
               state=lambda live, arg: live.inputs[arg].muted if arg in live.inputs else None),
    LiveToggle("obs-media", "OBS media playing", "Media input", words=("playing", "paused"),
               choices=lambda live: [i.name for i in live.inputs.values() if i.media],
               press=_media, state=lambda live, arg: (live.inputs[arg].media == "playing") if arg in live.inputs else None),
    LiveToggle("obs-stream", "OBS streaming", "", words=("LIVE", "off air"),
               press=_output("start-stream", "stop-stream"), state=lambda live, arg: live.outputs["stream"]),
    LiveToggle("obs-record", "OBS recording", "", words=("REC", "off"),
               press=_output("start-record", "stop-record"), state=lambda live, arg: live.outputs["record"]),
    LiveToggle("obs-replay", "OBS replay buffer", "", words=("ON", "off"),
               press=_output("start-replay-buffer", "stop-replay-buffer"),
               state=lambda live, arg: live.outputs["replay"]),
    LiveToggle("obs-virtualcam", "OBS virtual camera", "", words=("ON", "off"),
               press=_output("start-virtual-cam", "stop-virtual-cam"),
               state=lambda live, arg: live.outputs["virtualcam"]),
    LiveToggle("obs-studio", "OBS studio mode", "", words=("ON", "off"),
               press=lambda live, arg, on: ("obs.set-studio-mode-enabled", {"studioModeEnabled": not on}),
               state=lambda live, arg: live.studio if live.loaded else None),
)


class Obs(Provider):
    name = "obs"
    title = "OBS Studio"
    default_url = "ws://127.0.0.1:4455"
    url_label = "WebSocket address"
    auths = {"password": Challenge()}
    operations = OPERATIONS
    transports = {TRANSPORT: ObsTransport}
    toggles = TOGGLES
    probe = Probe("get-version")
    website = "https://obsproject.com"
    account_help = ("In OBS, open <b>Tools → WebSocket Server Settings</b>, tick <i>Enable WebSocket server</i>, "
                    "then <i>Show Connect Info</i>: the port goes in the address, the password here. "
                    "OBS 28 and newer have the server built in.")
    about = "Scenes, sources, audio, streaming and recording in OBS Studio on this computer."

    def probe_summary(self, result: object) -> str:
        version = result if isinstance(result, dict) else {}
        return translate("Accounts", "Connected to OBS {version} (obs-websocket {websocket})").format(
            version=version.get("obsVersion", "?"), websocket=version.get("obsWebSocketVersion", "?"))


PROVIDER = Obs()
