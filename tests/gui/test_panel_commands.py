"""The Commands panel with two services: MissXss's commands and Nightbot's custom and own
commands in one table, each row saying its service; the editor shows the fields the row's
service has, checks them with its contract, and sends one request per action."""
from __future__ import annotations

import pytest

from .conftest import open_panel, settle, until


@pytest.fixture
def nb(app_window):
    return app_window.sandbox.nightbot


def sent(sandbox, op):
    return [body for o, body, status in sandbox.received if o == op and status == 200]


def rows(panel, service):
    return [r for r in panel.table.records if r.service == service]


def select(panel, service, name):
    panel.table.selectRow(next(i for i, r in enumerate(panel.table.records)
                               if r.service == service and r.item.name == name))


@pytest.fixture
def panel(app_window, loop):
    panel = open_panel(app_window, loop, "commands")
    until(loop, lambda: panel.loader.state == "content" and {"MissXss", "Nightbot"} <= set(panel.table.texts(1)),
          what="both services' commands")
    return panel


def test_the_new_command_card_shows_its_fields_before_new_is_pressed(panel):
    assert panel.editing is None and panel.editor_title.text() == "New command"
    assert panel.name.isVisibleTo(panel) and panel.message.isVisibleTo(panel)


def test_both_services_in_one_table(panel, mx, nb):
    assert [r.item.name for r in rows(panel, "MissXss")] == [c["command"] for c in mx.commands]
    nightbot = rows(panel, "Nightbot")
    assert [r.item.name for r in nightbot if not r.item.builtin] == [c["name"] for c in nb.commands]
    assert [r.item.name for r in nightbot if r.item.builtin] == [c["name"] for c in nb.defaults]
    first = next(i for i, r in enumerate(panel.table.records) if r.item.name == "!so")
    assert panel.table.item(first, 4).text() == "10 s" and panel.table.item(first, 5).text() == "Moderator"
    assert panel.table.columnCount() == 8
    long = next(i for i, r in enumerate(panel.table.records) if len(r.item.message) > 30)
    response = panel.table.item(long, 3)
    assert response.toolTip() == response.text() == panel.table.records[long].item.message  # whole on hover


def test_missxss_command_create_edit_toggle_delete(panel, loop, mx, qtbot, answers):
    panel.new_button.click()
    panel.service.setCurrentIndex(panel.service.findData("missxss"))
    assert panel.aliases.isVisibleTo(panel) and panel.platform_boxes["kick"].isVisibleTo(panel)
    assert not panel.user_level.isVisibleTo(panel)  # MissXss commands have no user level
    assert panel.platform_boxes["kick"].isChecked() and panel.cooldown.value() == 5  # as MissXss starts them
    qtbot.keyClicks(panel.name, "!lurk")
    panel.message.setPlainText("$(user) is lurking")
    panel.aliases.setText("!afk")
    panel.cooldown.setValue(30)
    panel.platform_boxes["tiktok"].setChecked(True)
    assert panel.save.isEnabled()
    panel.save.click()  # !lurk exists already
    until(loop, lambda: panel.editor_note.property("role") == "error")
    assert panel.editor_note.text() == "MissXss (409): Command !lurk already exists"
    assert panel.message.toPlainText() == "$(user) is lurking"  # nothing lost
    panel.name.setText("!brb")
    panel.save.click()
    until(loop, lambda: panel.editor_note.text() == "!brb saved ✓")
    created = next(c for c in mx.commands if c["command"] == "!brb")
    assert created["message"] == "$(user) is lurking" and "!afk" in created["aliases"]
    assert created["cooldown_global_seconds"] == 30 and created["platform_tiktok"] == 1
    until(loop, lambda: getattr(panel.table.selected(), "item", None) and panel.table.selected().item.name == "!brb")
    assert panel.editor_title.text() == "Edit !brb"

    panel.message.setPlainText("$(user) went to get snacks")
    panel.save.click()
    until(loop, lambda: created["message"] == "$(user) went to get snacks" and panel.editor_note.text() == "!brb saved ✓")
    assert sent(mx, "update-command")[-1] == {"id": created["id"], "message": "$(user) went to get snacks"}

    panel.toggle_button.click()
    until(loop, lambda: created["active"] == 0 and panel.toggle_button.text() == "Enable")
    assert panel.table.item(panel.table.texts(0).index("!brb"), 2).text() == "off"

    panel.delete_button.click()
    until(loop, lambda: "!brb" not in panel.table.texts(0))
    assert answers == ["Delete the MissXss command <b>!brb</b>? This cannot be undone."]
    assert all(c["command"] != "!brb" for c in mx.commands)


