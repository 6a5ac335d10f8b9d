"""Accounts: enter, test and store each service's key (in the OS keychain, never a file)."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deck import runtime
from deck.core.errors import CredentialsUnavailable, DeckError
from deck.providers.missxss.client import MissXssClient


class AccountsDialog(QDialog):
    def __init__(self, ctx: Any, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Accounts")
        self.setMinimumWidth(520)
        box = QGroupBox("MissXss")
        form = QFormLayout(box)
        self.url = QLineEdit(ctx.services.missxss_base_url())
        self.url.setAccessibleName("MissXss server address")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName("MissXss API key")
        has_key = bool(ctx.credentials.get("missxss"))
        where = "kept in memory for this session" if ctx.credentials.memory_only else "stored in your keychain"
        self.key.setPlaceholderText(f"•••••• ({where})" if has_key else "Paste your API key from the MissXss panel")
        form.addRow("Server", self.url)
        form.addRow("API key", self.key)
        self.test_button = QPushButton("Test connection")
        self.test_button.setObjectName("testMissxss")
        self.test_button.clicked.connect(runtime.async_slot(self.test))
        self.result = QLabel()
        self.result.setObjectName("testResult")
        self.result.setWordWrap(True)
        self.forget_button = QPushButton("Forget key")
        self.forget_button.setObjectName("forgetMissxss")
        self.forget_button.setToolTip("Remove the saved MissXss key from your keychain")
        self.forget_button.setEnabled(has_key)
        self.forget_button.clicked.connect(self.forget)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.result, 1)
        row.addWidget(self.forget_button)
        form.addRow(row)
        note = QLabel("Keys are kept in your system keychain. Deck never writes them to a file.")
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _key(self) -> Optional[str]:
        return self.key.text().strip() or self.ctx.credentials.get("missxss")

    async def test(self) -> None:
        """Call get-stream-meta with what is in the form, without saving anything."""
        key = self._key()
        if not key:
            self.result.setText("Enter your API key first.")
            return
        self.test_button.setEnabled(False)
        self.result.setText("Testing…")
        client = MissXssClient(self.url.text().strip(), lambda: key)
        try:
            meta = await client.call("get-stream-meta", {"platform": "Kick"}, idempotent=True)
        except DeckError as exc:
            self.result.setText(f"✗ {exc}")
        else:
            self.result.setText(f"✓ Connected to channel {meta.channel or '(unknown)'}")
        finally:
            self.test_button.setEnabled(True)

    def forget(self) -> None:
        if not self.ctx.ask("Remove the saved MissXss key from this computer?", "Forget key",
                            "MissXss shows as not connected until you add a key again.", parent=self):
            return
        try:
            self.ctx.credentials.delete("missxss")
        except CredentialsUnavailable as exc:
            self.result.setText(f"✗ {exc}")
            return
        self.key.clear()
        self.key.setPlaceholderText("Paste your API key from the MissXss panel")
        self.forget_button.setEnabled(False)
        self.result.setText("Key removed.")
        self.ctx.services.reconfigure()
        self.ctx.check_connections()

    def save(self) -> None:
        key = self.key.text().strip()
        if key:
            try:
                self.ctx.credentials.set("missxss", key)
            except CredentialsUnavailable as exc:
                box = QMessageBox(self)
                box.setIcon(QMessageBox.Icon.Warning)
                box.setWindowTitle("No keychain")
                box.setText(str(exc))
                keep = box.addButton("Keep in memory for this session", QMessageBox.ButtonRole.AcceptRole)
                box.addButton(QMessageBox.StandardButton.Cancel)
                box.exec()
                if box.clickedButton() is not keep:
                    return  # the dialog stays open with what was typed
                self.ctx.credentials.set("missxss", key, memory=True)
        url = self.url.text().strip()
        if url and url != self.ctx.settings.missxss.base_url:
            self.ctx.settings.missxss.base_url = url
            self.ctx.save_settings()
        self.ctx.services.reconfigure()
        self.accept()
        self.ctx.check_connections()
