"""The Songs panel with a song-request queue (Nightbot in the demo): now playing, the queue,
the playlist and the song-request settings, against the stand-in over real HTTP."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .conftest import open_panel, settle, until


@pytest.fixture
def nb(app_window):
    return app_window.sandbox.nightbot


def sent(nb, op):
    return [body for o, body, status in nb.received if o == op and status == 200]


@pytest.fixture
def songs(app_window, loop):
    panel = open_panel(app_window, loop, "songs")
    panel.via.pick("nightbot")  # play, pause and skip go through the service whose queue is shown
    settle(loop, app_window)
    return panel


def test_play_pause_skip_follow_the_chosen_service_and_now_playing_shows_its_song(songs, loop, nb, mx, qtbot):
    caps = songs.ctx.capabilities
    assert {caps.choose(c).provider for c in ("songs.play", "songs.pause", "songs.skip")} == {"nightbot"}
    assert songs.via.text() == "via Nightbot ▾"
    until(loop, lambda: nb.current["track"]["title"] in songs.now_playing.text(), what="the song playing")
    paused_before = mx.song["playing"]
    qtbot.mouseClick(songs.buttons["songs.pause"], Qt.MouseButton.LeftButton)
    until(loop, lambda: "Paused" in songs.state.text())
    assert nb.playing is False and mx.song["playing"] == paused_before  # MissXss left alone
    following = nb.queue[0]
    qtbot.mouseClick(songs.buttons["songs.skip"], Qt.MouseButton.LeftButton)
    until(loop, lambda: following["track"]["title"] in songs.now_playing.text(), what="the next song")
    assert nb.current["_id"] == following["_id"]
    assert "requested by" in songs.now_playing.text()
    # back to MissXss: its player does not say what plays
    songs.via.pick("missxss")
    assert caps.choose("songs.play").provider == "missxss"
    until(loop, lambda: "does not report" in songs.now_playing.text())


def test_queue_promote_remove_request_and_clear(songs, app_window, loop, nb, qtbot, answers):
    table = songs.queue_table
    until(loop, lambda: table.rowCount() == len(nb.queue) == 3, what="the queue")
    assert [table.item(r, 1).text() for r in range(3)] == [i["track"]["title"] for i in nb.queue]
    assert not songs.promote_button.isEnabled() and not songs.remove_button.isEnabled()
    last = nb.queue[-1]
    table.selectRow(2)
    qtbot.mouseClick(songs.promote_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: songs.queue_note.text() == "Moved to the front ✓")
    until(loop, lambda: table.item(0, 1).text() == last["track"]["title"], what="the queue after promoting")
    assert nb.queue[0]["_id"] == last["_id"]
    table.selectRow(0)
    qtbot.mouseClick(songs.remove_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: table.rowCount() == 2, what="the queue after removing")
    assert all(i["_id"] != last["_id"] for i in nb.queue)
    # requesting: checked as typed, then sent by the service's own name
    assert not songs.request_button.isEnabled()
    songs.request.setText("Gülpembe")
    qtbot.mouseClick(songs.request_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: table.rowCount() == 3, what="the requested song")
    assert sent(nb, "add-to-queue")[-1] == {"q": "Gülpembe"} and songs.request.text() == ""
    # the service's own refusal shows next to the field
    nb.settings["enabled"] = False
    qtbot.keyClicks(songs.request, "anything")
    qtbot.mouseClick(songs.request_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: songs.queue_note.property("role") == "error")
    assert "Song requests are disabled" in songs.queue_note.text() and songs.request.text() == "anything"
    nb.settings["enabled"] = True
    # clearing asks with the count, and "no" keeps everything
    answers.yes = False
    qtbot.mouseClick(songs.clear_button, Qt.MouseButton.LeftButton)
    assert "3 songs" in answers[-1] and len(nb.queue) == 3
    answers.yes = True
    qtbot.mouseClick(songs.clear_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: songs.queue_loader.state == "empty", what="the empty queue")
    assert nb.queue == [] and not songs.clear_button.isEnabled()


def test_playlist_search_sort_add_import_remove_and_delete_all(songs, loop, nb, qtbot, answers):
    songs.tabs.setCurrentIndex(1)
    playlist = songs.playlist
    until(loop, lambda: playlist.table.rowCount() == len(nb.playlist) == 6, what="the playlist")
    assert playlist.pager.info.text() == "1–6 of 6"
    songs.playlist_sort.setCurrentIndex(songs.playlist_sort.findData("title"))
    until(loop, lambda: playlist.table.texts(0) == sorted(i["track"]["title"] for i in nb.playlist), what="by title")
    assert sent(nb, "playlist")[-1] == {"sort_by": "title", "direction": "asc", "limit": 25, "offset": 0}
    word = nb.playlist[2]["track"]["artist"]
    qtbot.keyClicks(songs.playlist_search, word)
    qtbot.keyClick(songs.playlist_search, Qt.Key.Key_Return)
    until(loop, lambda: playlist.table.rowCount() == 1, what="the search")
    assert sent(nb, "playlist")[-1]["q"] == word
    songs.playlist_search.clear()
    qtbot.keyClick(songs.playlist_search, Qt.Key.Key_Return)
    until(loop, lambda: playlist.table.rowCount() == 6)
    # add, then an import the service refuses, then one it takes
    qtbot.keyClicks(songs.add_song, "Blinding Lights")
    qtbot.mouseClick(songs.add_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: playlist.table.rowCount() == 7, what="the added song")
    songs.import_url.setText("ftp://nowhere")  # not http(s): refused before sending
    assert not songs.import_button.isEnabled() and "url" in songs.playlist_note.text()
    songs.import_url.setText("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    qtbot.mouseClick(songs.import_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: "That is not a playlist URL" in songs.playlist_note.text())
    songs.import_url.setText("https://www.youtube.com/playlist?list=PLA11538113C16891A")
    qtbot.mouseClick(songs.import_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: playlist.table.rowCount() == 10, what="the imported songs")
    removed = playlist.table.records[0]
    playlist.table.selectRow(0)
    qtbot.mouseClick(songs.remove_song, Qt.MouseButton.LeftButton)
    until(loop, lambda: playlist.table.rowCount() == 9)
    assert all(i["_id"] != removed.id for i in nb.playlist)
    answers.yes = False
    qtbot.mouseClick(songs.delete_all, Qt.MouseButton.LeftButton)
    assert "9 songs" in answers[-1] and len(nb.playlist) == 9
    answers.yes = True
    qtbot.mouseClick(songs.delete_all, Qt.MouseButton.LeftButton)
    until(loop, lambda: playlist.loader.state == "empty", what="the empty playlist")
    assert nb.playlist == []


def test_song_settings_show_what_the_service_says_and_save_only_what_changed(songs, loop, nb, qtbot):
    songs.tabs.setCurrentIndex(2)
    until(loop, lambda: songs.settings_loader.state == "content", what="the settings")
    s = songs.setting
    assert s["enabled"].isChecked() and s["limits.queue"].value() == 20 and s["volume"].value() == 50
    assert s["playlist"].currentText() == "Channel Playlist" and s["limits.exemptUserLevel"].currentData() == "moderator"
    assert {k for k, box in songs.providers.items() if box.isChecked()} == {"youtube", "soundcloud"}
    s["volume"].setValue(80)
    s["limits.queue"].setValue(30)
    s["youtube.limitToMusic"].setChecked(True)
    songs.providers["spotify"].setChecked(True)
    qtbot.mouseClick(songs.save_settings, Qt.MouseButton.LeftButton)
    until(loop, lambda: songs.settings_note.text() == "Saved ✓")
    assert sent(nb, "edit-song-settings")[-1] == {"limits": {"queue": 30}, "youtube": {"limitToMusic": True},
                                                  "volume": 80, "providers": ["youtube", "soundcloud", "spotify"]}
    assert nb.settings["limits"]["user"] == 3 and nb.settings["youtube"]["limitToLikedVideos"] is True  # kept
    # nothing changed: nothing to send, and nothing wrong either
    assert not songs.save_settings.isEnabled()
    s["volume"].setValue(81)
    assert songs.save_settings.isEnabled()
    s["volume"].setValue(80)
    assert not songs.save_settings.isEnabled() and songs.settings_note.property("role") != "error"
    # a value out of the documented range never leaves
    s["limits.user"].setMaximum(500)
    s["limits.user"].setValue(200)
    assert not songs.save_settings.isEnabled() and "100" in songs.settings_note.text()


def test_a_deck_button_skips_through_the_service_the_panel_chose(songs, app_window, loop, nb, mx):
    grid = app_window.docks.show("grid")
    grid.show_page(next(p.id for p in app_window.ctx.deck.profile.pages if p.name == "Songs"))
    skip = next(b for b in grid.buttons.values() if b.cell.label == "Skip")
    assert skip.cell.steps[0].action == "songs.skip"  # the portable action: whichever service the user chose
    following = nb.queue[0]
    skips_before = sum(op == "skip-song" for op, *_ in mx.received)
    skip.click()
    until(loop, lambda: skip.state == "ok", what="the button to say it worked")
    assert nb.current["_id"] == following["_id"]
    assert sum(op == "skip-song" for op, *_ in mx.received) == skips_before  # MissXss's player left alone
    songs.via.pick("missxss")
    skip.click()
    until(loop, lambda: sum(op == "skip-song" for op, *_ in mx.received) == skips_before + 1, what="MissXss's skip")
    assert nb.current["_id"] == following["_id"]


def drop_on(table, source, target):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    table.selectRow(source)
    rect = table.visualRect(table.model().index(target, 1))
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.MoveAction, QMimeData(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    table.dropEvent(event)


def test_dragging_a_song_to_the_top_plays_it_next(songs, loop, nb):
    table = songs.queue_table
    until(loop, lambda: table.rowCount() == len(nb.queue) == 3, what="the queue")
    last = nb.queue[-1]
    drop_on(table, 2, 1)  # the service moves songs only to the front
    assert songs.queue_note.text().startswith("A song can only be moved to the front")
    assert nb.queue[-1]["_id"] == last["_id"]
    drop_on(table, 2, 0)
    until(loop, lambda: table.records[0].id == last["_id"], what="the song at the front")
    assert nb.queue[0]["_id"] == last["_id"] and songs.queue_note.text() == "Moved to the front ✓"


def test_the_panel_and_the_deck_say_what_the_player_does_whoever_sent_it(songs, app_window, loop):
    """Play and pause from the deck: the panel says so too, and the deck's switch reads
    playing or paused, not ON and off."""
    grid = app_window.docks.show("grid")
    grid.show_page(next(p.id for p in app_window.ctx.deck.profile.pages if p.name == "Songs"))
    play_pause = next(b for b in grid.buttons.values() if b.cell.label == "Play / pause")
    pause = next(b for b in grid.buttons.values() if b.cell.label == "Pause")
    pause.click()
    until(loop, lambda: "Paused" in songs.state.text(), what="the panel to follow the deck")
    until(loop, lambda: play_pause.toggle_state is False, what="the switch to follow")
    assert play_pause.text().endswith("○ paused")
    play_pause.click()
    until(loop, lambda: "Playing" in songs.state.text() and play_pause.toggle_state is True, what="playing")
    assert play_pause.text().endswith("● playing")
