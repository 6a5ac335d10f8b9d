"""The OBS panel: scenes, the sources of the scene in view, the audio mixer with live level
meters, stream / record / replay buffer / virtual camera, stats and a small program picture.

It shows what :class:`~deck.providers.obs.live.ObsLive` keeps (read on connecting, then kept
current by OBS's own events) and changes OBS only through actions, so every click goes through
Deck's one policy (validation, confirmation before stopping the stream, errors in words next to
what failed) and shows in Activity. Meters, stats and the picture run only while the panel is on
screen."""
from __future__ import annotations

import base64
import math
import time
from typing import TYPE_CHECKING, Any, Iterator, Optional, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deck import runtime
from deck.core.errors import DeckError
from deck.core.words import duration

from .docks import on_screen
from .kit import Panel
from .widgets import Note, button, card, follow, label, row, set_role, switch

if TYPE_CHECKING:
    from deck.providers.obs.live import ObsLive, Source

    from .context import AppContext

PROVIDER = "obs"
METER_MS = 50  # the meters repaint at most 20 times a second
STATS_MS = 2000  # stats and the program picture, while the panel is on screen
FLOOR_DB = -60.0  # the meter's and the slider's quiet end
TWO_COLUMNS = 820  # pixels of panel width from which the mixer and outputs stand beside the scenes
OUTPUTS = (("stream", QT_TRANSLATE_NOOP("ObsPanel", "Stream"), "start-stream", "stop-stream"),
           ("record", QT_TRANSLATE_NOOP("ObsPanel", "Recording"), "start-record", "stop-record"),
           ("replay", QT_TRANSLATE_NOOP("ObsPanel", "Replay buffer"), "start-replay-buffer", "stop-replay-buffer"),
           ("virtualcam", QT_TRANSLATE_NOOP("ObsPanel", "Virtual camera"), "start-virtual-cam", "stop-virtual-cam"))


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def fit_rows(view: Any, rows: int, most: int = 10) -> None:
    """A list as tall as its rows (up to ``most``, then it scrolls), not a fixed block of space."""
    header = view.header().sizeHint().height() if hasattr(view, "header") and not view.header().isHidden() else 0
    height = max(view.sizeHintForRow(0), 18) * max(1, min(rows, most)) + 2 * view.frameWidth() + 4 + header
    view.setFixedHeight(height)


ZONES = ((-20.0, "#2e9d57"), (-9.0, "#d9a300"), (0.0, "#d64545"))  # (up to dB, colour)


class Meter(QWidget):
    """A horizontal level meter in dB: green, yellow from -20 dB, red from -9 dB."""

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(f"meter.{name}")
        self.setMinimumSize(80, 8)
        self.setMaximumHeight(10)
        self.level = -math.inf

    def set_level(self, level_db: float) -> None:
        level = max(FLOOR_DB, level_db) if math.isfinite(level_db) else FLOOR_DB
        if abs(level - (self.level if math.isfinite(self.level) else FLOOR_DB)) >= 0.5:
            self.level = level
            self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, self.palette().mid())
        level = self.level if math.isfinite(self.level) else FLOOR_DB
        start = FLOOR_DB
        for end, colour in ZONES:  # each zone lit as far as the level reaches, as OBS's own meters
            if level <= start:
                break
            left = rect.width() * (start - FLOOR_DB) / -FLOOR_DB
            right = rect.width() * (min(level, end) - FLOOR_DB) / -FLOOR_DB
            painter.fillRect(QRectF(rect.x() + left, rect.y(), right - left, rect.height()), QColor(colour))
            start = end
        painter.end()


