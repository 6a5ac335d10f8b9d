"""Moderation panel against the demo sandbox."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from .conftest import open_panel, settle, until


def last(mx, scope):
    return [(body, status) for s, body, status in mx.received if s == scope][-1]


def test_timeout_with_a_preset(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "moderation")
    assert not panel.timeout_button.isEnabled()  # no username yet
    qtbot.keyClicks(panel.user, "@grumpyghost")
    hour = next(b for b in panel.findChildren(QPushButton) if b.text() == "1 hour")
    qtbot.mouseClick(hour, Qt.MouseButton.LeftButton)
    assert panel.minutes.value() == 60
    panel.platform.setCurrentIndex(panel.platform.findData("twitch"))
    qtbot.mouseClick(panel.timeout_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.note.text() == "Timed out ✓")
    assert last(mx, "timeout") == ({"username": "grumpyghost", "duration": 60, "reason": "API Timeout",
                                    "platform": "Twitch"}, 200)
    assert panel.minutes.maximum() == 525_600 and panel.minutes.minimum() == 1


def test_ban_asks_then_shows_in_ban_list_and_unban_removes_it(app_window, loop, mx, qtbot, answers):
    panel = open_panel(app_window, loop, "moderation")
    qtbot.keyClicks(panel.user, "spammy_sam")
    qtbot.keyClicks(panel.reason, "bot links")
    answers.yes = False
    qtbot.mouseClick(panel.ban_button, Qt.MouseButton.LeftButton)
    assert answers == ["Ban <b>spammy_sam</b> on Kick?"]
    assert not any(s == "ban" for s, _, _ in mx.received)
    answers.yes = True
    qtbot.mouseClick(panel.ban_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.note.text() == "Banned ✓")
    assert any(b["banned_user"] == "spammy_sam" and b["reason"] == "bot links" for b in mx.bans)

    panel.tabs.setCurrentIndex(2)
    until(loop, lambda: panel.bans.loader.state == "content" and "spammy_sam" in panel.bans.table.texts(0))
    assert panel.bans.table.rowCount() == len(mx.bans)
    assert panel.bans.pager.info.text() == f"1–{len(mx.bans)} of {len(mx.bans)}"
    panel.ban_filter.setCurrentIndex(panel.ban_filter.findData("Twitch"))
    until(loop, lambda: set(panel.bans.table.texts(1)) == {"Twitch"})
    assert last(mx, "get-platform-ban-list")[0] == {"platform": "Twitch", "limit": 50, "offset": 0}
    panel.ban_filter.setCurrentIndex(0)
    until(loop, lambda: "spammy_sam" in panel.bans.table.texts(0))
    panel.bans.table.selectRow(panel.bans.table.texts(0).index("spammy_sam"))
    qtbot.mouseClick(panel.ban_unban, Qt.MouseButton.LeftButton)
    until(loop, lambda: "spammy_sam" not in panel.bans.table.texts(0), what="the refreshed ban list")
    assert not any(b["banned_user"] == "spammy_sam" for b in mx.bans)
    assert panel.ban_note.text() == "Unbanned spammy_sam ✓"


def test_ban_list_error_state_and_retry(app_window, loop, mx):
    panel = open_panel(app_window, loop, "moderation")
    loop.expect_failure(Exception)
    mx.error_rate = 1.0
    panel.tabs.setCurrentIndex(2)
    until(loop, lambda: panel.bans.loader.state == "error")
    assert panel.bans.loader.currentWidget() is panel.bans.loader.page
    assert "Could not load." in panel.bans.loader.message.text() and "MissXss (500)" in panel.bans.loader.message.text()
    assert panel.bans.loader.retry.isVisible()
    mx.error_rate = 0.0
    panel.bans.loader.retry.click()
    until(loop, lambda: panel.bans.loader.state == "content")
    assert panel.bans.table.rowCount() == len(mx.bans)


def test_feature_switches_follow_the_service_and_roll_back_on_failure(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "moderation")
    panel.tabs.setCurrentIndex(1)
    switch = panel.switches["coklu_hesap_spam"]
    until(loop, lambda: switch.isEnabled())
    assert switch.text() == "Multi-account spam" and not switch.isChecked()
    assert panel.switches["spam_korumasi"].text() == "Spam protection" and panel.switches["spam_korumasi"].isChecked()
    switch.click()
    until(loop, lambda: panel.feature_note.text() == "Multi-account spam on ✓")
    assert mx.features["coklu_hesap_spam"] == 1 and switch.isChecked()
    assert last(mx, "set-moderation-feature") == ({"feature": "coklu_hesap_spam", "mode": "on"}, 200)

    loop.expect_failure(Exception)
    mx.error_rate = 1.0
    link = panel.switches["link_korumasi"]
    link.click()
    until(loop, lambda: panel.feature_note.property("role") == "error")
    assert link.isChecked(), "a failed write is rolled back visibly"
    assert mx.features["link_korumasi"] == 1


def test_shield_mode_on_with_lookback(app_window, loop, mx, qtbot, answers):
    panel = open_panel(app_window, loop, "moderation")
    panel.tabs.setCurrentIndex(1)
    until(loop, lambda: "Shield mode is" in panel.shield_state.text())
    assert "off" in panel.shield_state.text() and not panel.shield_off.isEnabled()
    panel.shield_lookback.setValue(10)
    qtbot.mouseClick(panel.shield_on, Qt.MouseButton.LeftButton)
    assert "shield mode" in answers[-1]  # it acts on chatters: asked first
    until(loop, lambda: "ON" in panel.shield_state.text())
    assert mx.shield == {"mode": 1, "ban": 1, "lookback": 10}
    assert last(mx, "shield-mode")[0] == {"mode": "on", "duration": 10}
    assert "lookback 10 min" in panel.shield_state.text()
    assert panel.shield_off.isEnabled() and not panel.shield_on.isEnabled()


def test_recent_followers_confirmation_names_who(app_window, loop, mx, qtbot, answers):
    panel = open_panel(app_window, loop, "moderation")
    expected = [f["username"] for f in mx.followers["Twitch"][1:4]]
    panel.rf_platform.setCurrentIndex(panel.rf_platform.findData("Twitch"))
    panel.rf_count.setValue(3)
    panel.rf_offset.setValue(2)
    panel.rf_action.setCurrentIndex(panel.rf_action.findData("timeout"))
    panel.rf_minutes.setValue(30)
    qtbot.mouseClick(panel.rf_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.rf_note.property("role") == "ok", what="the followers to be timed out")
    assert len(answers) == 1
    assert answers[0].startswith("Time out (30 min) 3 recent followers on Twitch:")
    for name in expected:
        assert f"<b>{name}</b>" in answers[0]
    assert last(mx, "ban-recent-followers")[0] == {"action": "timeout", "offset": 2, "count": 3, "duration": 30,
                                                   "reason": "API Ban Recent", "platform": "Twitch"}
    assert panel.rf_note.text() == "Timed out 3: " + ", ".join(expected)


def test_moderation_log_pages_and_filters(app_window, loop, mx):
    panel = open_panel(app_window, loop, "moderation")
    for i in range(30):
        mx._log("Timeout", f"user{i}")
    panel.tabs.setCurrentIndex(3)
    until(loop, lambda: panel.modlog.loader.state == "content")
    assert panel.modlog.table.rowCount() == 25
    assert panel.modlog.pager.info.text() == f"1–25 of {len(mx.modlog)}"
    panel.modlog.pager.next.click()
    until(loop, lambda: panel.modlog.pager.offset == 25 and panel.modlog.table.texts(2)[0] == mx.modlog[25]["username"])
    panel.log_filter.setCurrentIndex(panel.log_filter.findData("ban"))
    until(loop, lambda: set(panel.modlog.table.texts(1)) == {"Ban"})
    assert panel.modlog.pager.offset == 0
    settle(loop, app_window)


def test_a_kick_viewer_by_name_through_kicks_own_api_and_deleting_their_message(app_window, loop, qtbot, answers):
    ks, chat = app_window.sandbox.kick, app_window.sandbox.chat
    feed = app_window.docks.show("chat").feed
    chat.set_rate(60)
    until(loop, lambda: any(e.msg.platform == "kick" and e.msg.kind == "chat" and not e.deleted for e in feed.entries),
          timeout=30, what="a Kick chatter")
    chat.set_rate(0)
    target = next(e.msg for e in feed.entries if e.msg.platform == "kick" and e.msg.kind == "chat" and not e.deleted)
    panel = open_panel(app_window, loop, "moderation")
    panel.platform.setCurrentIndex(panel.platform.findData("kick"))
    qtbot.keyClicks(panel.user, target.login)
    until(loop, lambda: panel.said.rowCount() >= 1, what="their messages from the chat")
    assert target.text in panel.said.texts(1)
    assert panel.timeout_button.isEnabled()  # their id comes with their messages
    qtbot.mouseClick(panel.timeout_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.note.text() == "Timed out ✓")
    assert [b for s, b, _ in ks.received if s == "ban"][-1]["user_id"] == int(target.user_id)

    # that very message (they may have said the same words again in the messages still on their way)
    panel.said.selectRow(next(r for r, e in enumerate(panel.said.records) if e.msg.id == target.id))
    assert panel.delete_button.isEnabled()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.note.text() == "Message deleted ✓")
    assert ks.deleted[-1] == target.id
    until(loop, lambda: "deleted" in panel.said.texts(2), what="Kick's chat to say it is deleted")
    assert not panel.delete_button.isEnabled()

    # a viewer who has not chatted: looked up on Kick by name, once typing pauses
    other = next(u for u in chat.users if not any(e.msg.login == u.login for e in feed.entries))
    panel.user.clear()
    qtbot.keyClicks(panel.user, other.login)
    assert panel.find_timer.isActive()
    until(loop, lambda: (("kick", other.login) in panel.user_ids), what="the lookup")
    assert [b for s, b, _ in ks.received if s == "channels"][-1] == {"slug": [other.login]}
    assert panel.user_ids[("kick", other.login)] == other.id
    panel.user.clear()
    qtbot.keyClicks(panel.user, "nobody_here")
    until(loop, lambda: [b for s, b, _ in ks.received if s == "channels"][-1] == {"slug": ["nobody_here"]},
          what="the second lookup")
    settle(loop, app_window)
    assert ("kick", "nobody_here") not in panel.user_ids


def test_a_failed_unban_says_why_beside_the_form_and_keeps_the_focus(app_window, loop, mx, qtbot):
    """The service's refusal shows under the form (not only in Activity), and the button that
    was pressed keeps the keyboard focus instead of it jumping elsewhere."""
    panel = open_panel(app_window, loop, "moderation")
    panel.platform.setCurrentIndex(panel.platform.findData("twitch"))
    qtbot.keyClicks(panel.user, "nobody_here")
    loop.expect_failure(Exception)
    panel.unban_button.setFocus()
    qtbot.mouseClick(panel.unban_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: "not banned" in panel.note.text(), what="the service's words under the form")
    settle(loop, app_window)
    assert "not banned" in panel.note.text() and panel.unban_button.hasFocus()


def test_the_service_named_beside_the_form_is_the_one_that_acts_on_this_viewer(app_window, loop, qtbot):
    """Kick acts on a viewer by id: until the typed name's id is known, the form goes (and says
    it goes) through a service that takes names."""
    panel = open_panel(app_window, loop, "moderation")
    panel.platform.setCurrentIndex(panel.platform.findData("kick"))
    panel.user.setText("nobody_at_all_here")
    assert panel.via.text().startswith("via MissXss")  # no id for this name (yet)
    panel.user_ids[("kick", "nobody_at_all_here")] = "4242"
    panel.via.update_text()
    assert panel.via.text().startswith("via Kick") and "via MissXss" not in panel.via.text()
