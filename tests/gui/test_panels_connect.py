"""Every panel without a key shows "not connected", naming the services that could serve it,
with a way to connect; adding the keys in the Accounts dialog brings every panel they serve
to life. A panel makes its controls when a service first offers it, and its "not connected"
page only when needed."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from deck import runtime
from deck.ui.accounts import AccountsDialog
from deck.ui.panels import PANELS

from .conftest import until

CONTROL_PANELS = [p.id for p in PANELS if p.id not in ("actions", "activity", "grid", "chat")]  # chat reads without a key


def test_panels_wait_for_a_key_then_connect(qtbot, loop, qapp, sandbox, memory_keyring, monkeypatch):
    from deck.app import Session, boot, shutdown
    from deck.core.paths import config_dir
    from deck.ui.main_window import MainWindow
    from deck.ui.ui_state import UiState

    monkeypatch.setenv("DECK_MISSXSS_URL", sandbox.missxss_url)
    monkeypatch.setenv("DECK_SCOTTYBOT_URL", sandbox.scottybot_url)
    window = MainWindow(UiState.load(config_dir() / "ui-state.json"), PANELS)
    window.show()
    state = Session()

    async def start():
        return boot(qapp, window, False, state)

    loop.run_until_complete(start())
    panels = {pid: window.docks.show(pid) for pid in CONTROL_PANELS}
    until(loop, lambda: not runtime.running_tasks())
    for pid, panel in panels.items():
        assert not panel.connected, pid
        assert panel.stack.currentWidget().objectName() == "notConnected"
        assert not panel.built and not panel.body.children(), pid  # no controls made for a service not there
    assert window.status.lights["missxss"].state == "no key"
    assert window.status.lights["scottybot"].state == "no key"
    assert "ScottyBot is not connected" in panels["bot"].not_connected.findChildren(QLabel)[1].text()
    assert sandbox.missxss.received == [] and sandbox.scottybot.received == []  # nothing is sent without a key

    # "Connect MissXss…" opens the Accounts dialog; the key is saved there
    def fill_in():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AccountsDialog) and w.isVisible())
        dialog.pages["missxss"].key.setText(sandbox.missxss.token)
        dialog.pages["scottybot"].key.setText(sandbox.scottybot.authkey)
        dialog.save()
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    panels["moderation"].not_connected.findChild(QPushButton, "connectButton").click()
    by_key = {pid: p for pid, p in panels.items() if {s.name for s in p._offering()} & {"missxss", "scottybot"}}
    until(loop, lambda: all(p.connected for p in by_key.values()), what="every panel to connect")
    assert all(p.built for p in by_key.values())
    others = {"timers": "Nightbot", "filters": "Nightbot", "server": "Owncast", "rewards": "Kick",
              "obs": "OBS Studio"}  # no key given
    assert set(panels) - set(by_key) == set(others)
    for pid, service in others.items():
        assert not panels[pid].connected and f"{service} is not connected" in \
            panels[pid].not_connected.findChildren(QLabel)[1].text(), pid
    until(loop, lambda: window.status.lights["missxss"].state == "connected")
    until(loop, lambda: window.status.lights["scottybot"].state == "connected")
    until(loop, lambda: panels["bot"].chanid == 1581, what="the bot panel to load")
    stream = panels["stream"]
    until(loop, lambda: set(stream.meta_cache) == {"Kick", "Twitch"}, what="the stream panel to load")
    until(loop, lambda: not runtime.running_tasks())
    loop.run_until_complete(shutdown(state))
    window.close()
