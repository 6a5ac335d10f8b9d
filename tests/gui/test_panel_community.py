"""Alerts & effects, Community and Commands & AI panels against the demo sandbox."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt

from .conftest import open_panel, until


def last(mx, scope):
    return [(body, status) for s, body, status in mx.received if s == scope][-1]


def user(mx, platform, name):
    return next(u for u in mx.users[platform].values() if u["username"] == name)


# ---------------------------------------------------------------- alerts & effects
def test_recent_activity_and_donation(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "alerts")
    until(loop, lambda: panel.recent_loader.state == "content")
    assert "Donation" in panel.recent_table.texts(0) and "mochi_moon" in panel.recent_table.texts(1)
    panel.tabs.setCurrentIndex(3)
    panel.amount.setValue(0)
    assert not panel.donate.isEnabled() and "amount" in panel.donation_note.text()
    panel.amount.setValue(25)
    panel.currency.setText("EUR")
    qtbot.keyClicks(panel.donor, "generous_gina")
    qtbot.keyClicks(panel.donor_message, "keep it up")
    panel.donate.click()
    until(loop, lambda: panel.donation_note.text() == "Donation alert sent ✓")
    assert last(mx, "send-donation")[0] == {"provider": "BynoGame", "amount": 25.0, "currency": "EUR",
                                            "username": "generous_gina", "message": "keep it up", "platform": "Kick"}
    until(loop, lambda: "generous_gina" in panel.recent_table.texts(1), what="recent activity to refresh")


def test_audio_alerts_list_and_play(app_window, loop, mx):
    panel = open_panel(app_window, loop, "alerts")
    panel.tabs.setCurrentIndex(1)
    until(loop, lambda: panel.alert_list.loader.state == "content")
    assert panel.alert_list.table.texts(1) == [a["name"] for a in mx.alerts]
    panel.alert_filter.setCurrentIndex(panel.alert_filter.findData("inactive"))
    until(loop, lambda: set(panel.alert_list.table.texts(3)) == {"Inactive"})
    panel.alert_filter.setCurrentIndex(panel.alert_filter.findData("active"))
    until(loop, lambda: set(panel.alert_list.table.texts(3)) == {"Active"})
    assert not panel.play.isEnabled()  # nothing selected
    panel.alert_list.table.selectRow(0)
    assert panel.play.isEnabled()
    panel.play.click()
    until(loop, lambda: panel.alert_note.text() == "Playing on the overlay ✓")
    assert last(mx, "trigger-audio-alert") == ({"id": mx.alerts[0]["id"], "username": "API"}, 200)


def test_effect_json_is_checked_before_sending(app_window, loop, mx, qtbot, monkeypatch, deck_home):
    panel = open_panel(app_window, loop, "alerts")
    panel.tabs.setCurrentIndex(2)
    qtbot.keyClicks(panel.overlays, "confetti, snow")
    panel.effect_data.setPlainText('{"message": "hi"')
    assert not panel.trigger.isEnabled()
    assert "data: not valid JSON" in panel.effect_note.text()
    panel.effect_data.setPlainText('["not", "an object"]')
    assert "must be a JSON object" in panel.effect_note.text()
    panel.effect_data.setPlainText('{"message": "hi"}')
    assert panel.trigger.isEnabled()
    mx.overlay_connected = False
    panel.trigger.click()
    until(loop, lambda: panel.effect_note.property("role") == "error")
    assert "Overlay is not connected" in panel.effect_note.text()
    mx.overlay_connected = True
    panel.trigger.click()
    until(loop, lambda: panel.effect_note.text() == "Triggered 2 of 2 ✓")
    assert last(mx, "effect-trigger")[0] == {"overlay_ids": ["confetti", "snow"], "platform": "Kick",
                                             "data": {"message": "hi"}}
    assert [t["overlay_id"] for t in mx.triggered[-2:]] == ["confetti", "snow"]
    # the ids used are offered next time (no service lists overlays), and typing any stays possible
    panel.overlays.clear()
    panel.overlay_picker.menu().aboutToShow.emit()
    offered = {a.text(): a for a in panel.overlay_picker.menu().actions()}
    assert list(offered) == ["Used before: confetti", "Used before: snow"]
    offered["Used before: snow"].trigger()
    offered["Used before: confetti"].trigger()
    assert panel.overlays.text() == "snow, confetti"
    # an overlay no service names can be given a name, kept, and is offered by it
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Snowfall", True))
    panel.overlay_picker.menu().aboutToShow.emit()
    {a.text(): a for a in panel.overlay_picker.menu().actions()}["Name snow…"].trigger()
    assert app_window.ctx.settings.names["snow"] == "Snowfall"
    assert json.loads((deck_home / "config" / "settings.json").read_text())["names"]["snow"] == "Snowfall"
    panel.overlays.clear()
    panel.overlay_picker.menu().aboutToShow.emit()
    assert [a.text() for a in panel.overlay_picker.menu().actions()] == ["Used before: confetti", "Snowfall  (snow)"]


def test_voicemod(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "alerts")
    panel.tabs.setCurrentIndex(4)
    qtbot.keyClicks(panel.voice, "nope")
    panel.change_voice.click()
    until(loop, lambda: panel.voicemod_note.property("role") == "error")
    assert 'Voicemod voice "nope" not found' in panel.voicemod_note.text()
    panel.voice.setText("robot")
    panel.voice_back.setChecked(True)
    panel.change_voice.click()
    until(loop, lambda: panel.voicemod_note.text() == "Voice changed ✓")
    assert last(mx, "voicemod-voice-change")[0] == {"voice": "robot", "wait_time": 60, "original_voice": 1}
    assert mx.voicemod["voice"] == "robot"


# ---------------------------------------------------------------- community
def test_points_lookup_add_and_set(app_window, loop, mx, qtbot, answers):
    panel = open_panel(app_window, loop, "community")
    until(loop, lambda: panel.points_top.loader.state == "content")
    top = sorted(mx.users["Kick"].values(), key=lambda u: (-u["points"], u["username"]))[:20]
    assert panel.points_top.table.texts(2) == [f"{u['points']:,}" for u in top]
    qtbot.keyClicks(panel.viewer, "lofi_leo")
    qtbot.keyClick(panel.viewer, Qt.Key.Key_Return)
    leo = user(mx, "Kick", "lofi_leo")
    until(loop, lambda: f"{leo['points']:,} points" in panel.points_shown.text())
    before = leo["points"]
    panel.amount.setValue(250)
    panel.add.click()
    until(loop, lambda: f"{before + 250:,} points" in panel.points_shown.text(), what="the new balance")
    assert leo["points"] == before + 250
    panel.amount.setValue(7)
    panel.set.click()
    until(loop, lambda: "7 points" in panel.points_shown.text())
    assert answers == ["Set lofi_leo's points to <b>7</b>?"] and leo["points"] == 7
    panel.amount.setValue(100)
    panel.remove.click()
    until(loop, lambda: panel.points_note.property("role") == "error")
    assert panel.points_note.text() == "MissXss (409): lofi_leo has only 7 points"
    assert leo["points"] == 7 and "7 points" in panel.points_shown.text()


def test_points_on_another_platform_and_paging(app_window, loop, mx):
    panel = open_panel(app_window, loop, "community")
    until(loop, lambda: panel.points_top.loader.state == "content")
    panel.platform.setCurrentIndex(panel.platform.findData("youtube"))
    until(loop, lambda: last(mx, "get-points-top")[0]["platform"] == "YouTube" and panel.points_top.loader.state == "content")
    total = len(mx.users["YouTube"])
    assert panel.points_top.pager.info.text() == f"1–20 of {total}"
    panel.points_top.pager.next.click()
    until(loop, lambda: panel.points_top.pager.info.text() == f"21–{min(40, total)} of {total}")
    assert panel.points_top.table.texts(0)[0] == "21"


def test_watch_time_lookup_adjust_and_bulk(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "community")
    panel.tabs.setCurrentIndex(1)
    until(loop, lambda: panel.watch_top.loader.state == "content")
    qtbot.keyClicks(panel.wt_viewer, "mochi_moon")
    panel.wt_lookup.click()
    mochi = user(mx, "Kick", "mochi_moon")
    until(loop, lambda: "all time" in panel.wt_shown.text())
    total = sum(mochi["watch"].values())
    assert panel.wt_shown.text().startswith(f"<b>{mochi['displayname']}</b>: ")
    panel.wt_span.setCurrentIndex(2)
    panel.wt_from.setDate(panel.wt_to.date().addDays(1))
    assert not panel.wt_lookup.isEnabled() and "date_from must not be after date_to" in panel.wt_note.text()
    panel.wt_from.setDate(panel.wt_to.date().addDays(-3))
    panel.wt_span.setCurrentIndex(0)
    panel.wt_amount.setValue(30)
    panel.wt_adjust.click()
    until(loop, lambda: panel.wt_note.text() == "Watch time adjusted ✓")
    assert sum(mochi["watch"].values()) == total + 30

    panel.bulk.setPlainText("mochi_moon, 15\nlofi_leo, abc")
    assert not panel.bulk_button.isEnabled() and "line 2: minutes must be a whole number" in panel.bulk_note.text()
    panel.bulk.setPlainText("mochi_moon, 15\n@lofi_leo, 45")
    panel.bulk_button.click()
    until(loop, lambda: panel.bulk_note.text() == "Adjusted 2 viewers ✓")
    assert last(mx, "adjust-watch-time-bulk")[0] == {
        "mode": "add", "platform": "Kick", "users": [{"username": "mochi_moon", "amount": 15},
                                                     {"username": "lofi_leo", "amount": 45}]}
    assert sum(mochi["watch"].values()) == total + 45


def test_kick_subscribers(app_window, loop, mx):
    panel = open_panel(app_window, loop, "community")
    panel.tabs.setCurrentIndex(2)
    until(loop, lambda: panel.subs.loader.state == "content")
    active = [s for s in mx.subscribers if not s["expired"]]
    assert panel.subs.table.texts(0) == [s["kick_username"] for s in active]
    panel.include_expired.setChecked(True)
    until(loop, lambda: panel.subs.table.rowCount() == len(mx.subscribers))
    assert last(mx, "get-kick-subscribers")[0]["include_expired"] == 1


# ---------------------------------------------------------------- AI (commands: test_panel_commands)
def test_ai_bot_switches_prompt_and_history(app_window, loop, mx, answers):
    panel = open_panel(app_window, loop, "commands")
    panel.tabs.setCurrentIndex(1)
    state, _ = panel.ai_labels["subscribers_only"]
    assert state.text() == "Subscribers only: unknown"
    on = next(b for b in panel.ai_buttons if b.objectName() == "subscribers_only.on")
    on.click()
    until(loop, lambda: "ON" in state.text())
    assert mx.ai["ai_sadeceAbone"] == 1
    panel.prompt.setPlainText("p" * 12001)
    assert not panel.save_prompt.isEnabled() and "12000" in panel.ai_note.text()
    panel.prompt.setPlainText("You are a cheerful co-host who loves speedruns.")
    panel.save_prompt.click()
    until(loop, lambda: panel.ai_note.text() == "Prompt saved ✓ History cleared.")
    assert answers[0].startswith("Save the new prompt?")
    assert mx.ai["ai_text"] == "You are a cheerful co-host who loves speedruns." and mx.ai["history"] == 0
    mx.ai["history"] = 4
    panel.clear_history.click()
    until(loop, lambda: panel.ai_note.text() == "History cleared ✓")
    assert mx.ai["history"] == 0 and len(answers) == 2
