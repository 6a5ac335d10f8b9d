"""The Channel points panel against Kick's stand-in: the redemption queue (accept or reject
one or many, refusals listed with Kick's reason) and the rewards (create with every field,
edit sending only what changed, refused values before sending, delete after asking, the
15-reward cap)."""
from __future__ import annotations

import pytest

from .conftest import open_panel, until


@pytest.fixture
def ks(app_window):
    return app_window.sandbox.kick


@pytest.fixture
def panel(app_window, loop, ks):
    panel = open_panel(app_window, loop, "rewards")
    until(loop, lambda: panel.queue_loader.state == "content" and panel.queue.rowCount() == 3, what="the queue")
    return panel


def sent(ks, op):
    return [body for o, body, status in ks.received if o == op and status == 200]


def test_accept_and_reject_with_refusals_listed(panel, loop, ks):
    assert panel.queue.texts(0)[0] == "Hydrate!" and panel.queue.texts(2)[0] == "user 9000"
    assert not panel.accept.isEnabled()
    panel.queue.selectRow(0)
    panel.accept.click()
    until(loop, lambda: panel.queue_note.text() == "1 accepted ✓" and panel.queue.rowCount() == 2)
    assert ks.redemptions[0]["status"] == "accepted"
    ks.redemptions[2]["status"] = "rejected"  # meanwhile handled elsewhere: Kick refuses it, saying why
    panel.select_all.click()
    panel.reject.click()
    until(loop, lambda: panel.queue_note.property("role") == "error")
    assert panel.queue_note.text().splitlines() == ["1 rejected ✓",
                                                    "Hydrate! (user 9002): it was already accepted or rejected"]
    assert set(sent(ks, "reject-redemptions")[-1]["ids"]) == {ks.redemptions[1]["id"], ks.redemptions[2]["id"]}
    panel.status.setCurrentIndex(panel.status.findData("rejected"))
    until(loop, lambda: [r.status for r in panel.queue.records] == ["rejected", "rejected"])
    assert not panel.accept.isEnabled()  # only waiting ones can be handled


def test_create_edit_and_delete_a_reward(panel, loop, ks, answers):
    panel.tabs.setCurrentIndex(1)
    until(loop, lambda: panel.rewards.rowCount() == 3)
    assert panel.count.text() == "3 of 15"
    panel.new.click()
    panel.title.setText("x" * 51)
    assert not panel.save.isEnabled() and "title" in panel.editor_note.text()
    panel.title.setText("Pick the next game")
    panel.color.setText("pink")
    assert not panel.save.isEnabled() and "background_color" in panel.editor_note.text()
    panel.color.setText("#ff66aa")
    panel.cost.setValue(2500)
    panel.switches["input_required"].setChecked(True)
    panel.save.click()
    until(loop, lambda: panel.editor_note.text() == "Pick the next game saved ✓" and panel.rewards.rowCount() == 4)
    made = ks.rewards[-1]
    assert sent(ks, "create-reward")[-1] == {"title": "Pick the next game", "cost": 2500,
                                             "background_color": "#ff66aa", "is_enabled": True,
                                             "is_user_input_required": True,
                                             "should_redemptions_skip_request_queue": False}
    panel.switches["paused"].setChecked(True)
    panel.save.click()
    until(loop, lambda: made["is_paused"] is True)
    assert sent(ks, "update-reward")[-1] == {"id": made["id"], "is_paused": True}  # only what changed

    panel.rewards.selectRow(panel.rewards.texts(0).index("Old reward"))
    panel.cost.setValue(75)
    panel.save.click()  # made by another app: Kick's refusal, in its words
    until(loop, lambda: "only the app that created this reward" in panel.editor_note.text())

    panel.rewards.selectRow(panel.rewards.texts(0).index("Pick the next game"))
    answers.yes = False
    panel.delete.click()
    assert any(r["id"] == made["id"] for r in ks.rewards) and "can no longer be accepted" in answers[-1]
    answers.yes = True
    panel.delete.click()
    until(loop, lambda: panel.rewards.rowCount() == 3)
    assert all(r["id"] != made["id"] for r in ks.rewards)
