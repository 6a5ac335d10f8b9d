"""A local OBS Studio: obs-websocket v5 over a real WebSocket, with a show's worth of state.

It speaks the protocol as obs-websocket does: Hello with a challenge and salt, Identify
checked against its password (close code 4009 when wrong), requests and request batches
validated against each request's own contract (the operation's model: OBS's own
range checks answer 402, a missing field 300), and events to every identified client that
subscribed to their category, ``InputVolumeMeters`` about 20 times a second to those who asked.

Scenes with their items, inputs (audio with mute and volume), studio mode, transitions,
stream, record (with pause), replay buffer and virtual camera, stats and screenshots behave as
in OBS; any other request is answered from its contract (its documented response fields with
empty values, or success), so every request of the protocol is served.
"""
from __future__ import annotations

import asyncio
import base64
import json
import math
import secrets
import struct
import time
import uuid
import zlib
from collections.abc import Mapping
from typing import Any, Optional

from aiohttp import WSMsgType, web
from pydantic import ValidationError

from deck.core.params import describe
from deck.providers.base import Operation
from deck.providers.obs import PROVIDER
from deck.providers.obs.client import AUTH_FAILED, METERS, SUBPROTOCOL, answer_to
from deck.providers.obs.spec import protocol

from .harness import Body, ServiceSandbox

OBS_VERSION, WEBSOCKET_VERSION = "31.1.2", "5.7.3"
CATEGORY_BITS = {"general": 1 << 0, "config": 1 << 1, "scenes": 1 << 2, "inputs": 1 << 3, "transitions": 1 << 4,
                 "filters": 1 << 5, "outputs": 1 << 6, "scene items": 1 << 7, "media inputs": 1 << 8,
                 "vendors": 1 << 9, "ui": 1 << 10, "canvases": 1 << 11}
EMPTY = {"String": "", "Number": 0, "Boolean": False, "Object": {}, "Any": None}
COLOURS = [(0x3d, 0x63, 0xf0), (0x1f, 0x8a, 0x4c), (0xd7, 0x26, 0x3d), (0xb0, 0x84, 0x00)]


class Failure(Exception):
    """A request OBS refuses: its status code and comment."""

    def __init__(self, code: int, comment: str):
        self.code, self.comment = code, comment


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A solid PNG (the scene's colour), with a lighter band where the camera would be."""
    rows = []
    for y in range(height):
        band = height // 3 <= y < 2 * height // 3
        colour = bytes(min(255, c + (60 if band else 0)) for c in rgb)
        rows.append(b"\x00" + colour * width)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows))) + \
        chunk(b"IEND", b"")


