"""The chat as the UI sees it: one bounded buffer of every channel's messages.

Readers hand over items as frames arrive; the feed collects them and, at most ~60 times
a second, appends the new entries and applies deletions, timeouts, bans and clears by
marking entries (never rebuilding). Views listen to :attr:`ChatFeed.appended` and
:attr:`ChatFeed.marked`; the status bar to :attr:`ChatFeed.health_changed`.
"""
from __future__ import annotations

import re
import time
from collections import defaultdict, deque
from typing import Any, Optional

from PySide6.QtCore import QObject, QTimer, Signal

from deck.core.words import fold
from deck.providers.chat.message import ChatEvent, ChatMessage, Item, duration_text, text_spans

FLUSH_MS = 200  # new messages are taken in batches, five times a second
SLICE = 500  # items taken in one turn of the event loop
SAME_EVENT_SECONDS = 30.0  # a ban or timeout told twice within this (chat socket and webhook) is one


class Entry:
    """A message in the buffer, with what happened to it since."""
    __slots__ = ("msg", "deleted", "mark", "highlight", "layout")

    def __init__(self, msg: ChatMessage, highlight: bool = False):
        self.msg = msg
        self.deleted = msg.hidden
        self.mark = ""  # "timed out 10m", "banned", "chat cleared"
        self.highlight = highlight
        self.layout: Any = None  # the view's cached layout (width, height, draw ops)


