"""Hotkeys: the list of every key in the profile, conflicts marked, global hotkey status,
and a live tester that shows what Deck receives."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Optional

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deck.actions.profiles import Hotkey

from .cell_editor import StepEditor

if TYPE_CHECKING:
    from .context import AppContext


class HotkeyEditor(QDialog):
    """Keys, where they work, and what they run on press (a button or an action) and on release."""

    def __init__(self, ctx: "AppContext", hotkey: Hotkey, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hotkey"))
        self.setObjectName("hotkeyEditor")
        self.ctx, self.control = ctx, ctx.deck
        self.hotkey = hotkey
        self.resize(600, 680)
        self.keys = QKeySequenceEdit(QKeySequence(hotkey.keys), objectName="hotkeyKeys")
        self.keys.setMaximumSequenceLength(1)
        self.scope = QComboBox(objectName="hotkeyScope")
        self.scope.addItem(self.tr("In Deck only"), "app")
        self.scope.addItem(self.tr("Global: also while a game has focus"), "global")
        self.scope.setCurrentIndex(self.scope.findData(hotkey.scope))
        self.target = QComboBox(objectName="hotkeyTarget")
        self.target.addItem(self.tr("An action…"), "")
        for page in self.control.profile.pages:
            for cell in page.cells:
                self.target.addItem(self.tr("Button: {value} ({name})").format(value=cell.label or cell.id, name=page.name), cell.id)
        self.target.setCurrentIndex(max(self.target.findData(hotkey.cell), 0))
        self.press = StepEditor(ctx.registry, suggest=ctx.services.suggest)
        self.press.set_step(hotkey.step)
        self.release = StepEditor(ctx.registry, suggest=ctx.services.suggest)
        self.release.set_step(hotkey.release)
        self.use_release = QComboBox(objectName="releaseMode")
        self.use_release.addItem(self.tr("Nothing on release"), False)
        self.use_release.addItem(self.tr("Run an action on release (hold to talk)"), True)
        self.use_release.setCurrentIndex(1 if hotkey.release else 0)
        self.problem = QLabel(objectName="hotkeyProblem", wordWrap=True)
        self.problem.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Keys"), self.keys)
        form.addRow(self.tr("Works"), self.scope)
        form.addRow(self.tr("On press"), self.target)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.press, 1)
        layout.addWidget(self.use_release)
        layout.addWidget(self.release, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for signal in (self.keys.keySequenceChanged, self.scope.currentIndexChanged, self.target.currentIndexChanged,
                       self.press.changed, self.release.changed, self.use_release.currentIndexChanged):
            signal.connect(self._validate)
        self._validate()

    def _keys(self) -> str:
        return self.keys.keySequence().toString(QKeySequence.SequenceFormat.PortableText)

    def _validate(self) -> None:
        self.press.setVisible(not self.target.currentData())
        self.release.setVisible(bool(self.use_release.currentData()))
        problems = []
        keys = self._keys()
        if not keys:
            problems.append(self.tr("Press the keys to use."))
        else:
            other = self.control.hotkey_using(keys, lambda hk: hk.id == self.hotkey.id)
            if other:
                problems.append(self.tr("{keys} already runs {what}.").format(keys=keys, what=self.control.describe_hotkey(other)))
        if not self.target.currentData() and self.press.problem:
            problems.append(self.tr("On press: {problem}").format(problem=self.press.problem))
        if self.use_release.currentData() and self.release.problem:
            problems.append(self.tr("On release: {problem}").format(problem=self.release.problem))
        note = self.control.hotkeys.problem if self.scope.currentData() == "global" else ""
        self.problem.setText("\n".join(problems + [note] if note else problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def result_hotkey(self) -> Hotkey:
        cell = self.target.currentData() or ""
        return Hotkey(id=self.hotkey.id, keys=self._keys(), scope=self.scope.currentData(), cell=cell,
                      step=None if cell else self.press.step(),
                      release=self.release.step() if self.use_release.currentData() else None)


class HotkeysDialog(QDialog):
    def __init__(self, ctx: "AppContext", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hotkeys"))
        self.setObjectName("hotkeysDialog")
        self.ctx, self.control = ctx, ctx.deck
        self.resize(760, 560)
        self.status = QLabel(objectName="globalStatus", wordWrap=True)
        self.table = QTableWidget(0, 4, objectName="hotkeyTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Works"), self.tr("Runs"), self.tr("On release")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _: self.edit())
        row = QHBoxLayout()
        for text, slot, name in ((self.tr("Add…"), self.add, "addHotkey"), (self.tr("Edit…"), self.edit, "editHotkey"),
                                 (self.tr("Remove"), self.remove, "removeHotkey")):
            b = QPushButton(text, objectName=name)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        self.conflict_note = QLabel(objectName="conflicts", wordWrap=True)
        self.conflict_note.setProperty("role", "error")
        self.tester = QPlainTextEdit(objectName="hotkeyTester", readOnly=True)
        self.tester.setPlaceholderText(self.tr("Live tester: press any hotkey (in Deck or, for global ones, in another "
                                               "app) and what Deck receives shows here."))
        self.tester.setMaximumBlockCount(200)
        self.probe = QKeySequenceEdit(objectName="keyProbe")
        self.probe.setToolTip(self.tr("Press keys here to see how Deck reads them"))
        self.probe.keySequenceChanged.connect(
            lambda seq: seq.count() and self._log(self.tr("keys typed here: {tostring}").format(tostring=seq.toString())))
        probe_row = QHBoxLayout()
        probe_row.addWidget(QLabel(self.tr("Try keys:")))
        probe_row.addWidget(self.probe, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.conflict_note)
        layout.addWidget(QLabel(self.tr("What Deck receives")))
        layout.addWidget(self.tester)
        layout.addLayout(probe_row)
        layout.addWidget(close)
        self.control.hotkeys.received.connect(self._received)
        self.finished.connect(lambda _: self.control.hotkeys.received.disconnect(self._received))
        self.refresh()

    def refresh(self) -> None:
        hotkeys = self.control.profile.hotkeys
        problem = self.control.hotkeys.problem
        self.status.setText(self.tr("Global hotkeys: {problem}").format(problem=problem) if problem else
                            self.tr("Global hotkeys work (backend: {backend}). Keys are watched, never taken away from "
                                    "the game.").format(backend=self.control.hotkeys.backend.name))
        self.status.setProperty("role", "error" if problem else "muted")
        clashes = self.control.hotkeys.conflicts()
        clashing = {i for ids in clashes.values() for i in ids}
        self.table.setRowCount(len(hotkeys))
        for r, hk in enumerate(hotkeys):
            cell = self.control.profile.cell(hk.cell) if hk.cell else None
            runs = self.tr("Button: {value}").format(
                value=cell.label or cell.id) if cell else self._title(hk.step.action if hk.step else "")
            values = [hk.keys + (" ⚠" if hk.id in clashing else ""), self.tr("Global") if hk.scope == "global" else self.tr("In Deck"),
                      runs, self._title(hk.release.action) if hk.release else ""]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if hk.id in clashing:
                    item.setToolTip(self.tr("These keys are bound more than once; only one of them runs."))
                self.table.setItem(r, c, item)
        self.conflict_note.setText("\n".join(f"Conflict: {keys} is bound {len(ids)} times." for keys, ids in clashes.items()))

    def _title(self, action_id: str) -> str:
        return self.ctx.registry.get(action_id).title if action_id in self.ctx.registry else action_id

    def _selected(self) -> Optional[Hotkey]:
        row = self.table.currentRow()
        hotkeys = self.control.profile.hotkeys
        return hotkeys[row] if 0 <= row < len(hotkeys) else None

    def add(self) -> None:
        self._edit(Hotkey(keys="F13"))

    def edit(self) -> None:
        hk = self._selected()
        if hk:
            self._edit(hk)

    def _edit(self, hk: Hotkey) -> None:
        editor = HotkeyEditor(self.ctx, hk, self)
        if editor.exec():
            new = editor.result_hotkey()
            hotkeys = self.control.profile.hotkeys
            index = next((i for i, h in enumerate(hotkeys) if h.id == hk.id), None)
            if index is None:
                hotkeys.append(new)
            else:
                hotkeys[index] = new
            self.control.save()
            self.refresh()

    def remove(self) -> None:
        hk = self._selected()
        if hk and self.ctx.ask(self.tr("Remove the hotkey <b>{keys}</b>?").format(keys=hk.keys), self.tr("Remove"), parent=self):
            self.control.profile.hotkeys.remove(hk)
            self.control.save()
            self.refresh()

    def _received(self, scope: str, keys: str, pressed: bool, what: str) -> None:
        where = self.tr("global") if scope == "global" else self.tr("in Deck")
        self._log(f"{where}  {keys}  {self.tr('pressed') if pressed else self.tr('released')}  → {what}")

    def _log(self, line: str) -> None:
        self.tester.appendPlainText(f"{time.strftime('%H:%M:%S')}  {line}")
