"""The chat panel against the demo sandbox's Kick, Twitch and Owncast servers: merged and
per-channel views, search and filters, hover and selection pausing with a jump to new
messages, moderation from a message and the user card reaching the sandbox, sending to
several platforms, and a storm of dropped sockets the UI rides out."""
from __future__ import annotations

import time
from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from .conftest import settle, until


@pytest.fixture
def chat(app_window, loop):
    panel = app_window.docks.show("chat")
    sandbox = app_window.sandbox.chat
    hub = app_window.ctx.services.chat
    until(loop, lambda: len(hub.readers) == 3 and all(r.health.state == "connected" for r in hub.readers.values()),
          timeout=30, what="the three demo channels to connect")
    yield panel
    sandbox.set_rate(0)


def flowing(loop, panel, count=30, platforms=("kick", "twitch", "owncast")):
    feed = panel.feed
    until(loop, lambda: len(feed.entries) >= count and {e.msg.platform for e in feed.entries} >= set(platforms),
          what="messages from every platform")


def newest_on_screen(view):
    return bool(view.painted) and view.painted[-1][0] is view.rows[-1] and not view.dirty


def hover(view, inside: bool):
    QApplication.sendEvent(view.viewport(), QEvent(QEvent.Type.Enter if inside else QEvent.Type.Leave))


def test_merged_view_tabs_search_and_filters(app_window, loop, chat, qtbot):
    app_window.sandbox.chat.set_rate(80)
    flowing(loop, chat, 80)
    view = chat.view
    assert chat.tabs.count() == 4 and chat.tabs.tabText(0) == "All"
    assert {e.msg.platform for e in view.rows[view.start:]} == {"kick", "twitch", "owncast"}
    app_window.sandbox.chat.set_rate(0)
    until(loop, lambda: newest_on_screen(view), what="the newest message on screen")  # following
    app_window.sandbox.chat.set_rate(80)

    twitch = next(i for i in range(chat.tabs.count()) if chat.tabs.tabText(i).startswith("Twitch"))
    chat.tabs.setCurrentIndex(twitch)
    assert view.shown and all(e.msg.platform == "twitch" for e in view.rows[view.start:])
    until(loop, lambda: view.shown >= 20, what="more Twitch messages")
    assert all(e.msg.platform == "twitch" for e in view.rows[view.start:])  # new ones are filtered too

    chat.tabs.setCurrentIndex(0)
    qtbot.keyClicks(chat.search, "gg")
    until(loop, lambda: not chat.search_timer.isActive(), what="the search to apply")
    assert view.shown and all("gg" in (e.msg.text + e.msg.name).lower() for e in view.rows[view.start:])
    chat.search.clear()
    chat.search.setText("çok iyi")  # Turkish as a Turkish reader types it: finds "ÇOK İYİ"
    until(loop, lambda: not chat.search_timer.isActive(), what="the search to apply")
    until(loop, lambda: view.shown >= 1, timeout=20, what="a message saying ÇOK İYİ")
    assert all("ÇOK İYİ" in e.msg.text for e in view.rows[view.start:])
    chat.search.clear()
    chat.filter.setCurrentIndex(chat.filter.findData("highlights"))
    until(loop, lambda: view.shown >= 1, what="a message mentioning the streamer")
    assert all(e.highlight and "deckdemo" in e.msg.text.lower() for e in view.rows[view.start:])
    chat.filter.setCurrentIndex(chat.filter.findData("moderated"))
    until(loop, lambda: view.shown >= 2, timeout=20, what="deleted or timed-out messages")
    assert all(e.deleted or e.mark for e in view.rows[view.start:])
    deleted = [e for e in view.rows[view.start:] if e.deleted and any(not s.url for s in e.msg.spans)]  # with words
    if deleted:  # struck through: the layout uses the struck-out font
        layout = view.layout_of(deleted[0], 500)
        assert any(op[0] == "t" and op[4].strikeOut() for op in layout.ops) or deleted[0].msg.kind == "notice"


