"""Live chat: every channel merged or one per tab, search and filters, highlights,
moderation from any message, and a send box that can post to several platforms."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Callable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deck.actions.capabilities import platform_title
from deck.core.errors import DeckError
from deck.core.words import duration, fold

from ..chat_feed import Entry
from ..chat_view import ChatView
from ..images import ImageCache
from ..kit import SENDERS, Via, param
from ..widgets import Counter, Note, follow, label, row

if TYPE_CHECKING:
    from ..context import AppContext

TIMEOUTS = [(1, QT_TRANSLATE_NOOP("ChatPanel", "1 minute")), (10, QT_TRANSLATE_NOOP("ChatPanel", "10 minutes")),
            (60, QT_TRANSLATE_NOOP("ChatPanel", "1 hour")), (1440, QT_TRANSLATE_NOOP("ChatPanel", "1 day")),
            (10080, QT_TRANSLATE_NOOP("ChatPanel", "1 week"))]
FILTERS = {"all": QT_TRANSLATE_NOOP("ChatPanel", "All messages"), "highlights": QT_TRANSLATE_NOOP("ChatPanel", "Highlights"),
           "mods": QT_TRANSLATE_NOOP("ChatPanel", "Mods && VIPs"), "notices": QT_TRANSLATE_NOOP("ChatPanel", "Subs && notices"),
           "moderated": QT_TRANSLATE_NOOP("ChatPanel", "Deleted && moderated")}
OPERATIONS = {"timeout": "chat.timeout", "ban": "chat.ban", "unban": "chat.unban", "delete": "chat.delete",
              "restore": "chat.restore"}
TITLES = {"timeout": QT_TRANSLATE_NOOP("ChatPanel", "Time out"), "ban": QT_TRANSLATE_NOOP("ChatPanel", "Ban"),
          "unban": QT_TRANSLATE_NOOP("ChatPanel", "Unban"), "delete": QT_TRANSLATE_NOOP("ChatPanel", "Delete message"),
          "restore": QT_TRANSLATE_NOOP("ChatPanel", "Show message again")}


class ChatPanel(QWidget):
    def __init__(self, ctx: "AppContext", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.feed = ctx.chat
        self.images = ImageCache(self)
        self.tabs = QTabBar(objectName="chatTabs")
        self.tabs.setAccessibleName(self.tr("Chat channels"))
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.search = QLineEdit(objectName="chatSearch", placeholderText=self.tr("Search messages or names"),
                                clearButtonEnabled=True)
        self.search.setAccessibleName(self.tr("Search chat"))
        self.filter = QComboBox(objectName="chatFilter")
        self.filter.setAccessibleName(self.tr("Show"))
        for key, text in FILTERS.items():
            self.filter.addItem(self.tr(str(text)).replace("&&", "&"), key)
        self.settings_button = QToolButton(text="⚙", objectName="chatSettings",
                                           toolTip=self.tr("Channels, highlights, scrollback"))
        self.settings_button.setAccessibleName(self.tr("Chat settings"))
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.settings_button)
        menu.addAction(self.tr("Channels…"), self.edit_channels)
        menu.addAction(self.tr("Highlight words…"), self.edit_highlights)
        menu.addAction(self.tr("Scrollback…"), self.edit_scrollback)
        menu.addAction(self.tr("Text size…"), self.edit_font_size)
        self.settings_button.setMenu(menu)
        self.view = ChatView(self.images, lambda: self.feed.limit)
        if ctx.settings.chat.font_size:
            self.set_font_size(ctx.settings.chat.font_size)
        self.problems = label("", role="error", name="chatProblems", wrap=True)
        self.problems.hide()
        self.search_timer = QTimer(self, singleShot=True, interval=150, timeout=self.rebuild)

        self.message = QLineEdit(objectName="chatMessage", placeholderText=self.tr("Send a message"))
        self.message.setAccessibleName(self.tr("Message to send"))
        self.limit = int(param(ctx, "chat.send", "message").max or 500)  # the contract's, as the CLI checks
        self.message.setMaxLength(self.limit + 50)  # over-long text stays visible so the error can be read
        self.showing_problem = False
        self.sender = QComboBox(objectName="chatSender")
        self.sender.setAccessibleName(self.tr("Send as"))
        for capability, text in SENDERS.items():
            self.sender.addItem(QCoreApplication.translate("Senders", str(text)), capability)
        self.targets = {platform_title(p): QCheckBox(platform_title(p), objectName=f"send.{platform_title(p)}")
                        for p in dict.fromkeys(p for cap in SENDERS for p in ctx.capabilities.platforms(cap))}
        for platform, box in self.targets.items():
            box.setChecked(platform in ctx.settings.chat.send_platforms)
            box.setAccessibleName(self.tr("Send to {platform}").format(platform=platform))
            box.toggled.connect(self._targets_changed)
        self.send = QPushButton(self.tr("Send"), objectName="chatSend")
        self.note = Note("chatNote")
        keep = self.note.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # a note coming and going never moves the send box
        self.note.setSizePolicy(keep)
        self.via = Via(ctx, "chat.send", lambda: next(
            (p.lower() for p, box in self.targets.items() if box.isChecked()), ""))
        self.sender.currentIndexChanged.connect(self._sender_changed)
        self.via.picked.connect(lambda _: self._check_send())

        top = QHBoxLayout()
        top.addWidget(self.tabs, 1)
        top.addWidget(self.settings_button)
        bars = row(self.search, self.filter)
        self.counter = Counter(self.message, self.limit)
        self.reply_to: Any = None
        self.reply_label = label("", name="replyLabel")
        cancel = QToolButton(text="✕", objectName="cancelReply", toolTip=self.tr("Send a message of its own"))
        cancel.clicked.connect(lambda: self.set_reply(None))
        self.reply_bar = QWidget()
        self.reply_bar.setLayout(row(self.reply_label, cancel, stretch=True))
        self.reply_bar.layout().setContentsMargins(0, 0, 0, 0)
        self.reply_bar.hide()
        send = QVBoxLayout()  # the text gets the whole width; who and where go underneath
        send.setSpacing(4)
        send.addWidget(self.reply_bar)
        send.addLayout(row(self.message, self.counter, self.send))
        send.addLayout(row(self.sender, *self.targets.values(), self.via, stretch=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bars)
        layout.addWidget(self.problems)
        layout.addWidget(self.view, 1)
        layout.addLayout(send)
        layout.addWidget(self.note)

        self.tabs.currentChanged.connect(lambda _: self.rebuild())
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.filter.currentIndexChanged.connect(lambda _: self.rebuild())
        self.view.context_requested.connect(self.open_menu)
        self.view.user_requested.connect(lambda entry: self.open_card(entry))
        self.message.returnPressed.connect(self.submit)
        self.message.textChanged.connect(lambda _: self._check_send())
        self.send.clicked.connect(self.submit)
        self.feed.appended.connect(self.view.add)
        self.feed.marked.connect(self.view.schedule)
        self.feed.cleared.connect(self.rebuild)
        self.feed.hub.channels_changed.connect(self.update_tabs)
        follow(self, ctx.registry.health_changed, self._health)
        self.update_tabs()
        self._check_send()

    # ------------------------------------------------------------------ what is shown
    def update_tabs(self) -> None:
        current = self.tabs.tabData(self.tabs.currentIndex()) if self.tabs.count() else None
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        self.tabs.addTab(self.tr("All"))
        self.tabs.setTabData(0, None)
        for spec, reader in self.feed.hub.readers.items():
            index = self.tabs.addTab(f"{reader.platform.title()} · {reader.channel}")
            self.tabs.setTabData(index, (reader.platform, reader.channel))
            self.tabs.setTabToolTip(index, spec)
        found = next((i for i in range(self.tabs.count()) if self.tabs.tabData(i) == current), 0)
        self.tabs.setCurrentIndex(found)
        self.tabs.blockSignals(False)
        problems = self.feed.hub.problems
        self.problems.setText("\n".join(problems.values()))
        self.problems.setVisible(bool(problems))
        self.rebuild()

    def rebuild(self) -> None:
        needle, narrowed = self.search.text().strip(), self.filter.currentData() != "all"
        if needle or narrowed:  # nothing shown because nothing matches, not because nothing came
            self.view.empty_text = (self.tr("No matches for “{text}”.").format(text=needle) if needle
                                    else self.tr("No messages of this kind yet."))
        else:
            self.view.empty_text = (self.tr("No chat yet. Add channels with ⚙ → Channels…") if not self.feed.hub.readers
                                    else self.tr("Waiting for messages…"))
        self.view.accepts = self.predicate()
        self.view.set_rows(self.feed.entries)

    def predicate(self) -> Callable[[Entry], bool]:
        channel = self.tabs.tabData(self.tabs.currentIndex())
        needle = fold(self.search.text().strip())
        kind = self.filter.currentData()

        def accepts(entry: Entry) -> bool:
            msg = entry.msg
            if channel and (msg.platform, msg.channel) != channel:
                return False
            if needle and needle not in fold(msg.name) and needle not in fold(msg.text) \
                    and needle not in fold(msg.notice):
                return False
            if kind == "highlights":
                return entry.highlight
            if kind == "mods":
                return bool({"moderator", "vip", "broadcaster"} & set(msg.badges))
            if kind == "notices":
                return msg.kind == "notice"
            if kind == "moderated":
                return entry.deleted or bool(entry.mark)
            return True
        return accepts

    # ------------------------------------------------------------------ sending
    def _health(self, *_: Any) -> None:
        self._check_send()

    def _sender_changed(self) -> None:
        self.via.capability = self.sender.currentData()
        self.via.update_text()
        self._check_send()

    def _targets_changed(self) -> None:
        self.ctx.settings.chat.send_platforms = [p for p, box in self.targets.items() if box.isChecked()]
        self.ctx.save_settings()
        self.via.update_text()
        self._check_send()

    def _problem(self) -> str:
        text = self.message.text()
        checked = [p for p, box in self.targets.items() if box.isChecked()]
        if not checked:
            return self.tr("Choose at least one platform to send to.")
        for platform in checked:
            why = self.ctx.capabilities.why_not(self.sender.currentData(), platform.lower())
            if why:
                return self.tr("{why} (File → Accounts)").format(why=why)
        limit, service = self._limit()
        if self.counter.limit != limit:
            self.counter.limit = limit
            self.counter.update_count()
        if len(text) > limit:
            return self.tr("{service} takes at most {limit} characters ({count} now).").format(service=service, limit=limit,
                                                                                               count=len(text))
        return ""

    def _limit(self) -> tuple[int, str]:
        """The shortest message limit of the services the message goes through, and whose."""
        capability, limits = self.sender.currentData(), [(self.limit, self.tr("A message"))]
        for platform, box in self.targets.items():
            choice = self.ctx.capabilities.choose(capability, platform.lower()) if box.isChecked() else None
            if choice is not None:
                top = param(self.ctx, capability, "message", choice.provider, platform.lower()).max
                limits.append((int(top or self.limit), choice.title))
        return min(limits, key=lambda pair: pair[0])

    def _check_send(self) -> None:
        problem = self._problem()
        self.send.setEnabled(not problem and bool(self.message.text().strip()))
        shown = problem if self.message.text() or "not connected" in problem else ""
        if shown:
            self.note.error(shown)
        elif self.showing_problem:  # what it said no longer holds (other notes stay)
            self.note.clear()
        self.showing_problem = bool(shown)

    def submit(self) -> None:
        text = self.message.text().strip()
        if not text or self._problem():
            self._check_send()
            return
        capability = self.sender.currentData()
        platforms = [p for p, box in self.targets.items() if box.isChecked()]
        self.send.setEnabled(False)
        self.note.busy(self.tr("Sending to {names}…").format(names=', '.join(platforms)))
        results: dict[str, str] = {}

        def done(platform: str, error: str = "") -> None:
            results[platform] = error
            if len(results) < len(platforms):
                return
            failed = {p: e for p, e in results.items() if e}
            if not failed:
                self.note.ok(QCoreApplication.translate("ChatPanel", "Sent to {names} ✓").format(names=', '.join(platforms)))
                self.message.clear()
                self.set_reply(None)
            else:  # what was typed is kept, so nothing is lost
                sent = [p for p in platforms if p not in failed]
                self.note.error("; ".join(f"{p}: {e}" for p, e in failed.items())
                                     + (QCoreApplication.translate("ChatPanel",
                                                                   " (sent to {names})").format(names=', '.join(sent)) if sent else ""))
            self._check_send()

        reply = self.reply_to
        for platform in platforms:
            params = {"message": text}
            if reply and reply.platform == platform.lower() and capability == "chat.send":
                params["reply_to"] = reply.id  # the answer goes under the message on its own platform
            task = self.ctx.run(capability, params, platform=platform.lower(), parent=self,
                                on_result=lambda _, p=platform: done(p),
                                on_error=lambda exc, p=platform: done(p, str(exc)))
            if task is None and platform not in results:
                done(platform, self.tr("not sent"))

    def replies_on(self, platform: str) -> bool:
        """Whether the service sending chat on ``platform`` can answer a message."""
        choice = self.ctx.capabilities.choose("chat.send", platform)
        try:
            return choice is not None and bool(param(self.ctx, "chat.send", "reply_to", choice.provider, platform))
        except (KeyError, DeckError):
            return False

    def set_reply(self, msg: Any) -> None:
        """Answer ``msg`` with the next message (None: a message of its own)."""
        self.reply_to = msg
        self.reply_label.setText(self.tr("↪ Replying to <b>{name}</b>: {value}").format(name=msg.name, value=msg.text[:60]) if msg else "")
        self.reply_bar.setVisible(msg is not None)
        if msg is not None:
            self.targets[platform_title(msg.platform)].setChecked(True)
            self.sender.setCurrentIndex(self.sender.findData("chat.send"))
            self.message.setFocus()

    # ------------------------------------------------------------------ moderation
    def why_not(self, msg: Any, operation: str) -> str:
        return self.ctx.capabilities.why_not(OPERATIONS[operation], msg.platform)

    def moderate(self, entry: Entry, operation: str, minutes: int = 10) -> None:
        msg = entry.msg
        problem = self.why_not(msg, operation)
        if problem:
            self.note.error(problem)
            return
        params: dict[str, Any] = {"message_id": msg.id} if operation in ("delete", "restore") else \
            {"username": msg.login}
        if operation in ("timeout", "ban", "unban") and msg.user_id:
            params["user_id"] = msg.user_id
        if operation == "timeout":
            params["duration"] = minutes
        if operation in ("timeout", "ban"):
            params["reason"] = "Deck chat"
        question = self.tr("Ban <b>{name}</b> on {value}?").format(name=msg.name,
                                                                   value=platform_title(msg.platform)) if operation == "ban" else ""
        started = self.ctx.run(OPERATIONS[operation], params, platform=msg.platform, parent=self, question=question,
                               on_result=lambda _: self.note.ok(f"{self.tr(str(TITLES[operation]))}: {msg.name} ✓"),
                               on_error=lambda exc: self.note.error(str(exc)))
        if started is not None:  # asked and declined, or refused with its reason: no note of work under way
            self.note.busy(f"{self.tr(str(TITLES[operation]))}: {msg.name}…")

    def open_menu(self, entry: Entry, where: QPoint) -> None:
        menu = self.build_menu(entry)
        menu.popup(where)

    def build_menu(self, entry: Entry) -> QMenu:
        msg = entry.msg
        menu = QMenu(self)
        menu.setObjectName("chatMenu")
        copy = menu.addAction(self.tr("Copy message"))
        copy.triggered.connect(lambda: self._copy(msg.notice if msg.kind == "notice" else f"{msg.name}: {msg.text}"))
        if not msg.login:
            return menu
        menu.addAction(self.tr("Copy name ({login})").format(login=msg.login)).triggered.connect(lambda: self._copy(msg.login))
        menu.addAction(self.tr("User card: {name}…").format(name=msg.name)).triggered.connect(lambda: self.open_card(entry))
        if msg.kind == "chat" and self.replies_on(msg.platform):
            menu.addAction(self.tr("Reply")).triggered.connect(lambda: self.set_reply(msg))
        menu.addSeparator()
        timeout = menu.addMenu(self.tr("Time out"))
        timeout.setObjectName("timeoutMenu")
        for minutes, text in TIMEOUTS:
            timeout.addAction(self.tr(str(text))).triggered.connect(lambda _=False, m=minutes: self.moderate(entry, "timeout", minutes=m))
        timeout.addAction(self.tr("Other…")).triggered.connect(lambda: self._custom_timeout(entry))
        message = ("restore", self.tr(str(TITLES["restore"]))) if entry.deleted else ("delete", self.tr(str(TITLES["delete"])))
        for operation, title in (("ban", self.tr("Ban…")), ("unban", self.tr("Unban")), message):
            action = menu.addAction(title)
            action.setObjectName(f"chat.{operation}")
            action.triggered.connect(lambda _=False, op=operation: self.moderate(entry, op))
        for operation, item in (("timeout", timeout.menuAction()), *((a.objectName()[5:], a) for a in menu.actions()
                                                                    if a.objectName().startswith("chat."))):
            why = self.why_not(msg, operation)
            item.setEnabled(not why and not (operation in ("delete", "restore") and not msg.id))
            item.setToolTip(why)
            if why:
                item.setText(self.tr("{text} (not available on {value})").format(text=item.text(), value=platform_title(msg.platform)))
        menu.setToolTipsVisible(True)
        return menu

    def _custom_timeout(self, entry: Entry) -> None:
        minutes, ok = QInputDialog.getInt(self, self.tr("Time out"),
                                          self.tr("Minutes to time out {name}:").format(name=entry.msg.name), 30, 1, 525_600)
        if ok:
            self.moderate(entry, "timeout", minutes=minutes)

    def _copy(self, text: str) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(text)

    def open_card(self, entry: Entry) -> "UserCard":
        card = UserCard(self, entry)
        card.show()
        return card

    # ------------------------------------------------------------------ settings
    def edit_channels(self) -> None:
        dialog = ChannelsDialog(self, self.ctx.settings.chat.channels, self.ctx.services.chat.check)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.settings.chat.channels = dialog.channels()
            self.ctx.save_settings()
            self.feed.hub.set_channels(dialog.channels())

    def edit_highlights(self) -> None:
        words, ok = QInputDialog.getText(self, self.tr("Highlight words"),
                                         self.tr("Highlight messages that mention (comma-separated; your channel names are always "
                                                 "included):"),
                                         text=", ".join(self.ctx.settings.chat.highlights))
        if ok:
            self.ctx.settings.chat.highlights = [w.strip() for w in words.split(",") if w.strip()]
            self.ctx.save_settings()
            self.feed.set_highlights(self.ctx.settings.chat.highlights)

    def edit_font_size(self) -> None:
        current = self.ctx.settings.chat.font_size or round(self.font().pointSizeF())
        value, ok = QInputDialog.getInt(self, self.tr("Chat text size"), self.tr("Points (6–32):"), current, 6, 32, 1)
        if ok:
            self.set_font_size(value)
            self.ctx.save_settings()

    def set_font_size(self, points: int) -> None:
        """The chat's text size (0: the app's own)."""
        self.ctx.settings.chat.font_size = points
        font = self.font()
        if points:
            font.setPointSize(points)
        self.view.setFont(font)

    def edit_scrollback(self) -> None:
        value, ok = QInputDialog.getInt(self, self.tr("Scrollback"), self.tr("Messages kept (200–100,000):"), self.feed.limit, 200, 100_000,
                                        500)
        if ok:
            self.feed.set_limit(value)
            self.ctx.save_settings()


class UserCard(QDialog):
    """A chatter: who they are, what they said here, and the moderation buttons."""

    def __init__(self, panel: ChatPanel, entry: Entry):
        super().__init__(panel)
        msg = entry.msg
        self.panel, self.entry = panel, entry
        self.setObjectName("userCard")
        self.setWindowTitle(f"{msg.name} — {msg.platform.title()}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        badges = ", ".join(msg.badges) or self.tr("no badges")
        title = label(f"<b style='font-size:15px'>{msg.name}</b> &nbsp;<span>@{msg.login}</span><br>"
                      f"{msg.platform.title()} · #{msg.channel} · {badges}")
        self.history = QTextBrowser(objectName="userHistory")
        self.history.setAccessibleName(self.tr("Recent messages from {name}").format(name=msg.name))
        self.said = panel.feed.user_messages(msg.platform, msg.channel, msg.login)
        self.show_history()
        panel.images.loaded.connect(self.show_history)  # emotes appear as their images arrive
        buttons = QHBoxLayout()
        why = panel.why_not(msg, "timeout")
        for minutes, text in TIMEOUTS[:4]:
            text = QCoreApplication.translate("ChatPanel", str(text))
            b = QPushButton(duration(minutes * 60))
            b.setObjectName(f"timeout{minutes}")
            b.setAccessibleName(self.tr("Time out {text}").format(text=text))
            b.setEnabled(not why)
            b.setToolTip(why or self.tr("Time out {name} for {text}").format(name=msg.name, text=text))
            b.clicked.connect(lambda _=False, m=minutes: panel.moderate(entry, "timeout", minutes=m))
            buttons.addWidget(b)
        self.minutes = QSpinBox(minimum=1, maximum=525_600, value=30, suffix=self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Timeout minutes"))
        custom = QPushButton(self.tr("Time out"), objectName="timeoutCustom", enabled=not why)
        custom.clicked.connect(lambda: panel.moderate(entry, "timeout", minutes=self.minutes.value()))
        buttons.addWidget(self.minutes)
        buttons.addWidget(custom)
        actions = QHBoxLayout()
        for operation, text in (("ban", self.tr("Ban…")), ("unban", self.tr("Unban"))):
            why_op = panel.why_not(msg, operation)
            b = QPushButton(text, objectName=f"card.{operation}", enabled=not why_op, toolTip=why_op)
            b.clicked.connect(lambda _=False, op=operation: panel.moderate(entry, op))
            actions.addWidget(b)
        actions.addStretch(1)
        self.reason = label(why, role="muted", wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(label(self.tr("Recent messages"), name="sectionTitle"))
        layout.addWidget(self.history)
        layout.addLayout(buttons)
        layout.addLayout(actions)
        layout.addWidget(self.reason)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout.addWidget(close)
        for b in self.findChildren(QPushButton):  # Enter never times anyone out by accident
            b.setAutoDefault(False)
            b.setDefault(False)
        self.history.setFocus()
        self.resize(440, 380)

    def show_history(self) -> None:
        """Their recent messages with the time each was sent, emotes as images once loaded."""
        import html  # (its table of entities is half a MiB: loaded when first needed)

        doc, rows = self.history.document(), []
        for e in self.said:
            parts = []
            for span in e.msg.spans:
                image = self.panel.images.get(span.url) if span.emote and span.url else None
                if image is not None:
                    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(span.url), image)
                    parts.append(f'<img src="{html.escape(span.url)}" height="20" title="{html.escape(span.text)}">')
                else:
                    parts.append(html.escape(span.text))
            mark = " <i>(deleted)</i>" if e.deleted else f" <i>({html.escape(e.mark)})</i>" if e.mark else ""
            when = time.strftime("%H:%M", time.localtime(e.msg.time)) if e.msg.time else ""
            rows.append(f"<p><span style='color:gray'>{when}</span>&nbsp; {''.join(parts)}{mark}</p>")
        self.history.setHtml("".join(rows) or self.tr("<p><i>Nothing said here since Deck started.</i></p>"))
        self.history.moveCursor(QTextCursor.MoveOperation.End)


class ChannelsDialog(QDialog):
    """The channels to read, one ``PLATFORM:CHANNEL`` per line, checked as you type."""

    def __init__(self, parent: QWidget, channels: list[str], check: Callable[[str], Any]):
        super().__init__(parent)
        self.setObjectName("chatChannels")
        self.setWindowTitle(self.tr("Chat channels"))
        self.check_spec = check  # raises ValueError with the reason
        self.edit = QPlainTextEdit("\n".join(channels), objectName="channelsEdit")
        self.edit.setAccessibleName(self.tr("Channels, one per line"))
        self.error = label("", role="error", name="channelsError", wrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label(self.tr("One channel per line, as PLATFORM:CHANNEL:<br>"
                                  "<code>twitch:somechannel</code>, <code>kick:someslug</code>, "
                                  "<code>owncast:https://owncast.example</code>"), wrap=True))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self.check)
        self.check()
        self.resize(460, 300)

    def channels(self) -> list[str]:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def check(self) -> None:
        problems = []
        for spec in self.channels():
            try:
                self.check_spec(spec)
            except ValueError as exc:
                problems.append(str(exc))
        self.error.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
