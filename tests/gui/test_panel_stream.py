"""Stream, sending to chat, text to speech and Songs against the demo sandbox."""
from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import open_panel, settle, until


def sent(mx, scope):
    return [body for s, body, status in mx.received if s == scope and status == 200]


def test_stream_status_shows_what_the_service_reports(app_window, loop, mx):
    panel = open_panel(app_window, loop, "stream")
    until(loop, lambda: set(panel.meta_cache) == {"Kick", "Twitch", "Owncast"}, what="every platform")
    state, cells = mx.stream["Twitch"], panel.status["Twitch"]
    assert cells["viewers"].text() == f"{state['viewers']:,}"
    assert cells["followers"].text() == f"{state['followers']:,}"
    assert cells["live"].text() == "● LIVE"
    kick, cells = app_window.sandbox.kick.channels[0], panel.status["Kick"]  # through Kick's own API
    assert cells["viewers"].text() == f"{kick['stream']['viewer_count']:,}" and cells["live"].text() == "● LIVE · 0 min"
    assert cells["followers"].text() == "—" and cells["category"].text() == kick["category"]["name"]
    assert cells["subscribers"].text() == "12" and panel.status["Twitch"]["subscribers"].text() == "—"
    assert panel.title.text() == kick["stream_title"]
    assert panel.category.text() == kick["category"]["name"]
    oc = app_window.sandbox.owncast  # Owncast's own server says how it is
    assert panel.status["Owncast"]["live"].text() == "● LIVE"
    assert panel.status["Owncast"]["viewers"].text() == f"{oc.viewers:,}"
    assert panel.status["Owncast"]["category"].toolTip() == oc.config["instanceDetails"]["streamTitle"]
    mx.stream["Twitch"]["live"] = False
    panel.refresh()
    until(loop, lambda: panel.status["Twitch"]["live"].text() == "○ Offline")


def test_title_is_checked_as_you_type_and_applied(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "stream")
    until(loop, lambda: panel.title.text() != "")
    panel.title.setText("x" * 141)
    assert panel.counter.text() == "141/140" and panel.counter.property("role") == "error"
    assert not panel.apply.isEnabled()
    assert "title: can be at most 140 characters" in panel.meta_note.text()
    panel.title.clear()
    qtbot.keyClicks(panel.title, "Ranked to Radiant")
    panel.category.setText("Minecraft")
    panel.platform.setCurrentIndex(panel.platform.findData("twitch"))
    panel.title.setText("Ranked to Radiant")
    panel.category.setText("Minecraft")
    assert panel.apply.isEnabled() and panel.meta_note.isHidden()
    qtbot.mouseClick(panel.apply, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.meta_note.text() == "Updated ✓")
    assert sent(mx, "set-stream-meta")[-1] == {"title": "Ranked to Radiant", "game": "Minecraft", "platform": "Twitch"}
    until(loop, lambda: panel.status["Twitch"]["category"].text() == "Minecraft", what="the refresh after applying")
    assert mx.stream["Twitch"]["title"] == "Ranked to Radiant"


def test_category_autocomplete_uses_the_latest_search_best_match_first(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "stream")
    settle(loop, app_window)
    panel.platform.setCurrentIndex(panel.platform.findData("twitch"))  # Twitch's categories come through MissXss
    panel.category.setText("minec")
    panel.search_categories()
    panel.category.setText("valo")
    panel.search_categories()  # the answer to "minec" may arrive later; it must be dropped
    until(loop, lambda: panel.suggestions.stringList() != [], what="suggestions")
    settle(loop, app_window)
    assert panel.suggestions.stringList()[0] == "VALORANT"
    assert "Minecraft" not in panel.suggestions.stringList()
    searches = [b["query"] for b in sent(mx, "search-games")]
    assert searches[-2:] == ["minec", "valo"]
    # typing waits for a pause before searching
    before = len(sent(mx, "search-games"))
    qtbot.keyClicks(panel.category, "r")
    assert panel.search_timer.isActive() and len(sent(mx, "search-games")) == before
    until(loop, lambda: len(sent(mx, "search-games")) == before + 1, what="the debounced search")
    assert sent(mx, "search-games")[-1]["query"] == "valor"


