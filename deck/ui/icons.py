"""Deck's one icon set: line icons (``resources/icons/actions``) drawn in a colour, so every
icon follows the theme; widgets that show one re-draw it when the palette changes."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QPushButton

from deck.core.paths import resources_dir

# the names panels use -> the drawing
NAMES = {"apply": "check", "delete": "trash", "error": "x-circle", "undo": "back", "prev": "chevron-left",
         "next": "chevron-right", "new": "plus", "mute": "volume-off", "clip": "camera"}
PALETTE_CHANGED = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)  # e.g. the theme changed


def swatch(colour: str, size: int = 14) -> QIcon:
    """A square of one colour, shown beside a colour's name."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


@lru_cache(maxsize=512)
def tinted_icon(name: str, colour: str, size: int = 64) -> QIcon:
    path = resources_dir() / "icons" / "actions" / f"{NAMES.get(name, name)}.svg"
    try:
        svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    except OSError:
        return QIcon()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(pixmap)


def themed(name: str) -> QIcon:
    """The icon in the theme's text colour."""
    app = QApplication.instance()
    colour = app.palette().buttonText().color().name() if isinstance(app, QApplication) else "#808080"
    return tinted_icon(name, colour)


class IconButton(QPushButton):
    """A push button whose icon follows the theme."""

    def __init__(self, text: str, icon_name: str):
        super().__init__(text)
        self.icon_name = icon_name
        self.setIcon(themed(icon_name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in PALETTE_CHANGED:
            self.setIcon(themed(self.icon_name))
        super().changeEvent(event)


def icon_names() -> list[str]:
    """The icons a deck button can show, by name."""
    return sorted(p.stem for p in (resources_dir() / "icons" / "actions").glob("*.svg"))