class ObsSandbox(ServiceSandbox):
    provider = PROVIDER
    scheme = "ws"

    def __init__(self, seed: int = 7):
        super().__init__(seed)
        self.secrets = {"password": "obs-" + secrets.token_hex(6)}
        self.requires_password = True
        self.away = False  # OBS closed: connections are refused
        self.lacks: set[str] = set()  # requests this OBS does not serve (an older obs-websocket)
        self.clients: dict[web.WebSocketResponse, int] = {}  # identified sockets -> their event subscriptions
        self.requests: list[tuple[str, dict[str, Any]]] = []  # every request answered: (type, data)
        self.batches = 0  # request batches received
        self.started = time.monotonic()
        self.studio = False
        self.transition, self.transition_duration = "Fade", 300
        self.transitions = ["Fade", "Cut", "Swipe"]
        self.outputs = {name: {"active": False, "since": 0.0, "paused": False}
                        for name in ("stream", "record", "replay", "virtualcam")}
        self.replay_available = True
        self.inputs: dict[str, dict[str, Any]] = {}
        self.scenes: list[dict[str, Any]] = []  # top first, as OBS's scene list shows them
        for name, kind, audio in (("Camera", "v4l2_input", False), ("Mic/Aux", "pulse_input_capture", True),
                                  ("Desktop Audio", "pulse_output_capture", True), ("Music", "ffmpeg_source", True),
                                  ("Now Playing", "text_ft2_source_v2", False), ("Game Capture", "xcomposite_input", False),
                                  ("Intro Video", "ffmpeg_source", True)):
            self._add_input(name, kind, audio)
        self.inputs["Now Playing"]["settings"] = {"text": "Now playing: nothing yet"}
        self.inputs["Intro Video"]["media"] = "OBS_MEDIA_STATE_STOPPED"
        for scene, items in (("Starting Soon", ["Intro Video", "Music"]), ("Just Chatting", ["Camera", "Mic/Aux", "Now Playing"]),
                             ("Gameplay", ["Game Capture", "Camera", "Mic/Aux", "Desktop Audio"]), ("BRB", ["Music"]),
                             ("Ending", ["BRB", "Now Playing"])):
            self._add_scene(scene, items)
        self.program = self.preview = "Just Chatting"

    # ---- the show
    def _add_input(self, name: str, kind: str, audio: bool) -> dict[str, object]:
        item = self.inputs[name] = {"inputName": name, "inputUuid": str(uuid.uuid4()), "inputKind": kind,
                                    "unversionedInputKind": kind.removesuffix("_v2").removesuffix("_v3"),
                                    "audio": audio, "muted": False, "volume": 1.0, "settings": {}}
        return item

    def _add_scene(self, name: str, sources: list[str]) -> dict[str, object]:
        scene: dict[str, Any] = {"sceneName": name, "sceneUuid": str(uuid.uuid4()), "items": []}
        for index, source in enumerate(reversed(sources)):  # OBS lists items bottom first
            nested = next((s for s in self.scenes if s["sceneName"] == source), None)  # a scene inside a scene
            scene["items"].append({"sceneItemId": index + 1, "sourceName": source,
                                   "sourceUuid": nested["sceneUuid"] if nested else self.inputs[source]["inputUuid"],
                                   "sceneItemEnabled": True, "sceneItemLocked": False, "isGroup": None,
                                   "inputKind": None if nested else self.inputs[source]["inputKind"],
                                   "sourceType": "OBS_SOURCE_TYPE_SCENE" if nested else "OBS_SOURCE_TYPE_INPUT"})
        self.scenes.insert(0, scene)
        return scene

    def scene(self, data: Mapping[str, object], prefix: str = "scene") -> dict[str, Any]:
        name, key = data.get(f"{prefix}Name"), data.get(f"{prefix}Uuid")
        for scene in self.scenes:
            if scene["sceneName"] == name or (key and scene["sceneUuid"] == key):
                return scene
        raise Failure(600, f"No scene was found by the name of `{name or key}`.")

    def input(self, data: Mapping[str, object], audio: bool = False) -> dict[str, Any]:
        name, key = data.get("inputName"), data.get("inputUuid")
        found = self.inputs.get(str(name or "")) or next((i for i in self.inputs.values() if key and i["inputUuid"] == key), None)
        if found is None:
            raise Failure(600, f"No source was found by the name of `{name or key}`.")
        if audio and not found["audio"]:
            raise Failure(604, "The specified input does not support audio.")
        return found

    def item(self, data: Mapping[str, object]) -> tuple[dict[str, Any], dict[str, Any]]:
        scene = self.scene(data)
        found = next((i for i in scene["items"] if i["sceneItemId"] == data.get("sceneItemId")), None)
        if found is None:
            raise Failure(600, f"No scene items were found in scene `{scene['sceneName']}` with the ID "
                               f"`{data.get('sceneItemId')}`.")
        return scene, found

    def output(self, name: str, on: Optional[bool], event: str) -> dict[str, Any]:
        out = self.outputs[name]
        if name == "replay" and not self.replay_available:
            raise Failure(604, "Replay buffer is not available.")
        want = (not out["active"]) if on is None else on
        if want == out["active"] and on is not None:
            raise Failure(500 if want else 501, "The output is already running." if want else "The output is not running.")
        out.update(active=want, since=time.monotonic() if want else 0.0, paused=False)
        state = "OBS_WEBSOCKET_OUTPUT_STARTED" if want else "OBS_WEBSOCKET_OUTPUT_STOPPED"
        fields: dict[str, Any] = {"outputActive": want, "outputState": state}
        if name == "record":
            fields["outputPath"] = None if want else "/home/streamer/Videos/deck-demo.mkv"
        self.emit(event, "outputs", fields)
        return {"outputActive": want}

    def status(self, name: str) -> dict[str, Any]:
        out = self.outputs[name]
        ms = int((time.monotonic() - out["since"]) * 1000) if out["active"] else 0
        h, rest = divmod(ms, 3_600_000)
        m, rest = divmod(rest, 60_000)
        return {"outputActive": out["active"], "outputDuration": ms, "outputBytes": ms * 750,
                "outputTimecode": f"{h:02d}:{m:02d}:{rest // 1000:02d}.{rest % 1000:03d}"}

    # ---- events
    def emit(self, event: str, category: str, data: dict[str, Any]) -> None:
        bit = CATEGORY_BITS.get(category, 0)
        message = json.dumps({"op": 5, "d": {"eventType": event, "eventIntent": bit, "eventData": data}})
        for ws, wanted in list(self.clients.items()):
            if wanted & bit and not ws.closed and self.loop is not None:
                self.loop.create_task(ws.send_str(message))

    # ---- requests
    def answer(self, request_type: str, data: object) -> tuple[dict[str, Any], object]:
        """A request's status and response data, as obs-websocket answers."""
        op = next((o for o in self.provider.operations if o.path == request_type), None)
        if op is None or request_type in self.lacks:
            return {"result": False, "code": 204, "comment": "Your request type is not valid."}, None
        if data is not None and not isinstance(data, dict):
            return {"result": False, "code": 301, "comment": "Your request data is not an object."}, None
        try:
            params = op.model.model_validate(data or {}).wire()
        except ValidationError as exc:
            problems = describe(exc)
            missing = any("required" in p.lower() or "at least one" in p.lower() for p in problems)
            ranged = any("greater" in p or "less" in p for p in problems)
            code = 300 if missing else 402 if ranged else 400
            return {"result": False, "code": code, "comment": "; ".join(problems)}, None
        self.requests.append((request_type, params))
        try:
            response = self.handle(op, params)
        except Failure as exc:
            return {"result": False, "code": exc.code, "comment": exc.comment}, None
        for listener in self.listeners:
            listener(op.id, params)
        return {"result": True, "code": 100}, response

    def handler(self, op: Operation) -> Any:
        own = super().handler(op)
        return own if own is not None else (lambda params, op=op: self.from_contract(op))

    def from_contract(self, op: Operation) -> Optional[dict[str, Any]]:
        """A request Deck's stand-in does not model: its documented answer, with empty values."""
        request = next(r for r in protocol()["requests"] if r["requestType"] == op.path)
        if not request["responseFields"]:
            return None
        return {f["valueName"]: [] if f["valueType"].startswith("Array") else EMPTY.get(f["valueType"])
                for f in request["responseFields"]}

    def do_get_version(self, p: Body) -> object:
        types = [r["requestType"] for r in protocol()["requests"] if r["requestType"] not in self.lacks]
        return {"obsVersion": OBS_VERSION, "obsWebSocketVersion": WEBSOCKET_VERSION, "rpcVersion": 1,
                "availableRequests": types, "supportedImageFormats": ["png", "jpg"],
                "platform": "ubuntu", "platformDescription": "Deck's OBS stand-in"}

    def do_get_stats(self, p: Body) -> object:
        frames = int((time.monotonic() - self.started) * 30)
        return {"cpuUsage": 4.5 + self.rng.random(), "memoryUsage": 412.0, "availableDiskSpace": 81234.5,
                "activeFps": 30.0, "averageFrameRenderTime": 1.8, "renderSkippedFrames": 0, "renderTotalFrames": frames,
                "outputSkippedFrames": 0, "outputTotalFrames": frames if self.outputs["stream"]["active"] else 0,
                "webSocketSessionIncomingMessages": len(self.requests), "webSocketSessionOutgoingMessages": len(self.requests)}

    def do_get_scene_list(self, p: Body) -> object:
        count = len(self.scenes)
        program = self.scene({"sceneName": self.program})
        preview = self.scene({"sceneName": self.preview}) if self.studio else None
        return {"currentProgramSceneName": program["sceneName"], "currentProgramSceneUuid": program["sceneUuid"],
                "currentPreviewSceneName": preview and preview["sceneName"],
                "currentPreviewSceneUuid": preview and preview["sceneUuid"],
                "scenes": [{"sceneIndex": count - 1 - i, "sceneName": s["sceneName"], "sceneUuid": s["sceneUuid"]}
                           for i, s in enumerate(self.scenes)][::-1]}

    def do_get_current_program_scene(self, p: Body) -> object:
        scene = self.scene({"sceneName": self.program})
        return {"sceneName": scene["sceneName"], "sceneUuid": scene["sceneUuid"],
                "currentProgramSceneName": scene["sceneName"], "currentProgramSceneUuid": scene["sceneUuid"]}

    def do_set_current_program_scene(self, p: Body) -> None:
        scene = self.scene(p)
        self.program = scene["sceneName"]
        self.emit("CurrentProgramSceneChanged", "scenes", {"sceneName": scene["sceneName"], "sceneUuid": scene["sceneUuid"]})

    def do_get_current_preview_scene(self, p: Body) -> object:
        if not self.studio:
            raise Failure(506, "Studio mode is not active.")
        scene = self.scene({"sceneName": self.preview})
        return {"sceneName": scene["sceneName"], "sceneUuid": scene["sceneUuid"],
                "currentPreviewSceneName": scene["sceneName"], "currentPreviewSceneUuid": scene["sceneUuid"]}

    def do_set_current_preview_scene(self, p: Body) -> None:
        if not self.studio:
            raise Failure(506, "Studio mode is not active.")
        scene = self.scene(p)
        self.preview = scene["sceneName"]
        self.emit("CurrentPreviewSceneChanged", "scenes", {"sceneName": scene["sceneName"], "sceneUuid": scene["sceneUuid"]})

    def do_create_scene(self, p: Body) -> object:
        if any(s["sceneName"] == p.text("sceneName") for s in self.scenes):
            raise Failure(601, "A source already exists by that scene name.")
        scene = self._add_scene(p.text("sceneName"), [])
        self.emit("SceneCreated", "scenes", {"sceneName": scene["sceneName"], "sceneUuid": scene["sceneUuid"], "isGroup": False})
        return {"sceneUuid": scene["sceneUuid"]}

    def do_remove_scene(self, p: Body) -> None:
        scene = self.scene(p)
        if len(self.scenes) == 1:
            raise Failure(703, "You cannot remove the last scene in the collection.")
        self.scenes.remove(scene)
        if self.program == scene["sceneName"]:
            self.program = self.scenes[0]["sceneName"]
        self.emit("SceneRemoved", "scenes", {"sceneName": scene["sceneName"], "sceneUuid": scene["sceneUuid"], "isGroup": False})

    def do_get_studio_mode_enabled(self, p: Body) -> object:
        return {"studioModeEnabled": self.studio}

    def do_set_studio_mode_enabled(self, p: Body) -> None:
        if p.flag("studioModeEnabled") != self.studio:
            self.studio = p.flag("studioModeEnabled")
            self.preview = self.program
            self.emit("StudioModeStateChanged", "ui", {"studioModeEnabled": self.studio})

    def do_trigger_studio_mode_transition(self, p: Body) -> None:
        if not self.studio:
            raise Failure(506, "Studio mode is not active.")
        self.program, self.preview = self.preview, self.program
        scene = self.scene({"sceneName": self.program})
        self.emit("CurrentProgramSceneChanged", "scenes", {"sceneName": scene["sceneName"], "sceneUuid": scene["sceneUuid"]})

    def do_get_scene_transition_list(self, p: Body) -> object:
        return {"currentSceneTransitionName": self.transition, "currentSceneTransitionUuid": None,
                "currentSceneTransitionKind": f"{self.transition.lower()}_transition",
                "transitions": [{"transitionName": t, "transitionUuid": None, "transitionKind": f"{t.lower()}_transition",
                                 "transitionFixed": t == "Cut", "transitionConfigurable": t != "Cut"} for t in self.transitions]}

    def do_get_current_scene_transition(self, p: Body) -> object:
        return {"transitionName": self.transition, "transitionUuid": None, "transitionKind": f"{self.transition.lower()}_transition",
                "transitionFixed": self.transition == "Cut", "transitionDuration": None if self.transition == "Cut"
                else self.transition_duration, "transitionConfigurable": self.transition != "Cut", "transitionSettings": {}}

    def do_set_current_scene_transition(self, p: Body) -> None:
        if p.text("transitionName") not in self.transitions:
            raise Failure(600, "No scene transition was found by that name.")
        self.transition = p.text("transitionName")
        self.emit("CurrentSceneTransitionChanged", "transitions", {"transitionName": self.transition, "transitionUuid": None})

    def do_set_current_scene_transition_duration(self, p: Body) -> None:
        self.transition_duration = p.number("transitionDuration")
        self.emit("CurrentSceneTransitionDurationChanged", "transitions", {"transitionDuration": self.transition_duration})

    def do_get_scene_item_list(self, p: Body) -> object:
        scene = self.scene(p)
        return {"sceneItems": [{**i, "sceneItemIndex": n, "sceneItemBlendMode": "OBS_BLEND_NORMAL",
                                "sceneItemTransform": {}} for n, i in enumerate(scene["items"])]}

    def do_get_scene_item_id(self, p: Body) -> object:
        scene = self.scene(p)
        found = next((i for i in scene["items"] if i["sourceName"] == p.text("sourceName")), None)
        if found is None:
            raise Failure(600, "No scene items were found in the specified scene by that name or offset.")
        return {"sceneItemId": found["sceneItemId"]}

    def do_get_scene_item_enabled(self, p: Body) -> object:
        return {"sceneItemEnabled": self.item(p)[1]["sceneItemEnabled"]}

    def do_set_scene_item_enabled(self, p: Body) -> None:
        scene, item = self.item(p)
        item["sceneItemEnabled"] = p.flag("sceneItemEnabled")
        self.emit("SceneItemEnableStateChanged", "scene items", {"sceneName": scene["sceneName"], "sceneUuid": scene["sceneUuid"],
                                                                 "sceneItemId": item["sceneItemId"],
                                                                 "sceneItemEnabled": item["sceneItemEnabled"]})

    def do_get_scene_item_locked(self, p: Body) -> object:
        return {"sceneItemLocked": self.item(p)[1]["sceneItemLocked"]}

    def do_set_scene_item_locked(self, p: Body) -> None:
        scene, item = self.item(p)
        item["sceneItemLocked"] = p.flag("sceneItemLocked")
        self.emit("SceneItemLockStateChanged", "scene items", {"sceneName": scene["sceneName"], "sceneUuid": scene["sceneUuid"],
                                                               "sceneItemId": item["sceneItemId"],
                                                               "sceneItemLocked": item["sceneItemLocked"]})

    def do_set_scene_item_index(self, p: Body) -> None:
        scene, item = self.item(p)
        scene["items"].remove(item)
        scene["items"].insert(min(p.number("sceneItemIndex"), len(scene["items"])), item)
        self.emit("SceneItemListReindexed", "scene items", {
            "sceneName": scene["sceneName"], "sceneUuid": scene["sceneUuid"],
            "sceneItems": [{"sceneItemId": i["sceneItemId"], "sceneItemIndex": n} for n, i in enumerate(scene["items"])]})

    def do_get_input_list(self, p: Body) -> object:
        return {"inputs": [{k: i[k] for k in ("inputName", "inputUuid", "inputKind", "unversionedInputKind")}
                           for i in self.inputs.values() if not p.get("inputKind") or i["inputKind"] == p.text("inputKind")]}

    def do_get_input_mute(self, p: Body) -> object:
        return {"inputMuted": self.input(p, audio=True)["muted"]}

    def _mute(self, item: dict[str, Any], muted: bool) -> dict[str, Any]:
        item["muted"] = muted
        self.emit("InputMuteStateChanged", "inputs", {"inputName": item["inputName"], "inputUuid": item["inputUuid"],
                                                     "inputMuted": muted})
        return {"inputMuted": muted}

    def do_set_input_mute(self, p: Body) -> None:
        self._mute(self.input(p, audio=True), p.flag("inputMuted"))

    def do_toggle_input_mute(self, p: Body) -> object:
        item = self.input(p, audio=True)
        return self._mute(item, not item["muted"])

    def do_get_input_volume(self, p: Body) -> dict[str, float]:
        volume = self.input(p, audio=True)["volume"]
        return {"inputVolumeMul": volume, "inputVolumeDb": 20 * math.log10(volume) if volume > 0 else -100.0}

    def do_set_input_volume(self, p: Body) -> None:
        item = self.input(p, audio=True)
        if (p.get("inputVolumeMul") is None) == (p.get("inputVolumeDb") is None):
            raise Failure(300, "You must specify one volume parameter.")
        item["volume"] = p.real("inputVolumeMul") if p.get("inputVolumeMul") is not None else 10 ** (p.real("inputVolumeDb") / 20)
        answer = self.do_get_input_volume(p)
        self.emit("InputVolumeChanged", "inputs", {"inputName": item["inputName"], "inputUuid": item["inputUuid"], **answer})

    def do_get_input_settings(self, p: Body) -> object:
        item = self.input(p)
        return {"inputSettings": item["settings"], "inputKind": item["inputKind"]}

    def do_set_input_settings(self, p: Body) -> None:
        item = self.input(p)
        item["settings"] = {**item["settings"], **p.record("inputSettings")} if p.flag("overlay", True) else p.record("inputSettings")
        self.emit("InputSettingsChanged", "inputs", {"inputName": item["inputName"], "inputUuid": item["inputUuid"],
                                                    "inputSettings": item["settings"]})

    def do_trigger_media_input_action(self, p: Body) -> None:
        item = self.input(p)
        action = p.text("mediaAction").rsplit("_", 1)[-1]
        states = {"PLAY": "PLAYING", "PAUSE": "PAUSED", "STOP": "STOPPED", "RESTART": "PLAYING"}
        item["media"] = f"OBS_MEDIA_STATE_{states.get(action, 'PLAYING')}"
        self.emit("MediaInputActionTriggered", "media inputs", {"inputName": item["inputName"], "inputUuid": item["inputUuid"],
                                                               "mediaAction": p.text("mediaAction")})

    def do_get_media_input_status(self, p: Body) -> object:
        item = self.input(p)
        if "media" not in item:
            raise Failure(605, "The specified input is not a media input.")
        return {"mediaState": item["media"], "mediaDuration": 93_000, "mediaCursor": 0}

    def do_get_source_screenshot(self, p: Body) -> object:
        name = p.get("sourceName")
        scene = next((s for s in self.scenes if s["sceneName"] == name), None)
        if scene is None and name not in self.inputs:
            raise Failure(600, f"No source was found by the name of `{name}`.")
        if p.text("imageFormat") not in ("png", "jpg"):
            raise Failure(400, "Your specified image format is invalid or not supported by this system.")
        width = min(p.number("imageWidth", 0) or 320, 640)
        height = min(p.number("imageHeight", 0) or width * 9 // 16, 360)
        index = self.scenes.index(scene) if scene else 0
        data = base64.b64encode(_png(width, height, COLOURS[index % len(COLOURS)])).decode()
        return {"imageData": f"data:image/png;base64,{data}"}

    def do_get_stream_status(self, p: Body) -> object:
        frames = self.status("stream")["outputDuration"] * 30 // 1000
        return {**self.status("stream"), "outputReconnecting": False, "outputCongestion": 0.0,
                "outputSkippedFrames": 0, "outputTotalFrames": frames}

    def do_start_stream(self, p: Body) -> None:
        self.output("stream", True, "StreamStateChanged")

    def do_stop_stream(self, p: Body) -> None:
        self.output("stream", False, "StreamStateChanged")

    def do_toggle_stream(self, p: Body) -> object:
        return self.output("stream", None, "StreamStateChanged")

    def do_get_record_status(self, p: Body) -> object:
        return {**self.status("record"), "outputPaused": self.outputs["record"]["paused"]}

    def do_start_record(self, p: Body) -> None:
        self.output("record", True, "RecordStateChanged")

    def do_stop_record(self, p: Body) -> object:
        self.output("record", False, "RecordStateChanged")
        return {"outputPath": "/home/streamer/Videos/deck-demo.mkv"}

    def do_toggle_record(self, p: Body) -> object:
        return self.output("record", None, "RecordStateChanged")

    def _pause(self, paused: bool) -> None:
        record = self.outputs["record"]
        if not record["active"]:
            raise Failure(501, "The output is not running.")
        if record["paused"] == paused:
            raise Failure(502 if paused else 503, "The output is paused." if paused else "The output is not paused.")
        record["paused"] = paused
        self.emit("RecordStateChanged", "outputs", {"outputActive": True, "outputPath": None, "outputState":
                                                    "OBS_WEBSOCKET_OUTPUT_PAUSED" if paused else "OBS_WEBSOCKET_OUTPUT_RESUMED"})

    def do_pause_record(self, p: Body) -> None:
        self._pause(True)

    def do_resume_record(self, p: Body) -> None:
        self._pause(False)

    def do_toggle_record_pause(self, p: Body) -> None:
        self._pause(not self.outputs["record"]["paused"])

    def do_create_record_chapter(self, p: Body) -> None:
        if not self.outputs["record"]["active"]:
            raise Failure(501, "The output is not running.")

    def do_get_replay_buffer_status(self, p: Body) -> object:
        if not self.replay_available:
            raise Failure(604, "Replay buffer is not available.")
        return {"outputActive": self.outputs["replay"]["active"]}

    def do_start_replay_buffer(self, p: Body) -> None:
        self.output("replay", True, "ReplayBufferStateChanged")

    def do_stop_replay_buffer(self, p: Body) -> None:
        self.output("replay", False, "ReplayBufferStateChanged")

    def do_toggle_replay_buffer(self, p: Body) -> object:
        return self.output("replay", None, "ReplayBufferStateChanged")

    def do_save_replay_buffer(self, p: Body) -> None:
        if not self.outputs["replay"]["active"]:
            raise Failure(501, "The output is not running.")
        self.emit("ReplayBufferSaved", "outputs", {"savedReplayPath": "/home/streamer/Videos/Replay.mkv"})

    def do_get_virtual_cam_status(self, p: Body) -> object:
        return {"outputActive": self.outputs["virtualcam"]["active"]}

    def do_start_virtual_cam(self, p: Body) -> None:
        self.output("virtualcam", True, "VirtualcamStateChanged")

    def do_stop_virtual_cam(self, p: Body) -> None:
        self.output("virtualcam", False, "VirtualcamStateChanged")

    def do_toggle_virtual_cam(self, p: Body) -> object:
        return self.output("virtualcam", None, "VirtualcamStateChanged")

    # ---- the socket
    def serve(self, app: web.Application) -> None:
        app.router.add_get("/", self.socket)

    def go_away(self) -> None:
        """OBS quits: every connection closes (1001, going away) and none is taken until :meth:`come_back`."""
        self.away = True
        for ws in list(self.clients):
            if self.loop is not None:
                asyncio.run_coroutine_threadsafe(ws.close(code=1001, message=b"OBS is exiting"), self.loop)

    def come_back(self) -> None:
        self.away = False

    async def socket(self, request: web.Request) -> web.StreamResponse:
        if self.away:
            return web.Response(status=503, text="OBS is not running")
        ws = web.WebSocketResponse(protocols=(SUBPROTOCOL,), max_msg_size=1024 * 1024)
        await ws.prepare(request)
        challenge, salt = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        hello: dict[str, Any] = {"obsWebSocketVersion": WEBSOCKET_VERSION, "rpcVersion": 1}
        if self.requires_password:
            hello["authentication"] = {"challenge": challenge, "salt": salt}
        await ws.send_json({"op": 0, "d": hello})
        meters: Optional[asyncio.Task[None]] = None
        try:
            async for message in ws:
                if message.type != WSMsgType.TEXT:
                    await ws.close(code=4002, message=b"Binary messages are not served with the JSON subprotocol")
                    break
                try:
                    frame = json.loads(message.data)
                    op, data = frame["op"], frame.get("d") or {}
                except (ValueError, KeyError, TypeError):
                    await ws.close(code=4002, message=b"The message is not valid JSON of the protocol")
                    break
                if op == 1:
                    given = data.get("authentication")
                    if self.requires_password and given != answer_to(self.secrets["password"], salt, challenge):
                        await ws.close(code=AUTH_FAILED, message=b"Authentication failed.")
                        break
                    self.clients[ws] = int(data.get("eventSubscriptions", (1 << 11) - 1))
                    await ws.send_json({"op": 2, "d": {"negotiatedRpcVersion": 1}})
                elif ws not in self.clients:
                    await ws.close(code=4007, message=b"You are not identified.")
                    break
                elif op == 3:
                    self.clients[ws] = int(data.get("eventSubscriptions", self.clients[ws]))
                elif op == 6:
                    status, response = self.answer(str(data.get("requestType")), data.get("requestData"))
                    reply = {"requestType": data.get("requestType"), "requestId": data.get("requestId"),
                             "requestStatus": status}
                    if response is not None:
                        reply["responseData"] = response
                    await ws.send_json({"op": 7, "d": reply})
                elif op == 8:
                    self.batches += 1
                    results = []
                    for item in data.get("requests") or []:
                        status, response = self.answer(str(item.get("requestType")), item.get("requestData"))
                        results.append({"requestType": item.get("requestType"), "requestId": item.get("requestId"),
                                        "requestStatus": status, "responseData": response})
                        if not status["result"] and data.get("haltOnFailure"):
                            break
                    await ws.send_json({"op": 9, "d": {"requestId": data.get("requestId"), "results": results}})
                if ws in self.clients and self.clients[ws] & METERS and meters is None:
                    meters = asyncio.ensure_future(self._meters(ws))
                elif meters is not None and not self.clients.get(ws, 0) & METERS:
                    meters.cancel()
                    meters = None
        finally:
            self.clients.pop(ws, None)
            if meters is not None:
                meters.cancel()
        return ws

    async def _meters(self, ws: web.WebSocketResponse) -> None:
        """InputVolumeMeters every 50 ms: each audio input's levels (silent when muted)."""
        phase = 0.0
        while not ws.closed:
            phase += 0.3
            inputs = []
            for i, item in enumerate(i for i in self.inputs.values() if i["audio"]):
                level = 0.0 if item["muted"] else item["volume"] * (0.04 + 0.3 * abs(math.sin(phase + i)) ** 3)
                inputs.append({"inputName": item["inputName"], "inputUuid": item["inputUuid"],
                               "inputLevelsMul": [[level, min(1.0, level * 1.2), level]] * 2})
            await ws.send_json({"op": 5, "d": {"eventType": "InputVolumeMeters", "eventIntent": METERS,
                                               "eventData": {"inputs": inputs}}})
            await asyncio.sleep(0.05)

    def tick(self) -> None:
        """The demo's OBS: nothing changes by itself (a streamer's own clicks do)."""


def make(seed: int = 7) -> ObsSandbox:
    return ObsSandbox(seed)
