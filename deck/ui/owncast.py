"""Server: a streamer's own streaming server. Its state (live, viewers now and over time,
hardware, the inbound broadcaster with disconnect), the people in its chat (connected
clients, disabled users, moderators, IP bans), followers and follow requests, webhooks and
access tokens, logs, and its settings grouped as the server groups them, with the ones that
can break the stream behind an "advanced" switch."""
from __future__ import annotations

import base64
import json
import mimetypes
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from deck.core.errors import DeckError, InvalidParams

from deck.providers.owncast import server

from .i18n import contract
from .kit import Form, Loader, PagedTable, Panel, line
from .widgets import Note, Table, button, card, label, number, row, set_role, switch, when


# Owncast's names of its access-token scopes and webhook events, as a streamer reads them
NAMES = {
    "CAN_SEND_MESSAGES": QT_TRANSLATE_NOOP("ServerPanel", "Can send messages"),
    "CAN_SEND_SYSTEM_MESSAGES": QT_TRANSLATE_NOOP("ServerPanel", "Can send system messages"),
    "HAS_ADMIN_ACCESS": QT_TRANSLATE_NOOP("ServerPanel", "Has admin access"),
    "CHAT": QT_TRANSLATE_NOOP("ServerPanel", "Chat"),
    "USER_JOINED": QT_TRANSLATE_NOOP("ServerPanel", "User joined"),
    "USER_PARTED": QT_TRANSLATE_NOOP("ServerPanel", "User parted"),
    "NAME_CHANGE": QT_TRANSLATE_NOOP("ServerPanel", "Name change"),
    "VISIBILITY-UPDATE": QT_TRANSLATE_NOOP("ServerPanel", "Visibility update"),
    "PING": QT_TRANSLATE_NOOP("ServerPanel", "Ping"),
    "PONG": QT_TRANSLATE_NOOP("ServerPanel", "Pong"),
    "STREAM_STARTED": QT_TRANSLATE_NOOP("ServerPanel", "Stream started"),
    "STREAM_STOPPED": QT_TRANSLATE_NOOP("ServerPanel", "Stream stopped"),
    "STREAM_TITLE_UPDATED": QT_TRANSLATE_NOOP("ServerPanel", "Stream title updated"),
    "SYSTEM": QT_TRANSLATE_NOOP("ServerPanel", "System"),
    "CHAT_ACTION": QT_TRANSLATE_NOOP("ServerPanel", "Chat action"),
}


class Chart(QWidget):
    """A small line chart of a series (viewers, CPU…); its accessible text says the range."""

    def __init__(self, name: str, height: int = 70):
        super().__init__()
        self.setObjectName(name)
        self.setMinimumHeight(height)
        self.values: list[float] = []

    def show_series(self, values: list[float], what: str) -> None:
        self.values = values
        self.setAccessibleName(what)
        self.setAccessibleDescription(
            self.tr("{what}: from {low} to {high}, now {now}").format(what=what, low=number(min(values)),
                                                                     high=number(max(values)), now=number(values[-1]))
            if values else self.tr("{what}: no data").format(what=what))
        self.setToolTip(self.accessibleDescription())
        self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if len(self.values) < 2:
            return
        top, low = max(self.values), min(0.0, min(self.values))
        span = (top - low) or 1.0
        w, h = self.width() - 8, self.height() - 8
        points = QPolygonF([QPointF(4 + w * i / (len(self.values) - 1), 4 + h - h * (v - low) / span)
                            for i, v in enumerate(self.values)])
        painter.setPen(QPen(palette.highlight().color(), 2))
        painter.drawPolyline(points)


