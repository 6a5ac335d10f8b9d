"""Discord: voice channels and their members (mute, move by dragging, disconnect, and
bulk actions with Undo), the bot's status, messages and embeds, and linked users."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..icons import swatch
from ..kit import Form, Loader, PagedTable, Panel, Via, line
from ..widgets import Counter, Note, Picker, avatar, button, card, icon, label, row, set_role

ROLE = Qt.ItemDataRole.UserRole


# Discord's own names of the permissions its bot reports, as a streamer reads them
PERMISSIONS = {
    "manage_roles": QT_TRANSLATE_NOOP("DiscordPanel", "manage roles"),
    "manage_channels": QT_TRANSLATE_NOOP("DiscordPanel", "manage channels"),
    "move_members": QT_TRANSLATE_NOOP("DiscordPanel", "move members"),
    "mute_members": QT_TRANSLATE_NOOP("DiscordPanel", "mute members"),
    "deafen_members": QT_TRANSLATE_NOOP("DiscordPanel", "deafen members"),
    "view_channel": QT_TRANSLATE_NOOP("DiscordPanel", "view channels"),
    "send_messages": QT_TRANSLATE_NOOP("DiscordPanel", "send messages"),
    "connect": QT_TRANSLATE_NOOP("DiscordPanel", "connect"),
    "speak": QT_TRANSLATE_NOOP("DiscordPanel", "speak"),
}


class VoiceTree(QTreeWidget):
    """Channels with their members. Dropping a member on a channel asks for a move; the
    tree itself changes only when the service's answer is loaded."""

    move_requested = Signal(str, str)  # member id, target channel id

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Voice channels and members"))
        self.setObjectName("voiceTree")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def channel_at(self, pos: QPoint) -> Optional[QTreeWidgetItem]:
        item = self.itemAt(pos)
        if item is not None and item.parent() is not None:
            item = item.parent()
        return item

    def dropEvent(self, event: QDropEvent) -> None:
        channel = self.channel_at(event.position().toPoint())
        member = self.currentItem()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if channel is None or member is None or member.parent() is None or member.parent() is channel:
            return
        self.move_requested.emit(member.data(0, ROLE)["member_id"], channel.data(0, ROLE)["id"])


