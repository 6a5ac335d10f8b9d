"""A control shows which service it goes through, and the user picks when several can."""
from __future__ import annotations

from PySide6.QtCore import Qt

from deck.ui.kit import Via

from .conftest import until


def test_sending_as_the_bot_goes_through_the_service_the_user_picks(app_window, loop, qtbot):
    ctx = app_window.ctx
    panel = app_window.docks.show("chat")
    sb, mx = app_window.sandbox.scottybot, app_window.sandbox.missxss
    panel.sender.setCurrentIndex(panel.sender.findData("chat.send-bot"))
    for platform, box in panel.targets.items():
        box.setChecked(platform == "Kick")
    via: Via = panel.via
    assert via.text() == "via Kick ▾"  # several connected services can: a menu, Kick's own API first
    via.menu().aboutToShow.emit()
    entries = [a.text() for a in via.menu().actions()]
    assert entries == ["Kick (Kick's own API, as your bot)", "MissXss",
                       "ScottyBot (queued; ScottyBot cannot confirm delivery)"]
    via.menu().actions()[2].trigger()
    assert via.text() == "via ScottyBot ▾" and ctx.settings.routes == {"chat.send-bot@kick": "scottybot"}
    sent_before = len([r for r in mx.received if r[0] == "send-bot-message"])
    qtbot.keyClicks(panel.message, "brb in 5")
    qtbot.keyClick(panel.message, Qt.Key.Key_Return)
    until(loop, lambda: sb.spoken[-1:] == ["brb in 5"], what="ScottyBot to say it")
    assert len([r for r in mx.received if r[0] == "send-bot-message"]) == sent_before
    # as the broadcaster Kick's own API and MissXss can: Kick's first
    panel.sender.setCurrentIndex(panel.sender.findData("chat.send"))
    assert via.text() == "via Kick ▾"
    # the choice is kept with the settings, for the next start
    assert '"chat.send-bot@kick": "scottybot"' in (ctx.settings_store.path.read_text())
