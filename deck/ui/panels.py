"""The catalogue of dock panels. Factories import their module on first show."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from .docks import PanelSpec


def _actions(ctx: Any) -> QWidget:
    from .actions_panel import ActionsPanel

    return ActionsPanel(ctx)


def _activity(ctx: Any) -> QWidget:
    from .activity import ActivityPanel

    return ActivityPanel(ctx)


PANELS = [
    PanelSpec("actions", "Actions", _actions, Qt.DockWidgetArea.LeftDockWidgetArea, size=720,
              shortcut="Ctrl+Shift+A"),
    PanelSpec("activity", "Activity", _activity, Qt.DockWidgetArea.BottomDockWidgetArea, size=260,
              shortcut="Ctrl+Shift+Y"),
]
