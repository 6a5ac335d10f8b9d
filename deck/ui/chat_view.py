"""The painted chat view: no widget per message, layouts cached, repaints coalesced.

Only messages on screen are laid out (word-wrapped to the width, emotes as images) and
painted, so the cost of a busy chat is the cost of appending to a list. New messages
mark the view dirty; a timer repaints at most ~60 times a second.

Scrolling follows the newest message until the user scrolls up, hovers the view or
selects messages; then the view holds still and a "new messages" button jumps back.
The scroll bar counts messages: its value is the index of the top message shown.
"""
from __future__ import annotations

import re
import time
from collections import deque
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QWidget

from deck.providers.chat.message import ChatMessage, name_colour

from .chat_feed import Entry
from .colours import READABLE, contrast

PLATFORM_CHIPS = {"kick": ("K", "#53fc18", "#000000"), "twitch": ("T", "#9146ff", "#ffffff"),
                  "owncast": ("O", "#7871ff", "#ffffff")}
BADGE_CHIPS = {"broadcaster": ("LIVE", "#e91916"), "moderator": ("MOD", "#00ad03"), "vip": ("VIP", "#e005b9"),
               "subscriber": ("SUB", "#8205b4"), "sub_gifter": ("GIFT", "#d18b00"), "founder": ("FOUNDER", "#d18b00"),
               "og": ("OG", "#2a6ebb"), "verified": ("✓", "#2a6ebb"), "bot": ("BOT", "#6b6f7a"),
               "staff": ("STAFF", "#333333"), "partner": ("✓", "#9146ff")}
WIDTHS_KEPT = 5_000  # words whose width is remembered, per font (the chat's words of late)
COMPACT = 256  # rows past the scrollback dropped from the view's list at once
LAYOUTS_KEPT = 300  # laid-out messages remembered (a few screens); older ones are laid out again if scrolled to
PAINT_MS = 200  # at most 5 repaints a second as messages arrive (scrolling repaints at once)
FLOOD_MS = 250  # a chat replacing the whole view between frames is repainted 4 times a second
BAR_SECONDS = 1.0  # while following, the scroll bar catches up once a second
MARGIN = 6
WORDS = re.compile(r" |[^ ]+")


class Layout:
    __slots__ = ("width", "height", "ops")

    def __init__(self, width: int, height: int, ops: list[tuple]):
        self.width, self.height, self.ops = width, height, ops


