"""Moderation: timeouts, bans, clear chat, shield mode, the protection switches, the ban
list, the moderation log and recent followers."""
from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QCheckBox, QGridLayout, QTabWidget, QVBoxLayout, QWidget

from deck.actions.capabilities import platform_title
from deck.actions.toggles import SHIELD_QUESTION
from deck.core.words import duration, fold

from ..i18n import contract
from ..kit import Form, PagedTable, Panel, Via, choices, line, param, platform_choices, spin
from ..widgets import Note, Table, button, card, label, row, set_role, switch, when

FIND_DELAY_MS = 400  # a pause in typing a name before Deck looks the viewer up
TIMEOUT_PRESETS = ((QT_TRANSLATE_NOOP("ModerationPanel", "1 min"), 1), (QT_TRANSLATE_NOOP("ModerationPanel", "10 min"), 10),
                   (QT_TRANSLATE_NOOP("ModerationPanel", "1 hour"), 60), (QT_TRANSLATE_NOOP("ModerationPanel", "1 day"), 1440),
                   (QT_TRANSLATE_NOOP("ModerationPanel", "1 week"), 10080))


class ModerationPanel(Panel):
    needs = ("chat.timeout", "chat.ban", "moderation.shield", "moderation.bans")
    refresh_seconds = 30

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages(self.tabs, ((self._users, self.tr("Users")), (self._protection, self.tr("Protection")),
                                   (self._bans, self.tr("Ban list")), (self._log, self.tr("Log"))))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        QVBoxLayout(self.body).addWidget(self.tabs)

    def refresh(self) -> None:
        page = self.tabs.currentIndex()
        if page == 1:
            self.load_protection()
        elif page == 2:
            self.bans.load()
        elif page == 3:
            self.modlog.load()

    # ------------------------------------------------------------------ users
    def _users(self) -> QWidget:
        ctx = self.ctx
        self.user = line(self.tr("Username"), self.tr("Username"), ctx, "chat.timeout", "username", key="userEdit")
        self.reason = line(self.tr("Reason (optional)"), self.tr("Reason"), ctx, "chat.ban", "reason")
        self.platform = platform_choices(ctx, "chat.timeout")
        self.minutes = spin(ctx, "chat.timeout", "duration", self.tr(" min"))
        self.minutes.setObjectName("timeoutMinutes")
        self.note = Note("userNote")
        presets = []
        for text, minutes in TIMEOUT_PRESETS:
            b = button(self.tr(str(text)), name=self.tr("Time out for {duration}").format(duration=self.tr(str(text))))
            b.clicked.connect(lambda _=False, m=minutes: self.minutes.setValue(m))
            presets.append(b)
        self.timeout_button = button(self.tr("Time out"), "stop", name=self.tr("Time out user"), key="timeoutButton")
        self.ban_button = button(self.tr("Ban"), "error", name=self.tr("Ban user"), key="banButton")
        self.unban_button = button(self.tr("Unban"), "apply", name=self.tr("Unban user"), key="unbanButton")
        watch = (self.user, self.reason, self.platform, self.minutes)
        self.user_ids: dict[tuple[str, str], str] = {}  # (platform, name) -> the viewer's id, found on the service

        def base() -> dict[str, Any]:
            who = self.user.text().strip()
            user_id = self._user_id(self.platform.currentData() or "", who)
            return {"username": who, "reason": self.reason.text().strip(), "user_id": user_id or None}

        self.user_forms = [
            Form(self, "chat.timeout", lambda: {**base(), "duration": self.minutes.value()}, self.timeout_button,
                 watch, self.note, done=self.tr("Timed out ✓"), platform=self.platform),
            Form(self, "chat.ban", base, self.ban_button, watch, self.note, done=self.tr("Banned ✓"), platform=self.platform,
                 question=lambda: self.tr("Ban <b>{name}</b> on {platform}?").format(name=self.user.text().strip(),
                                                                                     platform=self.platform.currentText())),
            Form(self, "chat.unban", lambda: {k: v for k, v in base().items() if k != "reason"},
                 self.unban_button, watch, self.note, done=self.tr("Unbanned ✓"), platform=self.platform)]
        # the service the three go through, for this viewer (one that acts by id takes them once the id is known)
        self.via = Via(ctx, "chat.timeout", self.platform, together=("chat.ban", "chat.unban"), values=base)
        self.user.textChanged.connect(self.via.update_text)
        self.find_timer = QTimer(self, singleShot=True, interval=FIND_DELAY_MS)
        self.find_timer.timeout.connect(self.find_user)
        self.user.textChanged.connect(lambda _: self.find_timer.start())
        self.platform.currentIndexChanged.connect(lambda _: self.find_timer.start())
        # what they said lately, from the chat Deck reads, with deleting one message
        self.said = Table([self.tr("When"), self.tr("Message"), ""], self.tr("Their recent messages"), stretch=1)
        self.said.setMinimumHeight(90)
        self.delete_button = button(self.tr("Delete message"), "delete", name=self.tr("Delete the selected message"),
                                    key="deleteMessageButton")
        self.delete_button.clicked.connect(self.delete_message)
        self.said_row = QWidget()  # shown while the typed viewer has messages in the chat Deck reads
        said_row = row(self.delete_button, Via(ctx, "chat.delete", self.platform), stretch=True)
        said_row.setContentsMargins(0, 0, 0, 0)
        self.said_row.setLayout(said_row)
        self.said.itemSelectionChanged.connect(self._delete_state)
        ctx.chat.marked.connect(self._marked)
        ctx.chat.appended.connect(self._appended)
        self.clear_chat = button(self.tr("Clear chat"), "delete", key="clearChatButton")
        self.clear_chat.clicked.connect(lambda: self.run("chat.clear", note=self.note, busy=[self.clear_chat],
                                                         done=self.tr("Chat cleared ✓")))
        user_card = card(
            row(self.user, self.platform, self.via), self.reason,
            row(label(self.tr("Timeout")), *presets, stretch=True, spacing=4),
            row(self.minutes, self.timeout_button, self.ban_button, self.unban_button, stretch=True),
            self.note, self.said, self.said_row,
            title=self.tr("User"))
        self.show_said()

        # recent followers
        self.rf_action = choices(ctx, "moderation.recent-followers", "action")
        self.rf_action.setObjectName("recentAction")
        self.rf_count = spin(ctx, "moderation.recent-followers", "count")
        self.rf_count.setPrefix(self.tr("the last "))
        self.rf_offset = spin(ctx, "moderation.recent-followers", "offset")
        self.rf_offset.setPrefix(self.tr("from #"))
        self.rf_offset.setToolTip(self.tr("1 = the most recent follower"))
        self.rf_minutes = spin(ctx, "moderation.recent-followers", "duration", self.tr(" min"))
        self.rf_minutes.setAccessibleName(self.tr("Recent followers timeout minutes"))
        self.rf_platform = choices(ctx, "moderation.recent-followers", "platform")
        self.rf_button = button(self.tr("Apply to followers…"), "warning", key="recentButton")
        self.rf_note = Note("recentNote")
        self.rf_names: list[str] = []
        self.rf_action.currentIndexChanged.connect(
            lambda _: self.rf_minutes.setEnabled(self.rf_action.currentData() == "timeout"))
        self.rf_minutes.setEnabled(self.rf_action.currentData() == "timeout")
        self.recent_form = Form(
            self, "moderation.recent-followers", self._recent_params, self.rf_button,
            (self.rf_action, self.rf_count, self.rf_offset, self.rf_minutes, self.rf_platform), self.rf_note,
            on_result=self._recent_done, question=self._recent_question, prepare=self._recent_names)
        followers_card = card(
            row(self.rf_action, self.rf_count, self.rf_offset, stretch=True),
            row(self.rf_platform, self.rf_minutes, self.rf_button, Via(ctx, "moderation.recent-followers"), stretch=True),
            self.rf_note, title=self.tr("Recent followers (follow-bot raids)"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(user_card)
        layout.addWidget(followers_card)
        layout.addWidget(card(row(self.clear_chat, label(self.tr("Removes every message from chat."), role="muted"),
                                  stretch=True), title=self.tr("Chat")))
        layout.addStretch(1)
        return page

    # ---- the viewer: their id where a service acts by id, and their recent messages
    def _user_id(self, platform: str, name: str) -> str:
        """The viewer's id: found earlier, or from their messages in the chat Deck reads."""
        key = (platform, fold(name))
        if key not in self.user_ids:
            said = self._messages(platform, name)
            if said and said[-1].msg.user_id:
                self.user_ids[key] = said[-1].msg.user_id
        return self.user_ids.get(key, "")

    def _messages(self, platform: str, name: str) -> list[Any]:
        if not name:
            return []
        return self.ctx.chat.user_messages(platform, "", name)

    def find_user(self) -> None:
        """Where the chosen service acts on a viewer by id, look the typed name up (once)."""
        platform, name = self.platform.currentData() or "", self.user.text().strip()
        self.show_said()
        choice = self.ctx.capabilities.choose("chat.timeout", platform)
        if not name or self._user_id(platform, name) or choice is None or "user_id" not in choice.route.needs \
                or self.ctx.capabilities.choose("users.find", platform) is None:
            return

        def found(person: Any) -> None:
            if self.user.text().strip() != name:
                return  # typed on meanwhile: a newer lookup follows
            if not person.id:
                by_name = any(not c.route.needs for c in self.ctx.capabilities.usable("chat.timeout", platform))
                if not by_name:  # otherwise a service that acts by name takes it
                    self.note.error(self.tr("No {platform} user is called {name}.").format(platform=self.platform.currentText(), name=name))
                else:
                    self.note.clear()
                return
            self.user_ids[(platform, fold(name))] = person.id
            self.note.clear()
            self.via.update_text()
            for form in self.user_forms:
                form.check()

        self.note.busy(self.tr("Looking up {name} on {platform}…").format(name=name, platform=self.platform.currentText()))
        self.ctx.run("users.find", {"name": name}, platform=platform, source="auto", parent=self, on_result=found,
                     on_error=lambda exc: self.note.error(str(exc)))

    def _marked(self) -> None:
        if self.user.text().strip():  # a typed viewer's messages may be among those marked
            self.show_said()

    def _appended(self, entries: list[Any]) -> None:
        login = fold(self.user.text().strip())
        if login and any(fold(e.msg.login) == login for e in entries):
            self.show_said()

    def show_said(self) -> None:
        said = self._messages(self.platform.currentData() or "", self.user.text().strip())[::-1]  # newest first
        chosen = self.said.selected()
        self.said.setVisible(bool(said))
        self.said_row.setVisible(bool(said))
        self.said.set_rows(said, lambda e: [time.strftime("%H:%M", time.localtime(e.msg.time)) if e.msg.time else "",
                                            e.msg.text, "deleted" if e.deleted else e.mark])
        if chosen is not None:
            self.said.select_quietly(lambda e: e is chosen)
        self._delete_state()

    def _delete_state(self) -> None:
        entry = self.said.selected()
        problem = self.ctx.capabilities.why_not("chat.delete", self.platform.currentData() or "")
        self.delete_button.setEnabled(entry is not None and not entry.deleted and not problem)
        self.delete_button.setToolTip(problem or self.tr("Delete the selected message for everyone"))

    def delete_message(self) -> None:
        entry = self.said.selected()
        if entry is None:
            return
        self.note.busy(self.tr("Deleting the message…"))
        self.ctx.run("chat.delete", {"message_id": entry.msg.id}, platform=entry.msg.platform, parent=self,
                     on_result=lambda _: self.note.ok(self.tr("Message deleted ✓")),
                     on_error=lambda exc: self.note.error(str(exc)))

    def _recent_params(self) -> dict[str, Any]:
        action = self.rf_action.currentData()
        return {"action": action, "count": self.rf_count.value(), "offset": self.rf_offset.value(),
                "duration": self.rf_minutes.value() if action == "timeout" else None,
                "reason": self.reason.text().strip(), "platform": self.rf_platform.currentData()}

    def _recent_names(self, params: dict[str, Any], proceed: Callable[[], None]) -> None:
        """Look up who the recent followers are, so the confirmation can name them."""
        platform = params["platform"]

        def names(activity: list[Any]) -> None:
            followers = [h.who for h in activity if h.kind == "follow" and h.platform in (platform, "")]
            start = params["offset"] - 1
            self.rf_names = followers[start:start + params["count"]]
            self.rf_note.clear()
            QTimer.singleShot(0, self, proceed)  # confirm from the Qt loop, not inside the request's task

        self.run("activity.recent", {"limit": 20}, note=self.rf_note, on_result=names)

    def _recent_question(self) -> str:
        params = self.recent_form.params()
        verb = self.tr("Ban") if params["action"] == "ban" else self.tr("Time out ({time})").format(time=duration(params["duration"] * 60))
        who = ", ".join(f"<b>{n}</b>" for n in self.rf_names) or self.tr("them (Deck could not see their names)")
        missing = params["count"] - len(self.rf_names)
        more = self.tr(" and {missing} more").format(missing=missing) if self.rf_names and missing > 0 else ""
        return self.tr("{verb} %n recent follower(s) on {platform}: {who}{more}?", "", params["count"]).format(
            verb=verb, platform=params["platform"], who=who, more=more)

    def _recent_done(self, result: Any) -> None:
        names = ", ".join(result.names) or self.tr("nobody")
        done = self.tr("Banned") if result.action == "ban" else self.tr("Timed out")
        self.rf_note.ok(f"{done} {result.done}: {names}")

    # ------------------------------------------------------------------ protection
    def _protection(self) -> QWidget:
        self.shield_state = label(self.tr("Shield mode: …"), name="shieldState")
        self.shield_lookback = spin(self.ctx, "moderation.shield", "duration", self.tr(" min"))
        self.shield_lookback.setRange(0, 1440)
        self.shield_lookback.setPrefix(self.tr("ban chatters from the last "))
        self.shield_lookback.setAccessibleName(self.tr("Shield lookback minutes"))
        self.shield_on = button(self.tr("Turn on"), "warning", name=self.tr("Turn shield mode on"), key="shieldOn")
        self.shield_off = button(self.tr("Turn off"), "apply", name=self.tr("Turn shield mode off"), key="shieldOff")
        self.shield_note = Note("shieldNote")
        self.shield_on.clicked.connect(lambda: self.set_shield("on"))
        self.shield_off.clicked.connect(lambda: self.set_shield("off"))
        shield = card(row(self.shield_state, Via(self.ctx, "moderation.shield"), stretch=True),
                      row(self.shield_lookback, stretch=True),
                      row(self.shield_on, self.shield_off, stretch=True), self.shield_note, title=self.tr("Shield mode"))
        grid = QGridLayout()
        self.switches: dict[str, QCheckBox] = {}
        features_param = param(self.ctx, "moderation.feature", "feature")
        for i, feature in enumerate(features_param.choices):
            box = switch(contract(features_param.title_of(feature)))
            box.setObjectName(f"feature.{feature}")
            box.setToolTip(feature)
            box.setEnabled(False)
            box.clicked.connect(lambda checked, f=feature: self.set_feature(f, checked))
            grid.addWidget(box, i // 2, i % 2)
            self.switches[feature] = box
        self.feature_note = Note("featureNote")
        features = card(grid, self.feature_note, title=self.tr("Protection"))
        self.protection_note = Note("protectionNote")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(shield)
        layout.addWidget(features)
        layout.addWidget(self.protection_note)
        layout.addStretch(1)
        return page

    def load_protection(self) -> None:
        self.run("moderation.features", note=self.protection_note, on_result=self._show_features)
        self.run("moderation.shield-status", note=self.protection_note, on_result=self._show_shield)

    def _show_features(self, status: Any) -> None:
        for feature, box in self.switches.items():
            if feature in status.switches:
                box.setChecked(status.switches[feature])
                box.setEnabled(True)

    def _show_shield(self, status: Any) -> None:
        on = status.on
        text = self.tr("Shield mode is <b>{state}</b>").format(state=self.tr("ON") if on else self.tr("off"))
        if status.lookback is not None:
            text += self.tr(" · lookback {minutes} min").format(minutes=status.lookback)
        if status.bans is not None:
            text += self.tr(" · shield bans on") if status.bans else self.tr(" · shield bans off")
        self.shield_state.setText(text)
        set_role(self.shield_state, "live" if on else "")
        if not self.shield_lookback.hasFocus() and status.lookback is not None:
            self.shield_lookback.setValue(status.lookback)
        self.shield_on.setEnabled(not on)
        self.shield_off.setEnabled(bool(on))

    def set_shield(self, mode: str) -> None:
        params = {"mode": mode, "duration": self.shield_lookback.value() if mode == "on" else None}
        if mode == "on" and self.ctx.settings.ui.confirm_destructive and not self.ctx.ask(
                QCoreApplication.translate("Confirm", SHIELD_QUESTION), self.tr("Turn on"), parent=self):
            return
        self.run("moderation.shield", {k: v for k, v in params.items() if v is not None}, note=self.shield_note,
                 busy=[self.shield_on,
                       self.shield_off], done=self.tr("Shield mode turned on ✓") if mode == "on" else self.tr("Shield mode turned off ✓"),
                 on_result=lambda _: self.run("moderation.shield-status", on_result=self._show_shield),
                 on_error=lambda _: self.run("moderation.shield-status", on_result=self._show_shield))

    def set_feature(self, feature: str, on: bool) -> None:
        box = self.switches[feature]

        def done(result: Any) -> None:
            box.setChecked(result.switches.get(feature, result.switches.get("", on)))

        def failed(_: Any) -> None:
            box.setChecked(not on)  # the service did not change it: show the real state again

        self.run("moderation.feature", {"feature": feature, "mode": "on" if on else "off"},
                 note=self.feature_note, busy=[box], done=(self.tr("{name} on ✓") if on else self.tr("{name} off ✓")).format(
                     name=box.text()),
                 on_result=done, on_error=failed)

    # ------------------------------------------------------------------ ban list
    def _bans(self) -> QWidget:
        self.ban_filter = choices(self.ctx, "moderation.bans", "platform", any_label=self.tr("All platforms"))
        self.ban_filter.setObjectName("banFilter")
        platform = self.ban_filter.currentData
        self.bans = PagedTable(self, "moderation.bans", [self.tr("User"), self.tr("Platform"), self.tr("Reason")], self.tr("Ban list"),
                               self.tr("Nobody is banned."), 50, "bans", lambda b: [b.user, platform_title(b.platform), b.reason],
                               lambda: {"platform": platform()} if platform() else {}, stretch=2)
        self.ban_unban = button(self.tr("Unban selected"), "apply", key="unbanSelected")
        self.ban_note = Note("banNote")
        self.ban_filter.currentIndexChanged.connect(lambda _: self.bans.load(first_page=True))
        self.ban_unban.clicked.connect(self.unban_selected)
        self.bans.table.itemSelectionChanged.connect(self._ban_selection)
        self.bans.loaded.connect(self._ban_selection)
        self._ban_selection()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row(label(self.tr("Show")), self.ban_filter, stretch=True))
        layout.addWidget(self.bans, 1)
        layout.addLayout(row(self.ban_unban, stretch=True))
        layout.addWidget(self.ban_note)
        return page

    def _ban_selection(self) -> None:
        ban = self.bans.table.selected()
        why = self.ctx.capabilities.why_not("chat.unban", ban.platform) if ban else ""
        self.ban_unban.setEnabled(bool(ban) and not why)
        self.ban_unban.setToolTip(why)

    def unban_selected(self) -> None:
        ban = self.bans.table.selected()
        if ban:
            self.run("chat.unban", {"username": ban.user}, platform=ban.platform, note=self.ban_note,
                     busy=[self.ban_unban], done=self.tr("Unbanned {banned_user} ✓").format(
                         banned_user=ban.user), on_result=lambda _: self.bans.load())

    # ------------------------------------------------------------------ log
    def _log(self) -> QWidget:
        kinds = {"ban": self.tr("Ban"), "timeout": self.tr("Timeout"), "shield": self.tr("Shield")}
        self.log_filter = choices(self.ctx, "moderation.log", "type",
                                  labels={"all": self.tr("Everything"), "ban": self.tr("Bans"), "timeout": self.tr("Timeouts"),
                                          "shield": self.tr("Shield")})
        self.log_filter.setObjectName("logFilter")
        self.modlog = PagedTable(self, "moderation.log", [self.tr("When"), self.tr("Type"), self.tr("User")], self.tr("Moderation log"),
                                 self.tr("Nothing logged yet."), 25, "entries",
                                 lambda e: [when(e.when), kinds.get(e.kind, e.kind), e.user],
                                 lambda: {"type": self.log_filter.currentData()}, stretch=2)
        self.log_filter.currentIndexChanged.connect(lambda _: self.modlog.load(first_page=True))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row(label(self.tr("Show")), self.log_filter, stretch=True))
        layout.addWidget(self.modlog, 1)
        return page