def test_hover_and_selection_pause_scrolling_and_jump_returns(app_window, loop, chat, qtbot):
    app_window.sandbox.chat.set_rate(60)
    flowing(loop, chat, 40)
    view = chat.view
    until(loop, lambda: view.painted, what="a paint")

    hover(view, True)
    top = view.painted[0][0]
    until(loop, lambda: view.unseen >= 10, what="messages to arrive while hovering")
    until(loop, lambda: view.jump.isVisible(), what="the new-messages button")
    assert view.painted[0][0] is top  # nothing moved under the pointer
    assert "new messages" in view.jump.text()
    assert not view.jump.geometry().intersects(view.viewport().geometry())  # it covers no message

    app_window.sandbox.chat.set_rate(0)
    hover(view, False)
    until(loop, lambda: not view.jump.isVisible() and newest_on_screen(view), what="following again")
    app_window.sandbox.chat.set_rate(60)

    # selecting holds it too; the jump button clears the selection and follows
    hover(view, True)
    entry, y, h = view.painted[len(view.painted) // 2]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, y + h // 2))
    assert view.selected == {id(entry)}
    hover(view, False)
    until(loop, lambda: view.jump.isVisible(), what="the button while a message is selected")
    assert view.holding and view.selected_text().endswith(entry.msg.text)
    qtbot.mouseClick(view.jump, Qt.MouseButton.LeftButton)
    assert not view.selected and not view.holding
    app_window.sandbox.chat.set_rate(0)
    until(loop, lambda: newest_on_screen(view) and not view.jump.isVisible(), what="the jump")
    app_window.sandbox.chat.set_rate(60)

    # the pointer already over an empty view: the first messages still fill it, then it holds
    app_window.sandbox.chat.set_rate(0)
    hover(view, False)
    chat.filter.setCurrentIndex(chat.filter.findData("notices"))
    chat.filter.setCurrentIndex(chat.filter.findData("all"))
    view.set_rows([])
    hover(view, True)
    app_window.sandbox.chat.set_rate(60)
    until(loop, lambda: len(view.painted) >= 5, what="a full page while hovering")
    first = view.painted[0][0]
    until(loop, lambda: view.unseen >= 5, what="more messages")
    assert view.painted[0][0] is first and view.painted[0][1] <= 0
    hover(view, False)

    # scrolling up holds; back at the bottom follows
    bar = view.verticalScrollBar()
    until(loop, lambda: bar.maximum() > 20, what="more than a page of messages")
    bar.setValue(max(bar.maximum() - 10, 0))
    assert view.holding
    until(loop, lambda: view.unseen > 0, what="unseen messages while scrolled up")
    view.jump_to_bottom()
    assert not view.holding


def moderation_target(loop, chat, platform):
    until(loop, lambda: any(e.msg.platform == platform and e.msg.login and e.msg.kind == "chat" and not e.mark
                            for e in chat.feed.entries), what=f"a {platform} message")
    return next(e for e in reversed(chat.feed.entries) if e.msg.platform == platform and e.msg.login
                and e.msg.kind == "chat" and not e.mark)


def menu_action(menu, text):
    def find(m):
        for action in m.actions():
            if action.text().startswith(text):
                return action
            found = find(action.menu()) if action.menu() else None
            if found:
                return found
        return None
    found = find(menu)
    assert found, f"no menu item {text!r} in {[a.text() for a in menu.actions()]}"
    return found


def test_context_menu_moderation_reaches_the_sandbox(app_window, loop, chat, mx, answers):
    sandbox = app_window.sandbox.chat
    sandbox.set_rate(30)
    sandbox.events = False  # only the moderation Deck does
    entry = moderation_target(loop, chat, "twitch")
    login = entry.msg.login
    menu = chat.build_menu(entry)
    menu_action(menu, "10 minutes").trigger()
    until(loop, lambda: any(s == "timeout" for s, _, _ in mx.received), what="the timeout to reach MissXss")
    scope, body, status = next(r for r in mx.received if r[0] == "timeout")
    assert body["username"] == login and body["duration"] == 10 and body["platform"] == "Twitch" and status == 200
    # Twitch's chat then says so (CLEARCHAT), and the user's messages are marked
    until(loop, lambda: entry.mark == "timed out 10m", what="the user's messages to be marked")
    assert any(e.msg.kind == "notice" and login in e.msg.notice for e in chat.feed.entries)

    # Kick: through Kick's own API (signed in), by the viewer's id, for the signed-in broadcaster
    ks = app_window.sandbox.kick
    kick = moderation_target(loop, chat, "kick")
    answers.yes = False
    menu_action(chat.build_menu(kick), "Ban").trigger()
    assert answers and "Ban" in answers[-1]
    settle(loop, app_window)
    assert not any(s == "ban" for s, _, _ in ks.received)  # declined: nothing sent
    assert "Ban" not in chat.note.text()  # and no note of a ban under way left behind
    answers.yes = True
    menu_action(chat.build_menu(kick), "Ban").trigger()
    until(loop, lambda: any(s == "ban" for s, _, _ in ks.received), what="the ban")
    body = next(b for s, b, _ in ks.received if s == "ban")
    assert body == {"broadcaster_user_id": ks.me["user_id"], "user_id": int(kick.msg.user_id), "reason": "Deck chat"}
    assert not any(s == "ban" for s, _, _ in mx.received)  # Kick's own API went first
    until(loop, lambda: kick.mark == "banned", what="Kick's ban event to mark the user")
    until(loop, lambda: any(d["type"] == "moderation.banned" and d["status"] == 200 for d in ks.deliveries),
          what="the ban's live event too")
    settle(loop, app_window)
    chat.feed.flush()
    told = [e for e in chat.feed.entries if e.msg.kind == "notice" and e.msg.notice.endswith("was banned.")
            and e.msg.platform == "kick"]
    assert len(told) == 1  # the chat socket and the live event tell it once
    menu_action(chat.build_menu(kick), "Unban").trigger()
    until(loop, lambda: any(s == "unban" for s, _, _ in ks.received), what="the unban")

    delete = menu_action(chat.build_menu(entry), "Delete message")
    assert not delete.isEnabled() and "not available for Twitch" in delete.toolTip()
    # Owncast: no timeouts; deleting hides the message, banning disables the user (asking, and saying why)
    oc = app_window.sandbox.owncast
    owncast = moderation_target(loop, chat, "owncast")
    menu = chat.build_menu(owncast)
    assert not menu_action(menu, "Time out").isEnabled()
    menu_action(menu, "Delete message").trigger()
    until(loop, lambda: owncast.deleted, what="the hidden message greyed in the view")
    assert oc.received[-1][:2] == ("message-visibility", {"idArray": [owncast.msg.id], "visible": False})
    menu_action(chat.build_menu(owncast), "Show message again").trigger()  # hidden on Owncast: it can come back
    until(loop, lambda: not owncast.deleted, what="the message shown again")
    assert oc.received[-1][:2] == ("message-visibility", {"idArray": [owncast.msg.id], "visible": True})
    answers.clear()
    menu_action(chat.build_menu(owncast), "Ban").trigger()
    assert "also bans the IP addresses of their connected clients" in answers[-1]
    until(loop, lambda: any(op == "set-user-enabled" for op, *_ in oc.received), what="the user disabled")
    assert oc.received[-1][:2] == ("set-user-enabled", {"userId": owncast.msg.user_id, "enabled": False})
    assert oc.users[owncast.msg.user_id]["disabledAt"]


def test_user_card_shows_history_and_moderates(app_window, loop, chat, mx):
    app_window.sandbox.chat.set_rate(40)
    entry = moderation_target(loop, chat, "kick")
    card = chat.open_card(entry)
    said = chat.feed.user_messages("kick", entry.msg.channel, entry.msg.login)
    shown = card.history.toPlainText().splitlines()
    assert len(said) >= 1 and len([line for line in shown if line.strip()]) == len(said)
    last = said[-1].msg
    assert shown[-1].startswith(time.strftime("%H:%M", time.localtime(last.time)))  # when each was said
    assert "".join(sp.text for sp in last.spans if not sp.emote).strip() in shown[-1]
    assert QApplication.focusWidget() is not card.findChild(QPushButton, "timeoutCustom")
    assert not any(b.isDefault() or b.autoDefault() for b in card.findChildren(QPushButton))  # Enter times no one out
    ks = app_window.sandbox.kick
    card.minutes.setValue(45)
    card.findChild(QPushButton, "timeoutCustom").click()  # through Kick's own API: a timeout asks nothing
    until(loop, lambda: any(s == "ban" for s, _, _ in ks.received), what="the card's timeout")
    body = next(b for s, b, _ in ks.received if s == "ban")
    assert body["duration"] == 45 and body["user_id"] == int(entry.msg.user_id)
    card.close()


def test_send_to_several_platforms_keeps_text_on_failure(app_window, loop, chat, mx, qtbot):
    chat.targets["Kick"].setChecked(True)
    chat.targets["Twitch"].setChecked(True)
    qtbot.keyClicks(chat.message, "hello both chats")
    assert chat.send.isEnabled()
    qtbot.keyClick(chat.message, Qt.Key.Key_Return)
    ks = app_window.sandbox.kick  # Kick through Kick's own API, Twitch through MissXss
    until(loop, lambda: ks.sent and any(s == "send-message" for s, _, _ in mx.received), what="two sends")
    assert [b["platform"] for s, b, _ in mx.received if s == "send-message"] == ["Twitch"]
    assert ks.sent[-1]["content"] == "hello both chats" and ks.sent[-1]["broadcaster_user_id"] == ks.me["user_id"]
    until(loop, lambda: chat.message.text() == "", what="the box to clear")
    assert "Kick, Twitch" in chat.note.text()
    assert app_window.ctx.settings.chat.send_platforms == ["Kick", "Twitch"]

    chat.targets["Twitch"].setChecked(False)
    ks.error_rate = 1.0
    qtbot.keyClicks(chat.message, "will fail")
    chat.submit()
    until(loop, lambda: "Kick:" in chat.note.text(), what="the failure")
    assert chat.message.text() == "will fail"  # nothing lost
    ks.error_rate = 0.0
    chat.message.setText("x" * 501)
    assert not chat.send.isEnabled() and "at most 500" in chat.note.text()


def test_reply_to_a_kick_message(app_window, loop, chat):
    ks = app_window.sandbox.kick
    app_window.sandbox.chat.set_rate(30)
    kick = moderation_target(loop, chat, "kick")
    twitch = moderation_target(loop, chat, "twitch")
    assert menu_action_or_none(chat.build_menu(twitch), "Reply") is None  # MissXss sends no replies
    menu_action(chat.build_menu(kick), "Reply").trigger()
    assert chat.reply_bar.isVisibleTo(chat) and kick.msg.name in chat.reply_label.text()
    chat.message.setText("good point!")
    chat.submit()
    until(loop, lambda: ks.sent and ks.sent[-1]["content"] == "good point!")
    assert ks.sent[-1]["reply_to_message_id"] == kick.msg.id
    until(loop, lambda: not chat.reply_bar.isVisibleTo(chat), what="the reply done")


def menu_action_or_none(menu, text):
    return next((a for a in menu.actions() if a.text().startswith(text)), None)


def test_send_as_the_bot_through_nightbot(app_window, loop, chat, mx, qtbot):
    nb = app_window.sandbox.nightbot
    chat.targets["Twitch"].setChecked(True)
    chat.targets["Kick"].setChecked(False)
    chat.sender.setCurrentIndex(chat.sender.findData("chat.send-bot"))
    chat.via.pick("nightbot")
    assert chat.via.text() == "via Nightbot ▾"
    chat.message.setText("x" * 401)  # Nightbot takes 400 where MissXss takes 500
    assert not chat.send.isEnabled() and chat.note.text() == "Nightbot takes at most 400 characters (401 now)."
    assert chat.counter.text() == "401/400"
    chat.message.setText("hello from the bot")
    assert chat.send.isEnabled()
    chat.submit()
    until(loop, lambda: chat.note.text() == "Sent to Twitch ✓", what="the send")
    assert nb.sent[-1]["message"] == "hello from the bot"
    assert not any(op == "send-bot-message" for op, *_ in mx.received)


def test_system_and_action_messages_where_the_service_has_them(app_window, loop, chat):
    oc = app_window.sandbox.owncast
    for box in chat.targets.values():
        box.setChecked(False)
    chat.sender.setCurrentIndex(chat.sender.findData("chat.send-system"))
    chat.targets["Kick"].setChecked(True)
    chat.message.setText("Stream starts in 5")
    assert not chat.send.isEnabled() and "Kick" in chat.note.text()  # Kick has no system messages
    chat.targets["Kick"].setChecked(False)
    chat.targets["Owncast"].setChecked(True)
    assert chat.send.isEnabled()
    chat.submit()
    until(loop, lambda: chat.note.text() == "Sent to Owncast ✓")
    assert oc.messages[-1]["type"] == "SYSTEM" and oc.messages[-1]["body"] == "Stream starts in 5"
    chat.sender.setCurrentIndex(chat.sender.findData("chat.send-action"))
    chat.message.setText("waves at chat")
    chat.submit()
    until(loop, lambda: oc.messages[-1]["type"] == "CHAT_ACTION")


def test_channels_dialog_checks_each_line(app_window, loop, chat):
    from deck.ui.panels.chat import ChannelsDialog

    dialog = ChannelsDialog(chat, ["twitch:deckdemo"], app_window.ctx.services.chat.check)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.edit.setPlainText("twitch:deckdemo\nyoutube:someone")
    assert not ok.isEnabled() and "PLATFORM:CHANNEL" in dialog.error.text()
    dialog.edit.setPlainText("twitch:deckdemo\nkick:other_channel")
    assert ok.isEnabled() and dialog.channels() == ["twitch:deckdemo", "kick:other_channel"]
    dialog.deleteLater()


DROPS = 10  # each drop proves the same; ten show it is every time, not once


def test_ten_dropped_sockets_during_a_stream(app_window, loop, chat):
    """Every reader comes back each time, Owncast's backfill repeats nothing, and the UI
    keeps running (the longest gap between 10 ms timer ticks stays short)."""
    sandbox = app_window.sandbox.chat
    hub = app_window.ctx.services.chat
    sandbox.set_rate(150)
    for reader in hub.readers.values():
        reader.min_delay = 0.02
    flowing(loop, chat, 50)
    ticks: list[float] = []
    beat = QTimer(interval=10, timeout=lambda: ticks.append(time.perf_counter()))
    beat.start()
    try:
        for kill in range(DROPS):
            before = {key: r.health.reconnects for key, r in hub.readers.items()}
            got = {key: r.received for key, r in hub.readers.items()}
            sandbox.drop()
            # back, and reading again: a connection that delivers chat is a healthy one
            until(loop, lambda before=before, got=got: all(
                r.health.reconnects > before[k] and r.health.state == "connected" and r.received > got[k]
                for k, r in hub.readers.items()),
                  what=lambda kill=kill: f"every reader back after kill {kill + 1}: "
                               f"{[(k, r.health) for k, r in hub.readers.items()]}")
        count = len(chat.feed.entries)
        until(loop, lambda: chat.feed.total > count + 100, what="the stream to go on")
    finally:
        beat.stop()
    assert sandbox.drops >= DROPS
    assert all(r.health.reconnects >= DROPS for r in hub.readers.values())
    ids = [e.msg.id for e in chat.feed.entries if e.msg.platform == "owncast" and e.msg.kind == "chat"]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    gaps = sorted(b - a for a, b in zip(ticks, ticks[1:]))
    # Generous on purpose: a stall Deck causes (reconnects that block, a storm of them) lasts as long as
    # the drops go on, seconds; a busy machine delays one 10 ms tick by a few hundred milliseconds.
    assert gaps and gaps[-1] < 2.0, f"the UI stalled for {gaps[-1] * 1000:.0f} ms"


def test_a_search_without_results_says_so(app_window, loop, chat, qtbot):
    qtbot.keyClicks(chat.search, "zzqqxx")
    until(loop, lambda: not chat.search_timer.isActive(), what="the search to apply")
    assert chat.view.shown == 0 and chat.view.empty_text == "No matches for “zzqqxx”."
    chat.search.clear()
    until(loop, lambda: not chat.search_timer.isActive(), what="the search cleared")
    assert chat.view.empty_text == "Waiting for messages…"


def test_the_chat_text_size_is_a_setting(app_window, loop, chat):
    line = chat.view.line_h
    chat.set_font_size(22)
    assert chat.view.font().pointSize() == 22 and chat.view.line_h > line  # laid out again, larger
    assert app_window.ctx.settings.chat.font_size == 22
    chat.set_font_size(0)
    assert chat.view.line_h == line


def test_the_send_box_stays_put_when_a_note_comes_and_goes(app_window, loop, chat):
    settle(loop, app_window)
    before = chat.message.mapTo(chat, chat.message.rect().topLeft())
    chat.note.error("A problem to read")
    settle(loop, app_window)
    assert chat.message.mapTo(chat, chat.message.rect().topLeft()) == before
    chat.note.clear()
    settle(loop, app_window)
    assert chat.message.mapTo(chat, chat.message.rect().topLeft()) == before