def test_kick_title_and_category_through_kicks_own_api(app_window, loop, qtbot):
    kick = app_window.sandbox.kick
    panel = open_panel(app_window, loop, "stream")
    until(loop, lambda: "Kick" in panel.meta_cache, what="Kick's status")
    assert panel.platform.currentData() == "kick" and panel.title.text() == kick.channels[0]["stream_title"]
    qtbot.keyClicks(panel.category, "va")
    panel.search_categories()  # two characters: Kick searches from three, nothing is sent
    assert not [b for op, b, _ in kick.received if op == "categories"]
    panel.category.setText("valo")
    panel.search_categories()
    until(loop, lambda: panel.suggestions.stringList() == ["Valorant"], what="Kick's v2 categories")
    assert [b for op, b, _ in kick.received if op == "categories"][-1] == {"name": ["valo"], "limit": 10}
    panel.category.setText("Not a category")  # not from the search: Kick sets categories by id
    assert not panel.apply.isEnabled() and "pick one from the search list" in panel.meta_note.text()
    panel.category.setText("Valorant")
    panel.title.setText("Radiant or bust")
    assert panel.apply.isEnabled()
    qtbot.mouseClick(panel.apply, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.meta_note.text() == "Updated ✓")
    assert [b for op, b, s in kick.received if op == "update-channel" and s == 200][-1] == {
        "stream_title": "Radiant or bust", "category_id": 101}
    assert kick.channels[0]["category"]["name"] == "Valorant"
    assert "livestream.metadata.updated" in [d["type"] for d in kick.deliveries]  # told back as a live event
    until(loop, lambda: panel.status["Kick"]["category"].text() == "Valorant", what="the refresh")


def test_clip_shows_the_service_error_and_then_succeeds(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "stream")
    panel.clip_duration.setValue(45)
    mx.extension_connected = False
    qtbot.mouseClick(panel.clip_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.clip_note.property("role") == "error")
    assert "MissXss extension is not connected" in panel.clip_note.text()
    assert panel.clip_button.isEnabled()
    mx.extension_connected = True
    qtbot.mouseClick(panel.clip_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.clip_note.text() == "Clip requested ✓")
    assert mx.clips[-1] == {"title": "Clip - MissXss API", "duration": 45}
    assert panel.clip_duration.minimum() == 5 and panel.clip_duration.maximum() == 180


def test_chat_send_as_bot_on_twitch_from_the_chat_panel(app_window, loop, mx, qtbot):
    chat = app_window.docks.show("chat")
    chat.sender.setCurrentIndex(chat.sender.findData("chat.send-bot"))
    for platform, box in chat.targets.items():
        box.setChecked(platform == "Twitch")
    assert not chat.send.isEnabled()
    qtbot.keyClicks(chat.message, "hello chat")
    qtbot.keyClick(chat.message, Qt.Key.Key_Return)
    until(loop, lambda: chat.message.text() == "", what="the message sent")
    assert sent(mx, "send-bot-message")[-1] == {"message": "hello chat", "platform": "Twitch"}
    assert mx.chat[-1]["bot"] is True and mx.chat[-1]["platform"] == "Twitch"
    chat.message.setText("y" * 501)
    assert not chat.send.isEnabled() and "at most 500" in chat.note.text()


def test_tts_needs_the_overlay(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "alerts")
    panel.tabs.setCurrentIndex([panel.tabs.tabText(i) for i in range(panel.tabs.count())].index("Text to speech"))
    mx.overlay_connected = False
    qtbot.keyClicks(panel.tts_text, "thanks for the raid")
    qtbot.mouseClick(panel.speak, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.tts_note.property("role") == "error")
    assert "Overlay is not connected" in panel.tts_note.text()
    assert panel.tts_text.text() == "thanks for the raid"  # nothing lost
    mx.overlay_connected = True
    qtbot.mouseClick(panel.speak, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.tts_note.property("role") == "ok")
    assert mx.tts[-1]["text"] == "thanks for the raid" and mx.tts[-1]["username"] == "API"