class ChatFeed(QObject):
    appended = Signal(list)  # new entries, oldest first
    marked = Signal()  # entries changed (deleted, timed out…)
    cleared = Signal()  # the buffer was emptied or resized
    health_changed = Signal()

    def __init__(self, hub: Any, settings: Any, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.hub = hub
        self.settings = settings
        self.entries: deque[Entry] = deque()
        self.by_id: defaultdict[str, dict[str, Entry]] = defaultdict(dict)  # platform -> message id -> entry (no key made per message)
        self.by_user: dict[tuple[str, str, str], deque[Entry]] = {}  # (platform, channel, login): oldest first
        self.pending: list[Item] = []
        self.recent_events: dict[tuple[str, ...], float] = {}  # a person's ban/timeout/unban -> when first told
        self.total = 0  # messages taken in since start
        self.highlighter: Optional[re.Pattern[str]] = None
        self.timer = QTimer(self, singleShot=True, interval=FLUSH_MS, timeout=self.flush)
        hub.items.connect(self._take)
        hub.health.connect(lambda reader: self.health_changed.emit())
        hub.channels_changed.connect(self.health_changed.emit)
        hub.channels_changed.connect(lambda: self.set_highlights(self.settings.chat.highlights))
        self.set_highlights(settings.chat.highlights)

    @property
    def limit(self) -> int:
        return self.settings.chat.scrollback

    def set_highlights(self, words: list[str]) -> None:
        names = [w.strip() for w in words if w.strip()]
        names += [reader.channel for reader in self.hub.readers.values() if reader.platform != "owncast"]
        names = [n for n in dict.fromkeys(names) if n]
        self.highlighter = re.compile(r"(?<!\w)@?(" + "|".join(map(re.escape, names)) + r")(?!\w)",
                                      re.IGNORECASE) if names else None
        for entry in self.entries:
            entry.highlight = self._highlighted(entry.msg)
            entry.layout = None
        self.marked.emit()

    def _highlighted(self, msg: ChatMessage) -> bool:
        return bool(self.highlighter and msg.kind != "notice" and self.highlighter.search(msg.text))

    def _take(self, items: list[Item]) -> None:
        self.pending.extend(items)
        if not self.timer.isActive():
            self.timer.start(FLUSH_MS)

    def flush(self) -> None:
        """Take in what the readers handed over: of a flood's messages only those the scrollback
        keeps (the others would be dropped unseen as they were added), and at most SLICE items a
        turn, the rest in the next turn, so a burst never holds the window."""
        pending = self._newest(self.pending) if len(self.pending) > self.limit else self.pending
        items, self.pending = pending[:SLICE], pending[SLICE:]
        if self.pending:
            self.timer.start(0)
        new: list[Entry] = []
        marked = False
        for item in items:
            if isinstance(item, ChatMessage):
                ids = self.by_id[item.platform]
                if item.id and item.id in ids:
                    continue  # seen already: a new reader's backfill repeats what an earlier one read
                entry = Entry(item, self._highlighted(item))
                if item.id:
                    ids[item.id] = entry
                if item.login and item.kind != "notice":
                    self.by_user.setdefault(user_key(item), deque()).append(entry)
                new.append(entry)
            elif isinstance(item, ChatEvent):
                marked = True
                notice = self._apply(item)
                if notice:
                    new.append(Entry(notice))
        if new:
            self.total += len(new)
            self.entries.extend(new)
            self._trim()
            self.appended.emit(new)
        if marked:
            self.marked.emit()

    def _newest(self, items: list[Item]) -> list[Item]:
        """``items`` without the oldest messages beyond the scrollback; every event is kept."""
        skip = sum(isinstance(i, ChatMessage) for i in items) - self.limit
        if skip <= 0:
            return items
        self.total += skip
        kept: list[Item] = []
        for item in items:
            if skip and isinstance(item, ChatMessage):
                skip -= 1
            else:
                kept.append(item)
        return kept

    def _apply(self, event: ChatEvent) -> Optional[ChatMessage]:
        """Mark the entries an event names; a notice for the view when a person is affected."""
        if event.kind in ("delete", "restore"):
            for message_id in event.message_ids:
                entry = self.by_id[event.platform].get(message_id)
                if entry:
                    entry.deleted = event.kind == "delete"
                    entry.layout = None
            return None
        if event.kind != "clear" and self._told(event):
            return None
        timed_out = (self.tr("timed out {duration}").format(duration=duration_text(event.seconds)) if event.seconds
                     else self.tr("timed out"))
        mark = {"timeout": timed_out, "ban": self.tr("banned"), "clear": self.tr("chat cleared"), "unban": ""}.get(event.kind)
        if mark is None:
            return None
        if event.kind == "clear":
            affected = [e for e in self.entries if e.msg.platform == event.platform and e.msg.channel == event.channel
                        and e.msg.kind != "notice"]
        elif event.login:
            affected = list(self.by_user.get((event.platform, event.channel, fold(event.login)), ()))
        else:
            affected = [e for e in self.entries if e.msg.platform == event.platform and e.msg.user_id == event.user_id]
        if event.kind != "unban":
            for entry in affected:
                entry.mark = mark
                entry.layout = None
        who = event.login or self.tr("someone")
        text = {"timeout": self.tr("{who} was {what}."), "ban": self.tr("{who} was banned."),
                "unban": self.tr("{who} was unbanned."),
                "clear": self.tr("The chat was cleared by a moderator.")}[event.kind].format(who=who, what=mark)
        return ChatMessage(event.platform, event.channel, "", "", "", "", "", (), text_spans(text),
                           event.time or time.time(), "notice", notice=text)

    def _told(self, event: ChatEvent) -> bool:
        """Whether this ban, timeout or unban of this person was already applied just now (two
        sources of the same channel tell it each)."""
        now = time.monotonic()
        if len(self.recent_events) > 256:
            self.recent_events = {k: t for k, t in self.recent_events.items() if now - t < SAME_EVENT_SECONDS}
        key = (event.platform, event.channel, event.kind, fold(event.login) or event.user_id)
        told = now - self.recent_events.get(key, -SAME_EVENT_SECONDS) < SAME_EVENT_SECONDS
        self.recent_events[key] = now
        return told

    def set_limit(self, limit: int) -> None:
        self.settings.chat.scrollback = limit
        self._trim()
        self.cleared.emit()

    def _trim(self) -> None:
        while len(self.entries) > self.limit:
            old = self.entries.popleft()
            self.by_id[old.msg.platform].pop(old.msg.id, None)
            said = self.by_user.get(user_key(old.msg))
            if said and said[0] is old:
                said.popleft()
                if not said:
                    del self.by_user[user_key(old.msg)]

    def user_messages(self, platform: str, channel: str, login: str, limit: int = 50) -> list[Entry]:
        """What a user said lately in a channel (or, with ``channel`` empty, in any channel of
        the platform), oldest first."""
        login = fold(login)
        if channel:
            return list(self.by_user.get((platform, channel, login), ()))[-limit:]
        said = [e for (p, _, who), entries in self.by_user.items() if p == platform and who == login for e in entries]
        return sorted(said, key=lambda e: e.msg.time)[-limit:]


def user_key(msg: ChatMessage) -> tuple[str, str, str]:
    return msg.platform, msg.channel, fold(msg.login)