class ObsPanel(Panel):
    needs = ()

    def __init__(self, ctx: "AppContext", parent: Optional[QWidget] = None):
        self.live: Optional["ObsLive"] = None
        self.following_dock = False
        self.started: dict[str, float] = {}  # output -> when Deck saw it start (its running time)
        self.last_stats: dict[str, Any] = {}
        super().__init__(ctx, parent)
        self.meter_timer = QTimer(self)
        self.meter_timer.setInterval(METER_MS)
        self.meter_timer.timeout.connect(self._paint_meters)
        self.stats_timer = QTimer(self)
        self.stats_timer.setInterval(STATS_MS)
        self.stats_timer.timeout.connect(self._poll)
        self._attach()

    def _attach(self) -> None:
        """Follow the live state of the OBS Deck is set up for (a new one after its address or
        password changed in Accounts)."""
        live = self.ctx.services.live(PROVIDER)
        if live is self.live:
            return
        if self.live is not None:
            self.live.changed.disconnect(self._changed)
            self.live.link.state_changed.disconnect(self._link)
            self.live.levels.disconnect(self._levels_moved)
        self.live = live
        if live is not None:
            follow(self, live.changed, self._changed)
            follow(self, live.link.state_changed, self._link)
            follow(self, live.levels, self._levels_moved)
            live.start()
            self.refresh()
        self._link()

    def available(self) -> bool:
        return self.ctx.services.configured(PROVIDER)

    def _offering(self) -> list[Any]:
        return [self.ctx.services.providers[PROVIDER]]

    def _health(self, provider: str, state: str, detail: str) -> None:
        if hasattr(self, "meter_timer"):  # (not while the base class builds the panel)
            self._attach()
        super()._health(provider, state, detail)

    def _open_account(self) -> None:
        self.ctx.window.open_accounts(PROVIDER)

    # ------------------------------------------------------------------ layout
    def build(self) -> None:
        self.state = label("", role="muted", name="obsState", wrap=True)
        self.connect_button = button(self.tr("OBS settings…"), key="obsAccount")
        self.connect_button.clicked.connect(self._open_account)
        self.note = Note("obsNote")

        self.scene_list = named(QListWidget(), "obsScenes")
        self.scene_list.setAccessibleName(self.tr("Scenes"))
        self.scene_list.itemClicked.connect(self._scene_clicked)
        self.scene_list.itemActivated.connect(self._scene_clicked)
        self.studio = switch(self.tr("Studio mode"), name=self.tr("Studio mode"))
        self.studio.setObjectName("obsStudio")
        self.studio.clicked.connect(lambda on: self.run("obs.set-studio-mode-enabled", {"studioModeEnabled": on},
                                                        note=self.note, busy=[self.studio]))
        self.transition = named(QComboBox(), "obsTransition")
        self.transition.setAccessibleName(self.tr("Transition"))
        self.transition.activated.connect(self._transition_chosen)
        self.transition_ms = named(QSpinBox(), "obsTransitionMs")
        self.transition_ms.setRange(50, 20000)
        self.transition_ms.setSingleStep(50)
        self.transition_ms.setSuffix(self.tr(" ms"))
        self.transition_ms.setAccessibleName(self.tr("Transition duration"))
        self.transition_ms.editingFinished.connect(self._duration_chosen)
        self.go = button(self.tr("Transition"), "play", key="obsTransitionNow",
                         tip=self.tr("Put the preview on air with the chosen transition"))
        self.go.clicked.connect(lambda: self.run("obs.trigger-studio-mode-transition", {}, note=self.note, busy=[self.go]))
        scenes = card(self.scene_list, row(self.studio, self.transition, self.transition_ms, self.go),
                      title=self.tr("Scenes"))

        self.sources_title = label("", role="muted", name="obsSourcesTitle")
        self.sources = named(QTreeWidget(), "obsSources")
        self.sources.setHeaderLabels([self.tr("Source"), self.tr("Shown"), self.tr("Locked")])
        self.sources.setRootIsDecorated(True)
        self.sources.itemChanged.connect(self._source_changed)
        self.up = button(self.tr("Move up"), key="obsSourceUp", tip=self.tr("Move the source up"))
        self.down = button(self.tr("Move down"), key="obsSourceDown", tip=self.tr("Move the source down"))
        self.up.clicked.connect(lambda: self._move(+1))
        self.down.clicked.connect(lambda: self._move(-1))
        sources = card(self.sources_title, self.sources, row(self.up, self.down, stretch=True), title=self.tr("Sources"))

        self.mixer = QGridLayout()
        self.mixer.setColumnStretch(3, 1)
        self.mixer_rows: dict[str, tuple[QLabel, QPushButton, QSlider, Meter]] = {}
        mixer_box = QWidget()
        mixer_box.setLayout(self.mixer)
        self.no_audio = label(self.tr("No audio inputs in OBS."), role="muted")
        audio = card(mixer_box, self.no_audio, title=self.tr("Audio mixer"))

        self.output_rows: dict[str, tuple[QLabel, QPushButton]] = {}
        outputs_grid = QGridLayout()
        for i, (key, title, _, _) in enumerate(OUTPUTS):
            state = label("—", name=f"obsOutput.{key}")
            toggle = button(self.tr("Start"), key=f"obsOutputButton.{key}")
            toggle.clicked.connect(lambda _=False, key=key: self._output_pressed(key))
            outputs_grid.addWidget(label(self.tr(str(title))), i, 0)
            outputs_grid.addWidget(state, i, 1)
            outputs_grid.addWidget(toggle, i, 2)
            self.output_rows[key] = (state, toggle)
        self.pause = button(self.tr("Pause"), key="obsRecordPause")
        self.pause.clicked.connect(lambda: self.run("obs.toggle-record-pause", {}, note=self.note, busy=[self.pause]))
        self.chapter = button(self.tr("Chapter"), key="obsRecordChapter", tip=self.tr("Mark a chapter in the recording"))
        self.chapter.clicked.connect(lambda: self.run("obs.create-record-chapter", {}, note=self.note, busy=[self.chapter]))
        self.save_replay = button(self.tr("Save replay"), key="obsSaveReplay")
        self.save_replay.clicked.connect(lambda: self.run("obs.save-replay-buffer", {}, note=self.note,
                                                          busy=[self.save_replay], done=self.tr("Replay saved")))
        outputs_grid.addWidget(self.pause, 1, 3)
        outputs_grid.addWidget(self.chapter, 1, 4)
        outputs_grid.addWidget(self.save_replay, 2, 3)
        outputs_box = QWidget()
        outputs_box.setLayout(outputs_grid)
        outputs = card(outputs_box, title=self.tr("Outputs"))

        self.picture = named(QLabel(), "obsPicture")
        self.picture.setMinimumSize(160, 90)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Program picture"))
        self.stats = label("", role="muted", name="obsStats", wrap=True)
        self.dropping = label("", role="error", name="obsDropping", wrap=True)
        program = card(self.picture, self.stats, self.dropping, title=self.tr("Program"))

        layout = QVBoxLayout(self.body)
        layout.addLayout(row(self.state, self.connect_button, stretch=False))
        layout.addWidget(self.note)
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)  # side by side when the dock is wide
        for parts in ((program, scenes, sources), (audio, outputs)):
            column = QVBoxLayout()
            for part in parts:
                column.addWidget(part)
            column.addStretch(1)
            self.columns.addLayout(column, 1)
        layout.addLayout(self.columns)
        layout.addStretch(1)
        self._fit_columns()

    # ------------------------------------------------------------------ state
    def _link(self, *_: Any) -> None:
        live = self.live
        if live is None:
            return
        link = live.link
        words = {"connected": self.tr("Connected to {versions}").format(versions=link.versions()),
                 "not running": self.tr("OBS is not running, or its WebSocket server is off. Deck connects as soon "
                                        "as it is there."),
                 "wrong password": self.tr("OBS refused the password: set the one OBS shows in Tools → WebSocket "
                                           "Server Settings."),
                 "reconnecting": self.tr("OBS went away: reconnecting…"),
                 "connecting": self.tr("Connecting to OBS…")}
        self.state.setText(words.get(link.state, link.detail))
        set_role(self.state, "ok" if link.state == "connected" else "error" if link.state == "wrong password" else "muted")
        self.connect_button.setVisible(link.state != "connected")
        for widget in self._controls():
            widget.setEnabled(link.state == "connected" and live.loaded)

    def _controls(self) -> list[QWidget]:
        return [self.scene_list, self.studio, self.transition, self.transition_ms, self.go, self.sources, self.up,
                self.down, self.pause, self.chapter, self.save_replay,
                *(b for _, b in self.output_rows.values()), *(w for r in self.mixer_rows.values() for w in r[1:3])]

    def refresh(self) -> None:
        self._changed("all")
        self._poll()

    def _changed(self, what: str) -> None:
        live = self.live
        if live is None:
            return
        if what in ("all", "scenes", "studio", "items"):
            self._show_scenes(live)
            self._show_sources(live)
        if what in ("all", "inputs"):
            self._show_mixer(live)
        if what in ("all", "outputs"):
            self._show_outputs(live)
        if what in ("all", "transition", "scenes"):
            self._show_transition(live)
        self._link()

    def _show_scenes(self, live: "ObsLive") -> None:
        current = self.scene_list.currentItem().data(Qt.ItemDataRole.UserRole) if self.scene_list.currentItem() else ""
        self.scene_list.clear()
        for name in live.scenes:
            marks = []
            if name == live.program:
                marks.append(self.tr("on air"))
            if live.studio and name == live.preview:
                marks.append(self.tr("preview"))
            item = QListWidgetItem(name + (f"   · {', '.join(marks)}" if marks else ""))
            item.setData(Qt.ItemDataRole.UserRole, name)
            font = item.font()
            font.setBold(name == live.program)
            item.setFont(font)
            if name == live.program:
                item.setForeground(QColor("#d7263d"))
            self.scene_list.addItem(item)
            if name == current:
                self.scene_list.setCurrentItem(item)
        fit_rows(self.scene_list, self.scene_list.count())
        self.studio.setChecked(live.studio)
        self.go.setVisible(live.studio)
        self.scene_list.setToolTip(self.tr("Click a scene to put it in the preview; Transition puts it on air.")
                                   if live.studio else self.tr("Click a scene to put it on air."))

    def _tree_items(self) -> Iterator[QTreeWidgetItem]:
        stack = [self.sources.topLevelItem(i) for i in range(self.sources.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()) if item.isExpanded())

    def _scene_in_view(self, live: "ObsLive") -> str:
        return live.preview if live.studio and live.preview else live.program

    def _show_sources(self, live: "ObsLive") -> None:
        scene = self._scene_in_view(live)
        self.sources_title.setText(self.tr("In {scene}").format(scene=scene) if scene else "")
        self.sources.blockSignals(True)
        expanded = {item.text(0) for item in self._tree_items() if item.isExpanded()}
        self.sources.clear()

        def add(source: "Source", parent: Any, scene: str, depth: int = 0) -> None:
            item = QTreeWidgetItem(parent, [source.name, "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, (scene, source.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(1, Qt.CheckState.Checked if source.enabled else Qt.CheckState.Unchecked)
            item.setCheckState(2, Qt.CheckState.Checked if source.locked else Qt.CheckState.Unchecked)
            if source.kind in ("scene", "group"):
                item.setToolTip(0, self.tr("A nested scene") if source.kind == "scene" else self.tr("A group"))
            # a group's sources, or a nested scene's (as OBS keeps them: switching one acts in that scene)
            inside = source.children or (live.items.get(source.name, []) if source.kind == "scene" else [])
            for child in inside if depth < 4 else []:
                add(child, item, source.name, depth + 1)
            item.setExpanded(source.name in expanded or bool(source.children))

        for source in live.items.get(scene, []):
            add(source, self.sources, scene)
        self.sources.blockSignals(False)
        self.sources.resizeColumnToContents(0)
        fit_rows(self.sources, sum(1 for _ in self._tree_items()))

    def _show_mixer(self, live: "ObsLive") -> None:
        audio = live.audio()
        names = [i.name for i in audio]
        if names != list(self.mixer_rows):
            for widgets in self.mixer_rows.values():
                for w in widgets:
                    w.deleteLater()
            self.mixer_rows.clear()
            for r, item in enumerate(audio):
                name = label(item.name)
                mute = named(QPushButton(), f"obsMute.{item.name}")
                mute.setCheckable(True)
                mute.setAccessibleName(self.tr("Mute {input}").format(input=item.name))
                mute.clicked.connect(lambda on, n=item.name: self.run("obs.set-input-mute", {"inputName": n, "inputMuted": on},
                                                                      note=self.note))
                slider = named(QSlider(Qt.Orientation.Horizontal), f"obsVolume.{item.name}")
                slider.setRange(int(FLOOR_DB), 0)
                slider.setAccessibleName(self.tr("{input} volume in dB").format(input=item.name))
                slider.sliderReleased.connect(lambda n=item.name, s=slider: self._volume(n, s.value()))
                meter = Meter(item.name)
                for c, part in enumerate((name, mute, slider, meter)):
                    self.mixer.addWidget(part, r, c)
                self.mixer_rows[item.name] = (name, mute, slider, meter)
        for item in audio:
            _, mute, slider, _ = self.mixer_rows[item.name]
            mute.setChecked(item.muted)
            mute.setText(self.tr("Muted") if item.muted else self.tr("Live"))
            set_role(mute, "error" if item.muted else "")
            if not slider.isSliderDown():
                slider.setValue(int(max(FLOOR_DB, item.volume_db)) if math.isfinite(item.volume_db) else int(FLOOR_DB))
            slider.setToolTip(self.tr("{db} dB").format(db=f"{item.volume_db:.1f}") if math.isfinite(item.volume_db)
                              else self.tr("silent"))
        self.no_audio.setVisible(not audio)

    def _show_outputs(self, live: "ObsLive") -> None:
        now = time.monotonic()
        for key, _, _, _ in OUTPUTS:
            state, toggle = self.output_rows[key]
            active = live.outputs.get(key)
            if active and key not in self.started:
                self.started[key] = now
            elif not active:
                self.started.pop(key, None)
            toggle.setText(self.tr("Stop") if active else self.tr("Start"))
            toggle.setProperty("active", bool(active))
            toggle.setToolTip("" if active is not None else self.tr("Not available in this OBS (for the replay "
                                                                     "buffer: turn it on in OBS → Settings → Output)"))
            toggle.setEnabled(active is not None and live.loaded)
            paused = key == "record" and live.record_paused
            words = (self.tr("paused") if paused else self.tr("on")) if active else \
                self.tr("not available") if active is None else self.tr("off")
            if active and key in self.started:
                words += f" · {duration(now - self.started[key])}"
            state.setText(words)
            set_role(state, "live" if active and key == "stream" else "error" if active and key == "record" else "muted")
        self.pause.setText(self.tr("Resume") if live.record_paused else self.tr("Pause"))
        self.pause.setVisible(bool(live.outputs.get("record")))
        self.chapter.setVisible(bool(live.outputs.get("record")) and live.link.serves("CreateRecordChapter"))
        self.save_replay.setVisible(bool(live.outputs.get("replay")))

    def _show_transition(self, live: "ObsLive") -> None:
        self.transition.clear()
        self.transition.addItems(live.transitions)
        self.transition.setCurrentText(live.transition)
        self.transition_ms.setVisible(live.duration is not None)
        if live.duration is not None and not self.transition_ms.hasFocus():
            self.transition_ms.setValue(live.duration)

    # ------------------------------------------------------------------ the user's doing
    def _scene_clicked(self, item: QListWidgetItem) -> None:
        live = self.live
        name = item.data(Qt.ItemDataRole.UserRole)
        if live is None or not name:
            return
        action = "obs.set-current-preview-scene" if live.studio else "obs.set-current-program-scene"
        self.run(action, {"sceneName": name}, note=self.note)

    def _source_changed(self, item: QTreeWidgetItem, column: int) -> None:
        scene, item_id = item.data(0, Qt.ItemDataRole.UserRole)
        on = item.checkState(column) == Qt.CheckState.Checked
        if column == 1:
            self.run("obs.set-scene-item-enabled", {"sceneName": scene, "sceneItemId": item_id, "sceneItemEnabled": on},
                     note=self.note)
        elif column == 2:
            self.run("obs.set-scene-item-locked", {"sceneName": scene, "sceneItemId": item_id, "sceneItemLocked": on},
                     note=self.note)

    def _move(self, by: int) -> None:
        live, item = self.live, self.sources.currentItem()
        if live is None or item is None:
            self.note.error(self.tr("Choose a source first."))
            return
        scene, item_id = item.data(0, Qt.ItemDataRole.UserRole)
        group = live.source("", name=scene) if item.parent() is not None else None
        siblings = group.children if group is not None else live.items.get(scene, [])
        index = next((i for i, s in enumerate(siblings) if s.id == item_id), None)
        if index is None:
            return
        obs_index = len(siblings) - 1 - index + by  # OBS counts from the bottom
        if not 0 <= obs_index < len(siblings):
            return
        self.run("obs.set-scene-item-index", {"sceneName": scene, "sceneItemId": item_id, "sceneItemIndex": obs_index},
                 note=self.note)

    def _volume(self, name: str, db: int) -> None:
        self.run("obs.set-input-volume", {"inputName": name, "inputVolumeDb": float(db)}, note=self.note)

    def _transition_chosen(self, index: int) -> None:
        self.run("obs.set-current-scene-transition", {"transitionName": self.transition.itemText(index)}, note=self.note)

    def _duration_chosen(self) -> None:
        live = self.live
        if live is not None and live.duration != self.transition_ms.value():
            self.run("obs.set-current-scene-transition-duration", {"transitionDuration": self.transition_ms.value()},
                     note=self.note)

    def _output_pressed(self, key: str) -> None:
        live = self.live
        if live is None:
            return
        _, _, start, stop = next(o for o in OUTPUTS if o[0] == key)
        _, toggle = self.output_rows[key]
        self.run(f"obs.{stop if live.outputs.get(key) else start}", {}, note=self.note, busy=[toggle])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.built:
            self._fit_columns()

    def _fit_columns(self) -> None:
        wide = self.width() >= TWO_COLUMNS
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    # ------------------------------------------------------------------ while on screen
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None and not self.following_dock:  # a dock behind another's tab stays "visible"
            self.following_dock = True
            dock.visibilityChanged.connect(self._on_screen)
        self._on_screen(True)

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self._on_screen(False)

    def _on_screen(self, shown: bool) -> None:
        live = self.live
        if live is None or shown == self.meter_timer.isActive():
            return
        if shown:
            self.meter_timer.start()
            self.stats_timer.start()
        else:
            self.meter_timer.stop()
            self.stats_timer.stop()
        runtime.spawn(self._meters(shown), name="obs meters")

    async def _meters(self, on: bool) -> None:
        if self.live is not None:
            try:
                await self.live.want_meters(on)
            except DeckError:
                pass  # not connected: asked for on connecting

    def _levels_moved(self) -> None:
        self._levels_pending = True

    def _paint_meters(self) -> None:
        live = self.live
        if live is None or not getattr(self, "_levels_pending", False):
            return
        self._levels_pending = False
        for name, (_, _, _, meter) in self.mixer_rows.items():
            item = live.inputs.get(name)
            meter.set_level(item.level_db if item is not None else -math.inf)
        if any(self.started):
            self._show_outputs(live)

    def _poll(self) -> None:
        """Stats and the program picture, while the panel is on screen."""
        live = self.live
        if live is None or not live.link.connected or not on_screen(self):
            return
        self.ctx.run("obs.get-stats", {}, source="auto", on_result=self._show_stats, on_error=lambda exc: None)
        if live.program:
            self.ctx.run("obs.get-source-screenshot", {"sourceName": live.program, "imageFormat": "png",
                                                       "imageWidth": 320, "imageHeight": 180},
                         source="auto", on_result=self._show_picture, on_error=lambda exc: None)
        if any(self.started):
            self._show_outputs(live)

    def _show_stats(self, stats: Any) -> None:
        if not isinstance(stats, dict):
            return
        before, self.last_stats = self.last_stats, stats
        self.stats.setText(self.tr("{fps} fps · CPU {cpu}% · render skipped {render} · output skipped {output} · "
                                   "{disk} free").format(
            fps=f"{stats.get('activeFps', 0):.0f}", cpu=f"{stats.get('cpuUsage', 0):.1f}",
            render=stats.get("renderSkippedFrames", 0), output=stats.get("outputSkippedFrames", 0),
            disk=f"{stats.get('availableDiskSpace', 0) / 1024:.1f} GB"))
        dropped = sum(int(stats.get(k) or 0) - int(before.get(k) or 0)
                      for k in ("renderSkippedFrames", "outputSkippedFrames")) if before else 0
        self.dropping.setText(self.tr("OBS is dropping frames ({count} in the last {seconds} s).").format(
            count=dropped, seconds=STATS_MS // 1000) if dropped > 0 else "")
        self.dropping.setVisible(dropped > 0)

    def _show_picture(self, answer: Any) -> None:
        data = answer.get("imageData") if isinstance(answer, dict) else None
        if not isinstance(data, str) or "," not in data:
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(base64.b64decode(data.split(",", 1)[1], validate=False)):
            self.picture.setPixmap(pixmap.scaled(320, 180, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