def test_run_a_disabled_command_shows_why(panel, loop, mx):
    mx.commands[0]["active"] = 0
    select(panel, "MissXss", mx.commands[0]["command"])
    panel.run_button.click()
    until(loop, lambda: panel.note.property("role") == "error")
    assert panel.note.text() == f"MissXss (409): Command {mx.commands[0]['command']} is disabled"


def test_nightbot_command_create_edit_delete(panel, loop, nb, qtbot, answers):
    panel.new_button.click()
    panel.service.setCurrentIndex(panel.service.findData("nightbot"))
    assert panel.user_level.isVisibleTo(panel) and not panel.aliases.isVisibleTo(panel)
    assert not panel.platform_boxes["kick"].isVisibleTo(panel) and not panel.count.isVisibleTo(panel)
    assert panel.cooldown.maximum() == 86_400 and panel.user_level.itemData(0) == "everyone"
    panel.name.setText("!hydrate")
    panel.message.setPlainText("x" * 401)  # Nightbot answers with at most 400 characters
    assert not panel.save.isEnabled() and "at most 400 characters" in panel.editor_note.text()
    panel.message.setPlainText("Drink some water, $(user)!")
    panel.cooldown.setValue(120)
    panel.user_level.setCurrentIndex(panel.user_level.findData("regular"))
    panel.save.click()
    until(loop, lambda: panel.editor_note.text() == "!hydrate saved ✓")
    made = next(c for c in nb.commands if c["name"] == "!hydrate")
    assert sent(nb, "create-command")[-1] == {"name": "!hydrate", "message": "Drink some water, $(user)!",
                                              "coolDown": 120, "userLevel": "regular"}
    assert not sent(nb, "edit-command")  # all in the one request
    until(loop, lambda: panel.editor_title.text() == "Edit !hydrate")
    # message and cooldown changed: one partial PUT with just those
    panel.message.setPlainText("Water time!")
    panel.cooldown.setValue(300)
    panel.count.setValue(7)
    panel.save.click()
    until(loop, lambda: made["message"] == "Water time!" and panel.editor_note.text() == "!hydrate saved ✓")
    assert sent(nb, "edit-command") == [{"id": made["_id"], "message": "Water time!", "coolDown": 300, "count": 7}]
    assert made["userLevel"] == "regular" and made["count"] == 7
    assert not panel.run_button.isEnabled() and not panel.toggle_button.isEnabled()  # Nightbot has neither
    panel.delete_button.click()
    until(loop, lambda: all(c["name"] != "!hydrate" for c in nb.commands))
    assert answers[-1] == "Delete the Nightbot command <b>!hydrate</b>? This cannot be undone."


def test_nightbots_own_commands_switch_and_limits(panel, loop, nb):
    select(panel, "Nightbot", "!marker")
    marker = next(c for c in nb.defaults if c["_name"] == "marker")
    assert marker["enabled"] is False and panel.toggle_button.text() == "Enable"
    assert not panel.delete_button.isEnabled() and panel.message.isReadOnly() and panel.name.isReadOnly()
    assert "docs.nightbot.tv/commands/marker" in panel.doc.text()
    panel.toggle_button.click()
    until(loop, lambda: marker["enabled"] is True and panel.toggle_button.text() == "Disable")
    assert sent(nb, "edit-default-command")[-1] == {"name": "marker", "enabled": True}
    panel.user_level.setCurrentIndex(panel.user_level.findData("moderator"))
    panel.cooldown.setValue(15)
    panel.save.click()
    until(loop, lambda: panel.editor_note.text() == "!marker saved ✓")
    assert sent(nb, "edit-default-command")[-1] == {"name": "marker", "userLevel": "moderator", "coolDown": 15}


def test_one_service_failing_leaves_the_other_shown(panel, loop, nb, mx):
    mx.error_rate = 1.0
    panel.refresh()
    until(loop, lambda: "MissXss: could not load its commands" in panel.note.text(), what="the failure said")
    assert rows(panel, "Nightbot") and panel.loader.state == "content"


def test_the_response_column_keeps_room_at_1280x800(app_window, loop):
    """Long details never squeeze the response to a few letters; every title reads whole."""
    app_window.resize(1280, 800)
    panel = open_panel(app_window, loop, "commands")
    until(loop, lambda: panel.table.rowCount() > 0, what="the commands")
    settle(loop, app_window)
    table = panel.table
    header = table.horizontalHeader()
    assert table.columnWidth(3) >= 50, table.columnWidth(3)
    for c in range(table.columnCount()):
        assert table.columnWidth(c) >= header.sectionSizeHint(c) or c == table.stretch
