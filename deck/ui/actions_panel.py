"""Actions panel: find any action, fill in its parameters, run it, see the answer."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deck.core.errors import DeckError

from .i18n import contract, ordered
from .params_form import ParamsForm

if TYPE_CHECKING:
    from .context import AppContext


class ActionsPanel(QWidget):
    def __init__(self, ctx: "AppContext", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form: Optional[ParamsForm] = None
        self.action_id: Optional[str] = None

        self.search = QLineEdit(placeholderText=self.tr("Search actions by name, id or group…"))
        self.search.setAccessibleName(self.tr("Search actions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Actions"))
        self.tree.currentItemChanged.connect(self._select)
        groups: dict[str, QTreeWidgetItem] = {}
        by_title = ordered(ctx.registry.actions(), lambda a: contract(a.title))
        for action in ordered(by_title, lambda a: contract(a.group)):  # by group, then by title (sorting is stable)
            group = groups.get(action.group)
            if group is None:
                group = groups[action.group] = QTreeWidgetItem(self.tree, [contract(action.group)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item = QTreeWidgetItem(group, [contract(action.title) + ("  ⚠" if action.destructive else "")])
            item.setData(0, Qt.ItemDataRole.UserRole, action.id)
            item.setToolTip(0, f"{action.id}\n{contract(action.description)}".strip())
        self.tree.expandAll()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.tree)

        self.title = QLabel(self.tr("Pick an action"))
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "muted")
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setObjectName("runButton")
        self.run_button.setEnabled(False)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.state = QLabel()
        self.state.setObjectName("runState")
        self.result = QPlainTextEdit(readOnly=True)
        self.result.setAccessibleName(self.tr("Result"))
        self.result.setPlaceholderText(self.tr("The service's answer appears here."))
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        rv.addWidget(self.detail)
        rv.addWidget(self.form_area, 2)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.state, 1)
        rv.addLayout(row)
        rv.addWidget(self.result, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            shown = 0
            for i in range(group.childCount()):
                item = group.child(i)
                hay = f"{item.text(0)} {item.data(0, Qt.ItemDataRole.UserRole)} {group.text(0)}".lower()
                hidden = bool(needle) and needle not in hay
                item.setHidden(hidden)
                shown += not hidden
            group.setHidden(shown == 0)

    def _select(self, item: Optional[QTreeWidgetItem], _previous: Any = None) -> None:
        action_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if action_id:
            self.select(action_id)

    def select(self, action_id: str, values: Optional[dict[str, Any]] = None) -> ParamsForm:
        action = self.ctx.registry.get(action_id)
        self.action_id = action_id
        self.title.setText(contract(action.title))
        http = f" · {action.wire_text}" if action.wire_text else ""
        limit = self.tr(" · at most {rate}").format(rate=action.rate) if action.rate else ""
        self.detail.setText(f"{action.id}{http}{limit}" + (f"\n{contract(action.description)}" if action.description else ""))
        self.form = ParamsForm(action_id, action.params, values,
                               suggest=lambda name: self.ctx.services.suggest(action_id, name))
        self.form.changed.connect(self._update_run)
        self.form_area.setWidget(self.form)
        title = contract(action.title)
        self.run_button.setText(title if len(title) < 28 else self.tr("Run"))
        self.state.clear()
        self._update_run()
        return self.form

    def _update_run(self) -> None:
        why_not = self.ctx.services.why_not(self.action_id) if self.action_id else ""
        self.run_button.setEnabled(bool(self.form and self.form.valid) and not why_not)
        self.run_button.setToolTip(why_not)
        if why_not:
            self.state.setText(why_not)
            self._restyle("error")

    def run(self) -> None:
        if not self.form or not self.action_id or not self.form.valid:
            return
        self.state.setText(self.tr("Running…"))
        self.state.setProperty("role", "muted")
        task = self.ctx.run(self.action_id, self.form.raw_values(), source="actions panel", parent=self,
                            on_result=self._show_result, on_error=self._show_error)
        if task is None:
            self.state.setText(self.tr("Not run."))

    def _show_result(self, result: Any) -> None:
        dump = getattr(result, "model_dump", None)
        data = dump(mode="json") if dump else result
        self.state.setText(self.tr("Done ✓"))
        self._restyle("ok")
        self.result.setPlainText(json.dumps(data, indent=2, ensure_ascii=False))

    def _show_error(self, error: DeckError) -> None:
        self.state.setText(self.tr("Failed"))
        self._restyle("error")
        self.result.setPlainText(str(error))

    def _restyle(self, role: str) -> None:
        self.state.setProperty("role", role)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
