"""The chat feed under a burst: what the readers hand over is taken in slices, one turn of the
event loop each, and of a flood only the messages the scrollback keeps become entries, while
every event of it is still applied."""
from __future__ import annotations

import time
from types import SimpleNamespace

from PySide6.QtCore import QObject, Signal

from deck.providers.chat.message import ChatEvent, ChatMessage, Span
from deck.ui import chat_feed
from deck.ui.chat_feed import ChatFeed


class Hub(QObject):
    items = Signal(list)
    health = Signal(object)
    channels_changed = Signal()
    readers: dict = {}


def said(start: int, count: int) -> list[ChatMessage]:
    return [ChatMessage("twitch", "deckdemo", f"m{i}", "7", "ada", "Ada", "", (), (Span(f"line {i}"),), time.time())
            for i in range(start, start + count)]


def feed(scrollback: int = 5000) -> ChatFeed:
    settings = SimpleNamespace(chat=SimpleNamespace(scrollback=scrollback, highlights=[]))
    return ChatFeed(Hub(), settings)


def test_a_burst_is_taken_in_slices_one_turn_each(qapp):
    chat = feed()
    added: list[int] = []
    chat.appended.connect(lambda entries: added.append(len(entries)))
    chat._take(said(0, chat_feed.SLICE * 2 + 100))
    chat.flush()
    assert added == [chat_feed.SLICE] and chat.timer.isActive() and chat.timer.interval() == 0  # the rest next turn
    chat.flush()
    chat.flush()
    assert added == [chat_feed.SLICE, chat_feed.SLICE, 100] and not chat.pending
    assert [e.msg.id for e in chat.entries][-1] == f"m{chat_feed.SLICE * 2 + 99}"


def test_a_flood_becomes_entries_only_as_far_as_the_scrollback_keeps_them(qapp):
    chat = feed(scrollback=1000)
    flood: list = said(0, 12_000)
    flood.insert(10, ChatEvent("twitch", "deckdemo", "timeout", (), "7", "ada", 600, time.time()))  # early in it
    chat._take(flood)
    while chat.pending or not chat.entries:
        chat.flush()
    assert chat.total >= 12_000 and len(chat.entries) == 1000
    assert [e.msg.id for e in chat.entries if e.msg.kind == "chat"][0] == "m11000"  # the newest are kept
    assert ("twitch", "deckdemo", "timeout", "ada") in chat.recent_events  # the event, early in it, was applied


def test_a_viewer_is_found_by_name_with_turkish_capitals(qapp):
    """Typed "İSMAİL" or "ISMAIL" finds what ismail said, and a ban of "İsmail" marks it."""
    f = feed()
    f.hub.items.emit([ChatMessage("kick", "deckdemo", "m1", "9", "ismail", "İsmail", "", (), (Span("selam"),),
                                  time.time())])
    f.flush()
    assert [e.msg.id for e in f.user_messages("kick", "", "İSMAİL")] == ["m1"]
    assert [e.msg.id for e in f.user_messages("kick", "deckdemo", "ISMAIL")] == ["m1"]
    f.hub.items.emit([ChatEvent("kick", "deckdemo", "ban", login="İsmail")])
    f.flush()
    assert f.by_id["kick"]["m1"].mark == "banned"
