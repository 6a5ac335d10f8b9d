"""What Deck knows of OBS right now: scenes and their sources, audio inputs, outputs, studio
mode and transitions, read once on connecting and kept current by OBS's own events (so a
change made in OBS itself shows in Deck as fast as one made from Deck).

The OBS panel shows it; deck buttons that follow OBS (a scene, a source's visibility, a mute,
the stream, the recording) read their state from it. Level meters arrive only while someone
asks for them (:meth:`ObsLive.want_meters`)."""
from __future__ import annotations

import asyncio
import logging
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional

from deck.core.errors import DeckError
from deck.core.events import Event

if TYPE_CHECKING:
    from .client import ObsLink

log = logging.getLogger(__name__)

OUTPUTS = {"StreamStateChanged": "stream", "RecordStateChanged": "record", "ReplayBufferStateChanged": "replay",
           "VirtualcamStateChanged": "virtualcam"}
STATUS = {"stream": "GetStreamStatus", "record": "GetRecordStatus", "replay": "GetReplayBufferStatus",
          "virtualcam": "GetVirtualCamStatus"}
SEPARATOR = " › "  # a scene's source, as one button argument: "Gameplay › Camera"


@dataclass
class Source:
    """A scene item: a source placed in a scene."""

    id: int
    name: str
    enabled: bool
    locked: bool
    kind: str = ""  # the input kind, or "scene" / "group"
    children: list["Source"] = field(default_factory=list)  # a group's items


@dataclass
class Input:
    name: str
    kind: str
    audio: bool = False
    muted: bool = False
    volume_db: float = 0.0
    level_db: float = -math.inf  # the loudest channel's peak, from the meters
    media: str = ""  # a media input's state: "playing", "paused", "stopped"…


def db(mul: float) -> float:
    return 20 * math.log10(mul) if mul > 0 else -math.inf


