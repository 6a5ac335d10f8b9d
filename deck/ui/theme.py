"""Light and dark themes that follow the system: Qt's Fusion style with Deck's palette, and
the few things Fusion draws differently (rounded buttons and fields, visible check boxes,
switches, cards and the deck's buttons) drawn by one proxy style.

No application-wide style sheet: Qt keeps a style sheet's rules for every widget, which cost
about 20 MiB with every panel open. A widget asks for a look by its ``role`` property
(``muted``, ``error``, ``ok``, ``live``, ``strong``, ``switch``, ``via``) or object name (``panelTitle``,
``sectionTitle``, ``demoBadge``), and :class:`DeckStyle` dresses it when Qt polishes it.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

DARK = {"window": "#1f2126", "base": "#17181c", "alt": "#22242a", "text": "#e6e6e9", "muted": "#9a9ca5", "link": "#8ab4ff",
        "button": "#2a2d34", "highlight": "#5b7cfa", "border": "#34373f", "error": "#ff6b6b", "ok": "#4cc38a", "live": "#ff4d5e"}
LIGHT = {"window": "#f4f5f7", "base": "#ffffff", "alt": "#f0f1f4", "text": "#1d1f24", "muted": "#6b6f7a", "link": "#2747c4",
         "button": "#ffffff", "highlight": "#3d63f0", "border": "#d5d8de", "error": "#c62828", "ok": "#1f8a4c", "live": "#d7263d"}
ROLE_COLOURS = {"muted": "muted", "error": "error", "ok": "ok", "live": "live", "via": "muted"}
NAME_COLOURS = {"sectionTitle": "muted", "demoBadge": "highlight"}
SWITCH = (30, 16)  # a switch's track, in pixels
BOX = 14  # a check box's square
DRESSED = "deckDressed"  # a widget whose palette or font the style set
_PM = QStyle.PixelMetric
# the sizes Deck draws differently: metric -> (its size, {role: its size for widgets of that role})
METRICS: dict[QStyle.PixelMetric, tuple[Optional[int], dict[str, int]]] = {
    _PM.PM_IndicatorWidth: (BOX, {"switch": SWITCH[0]}),
    _PM.PM_IndicatorHeight: (BOX, {"switch": SWITCH[1]}),
    _PM.PM_CheckBoxLabelSpacing: (None, {"switch": 8}),
    _PM.PM_DockWidgetSeparatorExtent: (4, {}),
    _PM.PM_DockWidgetTitleMargin: (6, {}),
    _PM.PM_MenuButtonIndicator: (None, {"via": 0}),
}


def colour(name: str) -> QColor:
    """One of the applied theme's colours (``border``, ``ok``…)."""
    style = QApplication.style()
    colours = style.colours if isinstance(style, DeckStyle) else LIGHT
    return QColor(colours[name])


def _role(widget: Optional[QWidget]) -> str:
    return str(widget.property("role") or "") if widget is not None else ""


