"""Songs: play, pause and skip through the service the user picks, and, where a service keeps
a song-request queue, the queue itself (now playing, promote, remove, request, clear), the
playlist (search, sort, page, add, import, remove, delete all) and the song-request settings."""
from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deck.actions.registry import Invocation

from ..kit import Form, Loader, PagedTable, Panel, Via, line, param, spin
from ..widgets import Note, Table, button, card, follow, label, level_text, row, switch

CONTROLS = (("songs.play", QT_TRANSLATE_NOOP("SongsPanel", "Play / resume"), "play", QT_TRANSLATE_NOOP("SongsPanel", "Playing")),
            ("songs.pause", QT_TRANSLATE_NOOP("SongsPanel", "Pause"), "pause", QT_TRANSLATE_NOOP("SongsPanel", "Paused")),
            ("songs.skip", QT_TRANSLATE_NOOP("SongsPanel", "Skip"), "skip", QT_TRANSLATE_NOOP("SongsPanel", "Playing the next song")))


def length(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds else ""


def describe(song: Any) -> str:
    parts = [f"<b>{song.title or '?'}</b>"]
    if song.artist and song.artist not in song.title:
        parts.append(song.artist)
    extra = " · ".join(x for x in (f"requested by {song.requester}" if song.requester else "", length(song.duration),
                                    song.source) if x)
    return " — ".join(parts) + (f"<br><span>{extra}</span>" if extra else "")


class QueueTable(Table):
    """The queue: a song dragged onto another row asks to move there (``moved(from, to)``);
    the panel does what the service allows."""

    moved = Signal(int, int)

    def __init__(self) -> None:
        super().__init__(["#", self.tr("Song"), self.tr("Requested by"), self.tr("Length")], self.tr("Song queue"), stretch=1)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setToolTip(self.tr("Drag a song to the top to play it next"))

    def dropEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        source = self.selectionModel().selectedRows()
        target = self.rowAt(event.position().toPoint().y())
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the rows move when the service says so
        event.accept()
        if source and target >= 0 and target != source[0].row():
            self.moved.emit(source[0].row(), target)


class SongsPanel(Panel):
    needs = ("songs.play", "songs.pause", "songs.skip", "songs.queue")
    refresh_seconds = 10

    def build(self) -> None:
        self.queue_size = 0
        self.now_playing = label("", name="nowPlaying", wrap=True)
        self.state = label(self.tr("No song command sent from Deck yet."), name="songState", wrap=True)
        self.state.setAccessibleName(self.tr("Song player state"))
        follow(self, self.ctx.registry.invocation_changed, self._seen)
        self.note = Note("songNote")
        self.buttons = {}
        for capability, text, icon_name, _ in CONTROLS:
            b = button(self.tr(str(text)), icon_name)
            b.setObjectName(capability.split(".")[1])
            b.setIconSize(QSize(20, 20))
            b.setMinimumHeight(38)
            b.clicked.connect(lambda _=False, c=capability: self.send(c))
            self.buttons[capability] = b
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages(self.tabs, ((self._queue, self.tr("Queue")),
                                   (self._playlist, self.tr("Playlist")), (self._settings, self.tr("Settings"))))
        self.tabs.setCornerWidget(Via(self.ctx, "songs.queue"))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        self.via = Via(self.ctx, "songs.skip", together=("songs.play", "songs.pause"))
        self.via.picked.connect(lambda _: self.refresh())
        layout = QVBoxLayout(self.body)
        layout.addWidget(card(self.now_playing, row(*self.buttons.values(), self.via), self.state, self.note,
                              title=self.tr("Now playing")))
        layout.addWidget(self.tabs, 1)

    def reports_playing(self) -> bool:
        """Whether the service the buttons go through is the one whose queue is shown."""
        caps = self.ctx.capabilities
        player, queue = caps.choose("songs.skip"), caps.choose("songs.queue")
        return player is not None and queue is not None and player.provider == queue.provider

    def refresh(self) -> None:
        caps = self.ctx.capabilities
        if caps.available("songs.queue"):
            self.queue_loader.load("songs.queue", {}, self._show_queue)
        if not self.reports_playing():
            player = caps.choose("songs.skip")
            self.now_playing.setText(self.tr("{player} does not report what is playing; below is the last command that "
                                             "worked.").format(player=player.title if player else self.tr("The player")))
        index = self.tabs.currentIndex()
        if index == 1 and caps.available("songs.playlist"):
            self.playlist.load()
        elif index == 2 and caps.available("songs.settings"):
            self.settings_loader.load("songs.settings", {}, self._show_settings)

    def send(self, capability: str) -> None:
        self.run(capability, note=self.note, busy=self.buttons.values(), on_result=lambda _: self.refresh())

    def _seen(self, inv: Invocation) -> None:
        """A song command that worked, from anywhere in Deck (a deck button, a hotkey, the
        command line through the app): the panel says what the player now does."""
        if inv.state != "ok":
            return
        served = {capability for capability, _ in self.ctx.capabilities.of_action(inv.action.id)} | {inv.action.id}
        outcome = next((state for capability, _, _, state in CONTROLS if capability in served), None)
        if outcome:
            self.state.setText(f"<b>{self.tr(str(outcome))}</b> · {time.strftime('%H:%M:%S')}")

    # ------------------------------------------------------------------ queue
    def _queue(self) -> QWidget:
        self.queue_table = QueueTable()
        self.queue_table.moved.connect(self._moved)
        self.queue_loader = Loader(self, self.queue_table, self.tr("The queue is empty."), "queueLoader")
        self.request = line(self.tr("A song's URL, or words to search for"), self.tr("Song to request"), self.ctx, "songs.request", "q",
                            key="songRequest")
        self.request_button = button(self.tr("Request"), "new", name=self.tr("Request song"), key="requestSong")
        self.promote_button = button(self.tr("Play next"), "prev", name=self.tr("Move to the front"), key="promoteSong")
        self.remove_button = button(self.tr("Remove"), "delete", name=self.tr("Remove from queue"), key="removeSong")
        self.clear_button = button(self.tr("Clear queue…"), "warning", key="clearQueue")
        self.queue_note = Note("queueNote")
        request = Form(self, "songs.request", lambda: {"q": self.request.text().strip()}, self.request_button,
                       (self.request,), self.queue_note, done=self.tr("Requested ✓"),
                       on_result=lambda _: (request.reset(self.request), self.refresh()))
        self.promote_button.clicked.connect(lambda: self._on_selected("songs.promote", self.tr("Moved to the front ✓")))
        self.remove_button.clicked.connect(lambda: self._on_selected("songs.remove", self.tr("Removed ✓")))
        self.clear_button.clicked.connect(self.clear_queue)
        self.queue_table.itemSelectionChanged.connect(self._queue_selection)
        self._queue_selection()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.queue_loader, 1)
        layout.addLayout(row(self.promote_button, self.remove_button, self.clear_button, stretch=True))
        layout.addLayout(row(self.request, self.request_button))
        layout.addWidget(self.queue_note)
        return page

    def _show_queue(self, queue: Any) -> bool:
        self.queue_size = len(queue.songs)
        if self.reports_playing():
            off = "" if queue.requests_enabled else self.tr("<br><i>Song requests are turned off.</i>")
            self.now_playing.setText((describe(queue.current) if queue.current else self.tr("Nothing is playing.")) + off)
        self.clear_button.setEnabled(bool(queue.songs))
        return self.queue_table.set_rows(queue.songs, lambda s: [
            queue.songs.index(s) + 1, f"{s.title}" + (f" — {s.artist}" if s.artist and s.artist not in s.title else ""),
            s.requester, length(s.duration)])

    def _queue_selection(self) -> None:
        chosen = self.queue_table.selected() is not None
        self.promote_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_selected(self, capability: str, done: str) -> None:
        song = self.queue_table.selected()
        if song is not None:
            self.run(capability, {"id": song.id}, note=self.queue_note, done=done, on_result=lambda _: self.refresh())

    def _moved(self, source: int, target: int) -> None:
        """Moving to the front is what a song-request queue allows (promote)."""
        if target == 0:
            self.queue_table.selectRow(source)
            self._on_selected("songs.promote", self.tr("Moved to the front ✓"))
        else:
            self.queue_note.error(self.tr("A song can only be moved to the front of the queue: drop it on the first row."))

    def clear_queue(self) -> None:
        n = self.queue_size
        self.run("songs.clear", note=self.queue_note, busy=[self.clear_button], done=self.tr("Queue cleared ✓"),
                 question=self.tr("Clear the song queue? <b>%n song(s)</b> will be removed.", "", n),
                 on_result=lambda _: self.refresh())

    # ------------------------------------------------------------------ playlist
    def _playlist(self) -> QWidget:
        self.playlist_search = line(self.tr("Search the playlist"), self.tr("Search playlist"), key="playlistSearch")
        self.playlist_sort = QComboBox(objectName="playlistSort")
        self.playlist_sort.setAccessibleName(self.tr("Sort by"))
        for key, text in (("date", self.tr("Newest first")), ("title", self.tr("Title")), ("artist", self.tr("Artist")),
                          ("random", self.tr("Shuffle"))):
            self.playlist_sort.addItem(text, key)

        def params() -> dict[str, Any]:
            key = self.playlist_sort.currentData()
            return {"q": self.playlist_search.text().strip() or None, "sort_by": key,
                    "direction": "desc" if key == "date" else "asc"}

        self.playlist = PagedTable(self, "songs.playlist", [self.tr("Song"), self.tr("Length"), self.tr("Source")], self.tr("Playlist"),
                                   self.tr("The playlist is empty."), 25, "songs",
                                   lambda s: [s.title, length(s.duration), s.source], lambda: {
                                       k: v for k, v in params().items() if v is not None}, stretch=0)
        self.playlist_search.returnPressed.connect(lambda: self.playlist.load(first_page=True))
        self.playlist_sort.currentIndexChanged.connect(lambda _: self.playlist.load(first_page=True))
        self.add_song = line(self.tr("A song's URL, or words to search for"), self.tr("Song for the playlist"), self.ctx,
                             "songs.playlist-add", "q", key="playlistAdd")
        self.add_button = button(self.tr("Add"), "new", name=self.tr("Add to playlist"), key="playlistAddButton")
        self.import_url = line(self.tr("A playlist's URL (YouTube, SoundCloud…)"), self.tr("Playlist to import"), self.ctx,
                               "songs.playlist-import", "url", key="playlistImport")
        self.import_button = button(self.tr("Import"), name=self.tr("Import playlist"), key="playlistImportButton")
        self.remove_song = button(self.tr("Remove selected"), "delete", key="playlistRemove")
        self.delete_all = button(self.tr("Delete all…"), "warning", key="playlistDeleteAll")
        self.playlist_note = Note("playlistNote")
        add = Form(self, "songs.playlist-add", lambda: {"q": self.add_song.text().strip()}, self.add_button,
                   (self.add_song,), self.playlist_note, done=self.tr("Added ✓"),
                   on_result=lambda _: (add.reset(self.add_song), self.playlist.load()))
        imported = Form(self, "songs.playlist-import", lambda: {"url": self.import_url.text().strip()},
                        self.import_button, (self.import_url,), self.playlist_note, done=self.tr("Imported ✓"),
                        on_result=lambda _: (imported.reset(self.import_url), self.playlist.load()))
        self.remove_song.clicked.connect(self._remove_from_playlist)
        self.delete_all.clicked.connect(self._delete_playlist)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row(self.playlist_search, self.playlist_sort))
        layout.addWidget(self.playlist, 1)
        layout.addLayout(row(self.remove_song, self.delete_all, stretch=True))
        layout.addLayout(row(self.add_song, self.add_button))
        layout.addLayout(row(self.import_url, self.import_button))
        layout.addWidget(self.playlist_note)
        return page

    def _remove_from_playlist(self) -> None:
        song = self.playlist.table.selected()
        if song is not None:
            self.run("songs.playlist-remove", {"id": song.id}, note=self.playlist_note, done=self.tr("Removed ✓"),
                     on_result=lambda _: self.playlist.load())

    def _delete_playlist(self) -> None:
        n = self.playlist.pager.total
        self.run("songs.playlist-clear", note=self.playlist_note, busy=[self.delete_all], done=self.tr("Playlist deleted ✓"),
                 question=self.tr("Delete the whole playlist? <b>%n song(s)</b> will be removed.", "", n),
                 on_result=lambda _: self.playlist.load(first_page=True))

    # ------------------------------------------------------------------ settings
    def _settings(self) -> QWidget:
        form = QWidget()
        layout = QFormLayout(form)
        action = "songs.settings-set"
        self.setting = {
            "enabled": switch(self.tr("Take song requests"), self.tr("Song requests on")),
            "limits.queue": spin(self.ctx, action, "limits.queue"), "limits.user": spin(self.ctx, action, "limits.user"),
            "limits.playlistOnly": switch(self.tr("Only songs from the playlist")),
            "limits.exemptUserLevel": QComboBox(), "playlist": QComboBox(), "searchProvider": QComboBox(),
            "userLevel": QComboBox(), "volume": spin(self.ctx, action, "volume", self.tr(" %")),
            "youtube.limitToMusic": switch(self.tr("Music videos only")),
            "youtube.limitToLikedVideos": switch(self.tr("Only videos with more likes than dislikes")),
        }
        for key in ("limits.exemptUserLevel", "userLevel"):
            for level in reversed(param(self.ctx, action, key).choices):  # everyone first
                self.setting[key].addItem(level_text(level), level)
        self.providers: dict[str, QCheckBox] = {}
        self.providers_row = row(stretch=True)
        for key, text in (("enabled", ""), ("limits.queue", self.tr("Songs in the queue")),
                          ("limits.user", self.tr("Songs per viewer")), ("limits.playlistOnly", ""),
                          ("limits.exemptUserLevel", self.tr("Limits do not apply to")),
                          ("userLevel", self.tr("Who may request")), ("playlist", self.tr("AutoDJ plays")),
                          ("searchProvider", self.tr("Searches look on")), ("volume", self.tr("AutoDJ volume")),
                          ("youtube.limitToMusic", ""), ("youtube.limitToLikedVideos", "")):
            widget = self.setting[key]
            widget.setObjectName(f"songSetting.{key}")
            if text:
                widget.setAccessibleName(text)
            layout.addRow(text, widget)
        layout.addRow(self.tr("Songs may come from"), self.providers_row)
        self.save_settings = button(self.tr("Save"), "apply", name=self.tr("Save song request settings"), key="saveSongSettings")
        self.settings_note = Note("songSettingsNote")
        self.loaded_settings: dict[str, Any] = {}
        self.settings_form = Form(self, "songs.settings-set", self._changed_settings, self.save_settings,
                                  tuple(self.setting.values()), self.settings_note, done=self.tr("Saved ✓"),
                                  on_result=self._show_settings, quiet_when_empty=True)
        layout.addRow(row(self.save_settings, stretch=True))
        layout.addRow(self.settings_note)
        self.settings_loader = Loader(self, form, self.tr("No settings."), "songSettingsLoader")
        return self.settings_loader

    @staticmethod
    def _value(widget: QWidget) -> Any:
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        return None

    def _current(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, widget in self.setting.items():
            group, _, name = key.rpartition(".")
            (values.setdefault(group, {}) if group else values)[name] = self._value(widget)
        values["providers"] = [k for k, box in self.providers.items() if box.isChecked()]
        return values

    def _changed_settings(self) -> dict[str, Any]:
        """Only what differs from what the service said: a partial update."""
        before, now = self.loaded_settings, self._current()
        changed: dict[str, Any] = {}
        for key, value in now.items():
            if isinstance(value, dict):
                diff = {k: v for k, v in value.items() if (before.get(key) or {}).get(k) != v}
                if diff:
                    changed[key] = diff
            elif before.get(key) != value:
                changed[key] = value
        return changed

    def _show_settings(self, answer: Any) -> bool:
        settings = answer.values
        self.loaded_settings = settings
        for key, choices in (("playlist", answer.playlists), ("searchProvider", answer.sources)):
            box = self.setting[key]
            box.blockSignals(True)
            box.clear()
            for value, text in choices.items():
                box.addItem(text, value)
            box.blockSignals(False)
        for key, widget in self.setting.items():
            group, _, name = key.rpartition(".")
            value = (settings.get(group) or {}).get(name) if group else settings.get(name)
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox) and isinstance(value, int):
                widget.setValue(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            widget.blockSignals(False)
        self._show_providers(answer.sources, settings.get("providers", []))
        self.settings_form.check()
        return bool(settings)

    def _show_providers(self, offered: dict[str, str], enabled: list[str]) -> None:
        for box in self.providers.values():
            self.providers_row.removeWidget(box)
            box.deleteLater()
        self.providers = {}
        for key, text in offered.items():
            box = QCheckBox(text, objectName=f"songProvider.{key}")
            box.setChecked(key in enabled)
            box.toggled.connect(self.settings_form.edited)
            self.providers_row.insertWidget(self.providers_row.count() - 1, box)
            self.providers[key] = box

