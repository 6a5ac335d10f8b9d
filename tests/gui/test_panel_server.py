"""The Server panel against the Owncast stand-in: status with the broadcaster and charts,
the chat's people (disable, moderators, IP bans), follow requests approved, webhooks and
access tokens created and deleted (a token never shown), logs, and settings changed one at
a time, checked against the contract first, secrets never shown."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox

from .conftest import open_panel, until


@pytest.fixture
def oc(app_window):
    return app_window.sandbox.owncast


@pytest.fixture
def panel(app_window, loop):
    panel = open_panel(app_window, loop, "server")
    # status, viewers and hardware are three requests: each may answer last
    until(loop, lambda: "LIVE" in panel.state.text() and panel.viewers_chart.values and panel.hardware["cpu"][1].values,
          what="the server's status")
    return panel


def sent(oc, op):
    return [body for o, body, status in oc.received if o == op and status == 200]


def tab(panel, loop, name, ready):
    panel.tabs.setCurrentIndex([panel.tabs.tabText(i) for i in range(panel.tabs.count())].index(name))
    until(loop, ready, what=f"the {name} tab")


def test_status_and_disconnect(panel, loop, oc, answers):
    assert f"{oc.viewers:,} watching" in panel.state.text() and "version 0.2.0" in panel.state.text()
    assert panel.stream_title.text() == oc.config["instanceDetails"]["streamTitle"]
    assert "OBS 30.1, 1920×1080 at 60 fps" in panel.inbound.text()
    assert len(panel.viewers_chart.values) == len(oc.history)
    assert panel.hardware["cpu"][0].text().endswith("%") and panel.hardware["cpu"][1].values
    answers.yes = False
    panel.disconnect.click()
    assert oc.online and "stops for every viewer" in answers[-1]
    answers.yes = True
    panel.disconnect.click()
    until(loop, lambda: "Offline" in panel.state.text())
    assert not oc.online and not panel.disconnect.isEnabled()


def test_chat_people_disable_moderate_and_ip_bans(panel, loop, oc, answers):
    tab(panel, loop, "Chat", lambda: panel.clients.rowCount() == len(oc.clients) and panel.bans.rowCount() == 1)
    victim = panel.clients.records[1]
    panel.clients.selectRow(1)
    panel.disable.click()
    assert "their IP addresses are banned" in answers[-1]
    until(loop, lambda: victim.name in panel.disabled.texts(0), what="the user disabled")
    assert sent(oc, "set-user-enabled")[-1] == {"userId": victim.id, "enabled": False}
    panel.disabled.selectRow(0)
    panel.enable.click()
    until(loop, lambda: panel.disabled_loader.state == "empty")
    panel.clients.selectRow(0)
    panel.make_mod.click()
    until(loop, lambda: panel.clients.records[0].name in panel.mods.texts(0))
    panel.clients.selectRow(2)
    panel.whisper.setText("Please keep it friendly")
    assert panel.whisper_button.isEnabled()
    panel.whisper_button.click()
    until(loop, lambda: panel.people_note.text() == "Sent ✓")
    assert sent(oc, "send-system-message-to-client")[-1] == {"clientId": panel.clients.records[2].client,
                                                             "body": "Please keep it friendly"}
    panel.clients.clearSelection()
    panel.whisper.setText("nobody chosen")
    assert not panel.whisper_button.isEnabled()
    panel.ip.setText("not an address")
    assert not panel.ban_ip.isEnabled() and panel.people_note.text() == "value: should be an IPv4 or IPv6 address"
    panel.ip.setText("198.51.100.23")
    panel.ban_ip.click()
    until(loop, lambda: "198.51.100.23" in panel.bans.texts(0))
    panel.bans.selectRow(panel.bans.texts(0).index("198.51.100.23"))
    panel.unban_ip.click()
    until(loop, lambda: "198.51.100.23" not in panel.bans.texts(0))
    assert [b["ipAddress"] for b in oc.ip_bans] == ["203.0.113.7"]


def test_follow_request_approved(panel, loop, oc):
    tab(panel, loop, "Followers", lambda: panel.requests.rowCount() == 2 and panel.followers.table.rowCount() == 3)
    first = oc.pending[0]
    panel.requests.selectRow(0)
    panel.approve.click()
    until(loop, lambda: panel.requests.rowCount() == 1 and panel.followers.table.rowCount() == 4)
    assert sent(oc, "approve-follower")[-1] == {"actorIRI": first["link"], "approved": True}
    assert oc.followers[-1] is first


def test_webhook_and_token_create_delete(panel, loop, oc, answers):
    tab(panel, loop, "Integrations", lambda: panel.hook_events and panel.tokens.rowCount() == 1)
    panel.hook_url.setText("ftp://nope")
    assert not panel.create_hook.isEnabled()
    panel.hook_url.setText("http://192.168.1.5:9000/deck")
    panel.hook_events["USER_JOINED"].setChecked(True)
    panel.create_hook.click()
    until(loop, lambda: panel.hooks.rowCount() == 1)
    assert sent(oc, "create-webhook")[-1] == {"url": "http://192.168.1.5:9000/deck",
                                              "events": ["CHAT", "USER_JOINED", "STREAM_STARTED", "STREAM_STOPPED"]}
    panel.hooks.selectRow(0)
    panel.delete_hook.click()
    until(loop, lambda: panel.hooks_loader.state == "empty")
    assert oc.webhooks == [] and "stops receiving events" in answers[-1]

    for scope in ("CAN_SEND_MESSAGES", "HAS_ADMIN_ACCESS"):
        panel.token_scopes[scope].setChecked(True)
    panel.token_name.setText("Overlay")
    panel.create_token.click()
    until(loop, lambda: panel.tokens.rowCount() == 2 and panel.copy_token.isVisible())
    made = oc.tokens[-1]
    shown = " ".join(" ".join(panel.tokens.texts(c)) for c in range(4))
    assert made["accessToken"] not in shown + panel.token_note.text()  # never shown
    panel.copy_token.click()
    assert QApplication.clipboard().text() == made["accessToken"]
    panel.tokens.selectRow(panel.tokens.texts(0).index("Overlay"))
    panel.delete_token.click()
    until(loop, lambda: panel.tokens.rowCount() == 1)
    assert all(t["displayName"] != "Overlay" for t in oc.tokens)


def test_logs(panel, loop, oc):
    tab(panel, loop, "Logs", lambda: panel.log_table.rowCount() == 3)
    panel.log_kind.setCurrentIndex(1)
    until(loop, lambda: panel.log_table.rowCount() == 1)
    assert panel.log_table.texts(1) == ["warning"]


def test_settings_change_checked_first_and_secrets_never_shown(panel, loop, oc):
    tab(panel, loop, "Settings", lambda: panel.setting_widgets)
    name = panel.setting_widgets["set-name"]
    assert isinstance(name, QLineEdit) and name.text() == "Deck Demo Owncast"
    name.setText("Friday Night Streams")
    name.editingFinished.emit()
    until(loop, lambda: panel.settings_note.text() == "Server name saved ✓")
    assert oc.config["instanceDetails"]["name"] == "Friday Night Streams"
    nsfw = panel.setting_widgets["set-nsfw"]
    assert isinstance(nsfw, QCheckBox)
    nsfw.click()
    until(loop, lambda: oc.config["instanceDetails"]["nsfw"] is True)
    tags = panel.setting_widgets["set-tags"]
    tags.setText("music, chill, late night")
    tags.editingFinished.emit()
    until(loop, lambda: oc.config["instanceDetails"]["tags"] == ["music", "chill", "late night"])
    # the advanced ones are behind the switch; a wrong value is refused before sending
    advanced = [i for i in range(panel.groups.count()) if panel.groups.itemText(i) == "Advanced"][0]
    assert not panel.groups.isItemEnabled(advanced)
    panel.advanced.setChecked(True)
    assert panel.groups.isItemEnabled(advanced)
    variants = panel.setting_widgets["set-output-variants"].property("box")
    assert isinstance(variants, QPlainTextEdit) and '"720p"' in variants.toPlainText()
    before = len(oc.received)
    variants.setPlainText('[{"name": "4k", "cpuUsageLevel": 9}]')
    panel.setting_widgets["set-output-variants"].findChild(type(panel.disconnect)).click()
    assert "cpuUsageLevel" in panel.settings_note.text() and len(oc.received) == before
    port = panel.setting_widgets["set-rtmp-port"]
    assert isinstance(port, QSpinBox) and port.value() == 1935
    keys = panel.setting_widgets["set-stream-keys"].property("box")
    password = panel.setting_widgets["set-admin-password"]
    assert keys.toPlainText() == "" and password.text() == "" and password.echoMode() == QLineEdit.EchoMode.Password
    for key in oc.config["streamKeys"]:
        assert key["key"] not in " ".join(w.property("box").toPlainText() for w in panel.setting_widgets.values()
                                           if isinstance(w.property("box"), QPlainTextEdit))
