"""Plain widgets of Deck's windows: buttons, labels, rows and cards, notes that fade, counters,
switches, tables that page. None of them knows a service or the app's context; the pieces
that do are in :mod:`deck.ui.kit`."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deck.core.redact import redact

from .icons import IconButton, themed


def icon(name: str) -> QIcon:
    return themed(name)


def avatar(name: str, size: int = 18) -> QIcon:
    """A round badge with the first letter of ``name``, coloured by the name."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor.fromHsv(sum(map(ord, name)) * 37 % 360, 120, 200))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size * 2, size * 2)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPixelSize(size)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, (name[:1] or "?").upper())
    painter.end()
    return QIcon(pixmap)


def button(text: str, icon_name: str = "", name: str = "", tip: str = "", key: str = "") -> QPushButton:
    """A push button; ``name`` is what screen readers say, ``key`` its object name."""
    b = IconButton(text, icon_name) if icon_name else QPushButton(text)
    if key:
        b.setObjectName(key)
    b.setAccessibleName(name or text)
    if tip:
        b.setToolTip(tip)
    return b


def label(text: str = "", role: str = "", name: str = "", wrap: bool = False) -> QLabel:
    lab = QLabel(text)
    if role:
        lab.setProperty("role", role)
    if name:
        lab.setObjectName(name)
    lab.setWordWrap(wrap)
    return lab


