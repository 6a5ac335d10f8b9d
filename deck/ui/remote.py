"""The Remote menu: the deck in a phone's browser (off by default), pairing a phone with a code
that works once for two minutes, and the paired devices, each removable.

The server is the app's (``deck.webdeck.RemoteDeck``, handed in as ``remote``); this module
only shows and asks."""
from __future__ import annotations

import time
from typing import Any, Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from deck import runtime

from .widgets import Table, label


class RemoteMenu(QMenu):
    def __init__(self, remote: Any, parent: QWidget):
        super().__init__(self.tr("&Remote"), parent)
        self.remote = remote
        group = QActionGroup(self)
        self.modes: dict[str, QAction] = {}
        for mode, words in (("off", self.tr("Phone deck off")), ("local", self.tr("Allow this computer")),
                            ("lan", self.tr("Allow phones on this network (paired)"))):
            action = QAction(words, self, checkable=True)
            action.setObjectName(f"remote.{mode}")
            action.setChecked(remote.mode == mode)
            action.triggered.connect(lambda _=False, m=mode: runtime.spawn(self._set(m), name="phone deck"))
            group.addAction(action)
            self.addAction(action)
            self.modes[mode] = action
        self.addSeparator()
        self.pair_action = self.addAction(self.tr("Pair a phone…"))
        self.pair_action.triggered.connect(self.pair)
        self.devices_action = self.addAction(self.tr("Paired devices…"))
        self.devices_action.triggered.connect(self.show_devices)
        self.tokens_action = self.addAction(self.tr("API tokens (Companion, scripts)…"))
        self.tokens_action.triggered.connect(lambda: TokensDialog(self.remote, self.parentWidget()).open())
        self._update()

    async def _set(self, mode: str) -> None:
        await self.remote.apply(mode)
        self._update()
        if self.remote.problem:
            warn(self.parentWidget(), self.remote.problem)

    def _update(self) -> None:
        self.modes[self.remote.mode].setChecked(True)
        self.pair_action.setEnabled(self.remote.server is not None)

    def pair(self) -> None:
        code = self.remote.new_code()
        if not code:
            return
        dialog = QDialog(self.parentWidget())
        dialog.setObjectName("pairDialog")
        dialog.setWindowTitle(self.tr("Pair a phone"))
        dialog.setMinimumWidth(420)
        layout = QVBoxLayout(dialog)
        picture = QLabel()
        picture.setObjectName("pairQr")
        picture.setPixmap(qr_pixmap(f"{self.remote.url()}#pair={code}"))
        picture.setAccessibleName(self.tr("QR code of the address with the code"))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label(self.tr("Scan this with the phone's camera:"), wrap=True))
        layout.addWidget(picture)
        layout.addWidget(label(self.tr("or open this address in its browser:"), wrap=True))
        address = label(self.remote.url(), name="pairAddress")
        address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(address)
        layout.addWidget(label(self.tr("and type this code (it works once, for two minutes):"), wrap=True))
        shown = label(" ".join((code[:3], code[3:])), name="pairCode")
        font = shown.font()
        font.setPointSizeF(font.pointSizeF() * 2.5)
        font.setBold(True)
        shown.setFont(font)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.open()

    def show_devices(self) -> None:
        DevicesDialog(self.remote, self.parentWidget()).open()


def qr_pixmap(text: str, module: int = 6, quiet: int = 4) -> QPixmap:
    """A QR code of ``text``, black on white with its quiet zone, whatever the theme."""
    from deck.core.qr import encode

    modules = encode(text)
    size = (len(modules) + 2 * quiet) * module
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                painter.fillRect((c + quiet) * module, (r + quiet) * module, module, module, QColor("black"))
    painter.end()
    return pixmap


def warn(parent: Optional[QWidget], text: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, QCoreApplication.translate("RemoteMenu", "Phone deck"), text)


class DevicesDialog(QDialog):
    """The paired devices with their last use; each one removed on its own."""

    def __init__(self, remote: Any, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.remote = remote
        self.setObjectName("devicesDialog")
        self.setWindowTitle(self.tr("Paired devices"))
        self.resize(520, 300)
        layout = QVBoxLayout(self)
        self.table = Table([self.tr("Device"), self.tr("Paired"), self.tr("Last used")], "devices")
        self.empty = QLabel(self.tr("No device is paired."))
        self.remove = QPushButton(self.tr("Remove device"))
        self.remove.setObjectName("removeDevice")
        self.remove.clicked.connect(lambda: runtime.spawn(self._remove(), name="remove device"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for w in (self.table, self.empty, self.remove, buttons):
            layout.addWidget(w)
        self.fill()

    def fill(self) -> None:
        def when(t: float) -> str:
            return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else ""
        items = list(self.remote.devices.items)
        self.table.set_rows(items, lambda d: [d.get("name", ""), when(d.get("paired", 0)), when(d.get("last_used", 0))])
        self.empty.setVisible(not items)
        self.remove.setEnabled(bool(items))

    async def _remove(self) -> None:
        device = self.table.selected()
        if device is not None:
            await self.remote.revoke(device["id"])
            self.fill()


class TokensDialog(QDialog):
    """Tokens for the HTTP API (Bitfocus Companion, Stream Deck's web requests, scripts): each with a
    name and the action groups it may run; shown once when made, removable one by one."""

    def __init__(self, remote: Any, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.remote = remote
        self.setObjectName("tokensDialog")
        self.setWindowTitle(self.tr("API tokens"))
        self.resize(560, 320)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("A token lets a program run Deck's actions through this computer's "
                                       "phone-deck address (see the README for Companion and curl)."), wrap=True))
        self.table = Table([self.tr("Name"), self.tr("May run"), self.tr("Last used")], "tokens")
        self.made = label("", name="newToken", wrap=True)
        self.made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        new = QPushButton(self.tr("New token…"))
        new.setObjectName("newTokenButton")
        new.clicked.connect(self.make)
        self.remove = QPushButton(self.tr("Remove token"))
        self.remove.clicked.connect(self._remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for w in (self.table, self.made, new, self.remove, buttons):
            layout.addWidget(w)
        self.fill()

    def fill(self) -> None:
        items = list(self.remote.tokens.items)
        everything = self.tr("every action")
        self.table.set_rows(items, lambda t: [t.get("name", ""), ", ".join(t.get("groups") or []) or everything,
                                              time.strftime("%Y-%m-%d %H:%M", time.localtime(t.get("last_used", 0)))])
        self.remove.setEnabled(bool(items))

    def make(self, name: str = "", groups: str = "") -> str:
        from PySide6.QtWidgets import QInputDialog

        if not name:
            name, ok = QInputDialog.getText(self, self.tr("New token"), self.tr("What uses it (e.g. Companion):"))
            if not ok or not name.strip():
                return ""
            groups, ok = QInputDialog.getText(self, self.tr("New token"), self.tr(
                "The action groups it may run, separated by commas (e.g. obs, songs), or empty for all:"))
            if not ok:
                return ""
        token = self.remote.new_token(name.strip(), [g for g in groups.split(",") if g.strip()])
        self.made.setText(self.tr("The token for {name} (copy it now: Deck does not show it again):\n{token}")
                          .format(name=name.strip(), token=token))
        self.fill()
        return str(token)

    def _remove(self) -> None:
        token = self.table.selected()
        if token is not None:
            self.remote.tokens.revoke(token["id"])
            self.fill()
