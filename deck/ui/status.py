"""Status bar: a connection light per service, the pending-request queue, and the last problem."""
from __future__ import annotations

import time
from typing import Any, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from .widgets import follow

STATE_COLOURS = {"connected": "#2e9d57", "checking": "#c98a12", "no key": "#8a8a8a", "not set up": "#8a8a8a",
                 "signed out": "#8a8a8a", "unreachable": "#d64545", "key rejected": "#d64545",
                 "sign in again": "#d64545", "not running": "#d64545", "wrong password": "#d64545",
                 "reconnecting": "#c98a12", "connecting": "#c98a12"}
STATE_WORDS = (  # each state as the user reads it (translated where it is shown)
    QT_TRANSLATE_NOOP("Status", "connected"), QT_TRANSLATE_NOOP("Status", "checking"),
    QT_TRANSLATE_NOOP("Status", "no key"), QT_TRANSLATE_NOOP("Status", "not set up"),
    QT_TRANSLATE_NOOP("Status", "signed out"), QT_TRANSLATE_NOOP("Status", "unreachable"),
    QT_TRANSLATE_NOOP("Status", "key rejected"), QT_TRANSLATE_NOOP("Status", "sign in again"),
    QT_TRANSLATE_NOOP("Status", "not running"), QT_TRANSLATE_NOOP("Status", "wrong password"),
    QT_TRANSLATE_NOOP("Status", "reconnecting"), QT_TRANSLATE_NOOP("Status", "connecting"),
    QT_TRANSLATE_NOOP("Status", "retrying"), QT_TRANSLATE_NOOP("Status", "stopped"),
)


def state_words(state: str) -> str:
    """A service state as the user reads it, in the language Deck speaks."""
    return QCoreApplication.translate("Status", state)


