"""Dock panels: registered with stable ids, created lazily on first show, layout restorable."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget


@dataclass(frozen=True)
class PanelSpec:
    id: str
    title: str
    factory: Callable[[Any], QWidget]  # AppContext -> widget
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    visible: bool = True  # in the default layout
    size: int = 0  # default width (left/right) or height (top/bottom) in pixels
    shortcut: str = ""


class DockManager:
    def __init__(self, window: QMainWindow, specs: list[PanelSpec], view_menu: QMenu):
        self.window = window
        self.specs = {s.id: s for s in specs}
        self.docks: dict[str, QDockWidget] = {}
        self.panels: dict[str, QWidget] = {}
        self.ctx: Optional[Any] = None
        for spec in specs:
            dock = QDockWidget(spec.title, window)
            dock.setObjectName(f"dock.{spec.id}")
            dock.setAccessibleName(f"{spec.title} panel")
            placeholder = QLabel("Loading…")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            dock.setWidget(placeholder)
            window.addDockWidget(spec.area, dock)
            dock.visibilityChanged.connect(lambda shown, pid=spec.id: shown and self._ensure(pid))
            toggle = dock.toggleViewAction()
            if spec.shortcut:
                toggle.setShortcut(spec.shortcut)
            view_menu.addAction(toggle)
            dock.setVisible(spec.visible)
            self.docks[spec.id] = dock

    def apply_default_sizes(self) -> None:
        vertical = (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
        for spec in self.specs.values():
            if spec.size:
                orientation = Qt.Orientation.Vertical if spec.area in vertical else Qt.Orientation.Horizontal
                self.window.resizeDocks([self.docks[spec.id]], [spec.size], orientation)

    def attach(self, ctx: Any) -> None:
        """The service side is ready: build the panels that are showing."""
        self.ctx = ctx
        for pid, dock in self.docks.items():
            if dock.isVisible():
                self._ensure(pid)

    def _ensure(self, pid: str) -> Optional[QWidget]:
        if pid in self.panels or self.ctx is None:
            return self.panels.get(pid)
        panel = self.specs[pid].factory(self.ctx)
        panel.setObjectName(f"panel.{pid}")
        self.docks[pid].setWidget(panel)
        self.panels[pid] = panel
        return panel
