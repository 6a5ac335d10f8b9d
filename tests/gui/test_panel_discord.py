"""Discord voice panel against the demo sandbox."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from deck.sandbox.data import TEXT_CHANNELS

from .conftest import open_panel, settle, until

ROLE = Qt.ItemDataRole.UserRole


def tree_state(panel):
    """{channel name: [(member name, muted)]} as the tree shows it."""
    shown = {}
    for i in range(panel.tree.topLevelItemCount()):
        channel = panel.tree.topLevelItem(i)
        shown[channel.data(0, ROLE)["name"]] = [
            (channel.child(j).data(0, ROLE)["name"], channel.child(j).data(0, ROLE)["muted"])
            for j in range(channel.childCount())]
    return shown


def sandbox_state(mx):
    shown = {}
    for cid, channel in mx.voice.items():
        shown[channel["name"]] = [(m["display_name"], m["muted"]) for m in mx.members.values() if m["channel_id"] == cid]
    return shown


def member_id(mx, name):
    return next(did for did, m in mx.members.items() if m["username"] == name)


def test_voice_tree_and_bot_status(app_window, loop, mx):
    panel = open_panel(app_window, loop, "discord")
    until(loop, lambda: panel.voice_loader.state == "content" and "Bot connected ✓" in panel.bot.text())
    assert tree_state(panel) == sandbox_state(mx)
    assert "move members ✓" in panel.bot.text()


def test_mute_a_member_then_move_by_dragging(app_window, loop, mx):
    panel = open_panel(app_window, loop, "discord")
    until(loop, lambda: panel.voice_loader.state == "content")
    did = member_id(mx, "pixelpanda")
    panel.tree.setCurrentItem(panel.item(did))
    assert panel.mute_button.isEnabled() and not panel.unmute_button.isEnabled()
    panel.mute_button.click()
    until(loop, lambda: panel.members[did]["muted"], what="the refreshed tree")
    assert mx.members[did]["muted"] is True
    assert tree_state(panel) == sandbox_state(mx)

    # drag pixelpanda onto the AFK channel
    afk = next(cid for cid, c in mx.voice.items() if c["name"] == "AFK")
    panel.tree.setCurrentItem(panel.item(did))
    target = panel.tree.visualItemRect(panel.item(afk)).center()
    drop = QDropEvent(QPointF(target), Qt.DropAction.MoveAction, QMimeData(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.tree.dropEvent(drop)
    assert panel.item(did).parent().data(0, ROLE)["id"] != afk, "the tree waits for the service"
    until(loop, lambda: panel.members[did]["channel_id"] == afk, what="the move")
    assert mx.members[did]["channel_id"] == afk
    assert panel.voice_note.text() == "Moved Pixelpanda to AFK ✓"
    # Activity says who and where in words, not by 18-digit ids
    activity = app_window.docks.show("activity")
    row = next(i for i, inv in enumerate(activity.model.rows) if inv.action.id == "missxss.discord-voice-move")
    shown = activity.model.data(activity.model.index(row, 2))
    assert "Pixelpanda" in shown and "AFK" in shown and did not in shown, shown


def test_mute_all_then_undo_restores_each_member(app_window, loop, mx, answers):
    panel = open_panel(app_window, loop, "discord")
    until(loop, lambda: panel.voice_loader.state == "content")
    general = next(cid for cid, c in mx.voice.items() if c["name"] == "Genel")
    before = {did: (m["channel_id"], m["muted"]) for did, m in mx.members.items()}
    assert any(m["muted"] for m in mx.members.values() if m["channel_id"] == general)  # one is muted already
    panel.tree.setCurrentItem(panel.item(general))
    panel.mute_all.click()
    until(loop, lambda: panel.undo.isEnabled(), what="mute all")
    assert answers[0].startswith("Mute everyone in Genel?")
    assert "Pixelpanda" in answers[0] and "You can undo this." in answers[0]
    assert all(m["muted"] for m in mx.members.values() if m["channel_id"] == general and not m["bot"])
    until(loop, lambda: tree_state(panel) == sandbox_state(mx))

    panel.undo.click()
    until(loop, lambda: "Undone ✓" in panel.voice_note.text(), what="undo")
    assert {did: (m["channel_id"], m["muted"]) for did, m in mx.members.items()} == before
    until(loop, lambda: tree_state(panel) == sandbox_state(mx))
    assert not panel.undo.isEnabled()


def test_pull_all_then_undo_puts_everyone_back(app_window, loop, mx, answers):
    panel = open_panel(app_window, loop, "discord")
    until(loop, lambda: panel.voice_loader.state == "content")
    stage = next(cid for cid, c in mx.voice.items() if c["name"] == "Stage")
    before = {did: m["channel_id"] for did, m in mx.members.items()}
    panel.tree.setCurrentItem(panel.item(stage))
    answers.yes = False
    panel.pull_all.click()
    until(loop, lambda: len(answers) == 1)
    settle(loop, app_window)
    assert {did: m["channel_id"] for did, m in mx.members.items()} == before  # declined: nothing moved
    answers.yes = True
    panel.pull_all.click()
    until(loop, lambda: panel.undo.isEnabled())
    assert answers[1].startswith("Pull 10 members into Stage?")
    assert all(m["channel_id"] == stage for m in mx.members.values())
    panel.undo.click()
    until(loop, lambda: "Undone ✓" in panel.voice_note.text())
    assert {did: m["channel_id"] for did, m in mx.members.items()} == before


def test_disconnect_asks_and_bot_offline_shows_error(app_window, loop, mx, answers):
    panel = open_panel(app_window, loop, "discord")
    until(loop, lambda: panel.voice_loader.state == "content")
    did = member_id(mx, "lofi_leo")
    panel.tree.setCurrentItem(panel.item(did))
    panel.kick_button.click()
    until(loop, lambda: did not in panel.members)
    assert answers == ["Disconnect <b>Lofi Leo</b> from voice?"]
    assert mx.members[did]["channel_id"] is None
    loop.expect_failure(Exception)
    mx.bot_connected = False
    panel.load_voice()
    until(loop, lambda: panel.voice_loader.state == "error")
    assert "Discord bot is not connected" in panel.voice_loader.message.text()


def test_send_embed_with_colour(app_window, loop, mx, qtbot, monkeypatch):
    panel = open_panel(app_window, loop, "discord")
    panel.tabs.setCurrentIndex(1)
    assert not panel.send.isEnabled()
    qtbot.keyClicks(panel.channel, "12ab")
    assert "channel_id" in panel.message_note.text()
    panel.channel.setText("1300000000000000001")
    panel.embed_title.setText("We are live!")
    panel.embed_text.setPlainText("Ranked grind tonight")
    panel.set_colour("#FF5733")
    assert panel.send.isEnabled()
    panel.send.click()
    until(loop, lambda: panel.message_note.property("role") == "error")
    assert panel.message_note.text() == "MissXss (403): Channel does not belong to your guild"
    assert panel.embed_title.text() == "We are live!"  # nothing lost
    panel.channel.setText(TEXT_CHANNELS[0])
    panel.send.click()
    until(loop, lambda: panel.message_note.text() == "Sent ✓")
    # ▾ offers the server's voice channels by name, and the channel used before
    panel.channel.clear()
    panel.channel_picker.menu().aboutToShow.emit()
    offered = [a.text() for a in panel.channel_picker.menu().actions()]
    voice = panel.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    assert offered[0] == f"🔊 {voice['name']}  ({voice['id']})" and offered[-1] == f"Used before: {TEXT_CHANNELS[0]}"
    panel.channel_picker.menu().actions()[0].trigger()
    assert panel.channel.text() == str(voice["id"]) and panel.channel_name.text() == f"🔊 {voice['name']}"  # by its name
    panel.channel_picker.menu().actions()[-1].trigger()
    assert panel.channel.text() == TEXT_CHANNELS[0] and panel.channel_name.text() == ""
    # the service lists no text channels: the user names one, and it is shown by that name from then on
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("#announcements", True))
    panel.channel_picker.menu().aboutToShow.emit()
    panel.channel_picker.menu().actions()[-1].trigger()  # "Name 13……"
    assert panel.channel_name.text() == "#announcements"
    panel.channel_picker.menu().aboutToShow.emit()
    assert f"#announcements  ({TEXT_CHANNELS[0]})" in [a.text() for a in panel.channel_picker.menu().actions()]
    assert mx.discord_messages[-1] == {"message_id": mx.discord_messages[-1]["message_id"],
                                       "channel_id": TEXT_CHANNELS[0], "embed_title": "We are live!",
                                       "embed_description": "Ranked grind tonight", "embed_color": "#FF5733"}


def test_linked_users(app_window, loop, mx):
    panel = open_panel(app_window, loop, "discord")
    panel.tabs.setCurrentIndex(2)
    until(loop, lambda: panel.linked.loader.state == "content")
    assert panel.linked.table.texts(0) == [u["discord_id"] for u in mx.linked]
    assert panel.linked.pager.info.text() == f"1–{len(mx.linked)} of {len(mx.linked)}"
