"""Light and dark themes that follow the system, with one small style sheet for both."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from deck.core.paths import resources_dir

DARK = {"window": "#1f2126", "base": "#17181c", "alt": "#22242a", "text": "#e6e6e9", "muted": "#9a9ca5", "link": "#8ab4ff",
        "button": "#2a2d34", "highlight": "#5b7cfa", "border": "#34373f", "error": "#ff6b6b", "ok": "#4cc38a", "live": "#ff4d5e"}
LIGHT = {"window": "#f4f5f7", "base": "#ffffff", "alt": "#f0f1f4", "text": "#1d1f24", "muted": "#6b6f7a", "link": "#2747c4",
         "button": "#ffffff", "highlight": "#3d63f0", "border": "#d5d8de", "error": "#c62828", "ok": "#1f8a4c", "live": "#d7263d"}

STYLE = """
QMainWindow::separator {{ width: 4px; height: 4px; background: {border}; }}
QDockWidget::title {{ padding: 6px 8px; background: {alt}; font-weight: 600; }}
QLabel#panelTitle {{ font-size: 15px; font-weight: 600; }}
QLabel#sectionTitle {{ font-weight: 600; color: {muted}; text-transform: uppercase; font-size: 11px; letter-spacing: 1px; }}
QFrame#card {{ border: 1px solid {border}; border-radius: 8px; background: {alt}; }}
QFrame#card QLabel {{ background: transparent; }}
QLabel[role="live"] {{ color: {live}; font-weight: 600; }}
QLabel#counter {{ min-width: 56px; qproperty-alignment: 'AlignRight|AlignVCenter'; }}
QCheckBox::indicator {{ width: 14px; height: 14px; border: 1px solid {muted}; border-radius: 3px; background: {base}; }}
QCheckBox::indicator:checked {{ background: {highlight}; border-color: {highlight}; image: url({icons}/check.svg); }}
QCheckBox::indicator:disabled {{ border-color: {border}; background: {alt}; }}
QCheckBox[role="switch"] {{ spacing: 8px; }}
QCheckBox[role="switch"]::indicator {{ width: 30px; height: 16px; border-radius: 8px; border: 1px solid {muted}; background: {button}; }}
QCheckBox[role="switch"]::indicator:checked {{ background: {highlight}; border-color: {highlight}; image: none; }}
QCheckBox[role="switch"]::indicator:disabled {{ background: {alt}; }}
QTabBar::tab {{ padding: 6px 12px; }}
QLabel[role="muted"] {{ color: {muted}; }}
QLabel[role="error"] {{ color: {error}; }}
QLabel[role="ok"] {{ color: {ok}; }}
QPushButton {{ padding: 5px 12px; border: 1px solid {border}; border-radius: 5px; background: {button}; }}
QPushButton:hover {{ border-color: {highlight}; }}
QPushButton:default {{ border-color: {highlight}; }}
QPushButton:disabled {{ color: {muted}; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDoubleSpinBox {{
    padding: 4px 6px; border: 1px solid {border}; border-radius: 4px; background: {base}; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus {{ border-color: {highlight}; }}
QComboBox {{ combobox-popup: 0; }}
QComboBox::drop-down {{ border: none; width: 22px; }}
QComboBox::down-arrow {{ image: url({icons}/chevron-down.svg); width: 12px; height: 12px; }}
QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{
    border: none; width: 18px; background: transparent; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({icons}/chevron-up.svg); width: 10px; height: 10px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url({icons}/chevron-down.svg); width: 10px; height: 10px; }}
QComboBox QAbstractItemView {{ border: 1px solid {border}; background: {base}; color: {text}; outline: 0;
    selection-background-color: {highlight}; selection-color: #ffffff; }}
QComboBox QAbstractItemView::item {{ min-height: 24px; padding: 0 6px; color: {text}; }}
QComboBox QAbstractItemView::item:selected, QComboBox QAbstractItemView::item:hover {{ background: {highlight}; color: #ffffff; }}
QTableView, QTreeWidget, QListView {{ border: 1px solid {border}; background: {base}; alternate-background-color: {alt}; }}
QHeaderView::section {{ padding: 4px 6px; border: none; border-bottom: 1px solid {border}; background: {alt}; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QLabel#demoBadge {{ color: {highlight}; font-weight: 600; }}
QToolButton[role="via"] {{ color: {muted}; padding: 2px 4px; border: none; }}
QToolButton[role="via"]:hover {{ color: {text}; }}
QToolButton[role="via"]::menu-indicator {{ image: none; width: 0; }}
QToolButton[role="cell"] {{ border: 1px solid {border}; border-radius: 10px; background: {button}; padding: 6px; font-weight: 600; }}
QToolButton[role="cell"]:hover {{ border-color: {highlight}; }}
QToolButton[role="cell"]:pressed {{ border-width: 2px; }}
QToolButton[role="cell"]:checked {{ border: 3px solid {ok}; }}
QToolButton[role="emptyCell"] {{ border: 1px dashed {border}; border-radius: 10px; background: transparent; }}
QToolButton[role="emptyCell"]:hover {{ border-color: {highlight}; }}
"""


def system_is_dark(app: QApplication) -> bool:
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return scheme == Qt.ColorScheme.Dark


def apply(app: QApplication, choice: str = "system") -> str:
    """Apply ``system``, ``dark`` or ``light``; returns the one applied."""
    dark = system_is_dark(app) if choice == "system" else choice == "dark"
    colours = DARK if dark else LIGHT
    sheet = STYLE.format(**colours, icons=(resources_dir() / "icons" / "ui").as_posix())
    if app.styleSheet() == sheet:  # already applied: re-polishing every widget is not free
        return "dark" if dark else "light"
    app.setStyle("Fusion")
    palette = QPalette()
    for role, key in ((QPalette.ColorRole.Window, "window"), (QPalette.ColorRole.Base, "base"),
                      (QPalette.ColorRole.AlternateBase, "alt"), (QPalette.ColorRole.Text, "text"),
                      (QPalette.ColorRole.WindowText, "text"), (QPalette.ColorRole.ButtonText, "text"),
                      (QPalette.ColorRole.Button, "button"), (QPalette.ColorRole.Highlight, "highlight"),
                      (QPalette.ColorRole.ToolTipBase, "base"), (QPalette.ColorRole.ToolTipText, "text"),
                      (QPalette.ColorRole.PlaceholderText, "muted"), (QPalette.ColorRole.Link, "link")):
        palette.setColor(role, QColor(colours[key]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["muted"]))
    app.setPalette(palette)
    app.setStyleSheet(sheet)
    return "dark" if dark else "light"