def test_songs_controls(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "songs")
    qtbot.mouseClick(panel.buttons["songs.pause"], Qt.MouseButton.LeftButton)
    until(loop, lambda: "Paused" in panel.state.text())
    assert mx.song["playing"] is False
    index = mx.song["index"]
    qtbot.mouseClick(panel.buttons["songs.skip"], Qt.MouseButton.LeftButton)
    until(loop, lambda: "next song" in panel.state.text())
    assert mx.song["index"] == index + 1 and mx.song["playing"] is True
    mx.error_rate = 1.0
    app_window.sandbox.missxss.error_rate = 1.0
    loop.expect_failure(Exception)
    qtbot.mouseClick(panel.buttons["songs.play"], Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.note.property("role") == "error")
    assert "next song" in panel.state.text()  # a failed command does not change the shown state


def test_feedback_shows_where_the_eye_is_and_goes_when_stale(app_window, loop, mx, qtbot):
    panel = open_panel(app_window, loop, "stream")
    until(loop, lambda: "Twitch" in panel.meta_cache)
    dock = app_window.docks.docks["stream"]
    dock.setFloating(True)
    dock.resize(420, 220)  # a small dock: the panel scrolls
    panel.platform.setCurrentIndex(panel.platform.findData("twitch"))
    panel.title.setText("Short and sweet")
    panel.scroller.verticalScrollBar().setValue(0)
    qtbot.mouseClick(panel.apply, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.meta_note.text() == "Updated ✓")
    until(loop, lambda: not panel.meta_note.visibleRegion().isEmpty(), what="the note scrolled into view")
    panel.title.setText("Short and sweeter")  # the note spoke of the values before this edit
    assert panel.meta_note.isHidden()
    panel.meta_note.fade.setInterval(20)
    panel.meta_note.ok("Updated ✓")
    until(loop, lambda: panel.meta_note.isHidden(), what="the confirmation to fade")
    panel.meta_note.error("refused")
    assert not panel.meta_note.fade.isActive()  # errors stay until dealt with


def test_live_figures_refresh_on_their_own_while_in_front(app_window, loop, monkeypatch):
    """The 15-second refresh runs while the panel is in front, also after its tab is brought
    to the front, and not while it is behind another panel's tab."""
    panel = open_panel(app_window, loop, "stream")
    refreshed: list[int] = []
    monkeypatch.setattr(panel, "refresh", lambda: refreshed.append(1))
    panel._tick()
    assert refreshed == [1]  # in front: refreshed by the timer alone
    app_window.docks.show("grid")  # the deck's tab in front, the stream panel behind it
    until(loop, lambda: not app_window.docks.docks["stream"].property("deckInFront"), what="the tab behind")
    panel._tick()
    assert refreshed == [1]
    app_window.docks.show("stream")  # brought to the front again
    until(loop, lambda: app_window.docks.docks["stream"].property("deckInFront"), what="the tab in front")
    panel._tick()
    assert refreshed == [1, 1]


def test_the_wheel_scrolls_past_a_drop_down_without_changing_it(app_window, loop, qtbot):
    """Over a drop-down that does not have the focus the wheel leaves its value alone; once it
    has the focus, the wheel changes it."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    panel = open_panel(app_window, loop, "stream")
    box = panel.platform
    before = box.currentIndex()

    def wheel():
        centre = QPointF(box.width() / 2, box.height() / 2)
        event = QWheelEvent(centre, box.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(box, event)

    panel.title.setFocus()
    wheel()
    assert box.currentIndex() == before
    box.setFocus()
    wheel()
    assert box.currentIndex() != before


def test_an_emptied_title_says_what_is_missing(app_window, loop, qtbot):
    panel = open_panel(app_window, loop, "stream")
    until(loop, lambda: panel.title.text() != "")
    panel.title.selectAll()
    qtbot.keyClick(panel.title, Qt.Key.Key_Delete)
    assert not panel.apply.isEnabled() and "Title: a stream always has one" in panel.meta_note.text()
