"""The command palette (Ctrl+K): type part of a name, press Enter. Actions that need
parameters ask for them first; deck buttons of the profile are listed too."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Optional

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .cell_editor import matches
from .i18n import contract, ordered
from .params_form import ParamsForm

if TYPE_CHECKING:
    from .context import AppContext


class ParamsPrompt(QDialog):
    """Asks for an action's parameters, checked as you type; Run is enabled when valid."""

    def __init__(self, registry: Any, action_id: str, parent: Optional[QWidget] = None,
                 suggest: Callable[[str, str], list[str]] = lambda action_id, name: []):
        super().__init__(parent)
        action = registry.get(action_id)
        self.setWindowTitle(contract(action.title))
        self.setObjectName("paramsPrompt")
        self.setMinimumWidth(480)  # room for each field's placeholder and its problem in words
        self.form = ParamsForm(action_id, action.params, suggest=lambda name: suggest(action_id, name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run = buttons.addButton(self.tr("Run"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run.setObjectName("promptRun")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.changed.connect(lambda: self.run.setEnabled(self.form.valid))
        self.run.setEnabled(self.form.valid)
        layout = QVBoxLayout(self)
        if action.description:
            note = QLabel(contract(action.description), wordWrap=True)
            note.setProperty("role", "muted")
            layout.addWidget(note)
        layout.addWidget(self.form)
        layout.addWidget(buttons)


class CommandPalette(QDialog):
    def __init__(self, ctx: "AppContext", parent: Optional[QWidget] = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.ctx = ctx
        self.setObjectName("commandPalette")
        self.setMinimumWidth(640)
        self.query = QLineEdit(placeholderText=self.tr("Run an action or a deck button…"), objectName="paletteQuery")
        self.query.setAccessibleName(self.tr("Command palette"))
        self.list = QTreeWidget(objectName="paletteList")  # title, id and group in columns of their own
        self.list.setHeaderLabels([self.tr("Action"), self.tr("Id"), self.tr("Group")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.list.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for action in ordered(ctx.registry.actions(), lambda a: contract(a.title)):
            title, group = contract(action.title), contract(action.group)
            item = self._add((title, action.id, group), "action", action.id, f"{title} {action.id} {group}")
            why_not = ctx.services.why_not(action.id)
            if why_not:  # greyed with the reason, never sent to fail
                item.setDisabled(True)
                item.setToolTip(0, why_not)
        control = getattr(ctx, "deck", None)
        if control is not None:
            for page in control.profile.pages:
                for cell in page.cells:
                    if cell.kind != "folder":
                        label = cell.label or cell.id
                        self._add((self.tr("Button: {label}").format(label=label), "",
                                   self.tr("Deck · {name}").format(name=page.name)), "cell", cell.id,
                                  self.tr("button {label} {name}").format(label=label, name=page.name))
        self.query.textChanged.connect(self._filter)
        self.query.installEventFilter(self)
        self.list.itemActivated.connect(lambda item, column: self._run_item(item))
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        self.setFocusProxy(self.query)  # typing goes straight to the search
        self._filter("")

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.query.setFocus()

    def _add(self, columns: tuple[str, str, str], kind: str, ident: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(list(columns))
        item.setData(0, Qt.ItemDataRole.UserRole, (kind, ident, text))
        item.setForeground(1, self.palette().placeholderText())
        item.setForeground(2, self.palette().placeholderText())
        self.list.addTopLevelItem(item)
        return item

    def _filter(self, query: str) -> None:
        first, shown = None, 0
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            hidden = not matches(query, item.data(0, Qt.ItemDataRole.UserRole)[2])
            item.setHidden(hidden)
            shown += not hidden
            if not hidden and first is None:
                first = item
        self.list.setCurrentItem(first)
        # the palette is as tall as its results (up to a dozen rows), not a fixed box
        row = self.list.sizeHintForRow(0) if self.list.topLevelItemCount() else 20
        self.list.setFixedHeight(self.list.header().sizeHint().height() + max(1, min(shown, 12)) * max(row, 20) + 6)
        self.adjustSize()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.list.currentItem() is not None:
                    self._run_item(self.list.currentItem())
                return True
        return super().eventFilter(obj, event)

    def _step(self, by: int) -> None:
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        while 0 <= row + by < self.list.topLevelItemCount():
            row += by
            if not self.list.topLevelItem(row).isHidden():
                self.list.setCurrentItem(self.list.topLevelItem(row))
                return

    def _run_item(self, item: QTreeWidgetItem) -> None:
        if item.isDisabled():  # its tooltip says why: nothing is sent to fail
            return
        kind, ident, _ = item.data(0, Qt.ItemDataRole.UserRole)
        self.accept()
        parent = self.parentWidget()
        if kind == "cell":
            cell = self.ctx.deck.profile.cell(ident)
            if cell:
                self.ctx.deck.run_cell(cell, parent)
            return
        action = self.ctx.registry.get(ident)
        params: dict[str, Any] = {}
        if any(p.required for p in action.params.__params__):
            prompt = ParamsPrompt(self.ctx.registry, ident, parent, suggest=self.ctx.services.suggest)
            if not prompt.exec():
                return
            params = prompt.form.raw_values()
        self.ctx.run(ident, params, source="palette", parent=parent)
