"""The chat view's frames: new rows move what was painted up and only they are painted, rows
that arrive between a frame and its paint wait for the next frame, what is on screen always
matches a whole repaint, only recent layouts are kept, a flood is shown four times a second and a following scroll bar is
left alone once the scrollback is full."""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCursor, QImage

from deck.providers.chat.message import ChatMessage, Span
from deck.ui import chat_view
from deck.ui.chat_feed import Entry
from deck.ui.chat_view import ChatView


class NoImages(QObject):
    loaded = Signal()

    def get(self, url: str):
        return None


class Recorded(ChatView):
    def __init__(self, limit: int = 5000):
        super().__init__(NoImages(), lambda: limit)
        self.rects: list = []

    def paintEvent(self, event):
        self.rects.append(event.rect())
        super().paintEvent(event)


def rows(start: int, count: int) -> list[Entry]:
    said = ["gg", "what a play", "hello chat, long time no see, how is everyone doing tonight?", "LUL"]
    return [Entry(ChatMessage("twitch", "deckdemo", f"m{i}", str(i % 9), f"user{i % 9}", f"User{i % 9}",
                              ["#ff4500", "#1e90ff", ""][i % 3], ("subscriber",) if i % 4 == 0 else (),
                              (Span(said[i % 4]),), time.time()))
            for i in range(start, start + count)]


def frame(qtbot, view: Recorded) -> None:
    """One frame, as the paint timer would run it, and its paint."""
    paints = view.paints
    view.paint_timer.stop()
    view._repaint()
    qtbot.waitUntil(lambda: view.paints > paints, timeout=5000)


def on_screen(qtbot, view: Recorded) -> QImage:
    """What the window shows now (offscreen: its backing store), over the message area."""
    area = view.viewport().geometry()
    return view.screen().grabWindow(view.winId(), area.x(), area.y(), area.width(), area.height()).toImage()


def whole_repaint(view: Recorded) -> QImage:
    return view.viewport().grab().toImage()


def shown(qtbot, width: int = 420, height: int = 240, limit: int = 5000, count: int = 40) -> Recorded:
    """A view on screen following ``count`` rows, its first frames done (the scroll bar's coming
    narrows the view once)."""
    QCursor.setPos(-100, -100)  # the pointer elsewhere: the view follows the newest message
    view = Recorded(limit)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    assert not view.holding
    view.add(rows(0, count))
    frame(qtbot, view)
    frame(qtbot, view)
    return view


def test_new_rows_scroll_the_old_up_and_are_painted_alone(qtbot):
    view = shown(qtbot)
    full = view.viewport().rect()
    assert view.rects[-1] == full and view.painted[-1][0] is view.rows[-1]

    view.add(rows(40, 2))
    frame(qtbot, view)
    strip = view.rects[-1]
    assert strip.width() == full.width() and 0 < strip.height() < full.height() // 2  # only the new rows
    assert strip.bottom() == full.bottom()
    assert view.painted[-1][0] is view.rows[-1]
    assert on_screen(qtbot, view) == whole_repaint(view)


def test_rows_arriving_between_a_frame_and_its_paint_wait_for_the_next_frame(qtbot):
    view = shown(qtbot)
    first = rows(40, 2)
    view.add(first)
    view.paint_timer.stop()
    view._repaint()  # the frame: it moves the painted rows up by the height of these two
    late = rows(42, 3)
    view.add(late)  # ...and three more come before the paint
    paints = view.paints
    qtbot.waitUntil(lambda: view.paints > paints, timeout=5000)
    assert view.painted[-1][0] is first[-1]  # the paint shows what the frame moved up for
    assert on_screen(qtbot, view) == whole_repaint(view)
    frame(qtbot, view)  # the next frame brings the late ones
    assert view.painted[-1][0] is late[-1]
    assert on_screen(qtbot, view) == whole_repaint(view)


