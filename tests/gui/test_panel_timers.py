"""The Timers panel: a service's timers listed with the schedule in words, created and
edited with the cron helper (the next runs, and what the service refuses refused before
sending), switched on and off, deleted after asking."""
from __future__ import annotations

import pytest

from .conftest import open_panel, until


@pytest.fixture
def nb(app_window):
    return app_window.sandbox.nightbot


def sent(sandbox, op):
    return [body for o, body, status in sandbox.received if o == op]


@pytest.fixture
def panel(app_window, loop):
    panel = open_panel(app_window, loop, "timers")
    until(loop, lambda: panel.loader.state == "content" and panel.table.rowCount() == 1, what="the timers")
    return panel


def test_timers_listed_in_words(panel, nb):
    timer = nb.timers[0]
    assert panel.table.texts(0) == [timer["name"]] and panel.table.texts(1) == ["Nightbot"]
    assert panel.table.item(0, 3).text() == "Every 30 minutes"
    assert panel.table.item(0, 4).text().startswith(("today", "tomorrow"))  # the service's next run, in words


def test_create_with_the_cron_helper(panel, loop, nb, qtbot):
    panel.new_button.click()
    assert panel.editor_title.text() == "New timer" and panel.service.currentText() == "Nightbot"
    panel.interval.setText("*/2 * * * *")  # the schedule is judged before a name and a message are written
    assert panel.when.text() == "Every 2 minutes — Nightbot runs a timer at most once every 5 minutes"
    panel.name.setText("Hydrate")
    panel.message.setPlainText("Drink some water, chat!")
    panel.interval.setText("*/2 * * * *")
    assert panel.when.text() == "Every 2 minutes — Nightbot runs a timer at most once every 5 minutes"
    assert panel.when.property("role") == "error" and not panel.save.isEnabled()
    panel.interval.setText("*/2 * *")
    assert panel.when.text().startswith("Not a schedule yet: write it as cron, five fields")
    panel.presets.activated.emit(panel.presets.findData("*/10 * * * *"))
    assert panel.interval.text() == "*/10 * * * *"
    assert panel.when.text().startswith("Every 10 minutes. Next: ") and panel.when.property("role") == "muted"
    panel.interval.setText("0 9-17 * * mon-fri")
    assert panel.when.text().startswith("Every hour, on the hour, from 09:00 to 17:59, Mon–Fri. Next: ")
    panel.lines.setValue(5)
    assert panel.save.isEnabled()
    before = len(sent(nb, "create-timer"))
    panel.save.click()
    until(loop, lambda: panel.editor_note.text() == "Hydrate saved ✓")
    assert sent(nb, "create-timer")[before:] == [{"name": "Hydrate", "message": "Drink some water, chat!",
                                                  "interval": "0 9-17 * * mon-fri", "lines": 5, "enabled": True}]
    assert panel.table.selected().item.name == "Hydrate" and panel.editor_title.text() == "Edit Hydrate"
    assert len(sent(nb, "create-timer")) == before + 1  # refused schedules were never sent


def test_edit_sends_only_what_changed_then_toggle_and_delete(panel, loop, nb, answers):
    timer = nb.timers[0]
    panel.table.selectRow(0)
    assert panel.name.text() == timer["name"] and panel.interval.text() == "*/30 * * * *"
    assert not panel.save.isEnabled()  # nothing changed yet
    panel.interval.setText("*/45 * * * *")
    assert panel.when.text().startswith("At :00, :45 past each hour. Next: ") and panel.save.isEnabled()
    panel.interval.setText("*/20 * * * *")
    panel.save.click()
    until(loop, lambda: panel.editor_note.text() == f"{timer['name']} saved ✓")
    assert sent(nb, "edit-timer")[-1] == {"id": timer["_id"], "interval": "*/20 * * * *"}
    assert panel.table.item(0, 3).text() == "Every 20 minutes"

    panel.toggle_button.click()
    until(loop, lambda: not timer["enabled"] and panel.toggle_button.text() == "Enable")
    assert sent(nb, "edit-timer")[-1] == {"id": timer["_id"], "enabled": False}
    assert panel.table.item(0, 2).text() == "off"

    answers.yes = False
    panel.delete_button.click()
    assert nb.timers and answers == [f"Delete the Nightbot timer <b>{timer['name']}</b>? This cannot be undone."]
    answers.yes = True
    panel.delete_button.click()
    until(loop, lambda: not nb.timers and panel.loader.state == "empty")