class DiscordPanel(Panel):
    needs = ("voice.members", "discord.send")
    refresh_seconds = 10  # MissXss allows 90 voice reads a minute

    def build(self) -> None:
        self.undo_steps: dict[str, tuple[Optional[str], bool]] = {}  # member id -> (channel id, muted) before
        self.members: dict[str, dict[str, Any]] = {}  # member id -> member with its channel id
        self._status_loaded = False
        self.bot = label(self.tr("Bot status: …"), name="botStatus", wrap=True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages(self.tabs, ((self._voice, self.tr("Voice")), (self._messages, self.tr("Message")),
                                   (self._linked, self.tr("Linked users"))))
        self.tabs.setCornerWidget(Via(self.ctx, "voice.members"))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.bot)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        if not self._status_loaded:
            self.run("discord.status", on_result=self._show_status,
                     on_error=lambda exc: self.bot.setText(self.tr("Bot status unknown: {exc}").format(exc=exc)))
        if self.tabs.currentIndex() == 0:
            self.load_voice()
        elif self.tabs.currentIndex() == 2:
            self.linked.load()

    def _show_status(self, status: Any) -> None:
        self._status_loaded = True

        def mark(ok: bool) -> str:
            return "✓" if ok else "✗"

        perms = ", ".join(f"{self.tr(str(PERMISSIONS[name])) if name in PERMISSIONS else name.replace('_', ' ')} {mark(ok)}"
                          for name, ok in status.permissions.items())
        self.bot.setText(self.tr("Bot connected {bot} · server found {server}").format(
            bot=mark(status.connected), server=mark(status.server_found))
            + (self.tr(" · permissions: {permissions}").format(permissions=perms) if perms else ""))
        set_role(self.bot, "ok" if status.connected and status.server_found else "error")

    # ------------------------------------------------------------------ voice
    def _voice(self) -> QWidget:
        self.tree = VoiceTree()
        self.tree.move_requested.connect(self.move)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.currentItemChanged.connect(lambda *_: self._selection())
        self.voice_loader = Loader(self, self.tree, self.tr("No voice channels in this server."), "voiceLoader")
        self.mute_button = button(self.tr("Mute"), "mute", name=self.tr("Mute member"))
        self.unmute_button = button(self.tr("Unmute"), "volume", name=self.tr("Unmute member"))
        self.kick_button = button(self.tr("Disconnect"), "stop", name=self.tr("Disconnect member from voice"))
        self.mute_all = button(self.tr("Mute all"), "mute", name=self.tr("Mute everyone in channel"))
        self.unmute_all = button(self.tr("Unmute all"), "volume", name=self.tr("Unmute everyone in channel"))
        self.pull_all = button(self.tr("Pull all here"), "folder", name=self.tr("Pull everyone into channel"))
        self.undo = button(self.tr("Undo"), "undo", name=self.tr("Undo last bulk action"))
        for b, name in ((self.mute_button, "muteMember"), (self.unmute_button, "unmuteMember"),
                        (self.kick_button, "kickMember"), (self.mute_all, "muteAll"), (self.unmute_all, "unmuteAll"),
                        (self.pull_all, "pullAll"), (self.undo, "undoBulk")):
            b.setObjectName(name)
        self.mute_button.clicked.connect(lambda: self.mute(self._member_id(), True))
        self.unmute_button.clicked.connect(lambda: self.mute(self._member_id(), False))
        self.kick_button.clicked.connect(lambda: self.disconnect_member(self._member_id()))
        self.mute_all.clicked.connect(lambda: self.bulk("voice.mute-all"))
        self.unmute_all.clicked.connect(lambda: self.bulk("voice.unmute-all"))
        self.pull_all.clicked.connect(lambda: self.bulk("voice.pull-all"))
        self.undo.clicked.connect(self.undo_bulk)
        self.undo.setEnabled(False)
        self.voice_note = Note("voiceNote")
        self._selection()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.voice_loader, 1)
        layout.addLayout(row(label(self.tr("Member")), self.mute_button, self.unmute_button, self.kick_button, stretch=True))
        layout.addLayout(row(label(self.tr("Channel")), self.mute_all, self.unmute_all, self.pull_all, self.undo, stretch=True))
        layout.addWidget(label(self.tr("Drag a member onto a channel to move them."), role="muted"))
        layout.addWidget(self.voice_note)
        return page

    def load_voice(self) -> None:
        self.voice_loader.load("voice.members", {}, self._show_voice)

    def _show_voice(self, result: Any) -> bool:
        selected = self._member_id() or self._channel_id()
        self.members = {}
        self.tree.clear()
        for channel in result.channels:
            item = QTreeWidgetItem(self.tree, [f"{channel.name}  ({len(channel.members)})"])
            item.setData(0, ROLE, {"id": channel.id, "name": channel.name})
            self.ctx.registry.learn(channel.id, channel.name)
            item.setIcon(0, icon("volume"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled)
            for m in channel.members:
                record = {"member_id": m.id, "name": m.display_name or m.name, "muted": m.muted,
                          "bot": m.bot, "channel_id": channel.id, "channel": channel.name}
                self.members[m.id] = record
                if m.id:
                    self.ctx.registry.learn(m.id, record["name"])
                text = record["name"] + ("  [bot]" if m.bot else "") + (self.tr("  — muted") if m.muted else "")
                child = QTreeWidgetItem(item, [text])
                child.setData(0, ROLE, record)
                child.setIcon(0, icon("mute") if m.muted else avatar(record["name"]))
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
                child.setToolTip(0, f"{m.name} · {m.id}")
        self.tree.expandAll()
        if selected and self.item(selected):
            self.tree.setCurrentItem(self.item(selected))
        self._selection()
        return bool(result.channels)

    def item(self, key: str) -> Optional[QTreeWidgetItem]:
        """The tree item of a channel id or a member's discord id."""
        for i in range(self.tree.topLevelItemCount()):
            channel = self.tree.topLevelItem(i)
            if channel.data(0, ROLE)["id"] == key:
                return channel
            for j in range(channel.childCount()):
                if channel.child(j).data(0, ROLE)["member_id"] == key:
                    return channel.child(j)
        return None

    def _member_id(self) -> Optional[str]:
        item = self.tree.currentItem()
        return item.data(0, ROLE)["member_id"] if item is not None and item.parent() is not None else None

    def _channel_id(self) -> Optional[str]:
        item = self.tree.currentItem()
        if item is None:
            return None
        return (item.parent() or item).data(0, ROLE)["id"]

    def _selection(self) -> None:
        member = self.members.get(self._member_id() or "")
        for b in (self.mute_button, self.unmute_button, self.kick_button):
            b.setEnabled(member is not None)
        if member:
            self.mute_button.setEnabled(not member["muted"])
            self.unmute_button.setEnabled(member["muted"])
        for b in (self.mute_all, self.unmute_all, self.pull_all):
            b.setEnabled(self._channel_id() is not None)

    def _menu(self, pos: QPoint) -> None:
        """Right-click (or the menu key): the same actions, and "Move to" without dragging."""
        did = self._member_id()
        if not did:
            return
        member = self.members[did]
        menu = QMenu(self)
        menu.addAction(icon("volume" if member["muted"] else "mute"), self.tr("Unmute") if member["muted"] else self.tr("Mute"),
                       lambda: self.mute(did, not member["muted"]))
        move = menu.addMenu(self.tr("Move to"))
        for i in range(self.tree.topLevelItemCount()):
            channel = self.tree.topLevelItem(i).data(0, ROLE)
            if channel["id"] != member["channel_id"]:
                move.addAction(channel["name"], lambda cid=channel["id"]: self.move(did, cid))
        menu.addAction(icon("stop"), self.tr("Disconnect…"), lambda: self.disconnect_member(did))
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _after(self, done: str = "") -> dict[str, Any]:
        return {"note": self.voice_note, "done": done, "on_result": lambda _: self.load_voice()}

    def mute(self, did: Optional[str], on: bool) -> None:
        if did:
            name = self.members[did]["name"]
            done = (self.tr("{name} muted ✓") if on else self.tr("{name} unmuted ✓")).format(name=name)
            self.run("voice.mute", {"member_id": did, "mode": "on" if on else "off"},
                     busy=[self.mute_button, self.unmute_button], **self._after(done))

    def move(self, did: str, channel_id: str) -> None:
        name = self.members.get(did, {}).get("name", did)
        target = self.item(channel_id)
        where = target.data(0, ROLE)["name"] if target else channel_id
        self.run("voice.move", {"member_id": did, "target_channel_id": channel_id},
                 **self._after(self.tr("Moved {name} to {where} ✓").format(name=name, where=where)))

    def disconnect_member(self, did: Optional[str]) -> None:
        if did:
            name = self.members[did]["name"]
            self.run("voice.kick", {"member_id": did}, busy=[self.kick_button],
                     question=self.tr("Disconnect <b>{name}</b> from voice?").format(
                         name=name), **self._after(self.tr("Disconnected {name} ✓").format(name=name)))

    # ---- bulk actions and undo
    def bulk(self, action_id: str) -> None:
        """Take a fresh snapshot, confirm, run; the snapshot makes the action undoable."""
        channel_id = self._channel_id()
        if channel_id is None:
            return
        buttons = [self.mute_all, self.unmute_all, self.pull_all]

        def go(result: Any) -> None:
            self._show_voice(result)
            snapshot = {did: (m["channel_id"], m["muted"]) for did, m in self.members.items()}
            channel = self.item(channel_id).data(0, ROLE)["name"] if self.item(channel_id) else channel_id
            here = [m["name"] for m in self.members.values() if m["channel_id"] == channel_id and not m["bot"]]
            elsewhere = [m["name"] for m in self.members.values() if m["channel_id"] != channel_id]
            if action_id.endswith("pull-all"):
                params, what = {"target_channel_id": channel_id}, self.tr("Pull %n member(s) into {channel}", "",
                                                                          len(elsewhere)).format(channel=channel)
                who = elsewhere
            else:
                what = (self.tr("Mute everyone in {channel}") if action_id == "voice.mute-all"
                        else self.tr("Unmute everyone in {channel}")).format(channel=channel)
                params, who = {"channel_id": channel_id}, here
            question = self.tr("{what}?<br>{who}<br><br>You can undo this.").format(
                what=what, who=", ".join(who) or self.tr("Nobody is affected."))

            def done(_: Any) -> None:
                self.undo_steps = snapshot
                self.undo.setEnabled(True)
                self.undo.setToolTip(self.tr("Undo: {what}").format(what=what))
                self.load_voice()

            self.run(action_id, params, note=self.voice_note, busy=buttons, done=f"{what} ✓", on_result=done,
                     question=question)

        # the confirmation opens from the Qt loop, not from inside the request's task
        self.run("voice.members", {}, note=self.voice_note, busy=buttons,
                 on_result=lambda result: QTimer.singleShot(0, self, lambda: go(result)))

    def undo_bulk(self) -> None:
        """Put every member back in the channel and mute state they had before."""
        steps, self.undo_steps = self.undo_steps, {}
        self.undo.setEnabled(False)

        def restore(result: Any) -> None:
            self._show_voice(result)
            calls = []
            for did, (channel_id, muted) in steps.items():
                now = self.members.get(did)
                if now is None or channel_id is None:
                    continue  # left voice meanwhile: Discord cannot pull them back
                if now["channel_id"] != channel_id:
                    calls.append(("voice.move", {"member_id": did, "target_channel_id": channel_id}))
                if now["muted"] != muted:
                    calls.append(("voice.mute", {"member_id": did, "mode": "on" if muted else "off"}))
            progress = {"done": 0, "failed": []}

            def step(error: str = "") -> None:
                progress["done"] += 1
                if error:
                    progress["failed"].append(error)
                if progress["done"] < len(calls):
                    self.voice_note.busy(self.tr("Restoring… {done}/{count}").format(done=progress["done"], count=len(calls)))
                    return
                if progress["failed"]:
                    self.voice_note.error(self.tr("Restored {done} of {count}: ").format(
                        done=len(calls) - len(progress["failed"]), count=len(calls))
                                          + progress["failed"][0])
                else:
                    self.voice_note.ok(self.tr("Undone ✓ Everyone is back where they were."))
                self.load_voice()

            if not calls:
                self.voice_note.ok(self.tr("Nothing to undo: everyone is already where they were."))
            for action_id, params in calls:
                self.ctx.run(action_id, params, source="undo", parent=self,
                             on_result=lambda _: step(), on_error=lambda exc: step(str(exc)))

        self.run("voice.members", {}, note=self.voice_note, on_result=restore)

    # ------------------------------------------------------------------ messages
    def _channels(self) -> list[tuple[str, str]]:
        """The server's channels Deck knows (the voice channels, which take messages too) and
        the channels messages went to before."""
        known = {}
        for i in range(self.tree.topLevelItemCount()):
            channel = self.tree.topLevelItem(i).data(0, ROLE)
            known[str(channel["id"])] = f"🔊 {channel['name']}  ({channel['id']})"
        for cid in self.ctx.settings.recent.get("discord.channel", []):
            known.setdefault(cid, f"Used before: {cid}")
        return [(text, cid) for cid, text in known.items()]

    def _name_channel(self) -> None:
        wanted = self.channel.text().strip()
        self.channel_name.setText(self.ctx.settings.names.get(wanted) or next(
            (text.rsplit("  (", 1)[0] for text, cid in self._channels()
             if cid == wanted and not text.startswith("Used before")), ""))

    def _named(self, value: str, name: str) -> None:
        self.ctx.settings.name(value, name)
        self.ctx.save_settings()
        self._name_channel()

    def _remember_channel(self) -> None:
        self.ctx.settings.remember("discord.channel", self.channel.text().strip())
        self.ctx.save_settings()

    def _messages(self) -> QWidget:
        ctx, aid = self.ctx, "discord.send"
        self.channel = line(self.tr("Channel ID — pick one with ▾ or type it"), self.tr("Text channel ID"), ctx, aid, "channel_id",
                            key="channelEdit")
        self.channel_picker = Picker(self.channel, self._channels, self.tr("a channel"), names=self.ctx.settings.names,
                                     named=self._named)
        self.channel_name = label("", role="muted", name="channelName")  # the picked id, by its name
        self.channel.textChanged.connect(self._name_channel)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Message (optional when sending an embed)"))
        self.text.setAccessibleName(self.tr("Discord message"))
        self.text.setMaximumHeight(80)
        self.embed_title = line(self.tr("Embed title"), self.tr("Embed title"), ctx, aid, "embed_title")
        self.embed_text = QPlainTextEdit()
        self.embed_text.setPlaceholderText(self.tr("Embed description"))
        self.embed_text.setAccessibleName(self.tr("Embed description"))
        self.embed_text.setMaximumHeight(80)
        self.colour = ""
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.colour_button.setObjectName("colourButton")
        self.colour_button.setAccessibleName(self.tr("Embed colour"))
        self.colour_button.clicked.connect(self.pick_colour)
        self.clear_colour = button(self.tr("No colour"), name=self.tr("Clear embed colour"))
        self.clear_colour.clicked.connect(lambda: self.set_colour(""))
        self.send = button(self.tr("Send"), "send", name=self.tr("Send to Discord"), key="discordSend")
        self.message_note = Note("messageNote")
        self.message_form = Form(
            self, aid, lambda: {"channel_id": self.channel.text().strip(), "message": self.text.toPlainText(),
                                "embed_title": self.embed_title.text(), "embed_description": self.embed_text.toPlainText(),
                                "embed_color": self.colour or None},
            self.send, (self.channel, self.text, self.embed_title, self.embed_text), self.message_note, done=self.tr("Sent ✓"),
            on_result=lambda _: self._remember_channel())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(row(self.channel, self.channel_picker, self.channel_name), row(self.text, Counter(self.text, 2000)),
                              title=self.tr("Message")))
        layout.addWidget(card(row(self.embed_title, Counter(self.embed_title, 256)),
                              row(self.embed_text, Counter(self.embed_text, 4096)),
                              row(self.colour_button, self.clear_colour, stretch=True), title=self.tr("Embed")))
        layout.addLayout(row(self.send, stretch=True))
        layout.addWidget(self.message_note)
        layout.addStretch(1)
        return page

    def pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour or "#5865F2"), self, self.tr("Embed colour"))
        if colour.isValid():
            self.set_colour(colour.name().upper())

    def set_colour(self, hex_colour: str) -> None:
        self.colour = hex_colour
        self.colour_button.setText(hex_colour or self.tr("Colour…"))
        self.colour_button.setIcon(swatch(hex_colour) if hex_colour else QIcon())
        self.message_form.edited()

    # ------------------------------------------------------------------ linked users
    def _linked(self) -> QWidget:
        self.linked = PagedTable(self, "discord.linked", [self.tr("Discord ID"), self.tr("Kick ID"), self.tr("Twitch ID")],
                                 self.tr("Linked users"), self.tr("Nobody has linked their accounts yet."), 50, "linked",
                                 lambda u: [u.member_id, u.accounts.get("kick", "—"), u.accounts.get("twitch", "—")])
        return self.linked
