"""A service's live events on its Accounts page: Deck's receiver switched on or off and on
which port, how the service reaches it, what it has taken and refused, and which events the
service sends."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QSpinBox, QVBoxLayout

from deck import runtime
from deck.core.errors import DeckError
from deck.providers.base import Provider
from deck.ui.i18n import contract

from .widgets import Note, Table, button, follow, label, row, switch

if TYPE_CHECKING:
    from .context import AppContext


class LiveEventsBox(QGroupBox):
    def __init__(self, ctx: "AppContext", provider: Provider):
        super().__init__(QCoreApplication.translate("LiveEventsBox", "Live events"))
        assert provider.events is not None
        self.ctx, self.name, self.source = ctx, provider.name, provider.events
        self.setObjectName("liveEvents")
        section = ctx.services.section(self.name)
        self.enabled = switch(self.tr("Receive live events"),
                              self.tr("Receive {service}'s live events").format(service=provider.title))
        self.enabled.setObjectName("liveEventsSwitch")
        self.enabled.setChecked(section.events or bool(ctx.services.events.tally(self.name).url))
        self.port = QSpinBox(objectName="liveEventsPort")
        self.port.setRange(1024, 65535)
        self.port.setValue(max(1024, section.events_port))
        self.port.setAccessibleName(self.tr("Port Deck listens on"))
        self.state = label(name="liveEventsState", wrap=True)
        self.help = label(role="muted", name="liveEventsHelp", wrap=True)
        self.help.setOpenExternalLinks(True)
        self.table = Table([self.tr("Event"), self.tr("What it is"), self.tr("Subscribed")], self.tr("Live event subscriptions"), stretch=1)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setMinimumHeight(160)
        self.subscribe = button(self.tr("Subscribe"), "apply", name=self.tr("Subscribe to the selected events"), key="subscribeEvents")
        self.unsubscribe = button(self.tr("Unsubscribe"), name=self.tr("Unsubscribe from the selected events"), key="unsubscribeEvents")
        self.reload = button("", "refresh", name=self.tr("Refresh subscriptions"), key="reloadSubscriptions")
        self.note = Note("liveEventsNote")
        self.subscribed: dict[str, str] = {}  # event -> subscription id
        layout = QVBoxLayout(self)
        layout.addLayout(row(self.enabled, label(self.tr("on port")), self.port, stretch=True))
        layout.addWidget(self.state)
        layout.addWidget(self.help)
        layout.addWidget(self.table)
        layout.addLayout(row(self.subscribe, self.unsubscribe, self.reload, stretch=True))
        layout.addWidget(self.note)
        self.enabled.toggled.connect(self.switched)
        self.port.editingFinished.connect(self.port_changed)
        self.subscribe.clicked.connect(lambda: self.change(True))
        self.unsubscribe.clicked.connect(lambda: self.change(False))
        self.reload.clicked.connect(self.load)
        self.table.itemSelectionChanged.connect(self._buttons)
        follow(self, ctx.services.events.changed, self._changed)
        self.show_state()
        self._rows()
        self.load()

    # ---- the receiver
    def switched(self, on: bool) -> None:
        section = self.ctx.services.section(self.name)
        section.events, section.events_port = on, self.port.value()
        self.ctx.save_settings()
        self.restart()

    def port_changed(self) -> None:
        section = self.ctx.services.section(self.name)
        if self.port.value() != section.events_port:
            section.events_port = self.port.value()
            self.ctx.save_settings()
            if self.enabled.isChecked():
                self.restart()

    def restart(self) -> None:
        events = self.ctx.services.events

        async def go() -> None:
            try:
                if self.enabled.isChecked():
                    await events.start(self.name, self.port.value())
                else:
                    await events.stop(self.name)
            except DeckError:
                pass  # the tally says why, and the box shows it

        self.state.setText(self.tr("Starting…") if self.enabled.isChecked() else self.tr("Stopping…"))
        runtime.spawn(go(), name=f"live events {self.name}")

    def _changed(self, provider: str) -> None:
        if provider == self.name:
            self.show_state()

    def show_state(self) -> None:
        tally = self.ctx.services.events.tally(self.name)
        if tally.url:
            text = self.tr("● Listening on <b>{url}</b> (this computer only) · {received} received, {taken} taken, "
                           "{repeats} repeats dropped, {refused} refused").format(
                url=tally.url, received=tally.received, taken=tally.accepted, repeats=tally.duplicates, refused=tally.refused)
            role = "ok"
        else:
            text, role = self.tr("○ Off: Deck is not receiving live events."), "muted"
        if tally.problem:
            text += f"<br>⚠ {tally.problem}"
            role = "error" if not tally.url else role
        self.state.setText(text)
        self.state.setProperty("role", role)
        self.state.style().polish(self.state)
        port = tally.url.rstrip("/").rsplit(":", 1)[-1] if tally.url else str(self.port.value())
        self.help.setText(contract(self.source.setup).replace("PORT", port))

    # ---- subscriptions
    def _rows(self) -> None:
        self.table.set_rows(list(self.source.events.items()), lambda e: [
            e[0], contract(e[1]), "✓" if e[0] in self.subscribed else "—"])
        self._buttons()

    def _buttons(self) -> None:
        chosen = [e for e, _ in self._chosen()]
        self.subscribe.setEnabled(any(e not in self.subscribed for e in chosen))
        self.unsubscribe.setEnabled(any(e in self.subscribed for e in chosen))

    def _chosen(self) -> list[Any]:
        return [self.table.records[i.row()] for i in self.table.selectionModel().selectedRows()]

    def load(self) -> None:
        if not self.ctx.services.configured(self.name):
            self.note.error(self.tr("Sign in first: the subscriptions are your channel's."))
            return

        def show(result: Any) -> None:
            self.subscribed = {s.event: s.id for s in result.subscriptions}
            self._rows()
            self.note.clear()

        self.ctx.run("events.subscriptions", provider=self.name, parent=self, on_result=show,
                     on_error=lambda exc: self.note.error(str(exc)))

    def change(self, subscribe: bool) -> None:
        chosen = [e for e, _ in self._chosen()]
        if subscribe:
            capability, params = "events.subscribe", {"events": [e for e in chosen if e not in self.subscribed]}
        else:
            capability, params = "events.unsubscribe", {"ids": [self.subscribed[e] for e in chosen
                                                                if e in self.subscribed]}
        self.note.busy(self.tr("Subscribing…") if subscribe else self.tr("Unsubscribing…"))
        self.ctx.run(capability, params, provider=self.name, parent=self, on_result=lambda _: self.load(),
                     on_error=lambda exc: self.note.error(str(exc)))
