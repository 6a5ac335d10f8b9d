"""Activity panel: every action run, with its parameters (secrets masked), time and outcome."""
from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLineEdit, QPushButton, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from deck.core.redact import redact

from deck.actions.registry import Invocation

if TYPE_CHECKING:
    from .context import AppContext

COLUMNS = ("Time", "Action", "Parameters", "State", "Duration", "Result")
STATE_TEXT = {"queued": "⏳ queued", "running": "▶ running", "ok": "✓ done", "failed": "✗ failed", "cancelled": "⊘ cancelled"}
STATE_COLOUR = {"ok": "#2e9d57", "failed": "#d64545", "cancelled": "#8a8a8a", "queued": "#c98a12", "running": "#3d7be0"}


def summarize(result: Any) -> str:
    """An answer in one line, with every known secret masked (a service may echo one)."""
    dump = getattr(result, "model_dump", None)
    data = dump(mode="json", exclude={"success"}) if dump else result
    if isinstance(data, dict):
        brief = {k: v for k, v in data.items() if not isinstance(v, (list, dict))}
        counts = {k: f"{len(v)} rows" for k, v in data.items() if isinstance(v, list)}
        text = json.dumps({**brief, **counts}, ensure_ascii=False) if (brief or counts) else "ok"
    else:
        text = "" if data is None else str(data)
    return redact(text)


class ActivityModel(QAbstractTableModel):
    def __init__(self, limit: int = 500, parent: Any = None):
        super().__init__(parent)
        self.limit = limit
        self.rows: list[Invocation] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        inv = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return time.strftime("%H:%M:%S", time.localtime(inv.at))
            if col == 1:
                return inv.action.id
            if col == 2:
                return json.dumps(inv.params, ensure_ascii=False)
            if col == 3:
                return STATE_TEXT.get(inv.state, inv.state)
            if col == 4:
                return "" if inv.duration is None else f"{inv.duration * 1000:.0f} ms"
            if col == 5:
                return inv.error if inv.error else summarize(inv.result) if inv.state == "ok" else ""
        if role == Qt.ItemDataRole.ForegroundRole and inv.state in STATE_COLOUR and (
            col == 3 or (col == 5 and inv.state == "failed")
        ):
            return QColor(STATE_COLOUR[inv.state])
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 5):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def update(self, inv: Invocation) -> None:
        if inv in self.rows:  # newest first: a change is almost always near the top
            row = self.rows.index(inv)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, inv)
        self.endInsertRows()
        if len(self.rows) > self.limit:
            self.beginRemoveRows(QModelIndex(), self.limit, len(self.rows) - 1)
            del self.rows[self.limit:]
            self.endRemoveRows()

    def clear_finished(self) -> None:
        self.beginResetModel()
        self.rows = [inv for inv in self.rows if inv.pending]
        self.endResetModel()


class ActivityPanel(QWidget):
    def __init__(self, ctx: "AppContext", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.model = ActivityModel(ctx.settings.activity_limit, self)
        ctx.registry.invocation_changed.connect(self.model.update)
        self.destroyed.connect(lambda: ctx.registry.invocation_changed.disconnect(self.model.update))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName("Activity")
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((70, 190, 240, 100, 70)):
            self.view.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.filter = QLineEdit(placeholderText="Filter by action…")
        self.filter.setAccessibleName("Filter activity")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        clear = QPushButton("Clear")
        clear.setAccessibleName("Clear activity")
        clear.clicked.connect(self.model.clear_finished)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view)