def test_a_flood_is_shown_four_times_a_second_and_a_trickle_ten(qtbot):
    view = shown(qtbot, height=160, count=30)
    view.add(rows(30, 2))
    frame(qtbot, view)
    assert view.paint_timer.interval() == chat_view.PAINT_MS
    view.add(rows(32, 30))  # more than the view holds since the last frame
    frame(qtbot, view)
    assert view.paint_timer.interval() == chat_view.FLOOD_MS
    assert view.rects[-1] == view.viewport().rect()
    view.add(rows(62, 1))
    frame(qtbot, view)
    assert view.paint_timer.interval() == chat_view.PAINT_MS
    assert on_screen(qtbot, view) == whole_repaint(view)


def test_a_following_scroll_bar_stays_put_once_the_scrollback_is_full(qtbot, monkeypatch):
    monkeypatch.setattr(chat_view, "BAR_SECONDS", 0.0)  # every frame may move the bar
    view = shown(qtbot, width=260, limit=100, count=100)
    bar = view.verticalScrollBar()
    changes: list[int] = []
    bar.rangeChanged.connect(lambda lo, hi: changes.append(hi))
    bar.valueChanged.connect(changes.append)
    for start in range(100, 160, 3):  # rows of one and two lines: the page is a row more or less
        view.add(rows(start, 3))
        frame(qtbot, view)
    assert changes == [] and bar.value() == bar.maximum()


def test_a_long_stream_keeps_its_messages_but_only_recent_layouts(qtbot, monkeypatch):
    monkeypatch.setattr(chat_view, "LAYOUTS_KEPT", 30)
    view = shown(qtbot, height=160, count=10)
    for start in range(10, 200, 5):  # each frame lays out the new rows
        view.add(rows(start, 5))
        frame(qtbot, view)
    assert sum(e.layout is not None for e in view.rows) <= 30 < view.shown
    view.follow = False  # scrolled back to the start: its rows are laid out again and painted
    view.anchor = view.rows[0]
    view.schedule()
    frame(qtbot, view)
    assert view.painted[0][0] is view.rows[0] and view.rows[0].layout is not None
    assert on_screen(qtbot, view) == whole_repaint(view)


def test_word_widths_are_kept_for_the_words_of_late_only(qtbot, monkeypatch):
    monkeypatch.setattr(chat_view, "WIDTHS_KEPT", 50)
    view = Recorded(5000)
    qtbot.addWidget(view)
    for n in range(500):  # a chat's vocabulary keeps changing: what is kept does not grow with it
        view.width_of(f"word{n}", view.f_text)
    widths = view.widths[id(view.f_text)]
    assert len(widths) <= 50 and "word499" in widths
    assert view.width_of("word499", view.f_text) == view.metrics[id(view.f_text)].horizontalAdvance("word499")


def test_user_colours_read_on_either_theme(qapp):
    """Names keep their colour as far as it reads: at least 4.5:1 on the light and the dark
    background (#00FF7F on white was 1.35:1)."""
    from PySide6.QtGui import QColor

    from deck.ui.chat_view import readable
    from deck.ui.colours import contrast

    for background in ("#ffffff", "#f4f5f7", "#1e1f22", "#000000"):
        for colour in ("#00FF7F", "#FFFF00", "#0000FF", "#1E90FF", "#FF4500", "#8A2BE2", "#ffffff", "#000000", "bad"):
            shown = readable(colour, QColor(background))
            assert contrast(shown.name(), background) >= 4.5, (colour, background, shown.name())
    assert readable("#1E90FF", QColor("#1e1f22")).name() == "#1e90ff"  # one that reads already is kept as it is


def test_an_emote_is_read_by_its_own_signature_and_kept_a_line_high(qapp):
    """A big emote (Kick's "fullsize") is kept no higher than EMOTE_PX, whatever its format, so
    a thousand cached emotes stay small; an unknown signature is still read."""
    from PySide6.QtCore import QBuffer, QByteArray

    from deck.ui.images import EMOTE_PX, decode

    big = QImage(300, 200, QImage.Format.Format_ARGB32)
    big.fill(0xFF3366CC)
    for fmt in ("PNG", "JPEG", "WEBP", "BMP"):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        assert big.save(buffer, fmt)
        image = decode(bytes(data))
        assert (image.width(), image.height()) == (EMOTE_PX * 3 // 2, EMOTE_PX), fmt
    assert decode(b"not an image").isNull()