class ServerPanel(Panel):
    """Owncast's own panel: it runs Owncast's actions by their own names and shows its answers
    through the readers in :mod:`deck.providers.owncast.server`."""

    needs = ("owncast.admin-status",)
    refresh_seconds = 10

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages(self.tabs, ((self._status, self.tr("Status")), (self._chat, self.tr("Chat")),
                                   (self._followers, self.tr("Followers")), (self._integrations, self.tr("Integrations")),
                                   (self._logs, self.tr("Logs")), (self._settings, self.tr("Settings"))))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        QVBoxLayout(self.body).addWidget(self.tabs)

    def refresh(self) -> None:
        index = self.tabs.currentIndex()
        if index == 0:
            self.load_status()
        elif index == 1:
            self.load_people()
        elif index == 2:
            self.requests_loader.load("owncast.pending-follows", {}, lambda a: self._show_requests(server.followers(a)))
            self.followers.load()
        elif index == 3:
            self.hooks_loader.load("owncast.webhooks", {}, lambda a: self._show_hooks(server.webhooks(a)))
            self.tokens_loader.load("owncast.access-tokens", {}, lambda a: self._show_tokens(server.tokens(a)))
        elif index == 4:
            self.load_logs()
        elif index == 5 and not self.setting_widgets:  # settings are not reloaded under the user's hands
            self.settings_loader.load("owncast.server-config", {}, lambda a: self._show_settings(server.settings(a)))

    # ------------------------------------------------------------------ status
    def _status(self) -> QWidget:
        self.state = label("…", name="serverState")
        self.stream_title = label("", name="serverTitle", wrap=True)
        self.inbound = label("", role="muted", name="serverBroadcaster", wrap=True)
        self.disconnect = button(self.tr("Disconnect the broadcaster…"), "stop", key="disconnectBroadcaster")
        self.disconnect.clicked.connect(self.disconnect_broadcaster)
        self.status_note = Note("serverNote")
        self.viewers_chart = Chart("viewersChart", 90)
        self.viewers_text = label("", role="muted", name="viewersText")
        self.hardware: dict[str, tuple[Any, Chart]] = {}
        gauges = []
        for key, title in (("cpu", self.tr("CPU")), ("memory", self.tr("Memory")), ("disk", self.tr("Disk"))):
            value, chart = label("", name=f"hardware.{key}"), Chart(f"hardwareChart.{key}", 40)
            self.hardware[key] = (value, chart)
            gauges.append(card(value, chart, title=title))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(self.state, self.stream_title, self.inbound, row(self.disconnect, stretch=True),
                              self.status_note, title=self.tr("Stream")))
        layout.addWidget(card(self.viewers_chart, self.viewers_text, title=self.tr("Viewers")))
        layout.addLayout(row(*gauges))
        layout.addStretch(1)
        return page

    def load_status(self) -> None:
        error = self.status_note.error
        self.run("owncast.admin-status", on_result=lambda a: self._show_status(server.status(a)),
                 on_error=lambda exc: error(str(exc)))
        self.run("owncast.viewers-over-time", on_result=lambda a: self._show_viewers(server.series(a)),
                 on_error=lambda exc: error(str(exc)))
        self.run("owncast.hardware-stats", on_result=lambda a: self._show_hardware(server.hardware(a)),
                 on_error=lambda exc: error(str(exc)))

    def _show_status(self, s: Any) -> None:
        live = self.tr("● LIVE · {viewers} watching · peak {peak} this stream, {ever} ever").format(
            viewers=number(s.viewers), peak=number(s.session_peak), ever=number(s.overall_peak)) if s.online else self.tr("○ Offline")
        self.state.setText(f"<b>{live}</b>" + (self.tr(" · version {version}").format(version=s.version) if s.version else ""))
        set_role(self.state, "live" if s.online else "muted")
        self.stream_title.setText(s.title or "<i>" + self.tr("No title") + "</i>")
        self.inbound.setText(self.tr("Streaming since {when}: {broadcaster}").format(when=when(s.since), broadcaster=s.broadcaster)
                             if s.broadcaster else self.tr("No broadcaster is connected."))
        self.disconnect.setEnabled(s.online and bool(s.broadcaster))

    def _show_viewers(self, series: Any) -> None:
        values = [v for _, v in series.points]
        self.viewers_chart.show_series(values, self.tr("Viewers over time"))
        self.viewers_text.setText(self.tr("%n sample(s) since {when}", "", len(values)).format(when=when(series.points[0][0]))
                                  if values else self.tr("No viewer history yet."))

    def _show_hardware(self, hw: Any) -> None:
        for key, (value, chart) in self.hardware.items():
            points = [v for _, v in getattr(hw, key).points]
            value.setText(f"{points[-1]:g} %" if points else "—")
            chart.show_series(points, key)

    def disconnect_broadcaster(self) -> None:
        self.run("owncast.disconnect", note=self.status_note, busy=[self.disconnect],
                 question=self.tr("Disconnect the broadcaster? The stream stops for every viewer until they reconnect."),
                 done=self.tr("Broadcaster disconnected ✓"), on_result=lambda _: self.load_status())

    # ------------------------------------------------------------------ chat people
    def _chat(self) -> QWidget:
        self.clients = Table([self.tr("Name"), self.tr("Connected"), self.tr("Messages"), self.tr("Country"),
                              self.tr("Browser")], self.tr("Connected chat clients"), 4)
        self.clients_loader = Loader(self, self.clients, self.tr("Nobody is in chat."), "clientsLoader")
        self.disable = button(self.tr("Disable…"), "error", name=self.tr("Disable chat user"), key="disableUser")
        self.make_mod = button(self.tr("Make moderator"), name=self.tr("Make moderator"), key="makeModerator")
        self.whisper = line(self.tr("A system message to the selected person only"), self.tr("Message to one client"), self.ctx,
                            "owncast.send-system-message-to-client", "body", key="clientMessage")
        self.whisper_button = button(self.tr("Send to them"), "send", key="sendToClient")
        self.disabled = Table([self.tr("Name"), self.tr("Since")], self.tr("Disabled users"), 0)
        self.disabled_loader = Loader(self, self.disabled, self.tr("Nobody is disabled."), "disabledLoader")
        self.enable = button(self.tr("Enable"), "apply", name=self.tr("Enable chat user"), key="enableUser")
        self.mods = Table([self.tr("Name"), self.tr("Since")], self.tr("Moderators"), 0)
        self.mods_loader = Loader(self, self.mods, self.tr("No moderators."), "moderatorsLoader")
        self.unmod = button(self.tr("Remove moderator"), name=self.tr("Remove moderator"), key="removeModerator")
        self.bans = Table([self.tr("IP address"), self.tr("Since"), self.tr("Notes")], self.tr("IP bans"), 2)
        self.bans_loader = Loader(self, self.bans, self.tr("No IP is banned."), "bansLoader")
        self.ip = line(self.tr("IP address"), self.tr("IP address to ban"), self.ctx, "owncast.ban-ip", "value", key="banIp")
        self.ban_ip = button(self.tr("Ban IP"), "error", key="banIpButton")
        self.unban_ip = button(self.tr("Remove ban"), key="unbanIp")
        self.people_note = Note("peopleNote")
        for loader in (self.clients_loader, self.disabled_loader, self.mods_loader, self.bans_loader):
            loader.setMinimumHeight(90)
        self.disable.clicked.connect(lambda: self._user_action(self.clients, "owncast.set-user-enabled", {"enabled": False},
                                                               self.tr("Disable {name}? They can no longer chat, their messages are "
                                                                       "hidden and their IP addresses are banned.")))
        self.enable.clicked.connect(lambda: self._user_action(self.disabled, "owncast.set-user-enabled", {"enabled": True}))
        self.make_mod.clicked.connect(lambda: self._user_action(self.clients, "owncast.set-moderator", {"isModerator": True}))
        self.unmod.clicked.connect(lambda: self._user_action(self.mods, "owncast.set-moderator", {"isModerator": False}))
        Form(self, "owncast.ban-ip", lambda: {"value": self.ip.text().strip()}, self.ban_ip, (self.ip,), self.people_note,
             done=self.tr("IP banned ✓"), on_result=lambda _: self.load_people())
        self.unban_ip.clicked.connect(self.remove_ban)
        self.whisper_form = Form(self, "owncast.send-system-message-to-client", self._whisper_params, self.whisper_button,
                                 (self.whisper,), self.people_note, done=self.tr("Sent ✓"),
                                 on_result=lambda _: self.whisper_form.reset(self.whisper))
        self.clients.itemSelectionChanged.connect(self.whisper_form.check)
        for table in (self.clients, self.disabled, self.mods, self.bans):
            table.itemSelectionChanged.connect(self._people_buttons)
        self._people_buttons()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(self.clients_loader, row(self.disable, self.make_mod, stretch=True),
                              row(self.whisper, self.whisper_button), title=self.tr("In chat now")))
        layout.addLayout(row(card(self.disabled_loader, row(self.enable, stretch=True), title=self.tr("Disabled users")),
                             card(self.mods_loader, row(self.unmod, stretch=True), title=self.tr("Moderators"))))
        layout.addWidget(card(self.bans_loader, row(self.ip, self.ban_ip, self.unban_ip), title=self.tr("IP bans")))
        layout.addWidget(self.people_note)
        return page

    def load_people(self) -> None:
        def users(table: Table, since: bool = True) -> Callable[[Any], bool]:
            def show(answer: Any) -> bool:
                result = server.clients(answer) if table is self.clients else server.users(answer)
                return table.set_rows(result.users, lambda u: [u.name, when(u.since), u.messages, u.country, u.agent]
                                      if table is self.clients else [u.name, when(u.since)])
            return show

        self.clients_loader.load("owncast.admin-chat-clients", {}, users(self.clients))
        self.disabled_loader.load("owncast.disabled-users", {}, users(self.disabled))
        self.mods_loader.load("owncast.moderators", {}, users(self.mods))
        self.bans_loader.load("owncast.ip-bans", {}, lambda a: self.bans.set_rows(
            server.bans(a).bans, lambda b: [b.ip, when(b.since), b.notes]))

    def _whisper_params(self) -> dict[str, Any]:
        chosen = self.clients.selected()
        return {"clientId": chosen.client if chosen else None, "body": self.whisper.text().strip()}

    def _people_buttons(self) -> None:
        for table, buttons in ((self.clients, (self.disable, self.make_mod)), (self.disabled, (self.enable,)),
                               (self.mods, (self.unmod,)), (self.bans, (self.unban_ip,))):
            for b in buttons:
                b.setEnabled(table.selected() is not None)

    def _user_action(self, table: Table, action_id: str, values: dict[str, Any], question: str = "") -> None:
        u = table.selected()
        if u is None:
            return
        self.run(action_id, {"userId": u.id, **values}, note=self.people_note,
                 question=question.format(name=f"<b>{u.name}</b>"), done=f"{u.name} ✓",
                 on_result=lambda _: self.load_people())

    def remove_ban(self) -> None:
        ban = self.bans.selected()
        if ban is not None:
            self.run("owncast.unban-ip", {"value": ban.ip}, note=self.people_note, busy=[self.unban_ip],
                     done=self.tr("{ip} unbanned ✓").format(ip=ban.ip), on_result=lambda _: self.load_people())

    # ------------------------------------------------------------------ followers
    def _followers(self) -> QWidget:
        self.requests = Table([self.tr("Account"), self.tr("Name"), self.tr("Asked")], self.tr("Follow requests"), 0)
        self.requests_loader = Loader(self, self.requests, self.tr("No follow requests."), "requestsLoader")
        self.requests_loader.setMinimumHeight(90)
        self.approve = button(self.tr("Approve"), "apply", key="approveFollow")
        self.reject = button(self.tr("Reject"), "error", key="rejectFollow")
        self.follow_note = Note("followNote")
        self.approve.clicked.connect(lambda: self.answer_request(True))
        self.reject.clicked.connect(lambda: self.answer_request(False))
        self.requests.itemSelectionChanged.connect(self._request_buttons)
        self._request_buttons()
        self.followers = PagedTable(self, "owncast.followers", [self.tr("Account"), self.tr("Name"), self.tr("Since")],
                                    self.tr("Followers"), self.tr("No followers yet."), 25, "followers",
                                    lambda f: [f.username or f.id, f.name, when(f.since)], stretch=0, read=server.followers)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(self.requests_loader, row(self.approve, self.reject, stretch=True), self.follow_note,
                              title=self.tr("Follow requests")))
        layout.addWidget(card(self.followers, title=self.tr("Followers")), 1)
        return page

    def _show_requests(self, result: Any) -> bool:
        has = self.requests.set_rows(result.followers, lambda f: [f.username or f.id, f.name, when(f.since)])
        self._request_buttons()
        return has

    def _request_buttons(self) -> None:
        chosen = self.requests.selected() is not None
        self.approve.setEnabled(chosen)
        self.reject.setEnabled(chosen)

    def answer_request(self, approved: bool) -> None:
        f = self.requests.selected()
        if f is None:
            return
        done = self.tr("{name} approved ✓") if approved else self.tr("{name} rejected ✓")
        self.run("owncast.approve-follower", {"actorIRI": f.id, "approved": approved}, note=self.follow_note,
                 busy=[self.approve, self.reject], done=done.format(name=f.username or f.name),
                 on_result=lambda _: self.refresh())

    # ------------------------------------------------------------------ integrations
    def _integrations(self) -> QWidget:
        self.hooks = Table([self.tr("Address"), self.tr("Events"), self.tr("Last used")], self.tr("Webhooks"), 1)
        self.hooks_loader = Loader(self, self.hooks, self.tr("No webhooks."), "hooksLoader")
        self.hook_url = line(self.tr("https://… where the server sends events"), self.tr("Webhook address"), self.ctx,
                             "owncast.create-webhook", "url", key="hookUrl")
        self.hook_events: dict[str, QCheckBox] = {}
        self.events_box = QWidget()
        self.events_grid = QFormLayout(self.events_box)
        self.create_hook = button(self.tr("Create webhook"), "new", key="createHook")
        self.delete_hook = button(self.tr("Delete"), "delete", name=self.tr("Delete webhook"), key="deleteHook")
        self.hook_note = Note("hookNote")
        self.hook_form = Form(self, "owncast.create-webhook", self._hook_params, self.create_hook, (self.hook_url,),
                              self.hook_note, done=self.tr("Webhook created ✓"),
                              on_result=lambda _: (self.hook_form.reset(self.hook_url), self.refresh()))
        self.delete_hook.clicked.connect(self.delete_selected_hook)
        self.tokens = Table([self.tr("Name"), self.tr("Scopes"), self.tr("Created"), self.tr("Last used")], self.tr("Access tokens"), 1)
        self.tokens_loader = Loader(self, self.tokens, self.tr("No access tokens."), "tokensLoader")
        self.token_name = line(self.tr("Name, e.g. Overlay"), self.tr("Token name"), self.ctx, "owncast.create-access-token", "name",
                               key="tokenName")
        self.token_scopes: dict[str, QCheckBox] = {}
        self.scopes_row = row(stretch=True)
        self.create_token = button(self.tr("Create token"), "new", key="createToken")
        self.copy_token = button(self.tr("Copy the new token"), key="copyToken")
        self.copy_token.setVisible(False)
        self.delete_token = button(self.tr("Delete"), "delete", name=self.tr("Delete token"), key="deleteToken")
        self.token_note = Note("tokenNote")
        self.new_token = ""
        self.token_form = Form(self, "owncast.create-access-token", self._token_params, self.create_token, (self.token_name,),
                               self.token_note, on_result=lambda a: self._token_made(server.token(a)))
        self.copy_token.clicked.connect(self._copy_token)
        self.delete_token.clicked.connect(self.delete_selected_token)
        for table in (self.hooks, self.tokens):
            table.itemSelectionChanged.connect(self._integration_buttons)
        self._integration_buttons()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(self.hooks_loader, row(self.delete_hook, stretch=True), self.hook_url,
                              label(self.tr("Events to send:")), self.events_box, row(self.create_hook, stretch=True),
                              self.hook_note, title=self.tr("Webhooks")))
        layout.addWidget(card(self.tokens_loader, row(self.delete_token, stretch=True),
                              row(self.token_name, self.create_token, self.copy_token), self.scopes_row,
                              self.token_note, title=self.tr("Access tokens")))
        return page

    def _hook_params(self) -> dict[str, Any]:
        return {"url": self.hook_url.text().strip(),
                "events": [e for e, box in self.hook_events.items() if box.isChecked()]}

    def _token_params(self) -> dict[str, Any]:
        return {"name": self.token_name.text().strip(),
                "scopes": [s for s, box in self.token_scopes.items() if box.isChecked()]}

    def _name(self, name: str) -> str:
        """A scope or event in words (one this Deck does not know yet, from its own name)."""
        return self.tr(str(NAMES[name])) if name in NAMES else name.replace("_", " ").replace("-", " ").capitalize()

    def _show_hooks(self, result: Any) -> bool:
        if not self.hook_events:  # the events this server can send, as checkboxes
            for event in result.events:
                box = QCheckBox(self._name(event))
                box.setObjectName(f"event.{event}")
                box.setChecked(event in ("CHAT", "STREAM_STARTED", "STREAM_STOPPED"))
                box.toggled.connect(lambda _: self.hook_form.edited())
                self.hook_events[event] = box
            boxes = list(self.hook_events.values())  # in two columns
            for left, right in zip(boxes[::2], boxes[1::2] + [None]):
                self.events_grid.addRow(left, right) if right is not None else self.events_grid.addRow(left)
        self._integration_buttons()
        return self.hooks.set_rows(result.webhooks, lambda h: [h.url, ", ".join(h.events), when(h.last_used) or
                                                               self.tr("never")])

    def _show_tokens(self, result: Any) -> bool:
        if not self.token_scopes:
            for scope in result.scopes:
                box = QCheckBox(self._name(scope))
                box.setObjectName(f"scope.{scope}")
                box.toggled.connect(lambda _: self.token_form.edited())
                self.token_scopes[scope] = box
                self.scopes_row.insertWidget(self.scopes_row.count() - 1, box)
        self._integration_buttons()
        return self.tokens.set_rows(result.tokens, lambda t: [t.name, ", ".join(t.scopes), when(t.since),
                                                              when(t.last_used) or self.tr("never")])

    def _integration_buttons(self) -> None:
        self.delete_hook.setEnabled(self.hooks.selected() is not None)
        self.delete_token.setEnabled(self.tokens.selected() is not None)

    def delete_selected_hook(self) -> None:
        h = self.hooks.selected()
        if h is not None:
            self.run("owncast.delete-webhook", {"id": h.id}, note=self.hook_note, busy=[self.delete_hook],
                     question=self.tr("Delete the webhook to <b>{url}</b>? It stops receiving events.").format(url=h.url),
                     done=self.tr("Webhook deleted ✓"), on_result=lambda _: self.refresh())

    def _token_made(self, token: Any) -> None:
        self.new_token = token.ref
        self.copy_token.setVisible(True)
        self.token_note.ok(self.tr("{name} created ✓ — copy it now: Deck does not show tokens.").format(name=token.name))
        self.token_form.reset(self.token_name)
        self.refresh()

    def _copy_token(self) -> None:
        QGuiApplication.clipboard().setText(self.new_token)
        self.token_note.ok(self.tr("Copied to the clipboard ✓"))

    def delete_selected_token(self) -> None:
        t = self.tokens.selected()
        if t is not None:
            self.run("owncast.delete-access-token", {"token": t.ref}, note=self.token_note, busy=[self.delete_token],
                     question=self.tr("Delete the access token <b>{name}</b>? Whatever uses it stops working.").format(name=t.name),
                     done=self.tr("{name} deleted ✓").format(name=t.name), on_result=lambda _: self.refresh())

    # ------------------------------------------------------------------ logs
    def _logs(self) -> QWidget:
        self.log_kind = QComboBox(objectName="logKind")
        self.log_kind.addItem(self.tr("Everything"), "owncast.logs")
        self.log_kind.addItem(self.tr("Warnings and errors"), "owncast.warnings")
        self.log_kind.currentIndexChanged.connect(lambda _: self.load_logs())
        self.log_table = Table([self.tr("Time"), self.tr("Level"), self.tr("Message")], self.tr("Server log"), 2)
        self.logs_loader = Loader(self, self.log_table, self.tr("Nothing logged."), "logsLoader")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row(label(self.tr("Show")), self.log_kind, stretch=True))
        layout.addWidget(self.logs_loader, 1)
        return page

    def load_logs(self) -> None:
        self.logs_loader.load(self.log_kind.currentData(), {}, lambda a: self.log_table.set_rows(
            list(reversed(server.logs(a).lines)), lambda e: [when(e.time), e.level, e.message]))

    # ------------------------------------------------------------------ settings
    def _settings(self) -> QWidget:
        self.groups = QToolBox(objectName="serverSettingGroups")
        self.settings_loader = Loader(self, self.groups, self.tr("No settings."), "serverSettingsLoader")
        self.advanced = switch(self.tr("Show advanced settings (video, ports, storage, stream keys)"))
        self.advanced.setObjectName("showAdvanced")
        self.advanced.toggled.connect(self._show_advanced)
        self.settings_note = Note("serverSettingsNote")
        self.setting_widgets: dict[str, QWidget] = {}
        self.setting_values: dict[str, Any] = {}
        self.fields: dict[str, Any] = {}
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.advanced)
        layout.addWidget(self.settings_loader, 1)
        layout.addWidget(self.settings_note)
        return page

    def _show_settings(self, result: Any) -> bool:
        self.setting_values = dict(result.values)
        if not self.setting_widgets:
            forms: dict[str, QFormLayout] = {}
            for f in result.fields:
                self.fields[f.name] = f
                if f.group not in forms:
                    box = QWidget(objectName=f"group.{f.group}")
                    forms[f.group] = QFormLayout(box)
                    self.groups.addItem(box, contract(f.group))
                widget = self._editor(f)
                widget.setToolTip("\n".join(t for t in (contract(f.doc), f.why) if t))
                self.setting_widgets[f.name] = widget
                forms[f.group].addRow(contract(f.label), widget)
            self._show_advanced(self.advanced.isChecked())
        for name, widget in self.setting_widgets.items():
            self._set_value(widget, self.setting_values.get(name))
        return bool(self.setting_widgets)

    def _show_advanced(self, shown: bool) -> None:
        for i in range(self.groups.count()):
            advanced = any(f.advanced for f in self.fields.values() if contract(f.group) == self.groups.itemText(i))
            self.groups.setItemEnabled(i, shown or not advanced)
            self.groups.widget(i).setVisible(shown or not advanced)
        if not shown and self.groups.currentIndex() >= 0 and not self.groups.isItemEnabled(self.groups.currentIndex()):
            self.groups.setCurrentIndex(0)

    def _editor(self, f: Any) -> QWidget:
        """One setting's editor: switches and numbers save as they change, lines when left,
        boxes of text or JSON with their own Save."""
        name = f.name
        widget: QWidget
        if f.kind == "bool":
            widget = switch("", contract(f.label))
            widget.clicked.connect(lambda on: self.change(name, bool(on)))
        elif f.kind == "int":
            widget = QSpinBox(maximum=1_000_000, keyboardTracking=False)
            widget.valueChanged.connect(lambda v: self.change(name, v))
        elif f.kind in ("str", "list"):
            widget = QLineEdit()
            if f.secret:
                widget.setEchoMode(QLineEdit.EchoMode.Password)
                widget.setPlaceholderText(self.tr("Not shown. Type a new one to replace it"))
            widget.editingFinished.connect(lambda w=widget: self.change(name, self._read(f, w.text())))
        elif name == "set-logo":
            widget = button(self.tr("Choose an image…"), key="chooseLogo")
            widget.clicked.connect(self.choose_logo)
        else:  # text and json: edited in a box, saved with a button
            box = QPlainTextEdit(objectName=f"text.{name}")
            box.setMaximumHeight(110)
            if f.secret:
                box.setPlaceholderText(self.tr("Not shown: it holds secrets. Write the whole new value (JSON) to replace it."))
            save = button(self.tr("Save"), "apply", name=self.tr("Save {label}").format(label=f.label), key=f"save.{name}")
            save.clicked.connect(lambda: self.change(name, self._read(f, box.toPlainText())))
            widget = QWidget()
            layout = QVBoxLayout(widget)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(box)
            layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
            widget.setProperty("box", box)
        widget.setObjectName(widget.objectName() or f"setting.{name}")
        widget.setAccessibleName(contract(f.label))
        return widget

    @staticmethod
    def _read(f: Any, text: str) -> Any:
        if f.kind == "list":
            return [part.strip() for part in text.split(",") if part.strip()]
        if f.kind == "json":
            try:
                return json.loads(text)
            except ValueError:
                return text  # the contract says what is wrong with it
        return text

    def _set_value(self, widget: QWidget, value: Any) -> None:
        box = widget.property("box")
        target = box if isinstance(box, QPlainTextEdit) else widget
        target.blockSignals(True)
        if isinstance(target, QCheckBox):
            target.setChecked(bool(value))
        elif isinstance(target, QSpinBox):
            target.setValue(value if isinstance(value, int) else 0)
        elif isinstance(target, QLineEdit):
            target.setText(", ".join(map(str, value)) if isinstance(value, list) else "" if value is None else str(value))
        elif isinstance(target, QPlainTextEdit):
            target.setPlainText(value if isinstance(value, str) else "" if value is None else
                                json.dumps(value, indent=2, ensure_ascii=False))
        target.blockSignals(False)

    def change(self, name: str, value: Any) -> None:
        """Send one setting, checked first; a refused change shows the real value again."""
        if self.setting_values.get(name) == value or (self.fields[name].secret and value in ("", [])):
            return
        f, widget = self.fields[name], self.setting_widgets[name]
        try:
            self.ctx.validate(f.action, {"value": value})
        except InvalidParams as exc:
            self.settings_note.error(f"{f.label}: " + "; ".join(exc.problems))
            return
        except DeckError as exc:
            self.settings_note.error(str(exc))
            return

        def done(_: Any) -> None:
            if f.secret:
                self._set_value(widget, None)  # a secret given is not kept on screen
            else:
                self.setting_values[name] = value
            self.settings_note.ok(QCoreApplication.translate("ServerPanel", "{label} saved ✓").format(label=f.label))

        def failed(_: Any) -> None:
            self._set_value(widget, self.setting_values.get(name))

        if not self.run(f.action, {"value": value}, note=self.settings_note, busy=[widget], on_result=done,
                        on_error=failed):
            self._set_value(widget, self.setting_values.get(name))  # declined: the real value again

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.svg)"))
        if path:
            self.set_logo(Path(path))

    def set_logo(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.settings_note.error(self.tr("Could not read {name}: {value}").format(name=path.name, value=exc.strerror or exc))
            return
        kind = mimetypes.guess_type(path.name)[0] or "image/png"
        self.change("set-logo", f"data:{kind};base64,{base64.b64encode(data).decode()}")