class ChatView(QAbstractScrollArea):
    context_requested = Signal(object, QPoint)  # entry, global position
    user_requested = Signal(object)  # entry (double-click)
    holding_changed = Signal(bool)

    def __init__(self, images: Any, limit: Callable[[], int], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setAccessibleName(self.tr("Chat messages"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self.images = images
        self.limit = limit
        self.rows: list[Entry] = []
        self.start = 0  # rows before ``start`` were trimmed (compacted in batches)
        self.accepts: Callable[[Entry], bool] = lambda entry: True
        self.follow = True  # the user wants the newest message in view
        self.hovering = False
        self.hover_paused = True  # hovering holds the view (off after "jump" until the mouse leaves)
        self.selected: set[int] = set()  # ids of selected entries
        self.anchor: Optional[Entry] = None  # the top message while holding
        self.unseen = 0
        self.behind = 0  # rows added since the last frame: a paint before the next frame leaves them out
        self.dirty = False
        self.full = True  # the next paint redraws everything (else only appended rows changed)
        self.paints = 0
        self.painted: list[tuple[Entry, int, int]] = []  # (entry, y, height) of the last paint
        self.laid: deque[Entry] = deque()  # entries given a layout, oldest first (at most LAYOUTS_KEPT)
        self.hovered: Optional[Entry] = None
        self._setting_bar = False
        self.paint_timer = QTimer(self, singleShot=True, interval=PAINT_MS, timeout=self._repaint)
        # the view paints its whole background itself: Qt need not paint what lies beneath, and
        # can move pixels instead of repainting them when new rows push the old ones up
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.bar_updated = 0.0
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.jump = QPushButton("", self)  # below the messages, in a margin of its own: it covers none
        self.jump.setObjectName("jumpToNew")
        self.jump.setAccessibleName(self.tr("Jump to new messages"))
        self.jump.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump.clicked.connect(self.jump_to_bottom)
        self.jump.hide()
        images.loaded.connect(self._image_loaded)
        self._fonts()

    # ------------------------------------------------------------------ content
    @property
    def shown(self) -> int:
        return len(self.rows) - self.start

    def row(self, i: int) -> Entry:
        return self.rows[self.start + i]

    def set_rows(self, entries: Any) -> None:
        """Show these entries (after a tab, filter or search change); follows the newest."""
        self.rows = [e for e in entries if self.accepts(e)][-self.limit():]
        self.start = 0
        self.selected.clear()
        self.anchor = None
        self.painted = []
        self.follow, self.unseen, self.behind = True, 0, 0
        self.schedule()

    def add(self, entries: list[Entry]) -> None:
        new = [e for e in entries if self.accepts(e)]
        if not new:
            return
        self.rows.extend(new)
        self.behind += len(new)
        excess = self.shown - self.limit()
        if excess > 0:
            self.start += excess
            if self.start >= COMPACT:  # now and then, not per batch: trimmed messages are not kept alive here
                self.rows = self.rows[self.start:]
                self.start = 0
        if self.holding:
            self.unseen += len(new)
        self.schedule(full=False)

    @property
    def holding(self) -> bool:
        return not self.follow or bool(self.selected) or (self.hovering and self.hover_paused)

    def schedule(self, full: bool = True) -> None:
        self.dirty = True
        self.full = self.full or full
        if not self.paint_timer.isActive():
            self.paint_timer.start()

    def _repaint(self) -> None:
        if not self.dirty:
            return
        self.dirty = False
        self.behind = 0  # this frame shows them, however many come before it is painted
        full, self.full = self.full, False
        now = time.monotonic()
        if full or self.holding or now - self.bar_updated > BAR_SECONDS:  # a following bar need not move each frame
            self.bar_updated = now
            self._update_bar()
        dy = 0 if full else self._appended_height()
        height = self.viewport().height()
        if 0 < dy < height:
            # following a full screen and only new rows came: move the pixels up and paint the
            # new rows alone (most of a busy chat's painting was redrawing what was already there)
            self.viewport().scroll(0, -dy)
        else:
            self.viewport().update()
        # a flood (more new rows than the view holds between two frames) cannot be read at ten
        # frames a second: each frame then stays up a quarter of a second
        self.paint_timer.setInterval(FLOOD_MS if dy >= height else PAINT_MS)

    def _appended_height(self) -> int:
        """The height of the rows added below the last paint, when that is all that changed and
        the view follows a full screen (at least the view's height when they fill it); 0 when
        the whole view must be painted again for another reason."""
        if self.holding or not self.painted or self.painted[0][1] > 0:
            return 0
        last, limit = self.painted[-1][0], self.viewport().height()
        width = self.viewport().width() - 2 * MARGIN
        total = 0
        for i in range(self.shown - 1, -1, -1):
            entry = self.row(i)
            if entry is last:
                return total
            total += self.layout_of(entry, width).height
            if total >= limit:
                return total
        return 0

    def _image_loaded(self) -> None:
        for entry, _, _ in self.painted:  # laid out with the emote's name: now with its image
            entry.layout = None
        self.schedule()

    # ------------------------------------------------------------------ layout
    def _fonts(self) -> None:
        base = self.font()
        self.f_text = QFont(base)
        self.f_bold = QFont(base)
        self.f_bold.setBold(True)
        self.f_italic = QFont(base)
        self.f_italic.setItalic(True)
        self.f_small = QFont(base)
        self.f_small.setPointSizeF(max(base.pointSizeF() * 0.78, 6.5))
        self.f_small.setBold(True)
        self.f_strike = QFont(base)
        self.f_strike.setStrikeOut(True)
        self.metrics = {id(f): QFontMetrics(f) for f in (self.f_text, self.f_bold, self.f_italic, self.f_small, self.f_strike)}
        self.widths: dict[int, dict[str, int]] = {key: {} for key in self.metrics}  # font -> word -> advance
        self.line_h = max(QFontMetrics(base).height(), 20) + 2
        # where each font's baseline sits in a line, its text centred as a line of its own height
        self.baseline = {key: (self.line_h - fm.height()) // 2 + fm.ascent() for key, fm in self.metrics.items()}
        self.chips: dict[tuple[str, int, str, str, float], QPixmap] = {}
        for entry in self.laid:
            entry.layout = None
        self.laid.clear()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.PaletteChange, event.Type.StyleChange):
            self._fonts()
            self.schedule()

    def layout_of(self, entry: Entry, width: int) -> Layout:
        cached = entry.layout
        if cached is not None and cached.width == width:
            return cached
        msg = entry.msg
        ops: list[tuple] = []
        lh = self.line_h
        x, y = 0, 0
        muted = entry.deleted or bool(entry.mark)
        run_end = [-1]  # where the last run of text ends

        def place(w: int) -> tuple[int, int]:
            nonlocal x, y
            if x and x + w > width:
                x, y = 0, y + lh
            at = (x, y)
            x += w
            return at

        def text(s: str, font: QFont, colour: str) -> None:
            for word in _words(s):
                w = self.width_of(word, font)
                if w > width:  # a very long word: broken where it does not fit
                    for ch in word:
                        cx, cy = place(self.width_of(ch, font))
                        ops.append(("t", cx, cy, ch, font, colour))
                    continue
                if word.isspace() and x == 0:
                    continue
                wx, wy = place(w)
                last = ops[-1] if ops else None
                if last is not None and last[0] == "t" and last[2] == wy and last[4] is font and last[5] == colour \
                        and run_end[0] == wx:  # the same line, font and colour: one run, drawn at once
                    ops[-1] = ("t", last[1], wy, last[3] + word, font, colour)
                else:
                    ops.append(("t", wx, wy, word, font, colour))
                run_end[0] = wx + w

        def chip(label: str, bg: str, fg: str = "#ffffff") -> None:
            w = self.width_of(label, self.f_small) + 8
            cx, cy = place(w + 3)
            ops.append(("c", cx, cy, w, label, bg, fg))

        if msg.reply_to:
            text(f"↪ {msg.reply_to[0]}: {msg.reply_to[1][:120]}", self.f_italic, "muted")
            x, y = 0, y + lh
        ops.append(("t", 0, y, time.strftime("%H:%M", time.localtime(msg.time or time.time())), self.f_text, "muted"))
        x = self.width_of("00:00 ", self.f_text)
        letter, bg, fg = PLATFORM_CHIPS.get(msg.platform, ("?", "#888888", "#ffffff"))
        chip(letter, bg, fg)
        for badge in msg.badges:
            if badge in BADGE_CHIPS:
                chip(*BADGE_CHIPS[badge])
        body_font = self.f_strike if entry.deleted else self.f_italic if msg.kind == "action" else self.f_text
        if msg.kind == "notice":
            text(msg.notice, self.f_bold, "accent")
            if msg.notice != msg.text and msg.spans:
                x, y = 0, y + lh
        else:
            name = msg.name + ("" if msg.kind == "action" else ":")
            nx, ny = place(self.width_of(name, self.f_bold) + 4)
            ops.append(("n", nx, ny, name, colour_of(msg)))
        if msg.kind != "notice" or msg.notice != msg.text:
            colour = "muted" if muted else colour_of(msg) if msg.kind == "action" else "text"
            for span in msg.spans:
                if span.emote and span.url and self.images.get(span.url) is not None:
                    ex, ey = place(lh)
                    ops.append(("e", ex, ey, span.url, span.text))
                elif span.emote:  # no image (yet): the name, redrawn once the image is here
                    text(span.text, self.f_italic, "muted")
                else:
                    text(span.text, body_font, colour)
        if entry.mark or entry.deleted:
            chip(entry.mark or self.tr("deleted"), "#6b6f7a")
        layout = Layout(width, y + lh + 4, ops)
        entry.layout = layout
        self.laid.append(entry)
        if len(self.laid) > LAYOUTS_KEPT:  # a long stream's scrollback keeps its messages, not their layouts
            self.laid.popleft().layout = None
        return layout

    def width_of(self, word: str, font: QFont) -> int:
        """How wide ``word`` is in ``font``: chat repeats its words, names and badges, so each
        is measured once while it is in use (up to WIDTHS_KEPT per font; then they start anew)."""
        widths = self.widths[id(font)]
        w = widths.get(word)
        if w is None:
            w = self.metrics[id(font)].horizontalAdvance(word)
            if len(widths) >= WIDTHS_KEPT:
                widths.clear()
            widths[word] = w
        return w

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: Any) -> None:
        self.paints += 1
        painter = QPainter(self.viewport())
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        clip = event.rect()  # after a scroll, only the strip of new rows
        painter.fillRect(clip, base)
        width = self.viewport().width() - 2 * MARGIN
        height = self.viewport().height()
        dark = base.lightness() < 128
        colours = {"text": palette.color(QPalette.ColorRole.Text), "muted": palette.color(QPalette.ColorRole.PlaceholderText),
                   "accent": palette.color(QPalette.ColorRole.Highlight)}
        self.painted = []
        if self.shown == 0:
            painter.setPen(colours["muted"])
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            self._place_jump()
            return
        if not self.holding or self.anchor is None:  # following (or held before anything was shown)
            # the rows of the last frame: those added since are painted by the next one, so that
            # what it scrolls up is exactly what was painted
            y = height
            i = self.shown - self.behind - 1
            while i >= 0 and y > 0:
                entry = self.row(i)
                h = self.layout_of(entry, width).height
                y -= h
                self.painted.append((entry, y, h))
                i -= 1
            self.painted.reverse()
            if self.painted and y > 0:  # not a full screen yet: start at the top
                shift = -self.painted[0][1]
                self.painted = [(e, py + shift, h) for e, py, h in self.painted]
            self.anchor = self.painted[0][0] if self.painted else None
            self.unseen = 0
        else:
            top = self._anchor_index()
            y = 0
            i = top
            while i < self.shown and y < height:
                entry = self.row(i)
                h = self.layout_of(entry, width).height
                self.painted.append((entry, y, h))
                y += h
                i += 1
        hover_bg = QColor(colours["accent"])
        hover_bg.setAlpha(22)
        select_bg = QColor(colours["accent"])
        select_bg.setAlpha(70)
        highlight_bg = QColor("#d9a300" if not dark else "#b08400")
        highlight_bg.setAlpha(55)
        for entry, py, h in self.painted:
            if py + h <= clip.top() or py > clip.bottom():
                continue
            rect = QRect(0, py, self.viewport().width(), h)
            if id(entry) in self.selected:
                painter.fillRect(rect, select_bg)
            elif entry.highlight:
                painter.fillRect(rect, highlight_bg)
            elif entry is self.hovered:
                painter.fillRect(rect, hover_bg)
            self._paint_entry(painter, self.layout_of(entry, width), entry, MARGIN, py + 2, colours, base)
        painter.end()
        self._place_jump()

    def _paint_entry(self, painter: QPainter, layout: Layout, entry: Entry, ox: int, oy: int,
                     colours: dict[str, QColor], background: QColor) -> None:
        lh = self.line_h
        muted = entry.deleted or bool(entry.mark)
        baseline = self.baseline
        for op in layout.ops:
            kind = op[0]
            if kind == "t":
                _, x, y, s, font, colour = op
                painter.setFont(font)
                painter.setPen(colours.get(colour) or readable(colour, background))
                painter.drawText(ox + x, oy + y + baseline[id(font)], s)  # at a point: no layout per run
            elif kind == "n":
                _, x, y, s, colour = op
                painter.setFont(self.f_bold)
                painter.setPen(colours["muted"] if muted else readable(colour, background))
                painter.drawText(ox + x, oy + y + baseline[id(self.f_bold)], s)
            elif kind == "c":
                _, x, y, w, label, bg, fg = op
                painter.drawPixmap(ox + x, oy + y + 3, self._chip(label, w, bg, fg))
            elif kind == "e":
                _, x, y, url, name = op
                pixmap = self.images.get(url)
                if pixmap is not None:
                    if muted:
                        painter.setOpacity(0.35)
                    painter.drawPixmap(QRect(ox + x, oy + y + 1, lh - 2, lh - 2), pixmap)
                    painter.setOpacity(1.0)

    def _chip(self, label: str, w: int, bg: str, fg: str) -> QPixmap:
        """A badge, drawn once per look and then copied (a chat shows the same few thousands of times)."""
        ratio = self.devicePixelRatioF()  # part of the key: a window moved to another screen redraws them sharp
        key = (label, w, bg, fg, ratio)
        pixmap = self.chips.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(w * ratio), round((self.line_h - 6) * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            rect = QRect(0, 0, w, self.line_h - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bg))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setFont(self.f_small)
            painter.setPen(QColor(fg))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            painter.end()
            self.chips[key] = pixmap
        return pixmap

    empty_text = QCoreApplication.translate("ChatView", "No chat yet. Add channels with ⚙ Channels.")

    # ------------------------------------------------------------------ scrolling
    def _anchor_index(self) -> int:
        if self.anchor is None:
            return max(self.shown - max(len(self.painted), 1), 0)
        # the anchor is near where it was: search from the previous bar value
        guess = self.verticalScrollBar().value()
        n = self.shown
        for i in list(range(min(guess, n - 1), -1, -1)) + list(range(min(guess + 1, n), n)):
            if self.row(i) is self.anchor:
                return i
        return 0  # trimmed away: the oldest message kept

    def _update_bar(self) -> None:
        bar = self.verticalScrollBar()
        n = self.shown
        if self.holding:
            visible = max(len(self.painted) - 1, 1)
        else:  # following: a page of lines, not of the rows painted (a row more or less would
            # move the bar, and repaint it, each frame even once the scrollback is full)
            visible = max(self.viewport().height() // self.line_h, 1)
        maximum = max(n - visible, 0)
        self._setting_bar = True
        bar.setRange(0, maximum)
        bar.setPageStep(visible)
        bar.setValue(maximum if not self.holding else min(self._anchor_index(), maximum))
        self._setting_bar = False

    def _scrolled(self, value: int) -> None:
        if self._setting_bar or self.shown == 0:
            return
        at_bottom = value >= self.verticalScrollBar().maximum()
        self.follow = at_bottom
        self.anchor = None if at_bottom else self.row(min(value, self.shown - 1))
        self.holding_changed.emit(self.holding)
        self.viewport().update()

    def wheelEvent(self, event: Any) -> None:
        steps = event.angleDelta().y() // 40 or (1 if event.angleDelta().y() > 0 else -1 if event.angleDelta().y() else 0)
        if steps:
            bar = self.verticalScrollBar()
            self._update_bar()
            bar.setValue(bar.value() - steps)

    def jump_to_bottom(self) -> None:
        self.selected.clear()
        self.follow = True
        self.hover_paused = False  # until the mouse leaves and comes back
        self.anchor = None
        self.unseen = 0
        self.holding_changed.emit(False)
        self.schedule()

    def _place_jump(self) -> None:
        show = self.holding and self.unseen > 0
        if show:
            self.jump.setText(self.tr("⬇  %Ln new message(s)", "", self.unseen))
            self.jump.adjustSize()
        if self.jump.isVisible() != show:
            self.setViewportMargins(0, 0, 0, self.jump.height() + 8 if show else 0)
            self.jump.setVisible(show)
        if show:
            area = self.viewport().geometry()
            self.jump.move(area.x() + (area.width() - self.jump.width()) // 2, area.bottom() + 5)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.schedule()

    # ------------------------------------------------------------------ mouse and keys
    def entry_at(self, pos: QPoint) -> Optional[Entry]:
        for entry, y, h in self.painted:
            if y <= pos.y() < y + h:
                return entry
        return None

    def _hold_here(self) -> None:
        if not self.holding and self.painted:
            self.anchor = self.painted[0][0]

    def viewportEvent(self, event: Any) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Enter:
            self._hold_here()
            self.hovering = True
            self.holding_changed.emit(self.holding)
        elif kind == QEvent.Type.Leave:
            self.hovering = False
            self.hover_paused = True
            self.hovered = None
            self.holding_changed.emit(self.holding)
            self.schedule()
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:
        entry = self.entry_at(event.position().toPoint())
        if entry is not self.hovered:
            self.hovered = entry
            self.viewport().update()

    def mousePressEvent(self, event: Any) -> None:
        entry = self.entry_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.RightButton:
            if entry is not None:
                self.context_requested.emit(entry, event.globalPosition().toPoint())
            return
        self._hold_here()
        if entry is None:
            self.selected.clear()
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self.selected:
            indices = [i for i in range(self.shown) if id(self.row(i)) in self.selected]
            here = next(i for i in range(self.shown) if self.row(i) is entry)
            low, high = min(indices + [here]), max(indices + [here])
            self.selected = {id(self.row(i)) for i in range(low, high + 1)}
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.selected ^= {id(entry)}
        else:
            self.selected = {id(entry)}
        self.holding_changed.emit(self.holding)
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: Any) -> None:
        entry = self.entry_at(event.position().toPoint())
        if entry is not None and entry.msg.login:
            self.user_requested.emit(entry)

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.selected:
            QGuiApplication.clipboard().setText(self.selected_text())
        elif event.key() == Qt.Key.Key_Escape and self.selected:
            self.selected.clear()
            self.holding_changed.emit(self.holding)
            self.schedule()
        elif event.key() == Qt.Key.Key_End:
            self.jump_to_bottom()
        else:
            super().keyPressEvent(event)

    def selected_text(self) -> str:
        lines = []
        for i in range(self.shown):
            entry = self.row(i)
            if id(entry) in self.selected:
                msg = entry.msg
                lines.append(msg.notice if msg.kind == "notice" else f"{msg.name}: {msg.text}")
        return "\n".join(lines)


def _words(text: str) -> list[str]:
    """Words with the spaces between them as their own items, so lines break at spaces."""
    return WORDS.findall(text)


def colour_of(msg: ChatMessage) -> str:
    """The user's own colour, or a stable one made from their name."""
    return msg.color or name_colour(msg.login or msg.name)


_readable: dict[tuple[str, int], QColor] = {}


def readable(colour: str, background: QColor) -> QColor:
    """A user's colour as close to itself as reads on ``background`` (a contrast of at least
    4.5:1, as chat clients do): lighter on a dark background, darker on a light one."""
    key = (colour, background.rgb())
    found = _readable.get(key)
    if found is None:
        c = QColor(colour)
        if not c.isValid():
            c = QColor("#888888")
        h, s, lightness = max(c.hslHue(), 0), c.hslSaturation(), c.lightness()
        step = 6 if background.lightness() < 128 else -6
        while contrast(c.name(), background.name()) < READABLE and (lightness < 255 if step > 0 else lightness > 0):
            lightness = min(255, max(0, lightness + step))
            c = QColor.fromHsl(h, s, lightness)
        found = _readable[key] = c
    return found