class ServiceLight(QLabel):
    """A service's connection light (a dot in the state's colour, then the service's name); a
    click opens its Accounts page."""

    clicked = Signal(str)

    def __init__(self, provider: str, title: str, parent: Optional[QWidget] = None):
        super().__init__(title, parent)
        self.provider, self.title = provider, title
        self.setObjectName(f"light.{provider}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setIndent(self.fontMetrics().height())  # room for the dot
        self.state = ""
        self.set_state(self.tr("not set up"), self.tr("Not set up yet"))

    def set_state(self, state: str, detail: str = "") -> None:
        self.state = state
        self.colour = QColor(STATE_COLOURS.get(state, "#8a8a8a"))
        self.setToolTip(f"{self.title}: {state_words(state)}" + (f"\n{detail}" if detail else "") + "\n" +
                        self.tr("Click to open its account"))
        self.setAccessibleName(self.tr("{service} connection: {state}").format(service=self.title, state=state_words(state)))
        self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        size = round(self.fontMetrics().height() * 0.55)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawEllipse(1, (self.height() - size) // 2, size, size)
        painter.end()

    def mouseReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.provider)
        super().mouseReleaseEvent(event)


PROBLEM_MS = 15_000


class StatusBar(QStatusBar):
    light_clicked = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.lights: dict[str, ServiceLight] = {}
        self.lights_box = QWidget()  # the services' lights, then live chat's
        self.lights_row = QHBoxLayout(self.lights_box)
        self.lights_row.setContentsMargins(0, 0, 6, 0)
        self.lights_row.setSpacing(12)
        self.addPermanentWidget(self.lights_box)
        self.pending = QLabel()
        self.pending.setObjectName("pendingCount")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancelPending")
        self.cancel.setAccessibleName(self.tr("Cancel pending requests"))
        self.cancel.setFlat(True)
        self.addPermanentWidget(self.pending)
        self.addPermanentWidget(self.cancel)
        self.set_pending(0, 0)
        # a problem is said in a label of its own, beside the badges (showMessage would hide them)
        self.problem = QLabel(objectName="statusProblem")
        self.problem.setProperty("role", "error")
        self.insertWidget(0, self.problem, 1)
        self._problem_timer = QTimer(self, singleShot=True, interval=PROBLEM_MS, timeout=self.problem.clear)
        self.registry: Any = None
        self._pending_timer = QTimer(self, singleShot=True, interval=200, timeout=self._update_pending)

    def attach(self, registry: Any, providers: dict[str, Any]) -> None:
        """A light per provider of the catalogue."""
        for name, provider in providers.items():
            light = self.lights[name] = ServiceLight(name, provider.title)
            light.clicked.connect(self.light_clicked)
            self.lights_row.addWidget(light)
        self.registry = registry
        follow(self, registry.health_changed, self.set_health)
        registry.invocation_changed.connect(self._invocation)
        self.cancel.clicked.connect(self._cancel)
        for provider, (state, detail) in registry.health.items():
            self.set_health(provider, state, detail)

    def set_health(self, provider: str, state: str, detail: str) -> None:
        if provider in self.lights:
            self.lights[provider].set_state(state, detail)

    def set_pending(self, queued: int, running: int) -> None:
        total = queued + running
        self.pending.setText(self.tr("%n pending", "", total) + (self.tr(" (%n queued)", "", queued) if queued else ""))
        self.pending.setToolTip(self.tr("Requests waiting for a rate-limit slot or an answer"))
        if self.pending.isVisibleTo(self) != (total > 0):  # showing or hiding relays out the bar
            self.pending.setVisible(total > 0)
            self.cancel.setVisible(total > 0)

    def _update_pending(self) -> None:
        pending = self.registry.pending()
        queued = sum(1 for p in pending if p.state == "queued")
        self.set_pending(queued, len(pending) - queued)

    def _invocation(self, inv: Any) -> None:
        # Counted at most every 200 ms: quick requests come and go without the bar flickering,
        # and a key press is not slowed down by a status-bar relayout.
        if not self._pending_timer.isActive():
            self._pending_timer.start()
        if inv.state == "failed" and inv.error:
            self.show_problem(inv.error)

    def attach_chat(self, feed: Any) -> None:
        """A light for live chat: how many channels are connected; the tooltip has each
        channel's state, the age of its last message and its reconnect count."""
        self.chat_feed = feed
        self.chat_light = QLabel(objectName="light.chat")
        self.lights_row.addWidget(self.chat_light)
        feed.health_changed.connect(self._update_chat)
        self._chat_timer = QTimer(self, interval=5000, timeout=self._update_chat)
        self._chat_timer.start()
        self._update_chat()

    def _update_chat(self) -> None:
        readers = list(self.chat_feed.hub.readers.values())
        self.chat_light.setVisible(bool(readers))
        if not readers:
            return
        up = sum(r.health.state == "connected" for r in readers)
        state = "connected" if up == len(readers) else "checking" if up else "unreachable"
        self.chat_light.setText(f"<span style='color:{STATE_COLOURS[state]}'>●</span> " +
                                self.tr("Chat {up}/{all}").format(up=up, all=len(readers)))
        lines = []
        for r in readers:
            h = r.health
            age = (self.tr("last message {seconds} s ago").format(seconds=f"{time.time() - h.last_message:.0f}")
                   if h.last_message else self.tr("no message yet"))
            extra = f" ({h.error})" if h.error and h.state != "connected" else ""
            lines.append(f"{r.platform.title()} {r.channel}: {state_words(h.state)}{extra} · {age} · " +
                         self.tr("%n reconnect(s)", "", h.reconnects))
        self.chat_light.setToolTip("\n".join(lines))
        self.chat_light.setAccessibleName(self.tr("Chat: {up} of {all} channels connected").format(
            up=up, all=len(readers)))

    def _cancel(self) -> None:
        count = self.registry.cancel_pending()
        self.say(self.tr("Cancelled %n pending request(s).", "", count))

    def show_problem(self, text: str) -> None:
        from deck.core.redact import redact

        self.say("⚠ " + redact(text).replace("\n", " "), "error")

    def say(self, text: str, role: str = "muted") -> None:
        """A line beside the badges, gone after a while."""
        self.problem.setText(text)
        self.problem.setProperty("role", role)
        self.problem.style().polish(self.problem)
        self._problem_timer.start()

    def currentMessage(self) -> str:
        return self.problem.text() or super().currentMessage()

