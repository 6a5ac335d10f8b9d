"""Alerts & effects: recent activity, audio alerts, effect overlays, text to speech,
donation tests and Voicemod."""
from __future__ import annotations

import json
from collections import deque
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDoubleSpinBox, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from deck.providers.capabilities import PLATFORMS, Happening

from ..kit import Form, Loader, PagedTable, Panel, Via, choices, line, param, spin
from ..widgets import Counter, Note, Picker, Table, button, card, follow, label, row, switch, when

OVERLAY_NOTE = QT_TRANSLATE_NOOP("AlertsPanel", "Needs the MissXss overlay open in OBS.")


class AlertsPanel(Panel):
    needs = ("activity.recent", "alerts.list", "effects.trigger", "chat.tts")
    refresh_seconds = 20

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setCornerWidget(Via(self.ctx, "activity.recent"))
        self.tab_pages(self.tabs, ((self._recent, self.tr("Recent")), (self._alerts, self.tr("Audio alerts")),
                                   (self._effects, self.tr("Effects")), (self._speech, self.tr("Text to speech")),
                                   (self._donation, self.tr("Donation test")), (self._voicemod, self.tr("Voicemod"))))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        QVBoxLayout(self.body).addWidget(self.tabs)

    def refresh(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.load_recent()
        elif self.tabs.currentIndex() == 1 and self.alert_list.loader.state != "content":
            self.alert_list.load()

    # ------------------------------------------------------------------ recent
    def _recent(self) -> QWidget:
        self.recent_table = Table([self.tr("Event"), self.tr("Who"), self.tr("Details"), self.tr("Platform"), self.tr("When")],
                                  self.tr("Recent activity"), stretch=2)
        self.recent_loader = Loader(self, self.recent_table, self.tr("No activity yet."), "recentLoader")
        self.live: deque[Happening] = deque(maxlen=100)  # pushed by services as it happens, newest first
        self.recent_rows: list[list[Any]] = []  # the last read of recent activity
        follow(self, self.ctx.services.events.happened, self._happened)
        page = QWidget()
        QVBoxLayout(page).addWidget(self.recent_loader)
        return page

    def _happened(self, happening: Happening) -> None:
        self.live.appendleft(happening)
        self.recent_loader.show_result(self._show_recent())

    def _show_recent(self) -> bool:
        live = [self._row(h) for h in self.live]
        return self.recent_table.set_rows(live + self.recent_rows, lambda r: r)

    @staticmethod
    def _row(h: Happening) -> list[Any]:
        return [h.title, h.who, h.detail, PLATFORMS.get(h.platform, h.platform), when(h.when)]

    def load_recent(self) -> None:
        def render(happenings: list[Happening]) -> bool:
            self.recent_rows = [self._row(h) for h in happenings]
            return self._show_recent()

        self.recent_loader.load("activity.recent", {"limit": 10}, render)

    # ------------------------------------------------------------------ audio alerts
    def _alerts(self) -> QWidget:
        self.alert_filter = choices(self.ctx, "alerts.list", "status",
                                    labels={"all": self.tr("All alerts"), "active": self.tr("Active"), "inactive": self.tr("Inactive")})
        self.alert_list = PagedTable(self, "alerts.list", [self.tr("ID"), self.tr("Name"), self.tr("Points"), self.tr("Status")],
                                     self.tr("Audio alerts"), self.tr("No audio alerts match."), 50, "alerts",
                                     lambda a: [a.id, a.name, a.points, self.tr("Active") if a.active else self.tr("Inactive")],
                                     lambda: {"status": self.alert_filter.currentData()}, stretch=1)
        table = self.alert_list.table
        self.alert_name = line(self.tr("Shown as (default API)"), self.tr("Alert shown as"), self.ctx, "alerts.play",
                               "username")
        self.play = button(self.tr("Play"), "play", name=self.tr("Play audio alert"), key="playAlert")
        self.alert_note = Note("alertNote")
        self.alert_filter.currentIndexChanged.connect(lambda _: self.alert_list.load(first_page=True))
        form = Form(self, "alerts.play",
                    lambda: {"id": getattr(table.selected(), "id", None), "username": self.alert_name.text().strip()},
                    self.play, (self.alert_name,), self.alert_note, done=self.tr("Playing on the overlay ✓"))
        table.itemSelectionChanged.connect(form.check)
        table.doubleClicked.connect(lambda _: form.submit())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row(label(self.tr("Show")), self.alert_filter, stretch=True))
        layout.addWidget(self.alert_list, 1)
        layout.addLayout(row(self.alert_name, self.play))
        layout.addWidget(self.alert_note)
        layout.addWidget(label(self.tr(str(OVERLAY_NOTE)) + " " + self.tr("Double-click an alert to play it."), role="muted"))
        return page

    # ------------------------------------------------------------------ effects
    def _effects(self) -> QWidget:
        aid = "effects.trigger"
        self.overlays = line(self.tr("Overlay ID — several separated by commas; ▾ for those used before"), self.tr("Overlay IDs"),
                             self.ctx, aid, "overlay_id", key="overlayEdit")
        self.overlay_picker = Picker(self.overlays, lambda: [(self.tr("Used before: {i}").format(i=i), i) for i in
                                                             self.ctx.settings.recent.get("effects.overlay", [])],
                                     self.tr("an overlay"), append=True, names=self.ctx.settings.names, named=self._named)
        self.effect_platform = choices(self.ctx, aid, "platform")
        self.effect_data = QPlainTextEdit()
        self.effect_data.setObjectName("effectData")
        self.effect_data.setAccessibleName(self.tr("Effect data (JSON object)"))
        self.effect_data.setPlaceholderText(self.tr('{"message": "Hello", "color": "#ff0"}'))
        self.trigger = button(self.tr("Trigger"), "play", name=self.tr("Trigger effect"), key="triggerEffect")
        self.effect_note = Note("effectNote")
        Form(self, aid, self._effect_params, self.trigger, (self.overlays, self.effect_platform, self.effect_data),
             self.effect_note, on_result=self._effect_done, extra=self._json_problems)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(row(self.overlays, self.overlay_picker), row(label(self.tr("User platform")),
                                                                           self.effect_platform, stretch=True),
                              label(self.tr("Data passed to the effect (optional JSON object)"), role="muted"),
                              self.effect_data, row(self.trigger, stretch=True), self.effect_note,
                              label(self.tr(str(OVERLAY_NOTE)), role="muted"), title=self.tr("Effect overlay")))
        return page

    def _json_data(self) -> Any:
        text = self.effect_data.toPlainText().strip()
        return json.loads(text) if text else None

    def _json_problems(self) -> list[str]:
        try:
            data = self._json_data()
        except json.JSONDecodeError as exc:
            return [self.tr("data: not valid JSON ({msg} at line {lineno}, column {colno})").format(msg=exc.msg,
                                                                                                    lineno=exc.lineno, colno=exc.colno)]
        return [] if data is None or isinstance(data, dict) else [self.tr('data: must be a JSON object, like {"key": "value"}')]

    def _named(self, value: str, name: str) -> None:
        self.ctx.settings.name(value, name)
        self.ctx.save_settings()

    def _effect_params(self) -> dict[str, Any]:
        ids = [i.strip() for i in self.overlays.text().split(",") if i.strip()]
        try:
            data = self._json_data()
        except json.JSONDecodeError:
            data = None
        return {"overlay_id": ids[0] if len(ids) == 1 else None, "overlay_ids": ids if len(ids) > 1 else None,
                "platform": self.effect_platform.currentData(), "data": data if isinstance(data, dict) else None}

    def _effect_done(self, result: Any) -> None:
        text = self.tr("Triggered {done} of {count} ✓").format(done=result.done, count=result.total)
        if result.failed:
            self.effect_note.error(text.rstrip(" ✓") + " — " + "; ".join(
                f"{overlay}: {why or self.tr('failed')}" for overlay, why in result.failed))
        else:
            self.effect_note.ok(text)
        ok = [i.strip() for i in self.overlays.text().split(",") if i.strip()]
        self.ctx.settings.remember("effects.overlay", *ok)
        self.ctx.save_settings()

    # ------------------------------------------------------------------ donation
    def _speech(self) -> QWidget:
        ctx = self.ctx
        self.tts_text = line(self.tr("Text to speak on stream"), self.tr("Text to speech"), ctx, "chat.tts", "text", key="ttsEdit")
        self.tts_name = line(self.tr("Shown as (default API)"), self.tr("TTS name"), ctx, "chat.tts", "username")
        self.speak = button(self.tr("Speak"), "volume", name=self.tr("Speak text"), key="speakButton")
        self.tts_note = Note("ttsNote")
        tts = Form(self, "chat.tts", lambda: {"text": self.tts_text.text(), "username": self.tts_name.text().strip()},
                   self.speak, (self.tts_text, self.tts_name), self.tts_note, done=self.tr("Queued on the overlay ✓"),
                   on_result=lambda _: tts.reset(self.tts_text))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(row(self.tts_text, Counter(self.tts_text, int(param(ctx, "chat.tts", "text").max or 500))),
                              row(self.tts_name, self.speak), self.tts_note, row(Via(ctx, "chat.tts"), stretch=True),
                              title=self.tr("Text to speech")))
        layout.addStretch(1)
        return page

    def _donation(self) -> QWidget:
        aid = "alerts.donation-test"
        self.provider = choices(self.ctx, aid, "provider")
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 1_000_000)
        self.amount.setValue(10)
        self.amount.setAccessibleName(self.tr("Donation amount"))
        self.amount.setObjectName("donationAmount")
        self.currency = line(self.tr("Currency, e.g. $, EUR, TRY"), self.tr("Currency"), self.ctx, aid, "currency")
        self.currency.setText("$")
        self.donor = line(self.tr("Donor username (default api_donor)"), self.tr("Donor username"), self.ctx, aid, "username")
        self.donor_display = line(self.tr("Display name (optional)"), self.tr("Donor display name"), self.ctx, aid, "display_name")
        self.donor_message = line(self.tr("Message (optional)"), self.tr("Donation message"), self.ctx, aid, "message")
        self.donation_platform = choices(self.ctx, aid, "platform")
        self.donate = button(self.tr("Send test donation"), "send", key="donateButton")
        self.donation_note = Note("donationNote")
        Form(self, aid, lambda: {"provider": self.provider.currentData(), "amount": self.amount.value(),
                                 "currency": self.currency.text().strip(), "username": self.donor.text().strip(),
                                 "display_name": self.donor_display.text().strip(), "message": self.donor_message.text(),
                                 "platform": self.donation_platform.currentData()},
             self.donate, (self.provider, self.amount, self.currency, self.donor, self.donor_display,
                           self.donor_message, self.donation_platform), self.donation_note,
             done=self.tr("Donation alert sent ✓"), on_result=lambda _: self.load_recent())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(row(self.provider, self.amount, self.currency), row(self.donor, self.donor_display),
                              self.donor_message, row(label(self.tr("Platform")), self.donation_platform, self.donate,
                                                      stretch=False),
                              self.donation_note, label(self.tr("Plays the donation alert as if it were real."), role="muted"),
                              title=self.tr("Simulate a donation")))
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ voicemod
    def _voicemod(self) -> QWidget:
        ctx = self.ctx
        self.voice = line(self.tr("Voice, e.g. baby, deep, robot"), self.tr("Voicemod voice"), ctx, "voice-changer.voice",
                          "voice", key="voiceEdit")
        self.voice_seconds = spin(ctx, "voice-changer.voice", "wait_time", self.tr(" s"))
        self.voice_back = switch(self.tr("Back to my voice afterwards"), self.tr("Return to original voice"))
        self.change_voice = button(self.tr("Change voice"), "volume", key="changeVoice")
        self.sound = line(self.tr("Sound effect name"), self.tr("Voicemod sound"), ctx, "voice-changer.sound", "voice")
        self.play_sound = button(self.tr("Play sound"), "play")
        self.hear_seconds = spin(ctx, "voice-changer.hear-self", "wait_time", self.tr(" s"))
        self.hear = button(self.tr("Hear myself"), "volume")
        self.voicemod_note = Note("voicemodNote")
        Form(self, "voice-changer.voice",
             lambda: {"voice": self.voice.text().strip(), "wait_time": self.voice_seconds.value(),
                      "original_voice": int(self.voice_back.isChecked())},
             self.change_voice, (self.voice, self.voice_seconds, self.voice_back), self.voicemod_note,
             done=self.tr("Voice changed ✓"))
        Form(self, "voice-changer.sound", lambda: {"voice": self.sound.text().strip()}, self.play_sound,
             (self.sound,), self.voicemod_note, done=self.tr("Sound played ✓"))
        Form(self, "voice-changer.hear-self", lambda: {"wait_time": self.hear_seconds.value()}, self.hear,
             (self.hear_seconds,), self.voicemod_note, done=self.tr("Hear myself on ✓"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(row(self.voice, self.voice_seconds), row(self.voice_back, self.change_voice, stretch=False),
                              title=self.tr("Voice")))
        layout.addWidget(card(row(self.sound, self.play_sound), title=self.tr("Sound effect")))
        layout.addWidget(card(row(label(self.tr("For")), self.hear_seconds, self.hear, stretch=True), title=self.tr("Hear myself")))
        layout.addWidget(self.voicemod_note)
        layout.addWidget(label(self.tr(str(OVERLAY_NOTE)), role="muted"))
        layout.addStretch(1)
        return page
