"""Dock panels: registered with stable ids, created lazily on first show, layout restorable."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QTabBar, QWidget

if TYPE_CHECKING:
    from .context import AppContext


IN_FRONT = "deckInFront"  # a dock's property: its dock's visibility signal, which follows the tabs


def on_screen(widget: QWidget) -> bool:
    """Visible and in front. Qt counts a dock behind another dock's tab as visible, so what its
    dock last said (``visibilityChanged`` follows the tabs) decides."""
    if not widget.isVisible():
        return False
    at: Optional[QWidget] = widget
    while at is not None and not isinstance(at, QDockWidget):
        at = at.parentWidget()
    return at is None or bool(at.property(IN_FRONT))


@dataclass(frozen=True)
class PanelSpec:
    id: str
    title: str
    factory: Callable[[Any], QWidget]  # AppContext -> widget
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    visible: bool = True  # in the default layout
    size: int = 0  # default width (left/right) or height (top/bottom) in pixels
    shortcut: str = ""
    tab_with: str = ""  # share the place of this panel, as a tab
    below: str = ""  # sit under this panel

    @property
    def words(self) -> str:
        """The title in the language Deck speaks (titles are marked for translation as "Panels")."""
        return QCoreApplication.translate("Panels", self.title)


class DockManager:
    def __init__(self, window: QMainWindow, specs: list[PanelSpec], view_menu: QMenu):
        self.window = window
        self.specs = {s.id: s for s in specs}
        self.docks: dict[str, QDockWidget] = {}
        self.panels: dict[str, QWidget] = {}
        self.ctx: Optional[Any] = None
        for spec in specs:
            dock = QDockWidget(spec.words, window)
            dock.setObjectName(f"dock.{spec.id}")
            dock.setAccessibleName(QCoreApplication.translate("Panels", "{panel} panel").format(panel=spec.words))
            placeholder = QLabel(QCoreApplication.translate("Panels", "Loading…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            dock.setWidget(placeholder)
            window.addDockWidget(spec.area, dock)
            dock.visibilityChanged.connect(lambda shown, d=dock: d.setProperty(IN_FRONT, shown))
            dock.visibilityChanged.connect(lambda shown, pid=spec.id: shown and self._ensure(pid))
            toggle = dock.toggleViewAction()  # the View menu shows or hides, deliberately
            view_menu.addAction(toggle)
            if spec.shortcut:  # the panel's key brings it to the front, never hides it
                toggle.setText(f"{spec.words}\t{spec.shortcut}")
                go = QAction(QCoreApplication.translate("Panels", "Go to {panel}").format(panel=spec.words), window)
                go.setShortcut(spec.shortcut)
                go.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
                go.triggered.connect(lambda _=False, pid=spec.id: self.focus(pid))
                window.addAction(go)
            dock.setVisible(spec.visible)
            dock.dockLocationChanged.connect(self.readable_tabs)  # tabbed together: a tab bar made anew
            self.docks[spec.id] = dock
        for spec in specs:
            if spec.below:
                window.splitDockWidget(self.docks[spec.below], self.docks[spec.id], Qt.Orientation.Vertical)
            if spec.tab_with:
                window.tabifyDockWidget(self.docks[spec.tab_with], self.docks[spec.id])
        for spec in specs:  # the first panel of each tab group is the one in front
            if spec.tab_with and not self.specs[spec.tab_with].tab_with:
                self.docks[spec.tab_with].raise_()

    def readable_tabs(self, *_: Any) -> None:
        """The tabs of docks tabbed together keep their whole titles, scrolling when there is no
        room, instead of being cut to "Ch…" (Qt makes these tab bars itself, as docks move)."""
        for bar in self.window.findChildren(QTabBar):
            if bar.parent() is self.window and bar.elideMode() != Qt.TextElideMode.ElideNone:
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(True)

    def apply_default_sizes(self) -> None:
        vertical = (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
        for spec in self.specs.values():
            if spec.size:
                orientation = (Qt.Orientation.Vertical if spec.area in vertical or spec.below
                               else Qt.Orientation.Horizontal)
                self.window.resizeDocks([self.docks[spec.id]], [spec.size], orientation)

    def attach(self, ctx: "AppContext") -> None:
        """The service side is ready: build the panels that are showing."""
        self.ctx = ctx
        for pid, dock in self.docks.items():
            if on_screen(dock):  # panels behind another tab are built when their tab is chosen
                self._ensure(pid)

    def show(self, pid: str) -> Optional[QWidget]:
        """Bring a panel to the front (opening its dock if closed) and return it."""
        dock = self.docks[pid]
        dock.show()
        dock.raise_()
        return self._ensure(pid)

    def focus(self, pid: str) -> Optional[QWidget]:
        """Bring a panel to the front and put the keyboard in its first control."""
        panel = self.show(pid)
        if panel is None:
            return None
        widget = panel.nextInFocusChain()
        while widget is not None and widget is not panel:
            if panel.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                break
            widget = widget.nextInFocusChain()
        return panel

    def _ensure(self, pid: str) -> Optional[QWidget]:
        if pid in self.panels or self.ctx is None:
            return self.panels.get(pid)
        panel = self.specs[pid].factory(self.ctx)
        panel.setObjectName(f"panel.{pid}")
        self.docks[pid].setWidget(panel)
        self.panels[pid] = panel
        return panel
