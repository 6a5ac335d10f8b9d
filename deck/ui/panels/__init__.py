"""The catalogue of dock panels. Factories import their module on first show."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

from ..docks import PanelSpec

if TYPE_CHECKING:
    from ..context import AppContext

LEFT, RIGHT, BOTTOM = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                       Qt.DockWidgetArea.BottomDockWidgetArea)


def _lazy(module: str, cls: str) -> Callable[[Any], QWidget]:
    def make(ctx: "AppContext") -> QWidget:
        return getattr(importlib.import_module(module, __name__), cls)(ctx)

    return make


PANELS = [
    PanelSpec("grid", str(QT_TRANSLATE_NOOP("Panels", "Deck")),
              _lazy("..grid", "GridPanel"), LEFT, size=460, shortcut="Ctrl+0"),
    PanelSpec("stream", str(QT_TRANSLATE_NOOP("Panels", "Stream")),
              _lazy(".stream", "StreamPanel"), LEFT, size=460, shortcut="Ctrl+1", tab_with="grid"),
    PanelSpec("obs", str(QT_TRANSLATE_NOOP("Panels", "OBS")),
              _lazy("..obs", "ObsPanel"), LEFT, shortcut="Ctrl+2", tab_with="grid"),
    PanelSpec("songs", str(QT_TRANSLATE_NOOP("Panels", "Songs")),
              _lazy(".songs", "SongsPanel"), LEFT, shortcut="Ctrl+3", tab_with="grid"),
    PanelSpec("chat", str(QT_TRANSLATE_NOOP("Panels", "Chat")),
              _lazy(".chat", "ChatPanel"), RIGHT, size=640, shortcut="Ctrl+9"),
    PanelSpec("moderation", str(QT_TRANSLATE_NOOP("Panels", "Moderation")),
              _lazy(".moderation", "ModerationPanel"), RIGHT, shortcut="Ctrl+4",
              tab_with="chat"),
    PanelSpec("discord", str(QT_TRANSLATE_NOOP("Panels", "Discord voice")),
              _lazy(".discord", "DiscordPanel"), RIGHT, shortcut="Ctrl+5",
              tab_with="moderation"),
    PanelSpec("alerts", str(QT_TRANSLATE_NOOP("Panels", "Alerts && effects")),
              _lazy(".alerts", "AlertsPanel"), RIGHT, shortcut="Ctrl+6",
              tab_with="moderation"),
    PanelSpec("community", str(QT_TRANSLATE_NOOP("Panels", "Community")),
              _lazy(".community", "CommunityPanel"), RIGHT, shortcut="Ctrl+7",
              tab_with="moderation"),
    PanelSpec("commands", str(QT_TRANSLATE_NOOP("Panels", "Commands && AI")),
              _lazy(".commands", "CommandsPanel"), RIGHT, shortcut="Ctrl+8",
              tab_with="moderation"),
    # one service's own features: in View, not in the default layout's row of tabs
    PanelSpec("filters", str(QT_TRANSLATE_NOOP("Panels", "Spam filters")),
              _lazy(".filters", "FiltersPanel"), RIGHT, visible=False,
              shortcut="Ctrl+Shift+F", tab_with="moderation"),
    PanelSpec("timers", str(QT_TRANSLATE_NOOP("Panels", "Timers")),
              _lazy(".timers", "TimersPanel"), RIGHT, visible=False, shortcut="Ctrl+Shift+T",
              tab_with="moderation"),
    PanelSpec("rewards", str(QT_TRANSLATE_NOOP("Panels", "Channel points")),
              _lazy("..kick", "RewardsPanel"), RIGHT, visible=False,
              shortcut="Ctrl+Shift+P", tab_with="moderation"),
    PanelSpec("server", str(QT_TRANSLATE_NOOP("Panels", "Server")),
              _lazy("..owncast", "ServerPanel"), RIGHT, visible=False, shortcut="Ctrl+Shift+O",
              tab_with="moderation"),
    PanelSpec("bot", str(QT_TRANSLATE_NOOP("Panels", "Chat bot")),
              _lazy("..scottybot", "BotPanel"), RIGHT, visible=False, shortcut="Ctrl+Shift+B",
              tab_with="moderation"),
    PanelSpec("activity", str(QT_TRANSLATE_NOOP("Panels", "Activity")),
              _lazy("..activity", "ActivityPanel"), BOTTOM, size=150,
              shortcut="Ctrl+Shift+Y"),
    PanelSpec("actions", str(QT_TRANSLATE_NOOP("Panels", "Actions")),
              _lazy("..actions_panel", "ActionsPanel"), BOTTOM, visible=False,
              shortcut="Ctrl+Shift+A", tab_with="activity"),
]
