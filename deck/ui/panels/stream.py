"""Stream: live status per platform, title and category, and clips."""
from __future__ import annotations

import datetime as dt
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QFormLayout, QGridLayout, QLabel, QVBoxLayout

from deck.actions.capabilities import platform_title

from ..kit import Form, Panel, Via, fill_platforms, line, platform_choices, spin
from ..widgets import Counter, Note, button, card, follow, label, number, row, set_role

SEARCH_DELAY_MS = 300
SEARCH_MIN = 3  # characters typed before categories are searched (the strictest service's minimum)


def uptime(started: str, now: float) -> str:
    """How long a stream has been live, as "2 h 05 min" ("" when unknown)."""
    try:
        since = dt.datetime.fromisoformat(started.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return ""
    minutes = max(0, int(now - since) // 60)
    if minutes >= 60:
        return QCoreApplication.translate("Stream", "{hours} h {minutes} min").format(hours=minutes // 60,
                                                                                      minutes=f"{minutes % 60:02d}")
    return QCoreApplication.translate("Stream", "{minutes} min").format(minutes=minutes)


class StreamPanel(Panel):
    needs = ("stream.status", "stream.meta", "stream.clip")
    refresh_seconds = 15  # MissXss allows 120 status reads a minute; two platforms every 15 s is 8

    def build(self) -> None:
        ctx = self.ctx
        self.meta_cache: dict[str, Any] = {}  # platform title -> the last StreamStatus seen
        self.category_ids: dict[str, str] = {}  # a category's name (lowercase) -> its id, from searches and status
        self.platforms = [platform_title(p) for p in ctx.capabilities.platforms("stream.status")]
        # live status
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.status: dict[str, dict[str, QLabel]] = {}
        columns = ("live", "viewers", "followers", "subscribers", "category")
        for col, header in enumerate(("", self.tr("Status"), self.tr("Viewers"), self.tr("Followers"), self.tr("Subscribers"),
                                      self.tr("Category"))):
            grid.addWidget(label(header, role="muted"), 0, col)
        for r, (platform, where) in enumerate(zip(self.platforms, ctx.capabilities.platforms("stream.status")), start=1):
            cells = {key: label(name=f"{platform.lower()}.{key}") for key in columns}
            grid.addWidget(label(platform, role="strong"), r, 0)
            for col, key in enumerate(columns, start=1):
                grid.addWidget(cells[key], r, col)
            grid.addWidget(Via(ctx, "stream.status", lambda where=where: where), r, len(columns) + 1)
            self.status[platform] = cells
        grid.setColumnStretch(len(columns), 1)
        self.status_note = Note("statusNote")
        self.reload = button("", "refresh", name=self.tr("Refresh stream status"))
        self.reload.clicked.connect(self.refresh)
        live = card(row(label(self.tr("Live now"), name="sectionTitle"), self.reload, stretch=True, spacing=4), grid,
                    self.status_note)

        # title and category
        self.title = line(self.tr("Stream title"), self.tr("Stream title"), ctx, "stream.meta", "title", key="titleEdit")
        self.counter = Counter(self.title, 140)
        self.category = line(self.tr("Category — type to search"), self.tr("Category"), ctx, "stream.meta", "game", key="categoryEdit")
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.category.setCompleter(completer)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search_categories)
        self.category.textEdited.connect(lambda _: self.search_timer.start())
        self._search_seq = 0
        self.platform = platform_choices(ctx, "stream.meta")
        self.platform.setObjectName("platformChoice")
        self.platform.currentIndexChanged.connect(lambda _: self._fill_editor(force=True))
        self.apply = button(self.tr("Apply"), "apply", name=self.tr("Apply title and category"), key="applyButton")
        self.apply.setDefault(True)
        self.meta_note = Note("metaNote")
        self.meta = Form(self, "stream.meta", self._meta_params, self.apply, (self.title, self.category),
                         self.meta_note, done=self.tr("Updated ✓"), on_result=lambda _: self.refresh(), platform=self.platform,
                         quiet_when_empty=True, extra=lambda: [] if self.title.text().strip() else
                         [self.tr("Title: a stream always has one (1–140 characters)")])
        fields = QFormLayout()  # labels in one column, fields starting at one edge
        fields.addRow(self.tr("Title"), row(self.title, self.counter))
        fields.addRow(self.tr("Category"), self.category)
        fields.addRow(self.tr("Platform"), row(self.platform, self.apply, Via(ctx, "stream.meta", self.platform), stretch=True))
        editor = card(fields, self.meta_note, title=self.tr("Title and category"))

        # clip
        self.clip_title = line(self.tr("Clip title (optional)"), self.tr("Clip title"), ctx, "stream.clip", "title")
        self.clip_duration = spin(ctx, "stream.clip", "duration", self.tr(" s"))
        self.clip_button = button(self.tr("Clip"), "clip", name=self.tr("Create clip"), key="clipButton")
        self.clip_note = Note("clipNote")
        Form(self, "stream.clip", lambda: {"title": self.clip_title.text().strip(),
                                            "duration": self.clip_duration.value()},
             self.clip_button, (self.clip_title, self.clip_duration), self.clip_note, done=self.tr("Clip requested ✓"))
        clip = card(row(self.clip_title, self.clip_duration, self.clip_button, Via(ctx, "stream.clip")), self.clip_note,
                    title=self.tr("Clip"))

        layout = QVBoxLayout(self.body)
        for w in (live, editor, clip):
            layout.addWidget(w)
        layout.addStretch(1)
        follow(self, ctx.services.events.happened, self._happened)

    def _happened(self, happening: Any) -> None:
        """The stream went live or ended, or its title or category changed: show it now."""
        if happening.kind in ("live", "metadata") and self.loaded:
            self.refresh()

    def _meta_params(self) -> dict[str, Any]:
        current = self.meta_cache.get(platform_title(self.platform.currentData() or ""))
        title, game = self.title.text(), self.category.text().strip()
        changed = game if not current or game.lower() != current.category.lower() else None
        return {"title": title if not current or title != current.title else None, "game": changed,
                "category_id": self.category_ids.get(changed.lower()) if changed else None}

    def _fill_editor(self, force: bool = False) -> None:
        """The chosen platform's title and category in the editor (on first sight, or when the
        platform changes)."""
        meta = self.meta_cache.get(platform_title(self.platform.currentData() or ""))
        if meta is not None and (force or (not self.title.text() and not self.category.text())):
            self.title.setText(meta.title or "")
            self.category.setText(meta.category or "")
        self.meta.check()

    # ---- live status
    def refresh(self) -> None:
        fill_platforms(self.ctx, self.platform, "stream.meta")
        for platform in self.ctx.capabilities.platforms("stream.status"):
            if not self.ctx.capabilities.choose("stream.status", platform):
                continue  # no connected service reports this platform: its row stays empty
            self.ctx.run("stream.status", {}, platform=platform, source="auto", parent=self,
                         on_result=self._show_meta, on_error=lambda exc: self.status_note.error(str(exc)))

    def _show_meta(self, meta: Any) -> None:
        platform = platform_title(meta.platform or "kick")
        self.meta_cache[platform] = meta
        if meta.category and meta.category_id:
            self.category_ids[meta.category.lower()] = meta.category_id
        cells = self.status[platform]
        since = uptime(meta.started, time.time()) if meta.started else ""
        cells["live"].setText((self.tr("● LIVE") + (f" · {since}" if since else "")) if meta.live else self.tr("○ Offline"))
        set_role(cells["live"], "live" if meta.live else "muted")
        cells["viewers"].setText(number(meta.viewers))
        for key in ("followers", "subscribers"):
            value = getattr(meta, key)
            cells[key].setText("—" if value is None else number(value))
        cells["category"].setText(meta.category or "—")
        cells["category"].setToolTip(meta.title or "")
        self.status_note.clear()
        self._fill_editor()

    # ---- category search
    def search_categories(self) -> None:
        query = self.category.text().strip()
        if len(query) < SEARCH_MIN:
            return
        self._search_seq += 1
        seq = self._search_seq

        def show(categories: Any) -> None:
            if seq != self._search_seq:  # a newer search was started: this answer is stale
                return
            self.category_ids.update({c.name.lower(): c.id for c in categories if c.id})
            self.suggestions.setStringList([c.name for c in categories])  # best match first
            if categories and self.category.hasFocus():
                self.category.completer().complete()

        self.ctx.run("stream.search-categories", {"query": query, "limit": 10}, source="auto", parent=self,
                     platform=self.platform.currentData() or "", on_result=show,
                     on_error=lambda exc: self.meta_note.error(str(exc)))
