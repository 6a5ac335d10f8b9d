"""Stream: live status per platform, title and category, and clips."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QGridLayout, QLabel, QVBoxLayout

from deck.actions.capabilities import platform_title

from ..kit import Counter, Form, Note, Panel, Via, button, card, choices, label, line, row, set_role, spin

SEARCH_DELAY_MS = 300


class StreamPanel(Panel):
    needs = ("stream.status", "stream.meta", "stream.clip")
    refresh_seconds = 15  # MissXss allows 120 status reads a minute; two platforms every 15 s is 8

    def build(self) -> None:
        ctx = self.ctx
        self.meta_cache: dict[str, Any] = {}  # platform title -> the last StreamStatus seen
        self.platforms = [platform_title(p) for p in ctx.capabilities.platforms("stream.status")]
        # live status
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.status: dict[str, dict[str, QLabel]] = {}
        for col, header in enumerate(("", "Status", "Viewers", "Followers", "Category")):
            grid.addWidget(label(header, role="muted"), 0, col)
        for r, platform in enumerate(self.platforms, start=1):
            cells = {key: label(name=f"{platform.lower()}.{key}") for key in ("live", "viewers", "followers", "category")}
            grid.addWidget(label(f"<b>{platform}</b>"), r, 0)
            for col, key in enumerate(("live", "viewers", "followers", "category"), start=1):
                grid.addWidget(cells[key], r, col)
            self.status[platform] = cells
        grid.setColumnStretch(4, 1)
        self.status_note = Note("statusNote")
        self.reload = button("", "refresh", name="Refresh stream status")
        self.reload.clicked.connect(self.refresh)
        live = card(row(label("Live now", name="sectionTitle"), self.reload, Via(ctx, "stream.status"), stretch=True,
                        spacing=4), grid, self.status_note)

        # title and category
        self.title = line("Stream title", "Stream title", ctx, "stream.meta", "title", key="titleEdit")
        self.counter = Counter(self.title, 140)
        self.category = line("Category — type to search", "Category", ctx, "stream.meta", "game", key="categoryEdit")
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.category.setCompleter(completer)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search_categories)
        self.category.textEdited.connect(lambda _: self.search_timer.start())
        self._search_seq = 0
        self.platform = choices(ctx, "stream.meta", "platform")
        self.platform.setObjectName("platformChoice")
        self.apply = button("Apply", "apply", name="Apply title and category", key="applyButton")
        self.apply.setDefault(True)
        self.meta_note = Note("metaNote")
        self.meta = Form(self, "stream.meta", self._meta_params, self.apply,
                         (self.title, self.category, self.platform), self.meta_note, done="Updated ✓",
                         on_result=lambda _: self.refresh())
        self.title.returnPressed.connect(self.meta.submit)
        editor = card(
            row(label("Title"), self.title, self.counter),
            row(label("Category"), self.category),
            row(label("Platform"), self.platform, self.apply, Via(ctx, "stream.meta"), stretch=False),
            self.meta_note, title="Title and category")

        # clip
        self.clip_title = line("Clip title (optional)", "Clip title", ctx, "stream.clip", "title")
        self.clip_duration = spin(ctx, "stream.clip", "duration", " s")
        self.clip_button = button("Clip", "clip", name="Create clip", key="clipButton")
        self.clip_note = Note("clipNote")
        Form(self, "stream.clip", lambda: {"title": self.clip_title.text().strip(),
                                            "duration": self.clip_duration.value()},
             self.clip_button, (self.clip_title, self.clip_duration), self.clip_note, done="Clip requested ✓")
        clip = card(row(self.clip_title, self.clip_duration, self.clip_button, Via(ctx, "stream.clip")), self.clip_note,
                    title="Clip")

        layout = QVBoxLayout(self.body)
        for w in (live, editor, clip):
            layout.addWidget(w)
        layout.addStretch(1)

    def _meta_params(self) -> dict[str, Any]:
        platform = self.platform.currentData()
        current = self.meta_cache.get(platform)
        title, game = self.title.text(), self.category.text().strip()
        return {"title": title or None,
                "game": game if not current or game.lower() != current.category.lower() else None,
                "platform": platform}

    # ---- live status
    def refresh(self) -> None:
        for platform in self.ctx.capabilities.platforms("stream.status"):
            if not self.ctx.capabilities.choose("stream.status", platform):
                continue  # no connected service reports this platform: its row stays empty
            self.ctx.run("stream.status", {}, platform=platform, source="auto", parent=self,
                         on_result=self._show_meta, on_error=lambda exc: self.status_note.error(str(exc)))

    def _show_meta(self, meta: Any) -> None:
        platform = platform_title(meta.platform or "kick")
        first = platform not in self.meta_cache
        self.meta_cache[platform] = meta
        cells = self.status[platform]
        cells["live"].setText("● LIVE" if meta.live else "○ Offline")
        set_role(cells["live"], "live" if meta.live else "muted")
        cells["viewers"].setText(f"{meta.viewers:,}")
        cells["followers"].setText("—" if meta.followers is None else f"{meta.followers:,}")
        cells["category"].setText(meta.category or "—")
        cells["category"].setToolTip(meta.title or "")
        self.status_note.clear()
        if first and platform == self.platform.currentData() and not self.title.text() and not self.category.text():
            self.title.setText(meta.title or "")
            self.category.setText(meta.category or "")
        self.meta.check()

    # ---- category search
    def search_categories(self) -> None:
        query = self.category.text().strip()
        if len(query) < 2:
            return
        self._search_seq += 1
        seq = self._search_seq

        def show(categories: Any) -> None:
            if seq != self._search_seq:  # a newer search was started: this answer is stale
                return
            self.suggestions.setStringList([c.name for c in categories])  # best match first
            if categories and self.category.hasFocus():
                self.category.completer().complete()

        self.ctx.run("stream.search-categories", {"query": query, "limit": 10}, source="auto", parent=self,
                     on_result=show, on_error=lambda exc: self.meta_note.error(str(exc)))
