"""Activity panel: what was run, with its parameters (secrets masked), time and outcome, in
words. What the user did is shown; Deck's own reads (panel refreshes, health checks, toggles)
only when asked for. The latest of the user's actions stays readable above the list."""
from __future__ import annotations

import json
import time
from collections import ChainMap
from typing import TYPE_CHECKING, Any, Mapping, Optional

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deck.actions.registry import Invocation
from deck.core.redact import redact
from deck.core.words import fold, in_words

from .i18n import contract
from .widgets import follow

if TYPE_CHECKING:
    from .context import AppContext

COLUMNS = (QT_TRANSLATE_NOOP("Activity", "Time"), QT_TRANSLATE_NOOP("Activity", "Action"),
           QT_TRANSLATE_NOOP("Activity", "Parameters"), QT_TRANSLATE_NOOP("Activity", "State"),
           QT_TRANSLATE_NOOP("Activity", "Duration"), QT_TRANSLATE_NOOP("Activity", "Result"))
STATE_TEXT = {"queued": QT_TRANSLATE_NOOP("Activity", "⏳ queued"), "running": QT_TRANSLATE_NOOP("Activity", "▶ running"),
              "ok": QT_TRANSLATE_NOOP("Activity", "✓ done"), "failed": QT_TRANSLATE_NOOP("Activity", "✗ failed"),
              "cancelled": QT_TRANSLATE_NOOP("Activity", "⊘ cancelled")}
DONE, FAILED = QT_TRANSLATE_NOOP("Activity", "done"), QT_TRANSLATE_NOOP("Activity", "failed")


def _tr(text: Any) -> str:
    return QCoreApplication.translate("Activity", str(text))
STATE_COLOUR = {"ok": "#2e9d57", "failed": "#d64545", "cancelled": "#8a8a8a", "queued": "#c98a12", "running": "#3d7be0"}


def summarize(result: Any, names: Mapping[str, str] = {}, read: bool = True) -> str:
    """An answer in one line of words, with every known secret masked (a service may echo one);
    ``names``: the service's own codes and known ids in words. An empty answer to a change says
    it was done ("0 items" would read as nothing done)."""
    dump = getattr(result, "model_dump", None)
    data = dump(mode="json", exclude={"success"}) if dump else result
    if isinstance(data, dict) and isinstance(data.get("data"), (list, dict)) and set(data) <= {"data", "message"}:
        data = data["data"]  # an envelope: what is inside
    if not read and data in ([], {}):
        return _tr(DONE)
    return redact(in_words(data, answer=True, names=names) or _tr(DONE))


class ActivityModel(QAbstractTableModel):
    def __init__(self, limit: int = 500, parent: Any = None, *known: dict[str, str]):
        super().__init__(parent)
        self.limit = limit
        self.rows: list[Invocation] = []
        self.known = known  # names of ids (who a Discord id is, what the user called an overlay)

    def names(self, inv: Invocation) -> Mapping[str, str]:
        """What an invocation's codes and ids are called, in words."""
        return ChainMap(inv.action.words, *self.known)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        inv = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return time.strftime("%H:%M:%S", time.localtime(inv.at))
            if col == 1:
                return contract(inv.action.title)
            if col == 2:
                return redact(in_words(inv.params, names=self.names(inv)))
            if col == 3:
                return _tr(STATE_TEXT.get(inv.state, inv.state))
            if col == 4:
                return "" if inv.duration is None else f"{inv.duration * 1000:.0f} ms"
            if col == 5:
                return inv.error if inv.error else summarize(inv.result, self.names(inv), inv.action.read_only) if inv.state == "ok" else ""
        if role == Qt.ItemDataRole.ForegroundRole and inv.state in STATE_COLOUR and (
            col == 3 or (col == 5 and inv.state == "failed")
        ):
            return QColor(STATE_COLOUR[inv.state])
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            by = QCoreApplication.translate("Activity", "run by Deck") if inv.background else \
                QCoreApplication.translate("Activity", "run by you")
            return f"{inv.action.id} · {by} ({inv.source})"
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return redact(json.dumps(inv.params, ensure_ascii=False))
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
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


class Shown(QSortFilterProxyModel):
    """The rows the user asked to see: their own actions (and Deck's too, when switched on),
    matching the filter text by title or id."""

    def __init__(self, model: ActivityModel, parent: Any = None):
        super().__init__(parent)
        self.setSourceModel(model)
        self.model_ = model
        self.background = False
        self.text = ""

    def set(self, background: Optional[bool] = None, text: Optional[str] = None) -> None:
        self.beginFilterChange()
        self.background = self.background if background is None else background
        self.text = fold((self.text if text is None else text).strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        inv = self.model_.rows[row]
        if inv.background and not self.background:
            return False
        return not self.text or self.text in inv.action.id.lower() or self.text in fold(contract(inv.action.title))


class ActivityPanel(QWidget):
    def __init__(self, ctx: "AppContext", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.model = ActivityModel(ctx.settings.activity_limit, self, ctx.registry.known, ctx.settings.names)
        follow(self, ctx.registry.invocation_changed, self.model.update)
        follow(self, ctx.registry.invocation_changed, self._latest)
        self.proxy = Shown(self.model, self)
        self.latest = QLabel(self.tr("Nothing run yet."), objectName="latestResult")
        self.latest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.latest.setAccessibleName(self.tr("Latest result"))
        self.latest.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # cut, never pushing
        self.latest.setMinimumWidth(120)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Activity"))
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((70, 190, 240, 100, 70)):
            self.view.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.filter = QLineEdit(placeholderText=self.tr("Filter by action…"))
        self.filter.setAccessibleName(self.tr("Filter activity"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(180)
        self.filter.textChanged.connect(lambda text: self.proxy.set(text=text))
        self.show_background = QCheckBox(self.tr("Deck's own reads"), objectName="showBackground")
        self.show_background.setToolTip(self.tr("Also show what Deck runs by itself: panel refreshes, health checks, toggles"))
        self.show_background.toggled.connect(lambda on: self.proxy.set(background=on))
        clear = QPushButton(self.tr("Clear"))
        clear.setAccessibleName(self.tr("Clear activity"))
        clear.clicked.connect(self.model.clear_finished)
        top = QHBoxLayout()
        top.addWidget(self.latest, 2)
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_background)
        top.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def _latest(self, inv: Invocation) -> None:
        """The latest action of the user's, with its outcome, where it does not scroll away."""
        if inv.background:
            return
        outcome = {"ok": f"✓ {summarize(inv.result, self.model.names(inv), inv.action.read_only)}",
                   "failed": f"✗ {inv.error or _tr(FAILED)}"}.get(inv.state, _tr(STATE_TEXT.get(inv.state, inv.state)))
        self.latest.setText(f"<b>{contract(inv.action.title)}</b> — {redact(outcome)}")
        self.latest.setToolTip(f"{redact(outcome)}\n{inv.action.id} at {time.strftime('%H:%M:%S', time.localtime(inv.at))}")
        self.latest.setProperty("role", "error" if inv.state == "failed" else "ok" if inv.state == "ok" else "")
        self.latest.style().polish(self.latest)
