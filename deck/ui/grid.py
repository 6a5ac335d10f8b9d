"""The deck: pages of buttons that run any action. Buttons show queued / running / failed
(the reason on hover) and toggles show their live state. Drag to rearrange; right-click to
edit, copy, paste, duplicate or delete."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QPoint, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QDrag, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QTabBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from deck.actions.profiles import Cell, Page, ProfileError
from deck.actions.toggles import KINDS

from . import theme
from .i18n import contract
from .colours import readable_text
from .icons import PALETTE_CHANGED, tinted_icon

if TYPE_CHECKING:
    from .context import AppContext

MIME = "application/x-deck-cell"
STATE_COLOURS = {"queued": "#b7791f", "running": "#2f6fd6", "failed": "#d13438", "ok": "#1f7a3d"}
STATE_WORDS = {"queued": QT_TRANSLATE_NOOP("Grid", "waiting"), "running": QT_TRANSLATE_NOOP("Grid", "running"),
               "failed": QT_TRANSLATE_NOOP("Grid", "✗ failed"), "ok": QT_TRANSLATE_NOOP("Grid", "✓ done")}
DONE_MS = 3000  # "done" stays this long; "failed" until the next press
ANSWER_MS = 8000  # a read button's answer beside it


class CellButton(QToolButton):
    """One slot of the grid: a button, or an empty place to drop or add one."""

    def __init__(self, grid: "GridPanel", page: Page, row: int, col: int, cell: Optional[Cell]):
        super().__init__()
        self.grid, self.page, self.row, self.col, self.cell = grid, page, row, col, cell
        self.state, self.detail, self.toggle_state = "idle", "", None
        self.answer = ""  # what a read button read last
        self._press: Optional[QPoint] = None
        self.setAcceptDrops(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(72, 60)  # and as large as the dock allows: the grid fills it
        self.setIconSize(QSize(26, 26))
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: grid.cell_menu(self, self.mapToGlobal(pos)))
        self.setObjectName(f"cell-{row}-{col}")
        if cell is None:
            self.setProperty("role", "emptyCell")
            self.setToolTip(self.tr("Empty: double-click or right-click to add a button"))
            self.setAccessibleName(self.tr("Empty slot, row {row}, column {col}").format(row=row + 1, col=col + 1))
        else:
            self.setProperty("role", "cell")
            self.clicked.connect(lambda: grid.control.run_cell(cell, self))
            if cell.kind == "toggle" and cell.toggle in KINDS:
                self.setCheckable(True)
                self.toggle_state = grid.control.toggles.get(cell.toggle, cell.toggle_arg)
        self.refresh()

    def refresh(self) -> None:
        cell = self.cell
        if cell is None:
            self.setText("")
            return
        text = cell.text_color or (readable_text(cell.color) if cell.color else "")  # readable unless chosen
        palette = QPalette()  # the theme's, with the button's own text colour
        if text:
            palette.setColor(QPalette.ColorRole.ButtonText, QColor(text))
        self.setPalette(palette)
        self._tint()
        label = cell.label or cell.id
        if self.isCheckable():
            self.blockSignals(True)
            self.setChecked(bool(self.toggle_state))
            self.blockSignals(False)
            on, off = (contract(w) for w in (KINDS[cell.toggle].words if cell.toggle in KINDS else ("ON", "off")))
            label += {True: f"\n● {on}", False: f"\n○ {off}", None: "\nstate unknown"}[self.toggle_state]
        self.setText(label)
        self.setAccessibleName(label)
        self.setToolTip(self.grid.describe(cell, self.state, self.detail))
        self.update()

    def _tint(self) -> None:
        cell = self.cell
        assert cell is not None
        colour = cell.text_color or (readable_text(cell.color) if cell.color else
                                     QApplication.palette().buttonText().color().name())
        self.setIcon(tinted_icon(cell.icon, colour) if cell.icon else QIcon())

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_CHANGED and self.cell is not None:  # the icon takes the new theme's colour
            self._tint()

    def set_state(self, state: str, detail: str) -> None:
        self.state, self.detail = state, detail
        if state == "ok" and detail:
            self.answer = detail  # a read button: what it read
        self.refresh()
        if state == "ok":
            if detail:  # shown beside the button for a while, and kept in its tooltip
                QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), detail, self, self.rect(), ANSWER_MS)
            QTimer.singleShot(DONE_MS, self, lambda: self.state == "ok" and self.set_state("idle", ""))

    def paintEvent(self, event: Any) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        hot = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.cell is None:  # an empty slot: a dashed outline
            painter.setPen(QPen(theme.colour("highlight" if hot else "border"), 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 10, 10)
            return
        width = 3 if self.isChecked() else 2 if self.isDown() else 1
        edge = theme.colour("ok" if self.isChecked() else "highlight" if hot or self.isDown() else "border")
        inset = width / 2 + 1
        painter.setPen(QPen(edge, width))
        painter.setBrush(QColor(self.cell.color) if self.cell.color else theme.colour("button"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 10, 10)
        option.rect = self.rect().adjusted(6, 6, -6, -6)
        painter.drawControl(QStyle.ControlElement.CE_ToolButtonLabel, option)
        colour = STATE_COLOURS.get(self.state)
        if not colour:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(4, self.height() - 7, self.width() - 8, 4), 2, 2)  # a bar along the bottom
        text = QCoreApplication.translate("Grid", str(STATE_WORDS[self.state]))
        font = painter.font()
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(text) + 12
        badge = QRectF(self.width() - width - 4, 4, width, 18)
        painter.drawRoundedRect(badge, 9, 9)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    # ---- drag and drop
    def mousePressEvent(self, event: Any) -> None:
        left = event.button() == Qt.MouseButton.LeftButton
        self._press = event.position().toPoint() if self.cell and left else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        self._press = None  # a click ends here: only a press held past the drag distance moves a button
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:
        held = bool(event.buttons() & Qt.MouseButton.LeftButton)
        if self._press is not None and held and (event.position().toPoint() - self._press).manhattanLength() \
                >= QApplication.startDragDistance():
            self._press = None
            self.setDown(False)
            drag = QDrag(self)
            mime = QMimeData()
            mime.setData(MIME, self.cell.id.encode())
            drag.setMimeData(mime)
            drag.setPixmap(self.grab())
            drag.exec(Qt.DropAction.MoveAction)
            return
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        if self.cell is None:
            self.grid.edit(self)
        else:
            super().mouseDoubleClickEvent(event)

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        cell_id = bytes(event.mimeData().data(MIME).data()).decode()
        event.acceptProposedAction()
        QTimer.singleShot(0, self.grid, lambda: self.grid.move(cell_id, self.page, self.row, self.col))


class GridPanel(QWidget):
    def __init__(self, ctx: "AppContext"):
        super().__init__()
        self.ctx = ctx
        self.control = ctx.deck
        self.page_id = ""
        self.buttons: dict[str, CellButton] = {}

        self.profile_box = QComboBox(objectName="profileBox", toolTip=self.tr("Profile: pages, hotkeys and layout"))
        self.profile_box.setAccessibleName(self.tr("Profile"))
        self.profile_box.activated.connect(lambda i: self.control.switch(self.profile_box.itemText(i)))
        self.tabs = QTabBar(objectName="pageTabs", expanding=False, drawBase=False)
        self.tabs.setAccessibleName(self.tr("Deck pages"))
        self.tabs.tabBarClicked.connect(self._tab_clicked)
        self.back = QToolButton(objectName="folderBack", text=self.tr("← Back"), toolTip=self.tr("Back to the page above"))
        self.back.clicked.connect(self._back)
        self.menu_button = QToolButton(objectName="deckMenu", text="☰", toolTip=self.tr("Pages, profiles and hotkeys"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self._menu())
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addWidget(self.tabs, 1)
        bar.addWidget(self.profile_box)
        bar.addWidget(self.menu_button)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.grid, 1)  # the buttons grow to fill the dock

        self.control.profile_changed.connect(self.rebuild)
        self.control.cell_state.connect(self._cell_state)
        self.control.toggle_changed.connect(self._toggle_changed)
        self.control.open_page.connect(self.show_page)
        self.rebuild()

    # ---- pages
    @property
    def page(self) -> Page:
        profile = self.control.profile
        page = profile.page(self.page_id)
        if page is None:
            if not profile.pages:
                profile.pages.append(Page(name="Main"))
            page = next((p for p in profile.pages if not p.parent), profile.pages[0])
            self.page_id = page.id
        return page

    def top_pages(self) -> list[Page]:
        return [p for p in self.control.profile.pages if not p.parent]

    def rebuild(self) -> None:
        names = self.control.store.names()
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        self.profile_box.addItems(names)
        self.profile_box.setCurrentText(self.control.profile.name)
        self.profile_box.blockSignals(False)
        page = self.page
        while self.tabs.count():
            self.tabs.removeTab(0)
        for p in self.top_pages():
            self.tabs.addTab(p.name)
        top = page
        for _ in self.control.profile.pages:  # bounded: a profile's pages form a tree (checked on load)
            parent = self.control.profile.page(top.parent) if top.parent else None
            if parent is None:
                break
            top = parent
        self.tabs.setCurrentIndex(self.top_pages().index(top) if top in self.top_pages() else 0)
        self.back.setVisible(bool(page.parent))
        self.back.setText(f"← {page.name}" if page.parent else self.tr("← Back"))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.buttons = {}
        for r in range(page.rows):
            for c in range(page.cols):
                cell = page.at(r, c)
                button = CellButton(self, page, r, c, cell)
                self.grid.addWidget(button, r, c)
                if cell:
                    self.buttons[cell.id] = button

    def show_page(self, page_id: str) -> None:
        if self.control.profile.page(page_id):
            self.page_id = page_id
            self.rebuild()

    def _tab_clicked(self, index: int) -> None:
        pages = self.top_pages()
        if 0 <= index < len(pages):
            self.show_page(pages[index].id)

    def _back(self) -> None:
        self.show_page(self.page.parent)

    def describe(self, cell: Cell, state: str, detail: str) -> str:
        registry = self.ctx.registry
        lines = [f"<b>{cell.label or self.tr('Button')}</b>"]
        if cell.kind == "toggle" and cell.toggle in KINDS:
            lines.append(self.tr("Toggle: {kind}").format(kind=contract(KINDS[cell.toggle].title))
                         + (f" ({cell.toggle_arg})" if cell.toggle_arg else ""))
        elif cell.kind == "folder":
            folder = self.control.profile.page(cell.folder)
            lines.append(self.tr("Opens {folder}").format(folder=folder.name) if folder else self.tr("Opens a folder"))
        for i, step in enumerate(cell.steps):
            title = contract(registry.get(step.action).title) if step.action in registry else step.action
            wait = self.tr("wait {ms} ms, ").format(ms=step.delay_ms) if step.delay_ms else ""
            lines.append(f"{i + 1}. {wait}{title}" if len(cell.steps) > 1 else title)
        if len(cell.steps) > 1:
            lines.append(self.tr("Stops at the first error") if cell.on_error == "stop" else self.tr("Goes on after errors"))
        keys = self.control.keys_for(cell_id=cell.id)
        if keys:
            lines.append(self.tr("Keys: {keys}").format(keys=", ".join(keys)))
        if state in ("queued", "running"):
            doing = self.tr("Waiting for the rate limit…") if state == "queued" else self.tr("Running…")
            lines.append(f"<i>{doing}</i>")
        if state == "failed" and detail:
            lines.append(self.tr("<span style='color:#e5484d'>Failed: ") + detail.replace("\n", "<br>") + "</span>")
        answer = self.buttons[cell.id].answer if cell.id in self.buttons else ""
        if answer:
            lines.append(self.tr("Last read: {answer}").format(answer=answer))
        return "<br>".join(lines)

    def _cell_state(self, cell_id: str, state: str, detail: str) -> None:
        button = self.buttons.get(cell_id)
        if button is not None:
            button.set_state(state, detail)

    def _toggle_changed(self, kind: str, arg: str, state: Optional[bool]) -> None:
        for button in self.buttons.values():
            cell = button.cell
            if cell and cell.kind == "toggle" and (cell.toggle, cell.toggle_arg) == (kind, arg):
                button.toggle_state = state
                button.refresh()

    # ---- editing
    def cell_menu(self, button: CellButton, at: QPoint) -> None:
        menu = QMenu(self)
        cell = button.cell
        if cell:
            menu.addAction(self.tr("Edit…"), lambda: self.edit(button))
            menu.addAction(self.tr("Run"), lambda: self.control.run_cell(cell, button))
            menu.addSeparator()
            menu.addAction(self.tr("Copy"), lambda: self.copy(button.cell))
            menu.addAction(self.tr("Duplicate"), lambda: self.duplicate(button.cell))
            menu.addAction(self.tr("Delete"), lambda: self.delete(button.cell))
        else:
            menu.addAction(self.tr("Add button…"), lambda: self.edit(button))
            paste = menu.addAction(self.tr("Paste"), lambda: self.paste(button.page, button.row, button.col))
            paste.setEnabled(QApplication.clipboard().mimeData().hasFormat(MIME + "+json"))
        menu.exec(at)

    def edit(self, button: CellButton) -> None:
        from .cell_editor import CellEditor

        cell = button.cell or Cell(row=button.row, col=button.col)
        editor = CellEditor(self.ctx, cell, self.page, self)
        if editor.exec():
            self._put(button.page, editor.result_cell())

    def _put(self, page: Page, cell: Cell) -> None:
        page.cells = [c for c in page.cells if c.id != cell.id and (c.row, c.col) != (cell.row, cell.col)] + [cell]
        if cell.kind == "folder" and not self.control.profile.page(cell.folder):
            folder = Page(name=cell.label or "Folder", rows=page.rows, cols=page.cols, parent=page.id)
            self.control.profile.pages.append(folder)
            cell.folder = folder.id
        self.control.save()

    def move(self, cell_id: str, page: Page, row: int, col: int) -> None:
        source = next((p for p in self.control.profile.pages if any(c.id == cell_id for c in p.cells)), None)
        if source is None:
            return
        moving = next(c for c in source.cells if c.id == cell_id)
        other = page.at(row, col)
        if other is moving:
            return
        if other is not None:  # swap places
            source.cells.remove(moving)
            page.cells.remove(other)
            other.row, other.col = moving.row, moving.col
            source.cells.append(other)
        else:
            source.cells.remove(moving)
        moving.row, moving.col = row, col
        page.cells.append(moving)
        self.control.save()

    def copy(self, cell: Cell) -> None:
        mime = QMimeData()
        data = cell.model_dump_json()
        mime.setData(MIME + "+json", data.encode())
        mime.setText(data)
        QApplication.clipboard().setMimeData(mime)

    def paste(self, page: Page, row: int, col: int) -> None:
        raw = bytes(QApplication.clipboard().mimeData().data(MIME + "+json").data())
        try:
            data = json.loads(raw)
            data.update(row=row, col=col)
            data.pop("id", None)
            cell = Cell.model_validate(data)
        except ValueError as exc:
            self.ctx.window.status.show_problem(self.tr("Could not paste the button: {error}").format(error=exc))
            return
        self._put(page, cell)

    def duplicate(self, cell: Cell) -> None:
        spot = self.page.free()
        if spot is None:
            self.ctx.window.status.show_problem(self.tr("This page is full: make it bigger or use another page."))
            return
        copy = cell.model_copy(deep=True, update={"row": spot[0], "col": spot[1]})
        copy.id = Cell(row=0, col=0).id
        self._put(self.page, copy)

    def delete(self, cell: Cell) -> None:
        if not self.ctx.ask(self.tr("Delete the button <b>{value}</b>?").format(value=cell.label or cell.id), self.tr("Delete"),
                            parent=self):
            return
        page = self.page
        page.cells = [c for c in page.cells if c.id != cell.id]
        profile = self.control.profile
        profile.hotkeys = [h for h in profile.hotkeys if h.cell != cell.id]
        self.control.save()

    # ---- pages and profiles menu
    def _menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Add page…"), self.add_page)
        menu.addAction(self.tr("Rename page…"), self.rename_page)
        menu.addAction(self.tr("Page size…"), self.resize_page)
        menu.addAction(self.tr("Delete page…"), self.delete_page)
        menu.addSeparator()
        menu.addAction(self.tr("Hotkeys…"), self.open_hotkeys)
        menu.addSeparator()
        menu.addAction(self.tr("New profile…"), lambda: self._new_profile(copy=False))
        menu.addAction(self.tr("Duplicate profile…"), lambda: self._new_profile(copy=True))
        menu.addAction(self.tr("Rename profile…"), self.rename_profile)
        menu.addAction(self.tr("Delete profile…"), self.delete_profile)
        menu.addSeparator()
        menu.addAction(self.tr("Export profile…"), self.export_profile)
        menu.addAction(self.tr("Import profile…"), self.import_profile)
        return menu

    def _text(self, title: str, label: str, value: str = "") -> str:
        text, ok = QInputDialog.getText(self, title, label, text=value)
        return text.strip()[:40] if ok else ""

    def add_page(self) -> None:
        name = self._text(self.tr("Add page"), self.tr("Page name:"))
        if name:
            page = Page(name=name)
            self.control.profile.pages.append(page)
            self.page_id = page.id
            self.control.save()

    def rename_page(self) -> None:
        name = self._text(self.tr("Rename page"), self.tr("Page name:"), self.page.name)
        if name:
            self.page.name = name
            self.control.save()

    def resize_page(self) -> None:
        page = self.page
        text = self._text(self.tr("Page size"), self.tr("Rows × columns (each 1–8):"), f"{page.rows}x{page.cols}")
        try:
            rows, cols = (int(n) for n in text.lower().replace("×", "x").split("x"))
            if not (1 <= rows <= 8 and 1 <= cols <= 8):
                raise ValueError
        except ValueError:
            if text:
                QMessageBox.warning(self, self.tr("Page size"), self.tr("{text} is not a size like 3x5 (rows and columns "
                                                                      "1–8).").format(text=repr(text)))
            return
        outside = [c for c in page.cells if c.row >= rows or c.col >= cols]
        if outside and not self.ctx.ask(self.tr("%n button(s) do not fit in {rows}×{cols} and will be deleted.", "", len(outside)).format(
                rows=rows, cols=cols),
                                        self.tr("Resize"), parent=self):
            return
        page.cells = [c for c in page.cells if c not in outside]
        page.rows, page.cols = rows, cols
        self.control.save()

    def delete_page(self) -> None:
        page = self.page
        profile = self.control.profile
        doomed = {page.id}
        while True:  # a folder's pages go with it
            more = {p.id for p in profile.pages if p.parent in doomed} - doomed
            if not more:
                break
            doomed |= more
        if len(profile.pages) - len(doomed) < 1:
            QMessageBox.information(self, self.tr("Delete page"), self.tr("A profile keeps at least one page."))
            return
        buttons = sum(len(p.cells) for p in profile.pages if p.id in doomed)
        if not self.ctx.ask(self.tr("Delete the page <b>{name}</b> and its %n button(s)?", "", buttons).format(name=page.name),
                            self.tr("Delete page"), parent=self):
            return
        cells = {c.id for p in profile.pages if p.id in doomed for c in p.cells}
        profile.pages = [p for p in profile.pages if p.id not in doomed]
        for p in profile.pages:
            p.cells = [c for c in p.cells if not (c.kind == "folder" and c.folder in doomed)]
        profile.hotkeys = [h for h in profile.hotkeys if h.cell not in cells]
        self.page_id = page.parent
        self.control.save()

    def open_hotkeys(self) -> None:
        from .hotkeys import HotkeysDialog

        HotkeysDialog(self.ctx, self).exec()

    def _new_profile(self, copy: bool) -> None:
        name = self._text(self.tr("Duplicate profile") if copy else self.tr("New profile"), self.tr("Profile name:"),
                          self.tr("{name} copy").format(name=self.control.profile.name) if copy else "")
        if name:
            self.control.create(name, copy=copy)

    def rename_profile(self) -> None:
        name = self._text(self.tr("Rename profile"), self.tr("Profile name:"), self.control.profile.name)
        if name and name != self.control.profile.name:
            self.control.rename(name)

    def delete_profile(self) -> None:
        if self.ctx.ask(self.tr("Delete the profile <b>{name}</b> with its pages and hotkeys?").format(name=self.control.profile.name),
                        self.tr("Delete profile"), parent=self):
            self.control.delete()

    def export_profile(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export profile"), f"{self.control.profile.name}.deck.json",
                                              self.tr("Deck profile (*.json)"))
        if path:
            try:
                self.control.export(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Export profile"), self.tr("Could not write {path}: {why}").format(
                    path=path, why=exc))

    def import_profile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import profile"), "", self.tr("Deck profile (*.json);;All files (*)"))
        if path:
            try:
                profile = self.control.import_file(Path(path))
            except ProfileError as exc:
                QMessageBox.warning(self, self.tr("Import profile"), self.tr("{why}\n\nNothing was changed.").format(why=exc))
                return
            self.ctx.window.status.say(self.tr("Imported profile {name}").format(name=repr(profile.name)))