class DeckStyle(QProxyStyle):
    def __init__(self, colours: dict[str, str]):
        super().__init__("Fusion")
        self.colours = colours

    def c(self, name: str) -> QColor:
        return QColor(self.colours[name])

    # ------------------------------------------------------------------ dressing widgets
    def polish(self, target: Any) -> Any:  # QWidget, QPalette or QApplication
        result = super().polish(target)
        if isinstance(target, QWidget):
            self._dress(target)
        return result

    def _dress(self, widget: QWidget) -> None:
        name, role = widget.objectName(), _role(widget)
        tone = ROLE_COLOURS.get(role) or NAME_COLOURS.get(name)
        if isinstance(widget, (QLabel, QToolButton)) and (tone or widget.property(DRESSED)):
            palette = QPalette()  # the application's, with the role's colour
            if tone:
                for part in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
                    palette.setColor(part, self.c(tone))
            widget.setPalette(palette)
            widget.setProperty(DRESSED, bool(tone) or None)
        if name in ("panelTitle", "sectionTitle", "demoBadge") or role in ("live", "strong"):
            font = QFont(QApplication.font())
            font.setBold(True)
            if name == "panelTitle":
                font.setPixelSize(15)
            elif name == "sectionTitle":
                font.setPixelSize(11)
                font.setCapitalization(QFont.Capitalization.AllUppercase)
                font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1)
            widget.setFont(font)
        if name == "demoBadge":
            widget.setContentsMargins(8, 0, 8, 0)

    # ------------------------------------------------------------------ sizes and hints
    def pixelMetric(self, metric: QStyle.PixelMetric, option: Optional[QStyleOption] = None,
                    widget: Optional[QWidget] = None) -> int:
        # Qt asks this for every size it lays out: the metrics Deck changes are looked up, the
        # rest go straight to Fusion
        special = METRICS.get(metric)
        if special is None:
            return super().pixelMetric(metric, option, widget)
        plain, by_role = special
        if by_role and (role := _role(widget)) in by_role:
            return by_role[role]
        return plain if plain is not None else super().pixelMetric(metric, option, widget)

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption, widget: Optional[QWidget] = None) -> QRect:
        rect = super().subElementRect(element, option, widget)  # type: ignore[arg-type]  # QProxyStyle's stub wants one
        if element == QStyle.SubElement.SE_LineEditContents:
            return rect.adjusted(4, 0, -4, 0)  # text clear of the rounded edge
        return rect

    def styleHint(self, hint: QStyle.StyleHint, option: Any = None, widget: Any = None, data: Any = None) -> int:
        if hint == QStyle.StyleHint.SH_ComboBox_Popup:
            return 0  # a list under the box, not a menu over it: the chosen row is marked
        return super().styleHint(hint, option, widget, data)

    # ------------------------------------------------------------------ drawing
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: Optional[QWidget] = None) -> None:
        # Qt draws primitives many times a frame: Deck's own are looked up, the rest go to Fusion
        draw = PRIMITIVES.get(element)
        if draw is None or draw(self, option, painter, widget) is False:  # False: Fusion's to draw after all
            super().drawPrimitive(element, option, painter, widget)

    def _line_edit(self, option: QStyleOption, painter: QPainter, widget: Optional[QWidget]) -> None:
        focused = option.state & QStyle.StateFlag.State_HasFocus
        self._outline(painter, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4,
                      self.c("highlight") if focused else self.c("border"))

    def _card(self, option: QStyleOption, painter: QPainter, widget: Optional[QWidget]) -> Optional[bool]:
        if widget is None or widget.objectName() != "card":
            return False
        self._outline(painter, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, self.c("border"), self.c("alt"))
        return None

    def _arrow(self, option: QStyleOption, painter: QPainter, widget: Optional[QWidget]) -> Optional[bool]:
        return None if _role(widget) == "via" else False  # a "via" button shows no arrow

    def _resize_handle(self, option: QStyleOption, painter: QPainter, widget: Optional[QWidget]) -> None:
        painter.fillRect(option.rect, self.c("border"))

    def _check(self, option: QStyleOption, painter: QPainter, widget: Optional[QWidget]) -> None:
        self._check_box(option, painter, _role(widget) == "switch")

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: Optional[QWidget] = None) -> None:
        if element == _CE_DOCK_TITLE and isinstance(widget, QDockWidget):
            painter.fillRect(option.rect, self.c("alt"))
            font = QFont(painter.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(self.c("text"))
            area = option.rect.adjusted(8, 0, -8, 0)
            text = widget.windowTitle().replace("&&", "&")  # a title escapes "&" for the View menu's use of it
            title = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
            return
        super().drawControl(element, option, painter, widget)

    @staticmethod
    def _outline(painter: QPainter, rect: QRectF, radius: float, pen: QColor, fill: Optional[QColor] = None,
                 width: float = 1.0) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(pen, width))
        painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
        painter.restore()

    def _button(self, option: QStyleOption, painter: QPainter, widget: Optional[QWidget]) -> None:
        state = QStyle.StateFlag
        fill = option.palette.color(QPalette.ColorRole.Button)
        if option.state & state.State_Sunken:
            fill = fill.darker(115) if fill.lightness() > 60 else fill.lighter(130)
        default = isinstance(option, QStyleOptionButton) and option.features & QStyleOptionButton.ButtonFeature.DefaultButton
        hot = bool(option.state & (state.State_MouseOver | state.State_HasFocus)) or default
        edge = self.c("highlight") if hot and option.state & state.State_Enabled else self.c("border")
        self._outline(painter, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, edge, fill)

    def _check_box(self, option: QStyleOption, painter: QPainter, switch: bool) -> None:
        state = QStyle.StateFlag
        on = bool(option.state & state.State_On)
        enabled = bool(option.state & state.State_Enabled)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if switch:
            rect = QRectF(rect.x(), rect.center().y() - SWITCH[1] / 2 + 0.5, SWITCH[0] - 1, SWITCH[1] - 1)
            track = self.c("highlight") if on and enabled else self.c("alt" if not enabled else "button")
            self._outline(painter, rect, rect.height() / 2, self.c("highlight") if on and enabled else self.c("muted"), track)
            knob = rect.height() - 4
            x = rect.right() - knob - 2 if on else rect.left() + 2
            self._outline(painter, QRectF(x, rect.top() + 2, knob, knob), knob / 2, QColor(Qt.GlobalColor.transparent),
                          QColor("#ffffff") if on else self.c("muted"))
            return
        rect = QRectF(rect.x(), rect.center().y() - BOX / 2 + 0.5, BOX - 1, BOX - 1)
        if not enabled:
            self._outline(painter, rect, 3, self.c("border"), self.c("alt"))
        elif on:
            self._outline(painter, rect, 3, self.c("highlight"), self.c("highlight"))
        else:
            self._outline(painter, rect, 3, self.c("muted"), self.c("base"))
        if on or option.state & state.State_NoChange:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#ffffff") if enabled else self.c("muted"), 2, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            mark = QPainterPath()
            if on:
                mark.moveTo(rect.left() + 3, rect.center().y())
                mark.lineTo(rect.left() + 5.5, rect.bottom() - 3.5)
                mark.lineTo(rect.right() - 3, rect.top() + 3.5)
            else:
                mark.moveTo(QPointF(rect.left() + 3, rect.center().y()))
                mark.lineTo(QPointF(rect.right() - 3, rect.center().y()))
            painter.drawPath(mark)
            painter.restore()