class ObsLive:
    def __init__(self, link: "ObsLink"):
        self.link = link
        self.scenes: list[str] = []  # as OBS's Scenes dock lists them, top first
        self.program = ""
        self.preview = ""
        self.studio = False
        self.items: dict[str, list[Source]] = {}  # scene -> its sources, top first
        self.inputs: dict[str, Input] = {}
        self.outputs: dict[str, Optional[bool]] = {name: None for name in STATUS}  # None: not available
        self.record_paused = False
        self.transitions: list[str] = []
        self.transition = ""
        self.duration: Optional[int] = None  # ms; None for a fixed transition (Cut)
        self.loaded = False
        self.changed = Event()  # (what: "scenes", "items", "inputs", "outputs", "studio", "transition", "all")
        self.levels = Event()  # the meters moved
        self._tasks: set[asyncio.Task[Any]] = set()
        link.events.connect(self._event)
        link.state_changed.connect(self._state)

    # ---- keeping it
    def start(self) -> None:
        """Stay connected and keep this current (reconnecting when OBS comes back)."""
        self.link.keep()
        if self.link.connected and not self.loaded:
            self._spawn(self.load())

    def _state(self, state: str, detail: str) -> None:
        if state == "connected":
            self._spawn(self.load())
        elif self.loaded:
            self.loaded = False
            self.changed.emit("all")

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and isinstance(task.exception(), DeckError):
            log.info("OBS state not read: %s", task.exception())

    async def load(self) -> None:
        """Everything, read anew (on connecting, and after OBS comes back)."""
        await self._scenes()
        await self._inputs()
        for name in STATUS:
            await self._output(name)
        studio = await self.link.request("GetStudioModeEnabled")
        self.studio = bool(studio.get("studioModeEnabled"))
        await self._transitions()
        self.loaded = True
        self.changed.emit("all")

    async def _scenes(self) -> None:
        answer = await self.link.request("GetSceneList")
        scenes = sorted((s for s in answer.get("scenes") or [] if isinstance(s, dict)),
                        key=lambda s: -int(s.get("sceneIndex") or 0))
        self.scenes = [str(s.get("sceneName")) for s in scenes]
        self.program = str(answer.get("currentProgramSceneName") or "")
        self.preview = str(answer.get("currentPreviewSceneName") or "")
        for scene in self.scenes:
            await self._items(scene)
        for gone in set(self.items) - set(self.scenes):
            del self.items[gone]

    async def _items(self, scene: str) -> None:
        answer = await self.link.request("GetSceneItemList", {"sceneName": scene})
        self.items[scene] = await self._sources(answer.get("sceneItems") or [])

    async def _sources(self, raw: list[Any]) -> list[Source]:
        sources = []
        for item in sorted((i for i in raw if isinstance(i, dict)), key=lambda i: -int(i.get("sceneItemIndex") or 0)):
            group = bool(item.get("isGroup"))
            kind = "group" if group else "scene" if item.get("sourceType") == "OBS_SOURCE_TYPE_SCENE" \
                else str(item.get("inputKind") or "")
            source = Source(int(item.get("sceneItemId") or 0), str(item.get("sourceName")),
                            bool(item.get("sceneItemEnabled")), bool(item.get("sceneItemLocked")), kind)
            if group:
                with_children = await self.link.request("GetGroupSceneItemList", {"sceneName": source.name})
                source.children = await self._sources(with_children.get("sceneItems") or [])
            sources.append(source)
        return sources

    async def _inputs(self) -> None:
        answer = await self.link.request("GetInputList")
        inputs: dict[str, Input] = {}
        for raw in answer.get("inputs") or []:
            if not isinstance(raw, dict):
                continue
            item = inputs[str(raw.get("inputName"))] = Input(str(raw.get("inputName")), str(raw.get("inputKind") or ""))
            try:
                item.muted = bool((await self.link.request("GetInputMute", {"inputName": item.name})).get("inputMuted"))
                volume = await self.link.request("GetInputVolume", {"inputName": item.name})
                item.volume_db = float(volume.get("inputVolumeDb") or 0.0)
                item.audio = True
            except DeckError:
                pass  # no audio: not in the mixer
            try:
                status = await self.link.request("GetMediaInputStatus", {"inputName": item.name})
                item.media = str(status.get("mediaState") or "").removeprefix("OBS_MEDIA_STATE_").lower()
            except DeckError:
                pass  # not a media input
        self.inputs = inputs

    async def _output(self, name: str) -> None:
        try:
            answer = await self.link.request(STATUS[name])
        except DeckError:
            self.outputs[name] = None  # not available (a replay buffer that is not enabled)
            return
        self.outputs[name] = bool(answer.get("outputActive"))
        if name == "record":
            self.record_paused = bool(answer.get("outputPaused"))

    async def _transitions(self) -> None:
        answer = await self.link.request("GetSceneTransitionList")
        self.transitions = [str(t.get("transitionName")) for t in answer.get("transitions") or [] if isinstance(t, dict)]
        current = await self.link.request("GetCurrentSceneTransition")
        self.transition = str(current.get("transitionName") or "")
        duration = current.get("transitionDuration")
        self.duration = int(duration) if isinstance(duration, (int, float)) and not current.get("transitionFixed") else None

    async def want_meters(self, on: bool) -> None:
        await self.link.want_meters(on)
        if not on:
            for item in self.inputs.values():
                item.level_db = -math.inf

    # ---- OBS's events
    def _event(self, kind: str, data: dict[str, Any]) -> None:
        if kind == "InputVolumeMeters":
            self._meters(data)
            return
        name = str(data.get("sceneName") or data.get("inputName") or "")
        if kind == "CurrentProgramSceneChanged":
            self.program = name
            self.changed.emit("scenes")
        elif kind == "CurrentPreviewSceneChanged":
            self.preview = name
            self.changed.emit("scenes")
        elif kind == "StudioModeStateChanged":
            self.studio = bool(data.get("studioModeEnabled"))
            self._spawn(self._reload_scenes())
        elif kind in ("SceneCreated", "SceneRemoved", "SceneNameChanged", "SceneListChanged"):
            self._spawn(self._reload_scenes())
        elif kind in ("SceneItemEnableStateChanged", "SceneItemLockStateChanged"):
            source = self.source(name, int(data.get("sceneItemId") or 0))
            if source is not None:
                if kind == "SceneItemEnableStateChanged":
                    source.enabled = bool(data.get("sceneItemEnabled"))
                else:
                    source.locked = bool(data.get("sceneItemLocked"))
                self.changed.emit("items")
        elif kind in ("SceneItemCreated", "SceneItemRemoved", "SceneItemListReindexed"):
            self._spawn(self._reload_items(name))
        elif kind == "InputMuteStateChanged" and name in self.inputs:
            self.inputs[name].muted = bool(data.get("inputMuted"))
            self.changed.emit("inputs")
        elif kind == "InputVolumeChanged" and name in self.inputs:
            self.inputs[name].volume_db = float(data.get("inputVolumeDb") or 0.0)
            self.changed.emit("inputs")
        elif kind in ("InputCreated", "InputRemoved", "InputNameChanged"):
            self._spawn(self._reload_inputs())
        elif kind in ("MediaInputPlaybackStarted", "MediaInputPlaybackEnded", "MediaInputActionTriggered") \
                and name in self.inputs:
            action = str(data.get("mediaAction") or "").rsplit("_", 1)[-1]
            self.inputs[name].media = {"MediaInputPlaybackStarted": "playing", "MediaInputPlaybackEnded": "ended"}.get(
                kind) or {"PLAY": "playing", "PAUSE": "paused", "STOP": "stopped", "RESTART": "playing"}.get(action, "")
            self.changed.emit("inputs")
        elif kind in OUTPUTS:
            state = str(data.get("outputState") or "")
            if OUTPUTS[kind] == "record" and state in ("OBS_WEBSOCKET_OUTPUT_PAUSED", "OBS_WEBSOCKET_OUTPUT_RESUMED"):
                self.record_paused = state.endswith("PAUSED")
            else:
                self.outputs[OUTPUTS[kind]] = bool(data.get("outputActive"))
                self.record_paused = self.record_paused and OUTPUTS[kind] != "record"
            self.changed.emit("outputs")
        elif kind == "CurrentSceneTransitionChanged":
            self.transition = str(data.get("transitionName") or "")
            self._spawn(self._reload_transitions())
        elif kind == "CurrentSceneTransitionDurationChanged":
            self.duration = int(data.get("transitionDuration") or 0)
            self.changed.emit("transition")

    def _meters(self, data: dict[str, Any]) -> None:
        for raw in data.get("inputs") or []:
            if not isinstance(raw, dict) or str(raw.get("inputName")) not in self.inputs:
                continue
            peaks = [channel[1] for channel in raw.get("inputLevelsMul") or []
                     if isinstance(channel, list) and len(channel) > 1 and isinstance(channel[1], (int, float))]
            self.inputs[str(raw.get("inputName"))].level_db = db(max(peaks)) if peaks else -math.inf
        self.levels.emit()

    async def _reload_scenes(self) -> None:
        await self._scenes()
        self.changed.emit("scenes")
        self.changed.emit("items")

    async def _reload_items(self, scene: str) -> None:
        if scene in self.scenes:
            await self._items(scene)
            self.changed.emit("items")

    async def _reload_inputs(self) -> None:
        await self._inputs()
        self.changed.emit("inputs")

    async def _reload_transitions(self) -> None:
        await self._transitions()
        self.changed.emit("transition")

    # ---- reading it
    def source(self, scene: str, item_id: int = 0, name: str = "") -> Optional[Source]:
        """A source of a scene, by its item id or its name (looking into groups too)."""
        stack = list(self.items.get(scene, ())) if scene in self.items else [s for v in self.items.values() for s in v]
        while stack:
            source = stack.pop()
            if (item_id and source.id == item_id) or (name and source.name == name):
                return source
            stack.extend(source.children)
        return None

    def audio(self) -> list[Input]:
        return [i for i in self.inputs.values() if i.audio]

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