def set_role(widget: QWidget, role: str) -> None:
    """Change a styled role (error/ok/muted…) and let the theme dress the widget again."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def row(*items: Any, stretch: bool = False, spacing: int = 6) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setSpacing(spacing)
    for item in items:
        if isinstance(item, QWidget):
            layout.addWidget(item)
        else:
            layout.addLayout(item)
    if stretch:
        layout.addStretch(1)
    return layout


def follow(owner: QObject, event: Any, handler: Callable[..., Any]) -> None:
    """Connect ``handler`` to a service-side event (``connect``/``disconnect``) for as long
    as ``owner`` exists."""
    event.connect(handler)
    owner.destroyed.connect(lambda *_: event.disconnect(handler))


def fit_tabs(tabs: QTabWidget) -> None:
    """A tab widget as tall as the page in front, not as its tallest page (a short dock
    scrolls only when the page shown needs it)."""
    def fit(index: int) -> None:
        for i in range(tabs.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            tabs.widget(i).setSizePolicy(policy, policy)
        tabs.updateGeometry()

    tabs.currentChanged.connect(fit)
    fit(tabs.currentIndex())


class Picker(QToolButton):
    """"▾" beside a field of ids: a menu of what the services list (and what was used before),
    each shown by name; choosing one fills the field. Typing any id stays possible. With
    ``names`` (the user's own names for ids, kept by ``named``), an id no service names can be
    given a name from the menu, and is shown by it after."""

    def __init__(self, edit: QLineEdit, choices: Callable[[], list[tuple[str, str]]], what: str,
                 append: bool = False, names: Optional[dict[str, str]] = None,
                 named: Callable[[str, str], None] = lambda value, name: None):
        super().__init__()
        self.edit, self.choices, self.append = edit, choices, append
        self.names, self.named = names, named
        self.setText("▾")
        self.setObjectName("picker")
        self.setAccessibleName(self.tr("Pick {what}").format(what=what))
        self.setToolTip(self.tr("Pick {what}").format(what=what))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        options = self.choices()
        if not options:
            menu.addAction(self.tr("Nothing to pick yet: type an ID")).setEnabled(False)
        for text, value in options:
            if self.names and value in self.names:
                text = f"{self.names[value]}  ({value})"
            menu.addAction(text).triggered.connect(lambda _=False, v=value: self.pick(v))
        if self.names is not None:
            typed = [v.strip() for v in self.edit.text().split(",") if v.strip()]
            if typed:
                menu.addSeparator()
            for value in typed:
                menu.addAction(self.tr("Name {id}…").format(id=value)).triggered.connect(
                    lambda _=False, v=value: self.ask_name(v))

    def ask_name(self, value: str) -> None:
        from PySide6.QtWidgets import QInputDialog

        assert self.names is not None
        name, ok = QInputDialog.getText(self, self.tr("Name an ID"),
                                        self.tr("What to call {id} (empty: no name):").format(id=value),
                                        text=self.names.get(value, ""))
        if ok:
            self.named(value, name)

    def pick(self, value: str) -> None:
        current = [v.strip() for v in self.edit.text().split(",") if v.strip()]
        self.edit.setText(", ".join([*current, value]) if self.append and value not in current else
                          self.edit.text() if self.append else value)


def card(*children: Any, title: str = "") -> QFrame:
    """A framed group of controls with an optional heading."""
    frame = QFrame()
    frame.setObjectName("card")  # drawn rounded by the theme
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 10)
    layout.setSpacing(6)
    if title:
        layout.addWidget(label(title, name="sectionTitle"))
    for child in children:
        if isinstance(child, QWidget):
            layout.addWidget(child)
        else:
            layout.addLayout(child)
    return frame


def refill(box: QComboBox, items: Iterable[tuple[str, Any]]) -> None:
    """Offer ``(text, data)`` items, keeping the one chosen when it is still there, quietly."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    box.setCurrentIndex(max(box.findData(current), 0))
    box.blockSignals(False)


def when(iso: str) -> str:
    """An ISO time as "2026-11-30 20:15" (empty when there is none)."""
    return iso[:16].replace("T", " ") if iso else ""


LEVELS = {"admin": QT_TRANSLATE_NOOP("Levels", "Admin"), "owner": QT_TRANSLATE_NOOP("Levels", "Owner"),
          "moderator": QT_TRANSLATE_NOOP("Levels", "Moderator"), "twitch_vip": QT_TRANSLATE_NOOP("Levels", "Twitch VIP"),
          "regular": QT_TRANSLATE_NOOP("Levels", "Regular"), "subscriber": QT_TRANSLATE_NOOP("Levels", "Subscriber"),
          "everyone": QT_TRANSLATE_NOOP("Levels", "Everyone")}


def number(value: float) -> str:
    """A number as the language Deck speaks writes it: 19,954 in English, 19.954 in Turkish."""
    return QLocale().toString(value) if isinstance(value, int) else QLocale().toString(float(value), "f", 2).rstrip("0").rstrip(
        QLocale().decimalPoint())


def level_text(level: str, and_up: bool = False) -> str:
    """A user level as read: ``twitch_vip`` -> "Twitch VIP"; ``and_up``: "Moderator and up"."""
    known = LEVELS.get(level)
    text = QCoreApplication.translate("Levels", str(known)) if known else level.replace("_", " ").title()
    return QCoreApplication.translate("Levels", "{level} and up").format(level=text) if and_up else text


def on_off(on: Optional[bool]) -> str:
    """A table's "on" column: "✓ on", "off", or nothing when unknown."""
    if on is None:
        return ""
    return QCoreApplication.translate("Words", "✓ on") if on else QCoreApplication.translate("Words", "off")


def changed_signal(widget: QWidget) -> Any:
    for attr in ("textChanged", "valueChanged", "currentIndexChanged", "toggled", "dateChanged"):
        if hasattr(widget, attr):
            return getattr(widget, attr)
    raise TypeError(f"no change signal on {type(widget).__name__}")


NOTE_FADE_MS = 8000


class Note(QLabel):
    """One line of feedback under a form: busy, done, or the service's own error text."""

    def __init__(self, name: str = ""):
        super().__init__()
        self.setWordWrap(True)
        self.setObjectName(name or "note")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fade = QTimer(self, singleShot=True, interval=NOTE_FADE_MS)  # "Done ✓" goes after a while
        self.fade.timeout.connect(self.clear)
        self.hide()

    def _say(self, text: str, role: str) -> None:
        self.setText(redact(text))
        set_role(self, role)
        self.setVisible(bool(text))
        self.fade.stop()
        if text and role != "muted":  # where the eye is: scrolled into view in a panel that scrolls
            QTimer.singleShot(0, self, self._into_view)

    def _into_view(self) -> None:
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and self.isVisible():
            area.ensureWidgetVisible(self, 0, 8)

    def busy(self, text: str = "") -> None:
        self._say(text or self.tr("Working…"), "muted")

    def ok(self, text: str) -> None:
        self._say(text, "ok")
        self.fade.start()

    def error(self, text: str) -> None:
        self._say(text, "error")

    def clear(self) -> None:
        self._say("", "muted")


class Counter(QLabel):
    """``12/140`` next to a text field; red once the text is too long."""

    def __init__(self, edit: QLineEdit | QPlainTextEdit, limit: int):
        super().__init__()
        self.edit, self.limit = edit, limit
        self.setObjectName("counter")
        self.setMinimumWidth(56)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        changed_signal(edit).connect(self.update_count)
        self.update_count()

    def update_count(self, *_: Any) -> None:
        text = self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()
        n = len(text)
        self.setText(f"{number(n)}/{number(self.limit)}")
        self.setAccessibleName(self.tr("{n} of {limit} characters").format(n=n, limit=self.limit))
        set_role(self, "error" if n > self.limit else "muted")


def centred_page(icon_label: QLabel, text: QLabel, action: QPushButton) -> QWidget:
    """An icon, a message and one button in the middle of the space: the not-connected,
    loading, empty and error pages."""
    page = QWidget()
    icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(icon_label)
    layout.addWidget(text)
    layout.addWidget(action, 0, Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(1)
    return page


def switch(text: str, name: str = "") -> QCheckBox:
    box = QCheckBox(text)
    box.setProperty("role", "switch")
    box.setAccessibleName(name or text)
    return box


COLUMN_MAX, COLUMN_MIN = 240, 40  # pixels of a column that does not take the rest


class Table(QTableWidget):
    """A read-only table of rows; the first column keeps the row's record."""

    def __init__(self, headers: list[str], name: str, stretch: int = -1):
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setAccessibleName(name)
        self.setObjectName(name.replace(" ", ""))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        self.stretch = stretch % len(headers)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        self.records: list[Any] = []
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its contents, but together at most two thirds of the room and
        never narrower than its title; the column that takes the rest keeps at least a quarter
        of the room (a command's response was squeezed to "po"), scrolling sideways when the
        table is too narrow for that. A cell cut short reads whole on hover."""
        header = self.horizontalHeader()
        room = self.viewport().width()
        wanted = {}
        for c in range(self.columnCount()):
            if c != self.stretch:
                self.resizeColumnToContents(c)
                wanted[c] = min(self.columnWidth(c), COLUMN_MAX)
        scale = min(1.0, room * 2 / 3 / sum(wanted.values())) if room > 0 and wanted else 1.0
        used = 0
        for c, width in wanted.items():
            width = max(COLUMN_MIN, header.sectionSizeHint(c), int(width * scale))
            self.setColumnWidth(c, width)
            used += width
        need = max(header.sectionSizeHint(self.stretch), room // 4)
        if room - used >= need:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(self.stretch, need)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_columns()

    def set_rows(self, records: list[Any], cells: Callable[[Any], list[Any]]) -> bool:
        self.records = list(records)
        self.setRowCount(len(self.records))
        for r, record in enumerate(self.records):
            for c, value in enumerate(cells(record)):
                item = QTableWidgetItem("" if value is None else str(value))
                if len(item.text()) > 30:  # a cell too long for its column reads whole on hover
                    item.setToolTip(item.text())
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    item.setText(number(value))
                self.setItem(r, c, item)
        self.fit_columns()
        return bool(self.records)

    def select_quietly(self, matches: Callable[[Any], bool]) -> bool:
        """Select the rows whose record ``matches`` (after a reload: the same ones as before),
        without telling selection listeners. Whether any matched."""
        self.blockSignals(True)
        self.clearSelection()
        chosen = [r for r, record in enumerate(self.records) if matches(record)]
        for r in chosen:
            self.selectionModel().select(self.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)
        self.blockSignals(False)
        return bool(chosen)

    def selected(self) -> Any:
        rows = self.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def texts(self, column: int) -> list[str]:
        return [self.item(r, column).text() for r in range(self.rowCount())]


class Pager(QWidget):
    """Previous / next and "1–50 of 123" for a paginated read action."""

    changed = Signal()

    def __init__(self, limit: int):
        super().__init__()
        self.limit, self.offset, self.total = limit, 0, 0
        self.prev = button("", "prev", name=self.tr("Previous page"))
        self.next = button("", "next", name=self.tr("Next page"))
        self.info = label(role="muted", name="pageInfo")
        self.prev.clicked.connect(lambda: self._go(-1))
        self.next.clicked.connect(lambda: self._go(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        for w in (self.info, self.prev, self.next):
            layout.addWidget(w)
        self.show_page(0, 0)

    def _go(self, step: int) -> None:
        self.offset = max(0, self.offset + step * self.limit)
        self.changed.emit()

    def reset(self) -> None:
        self.offset = 0

    def show_page(self, total: int, count: int) -> None:
        self.total = total
        first = self.offset + 1 if count else 0
        self.info.setText(self.tr("{first}–{last} of {total}").format(
            first=number(first), last=number(self.offset + count), total=number(total)) if count else "")
        self.prev.setEnabled(self.offset > 0)
        self.next.setEnabled(self.offset + count < total)


class WheelGuard(QObject):
    """The mouse wheel over a drop-down or a number field that does not have the focus
    scrolls the form around it, as a browser does, instead of changing the value under the
    pointer (a Platform went from Kick to YouTube while scrolling). Click it first to use
    the wheel on it. Installed on those widgets alone, so no other event pays for it."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            parent = obj.parentWidget()
            if parent is not None:
                QApplication.sendEvent(parent, event)  # an ignored wheel goes on up to what scrolls
            return True
        return False


def guard_wheel(root: QWidget) -> None:
    """Every drop-down and number field under ``root`` changes by the wheel only with the focus."""
    app = QApplication.instance()
    guard = app.findChild(WheelGuard) if app is not None else None
    if guard is None:
        guard = WheelGuard(app)
    for kind in (QComboBox, QAbstractSpinBox):
        for widget in root.findChildren(kind):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give them the focus either
            widget.installEventFilter(guard)