def system_is_dark(app: QApplication) -> bool:
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return scheme == Qt.ColorScheme.Dark


def palette_of(colours: dict[str, str]) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for part, key in ((role.Window, "window"), (role.Base, "base"), (role.AlternateBase, "alt"), (role.Text, "text"),
                      (role.WindowText, "text"), (role.ButtonText, "text"), (role.Button, "button"),
                      (role.Highlight, "highlight"), (role.ToolTipBase, "base"), (role.ToolTipText, "text"),
                      (role.PlaceholderText, "muted"), (role.Link, "link"), (role.Mid, "border")):
        palette.setColor(part, QColor(colours[key]))
    palette.setColor(role.HighlightedText, QColor("#ffffff"))
    for part in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, part, QColor(colours["muted"]))
    return palette


def apply(app: QApplication, choice: str = "system") -> str:
    """Apply ``system``, ``dark`` or ``light``; returns the one applied."""
    dark = system_is_dark(app) if choice == "system" else choice == "dark"
    colours = DARK if dark else LIGHT
    current = app.style()
    if not (isinstance(current, DeckStyle) and current.colours is colours):  # re-polishing every widget is not free
        app.setPalette(palette_of(colours))  # first: widgets that follow it read the new one
        app.setStyle(DeckStyle(colours))
    return "dark" if dark else "light"


_PE = QStyle.PrimitiveElement
_CE_DOCK_TITLE = QStyle.ControlElement.CE_DockWidgetTitle
# the primitives Deck draws itself: element -> how (returning False leaves it to Fusion)
PRIMITIVES: dict[QStyle.PrimitiveElement, Callable[[DeckStyle, QStyleOption, QPainter, Optional[QWidget]], Optional[bool]]] = {
    _PE.PE_IndicatorCheckBox: DeckStyle._check,
    _PE.PE_PanelButtonCommand: DeckStyle._button,
    _PE.PE_FrameLineEdit: DeckStyle._line_edit,
    _PE.PE_Frame: DeckStyle._card,
    _PE.PE_IndicatorArrowDown: DeckStyle._arrow,
    _PE.PE_IndicatorDockWidgetResizeHandle: DeckStyle._resize_handle,
}
