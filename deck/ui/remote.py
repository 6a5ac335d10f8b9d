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


def _when(t: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else ""


class KeysDialog(QDialog):
    """Keys that let something in (paired devices, API tokens), each removed on its own."""

    def __init__(self, remote: Any, keys: Any, name: str, title: str, columns: list[str], remove: str, empty: str,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.remote, self.keys = remote, keys
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.resize(560, 320)
        self.layout_ = QVBoxLayout(self)
        self.table = Table(columns, name)
        self.empty = QLabel(empty)
        self.remove = QPushButton(remove)
        self.remove.setObjectName(f"{name}Remove")
        self.remove.clicked.connect(lambda: runtime.spawn(self._remove(), name="remove key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for w in (self.table, self.empty, self.remove, self.buttons):
            self.layout_.addWidget(w)

    def row(self, key: dict[str, Any]) -> list[str]:
        raise NotImplementedError

    def fill(self) -> None:
        items = list(self.keys.items)
        self.table.set_rows(items, self.row)
        self.empty.setVisible(not items)
        self.remove.setEnabled(bool(items))

    async def _remove(self) -> None:
        key = self.table.selected()
        if key is not None:
            await self.remote.revoke(key["id"])  # its open pages and sockets close too
            self.fill()


class DevicesDialog(KeysDialog):
    """The paired devices with their last use."""

    def __init__(self, remote: Any, parent: Optional[QWidget] = None):
        super().__init__(remote, remote.devices, "devicesDialog", self.tr("Paired devices"),
                         [self.tr("Device"), self.tr("Paired"), self.tr("Last used")], self.tr("Remove device"),
                         self.tr("No device is paired."), parent)
        self.fill()

    def row(self, key: dict[str, Any]) -> list[str]:
        return [key.get("name", ""), _when(key.get("paired", 0)), _when(key.get("last_used", 0))]


class TokensDialog(KeysDialog):
    """Tokens for the HTTP API (Bitfocus Companion, Stream Deck's web requests, scripts): each with a
    name and the action groups it may run; shown once when made."""

    def __init__(self, remote: Any, parent: Optional[QWidget] = None):
        super().__init__(remote, remote.tokens, "tokensDialog", self.tr("API tokens"),
                         [self.tr("Name"), self.tr("May run"), self.tr("Last used")], self.tr("Remove token"),
                         self.tr("No token yet."), parent)
        self.layout_.insertWidget(0, label(self.tr(
            "A token lets a program run Deck's actions through this computer's phone-deck address (see the "
            "README for Companion and curl)."), wrap=True))
        self.made = label("", name="newToken", wrap=True)
        self.made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        new = QPushButton(self.tr("New token…"))
        new.setObjectName("newTokenButton")
        new.clicked.connect(lambda: self.make())
        self.layout_.insertWidget(self.layout_.indexOf(self.remove), self.made)
        self.layout_.insertWidget(self.layout_.indexOf(self.remove), new)
        self.fill()

    def row(self, key: dict[str, Any]) -> list[str]:
        return [key.get("name", ""), ", ".join(key.get("groups") or []) or self.tr("every action"),
                _when(key.get("last_used", 0))]

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
